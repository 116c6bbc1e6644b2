package uk.safekiosk.kiosk.teacher.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.safekiosk.kiosk.i18n.Language;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.ClassLayouts;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.Role;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.roster.SchoolLanguage;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.teacher.StaffMenu;
import uk.safekiosk.kiosk.teacher.StaffPage;

/**
 * Layouts and language: the KS1 or KS2 layout of each class the member of staff sees, and the school's language
 * (English or Welsh), which only the administrator changes.
 */
@Route("teacher/layouts")
@RolesAllowed({"TEACHER", "DSL", "ADMIN"})
public class LayoutsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final RosterService roster;
    private final ClassLayouts layouts;
    private final SchoolLanguage language;
    private final List<StaffPage> staffPages;

    public LayoutsView(CurrentUser currentUser, RosterService roster, ClassLayouts layouts, SchoolLanguage language,
                       List<StaffPage> staffPages) {
        this.currentUser = currentUser;
        this.roster = roster;
        this.layouts = layouts;
        this.language = language;
        this.staffPages = staffPages;
        addClassName("kiosk-layouts");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Person me = currentUser.require();
        add(new StaffMenu(staffPages), new H1(getTranslation("teacher.layouts.title")),
                new Paragraph(getTranslation("teacher.layouts.intro")));
        for (ClassInfo schoolClass : roster.classesVisibleTo(me)) {
            Section card = new Section(new H2(getTranslation("teacher.class.heading", schoolClass.name(),
                    schoolClass.yearGroup())), new LayoutChoice(layouts, me, schoolClass));
            card.addClassName("kiosk-layout-class");
            add(card);
        }
        add(languageSection(me));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teacher.layouts.title");
    }

    private Section languageSection(Person me) {
        RadioButtonGroup<Language> choice = new RadioButtonGroup<>(getTranslation("teacher.language.label"));
        choice.setItems(Language.values());
        choice.setItemLabelGenerator(l -> getTranslation("teacher.language." + l.name()));
        choice.setValue(language.current());
        choice.setHelperText(getTranslation("teacher.language.help"));
        boolean admin = me.role() == Role.ADMIN;
        choice.setEnabled(admin);
        Paragraph note = new Paragraph(admin ? "" : getTranslation("teacher.language.admin-only"));
        note.getElement().setAttribute("role", "status");
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                language.set(me, change.getValue());
                note.setText(getTranslation("teacher.language.saved",
                        getTranslation("teacher.language." + change.getValue().name())));
            }
        });
        Section section = new Section(new H2(getTranslation("teacher.language.heading")), choice, note);
        section.addClassName("kiosk-language");
        return section;
    }
}
