package uk.safekiosk.kiosk.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import uk.safekiosk.kiosk.classroom.SchoolHours;
import uk.safekiosk.kiosk.classroom.SchoolHoursService;
import uk.safekiosk.kiosk.roster.Person;

/** The school's pupil log-on hours, for the DSL and the administrator. */
class SchoolHoursForm extends Section {

    private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

    SchoolHoursForm(Person staff, SchoolHoursService service) {
        addClassName("kiosk-school-hours");
        SchoolHours hours = service.current();
        Checkbox enabled = new Checkbox(getTranslation("hours.enabled"), hours.enabled());
        enabled.setHelperText(getTranslation("hours.help"));
        CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>(getTranslation("hours.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> getTranslation("hours.day." + day.name()));
        days.setValue(hours.days());
        TimePicker from = new TimePicker(getTranslation("hours.from"), hours.from());
        TimePicker to = new TimePicker(getTranslation("hours.to"), hours.to());
        from.setStep(QUARTER_HOUR);
        to.setStep(QUARTER_HOUR);
        Paragraph result = new Paragraph();
        result.addClassName("kiosk-school-hours-result");
        result.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("hours.save"), click -> {
            SchoolHours chosen;
            try {
                chosen = new SchoolHours(enabled.getValue(),
                        days.getValue().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : days.getValue(),
                        from.getValue(), to.getValue());
            } catch (IllegalArgumentException | NullPointerException invalid) {
                result.setText(getTranslation("hours.invalid"));
                return;
            }
            service.change(staff, chosen);
            result.setText(getTranslation("hours.saved"));
        });
        add(new H2(getTranslation("hours.heading")), enabled, days, from, to, save, result);
    }
}
