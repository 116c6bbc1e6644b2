package uk.safekiosk.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The gateway's features depend on each other one way only, and the SMTP front knows nothing of what comes after. */
class ArchitectureTest {

    private final JavaClasses gateway = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("uk.safekiosk.gateway");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("uk.safekiosk.gateway.(*)..").should().beFreeOfCycles().check(gateway);
    }

    @Test
    void smtpFrontHandsMessagesOnOnlyThroughItsIntakePort() {
        noClasses().that().resideInAPackage("..gateway.smtp..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("..gateway.delivery..", "..gateway.store..", "..gateway.relay..",
                        "..gateway.journal..")
                .check(gateway);
    }

    @Test
    void onlyTheMailboxStoreTouchesGreenMail() {
        noClasses().that().resideOutsideOfPackage("..gateway.store..")
                .should().dependOnClassesThat().resideInAPackage("com.icegreen..")
                .check(gateway);
    }
}
