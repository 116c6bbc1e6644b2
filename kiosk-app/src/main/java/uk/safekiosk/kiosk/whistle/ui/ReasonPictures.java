package uk.safekiosk.kiosk.whistle.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import uk.safekiosk.kiosk.whistle.WhistleReason;

/** The picture for each reason a child can tap. */
final class ReasonPictures {

    private ReasonPictures() {
    }

    static VaadinIcon of(WhistleReason reason) {
        return switch (reason) {
            case UNKIND -> VaadinIcon.FROWN_O;
            case SCARY -> VaadinIcon.EXCLAMATION_CIRCLE_O;
            case RUDE -> VaadinIcon.BAN;
            case OTHER -> VaadinIcon.QUESTION_CIRCLE_O;
        };
    }

    static String wordKey(WhistleReason reason) {
        return "whistle.reason." + reason.name();
    }
}
