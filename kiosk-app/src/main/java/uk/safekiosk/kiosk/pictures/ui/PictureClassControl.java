package uk.safekiosk.kiosk.pictures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import uk.safekiosk.kiosk.pictures.PictureLogOn;
import uk.safekiosk.kiosk.roster.ClassInfo;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.teacher.ClassControl;

/** "Log on with pictures" on each class card of the class controls page, and the way to that class's cards. */
@org.springframework.stereotype.Component
class PictureClassControl implements ClassControl {

    private final PictureLogOn pictures;

    PictureClassControl(PictureLogOn pictures) {
        this.pictures = pictures;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(Person staff, ClassInfo schoolClass) {
        Div control = new Div();
        control.addClassName("kiosk-picture-control");
        Checkbox toggle = new Checkbox(control.getTranslation("pictures.control"),
                pictures.usesPictures(schoolClass.id()));
        toggle.getElement().setAttribute("data-class", schoolClass.name());
        toggle.setReadOnly(!pictures.mayManage(staff, schoolClass.id()));
        toggle.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                pictures.switchPictures(staff, schoolClass.id(), change.getValue());
            }
        });
        RouterLink cards = new RouterLink(control.getTranslation("pictures.control.cards"), PictureCardsView.class,
                new RouteParameters(PictureCardsView.CLASS_ID, String.valueOf(schoolClass.id())));
        control.add(toggle, cards);
        return control;
    }
}
