package uk.safekiosk.kiosk.teacher.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.ClassLayouts;
import uk.safekiosk.kiosk.roster.KeyStage;
import uk.safekiosk.kiosk.roster.Person;

/**
 * KS1 or KS2 for one class's pupils. Staff who may not change the class see the choice but cannot use it; the service
 * checks again on the server.
 */
class LayoutChoice extends Div {

    LayoutChoice(ClassLayouts layouts, Person staff, ClassInfo schoolClass) {
        addClassName("kiosk-layout-choice");
        RadioButtonGroup<KeyStage> choice = new RadioButtonGroup<>(getTranslation("teacher.layout.label"));
        choice.setItems(KeyStage.values());
        choice.setItemLabelGenerator(keyStage -> getTranslation("teacher.layout." + keyStage.name()));
        choice.setValue(layouts.of(schoolClass.id()));
        choice.setEnabled(layouts.mayChange(staff, schoolClass.id()));
        Paragraph saved = new Paragraph();
        saved.getElement().setAttribute("role", "status");
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                layouts.set(staff, schoolClass.id(), change.getValue());
                saved.setText(getTranslation("teacher.layout.saved", schoolClass.name(),
                        getTranslation("teacher.layout.short." + change.getValue().name())));
            }
        });
        add(choice, saved);
    }
}
