package uk.safekiosk.kiosk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;

@AnalyzeClasses(packages = "uk.safekiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("uk.safekiosk.kiosk.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule contentAndGatewayKnowNothingOfTheWebOrVaadin = noClasses()
            .that().resideInAnyPackage("uk.safekiosk.content..", "uk.safekiosk.gateway..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..",
                    "jakarta.servlet..", "uk.safekiosk.kiosk..");

    @ArchTest
    static final ArchRule contentDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("uk.safekiosk.content..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.safekiosk.gateway..", "uk.safekiosk.kiosk..");

    @ArchTest
    static final ArchRule viewsLiveInUiPackages = classes()
            .that().areAnnotatedWith(Route.class)
            .should().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule noFeatureReachesIntoAnotherFeaturesViews = slices()
            .matching("uk.safekiosk.kiosk.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages("..ui.."));
}
