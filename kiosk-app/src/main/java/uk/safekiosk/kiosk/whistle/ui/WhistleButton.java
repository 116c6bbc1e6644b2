package uk.safekiosk.kiosk.whistle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import uk.safekiosk.kiosk.mail.MailItem;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.speech.ReadAloud;
import uk.safekiosk.kiosk.whistle.PupilWhistle;
import uk.safekiosk.kiosk.whistle.WhistleReason;
import uk.safekiosk.kiosk.whistle.WhistleService;

/**
 * The big Whistle on a received message. Two taps at most: the whistle, then one picture for the reason. The message
 * leaves the inbox at once and the child is thanked.
 */
class WhistleButton extends Div {

    private final WhistleService whistle;
    private final Person pupil;
    private final MailItem message;

    WhistleButton(WhistleService whistle, Person pupil, MailItem message) {
        this.whistle = whistle;
        this.pupil = pupil;
        this.message = message;
        addClassName("kiosk-whistle");
        Button blow = new Button(getTranslation("whistle.button"), VaadinIcon.MEGAPHONE.create(),
                click -> askWhy());
        blow.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        blow.addClassName("kiosk-whistle-button");
        add(blow);
    }

    private void askWhy() {
        Dialog why = new Dialog();
        why.addClassName("kiosk-whistle-why");
        why.setHeaderTitle(getTranslation("whistle.why"));
        Div pictures = new Div();
        pictures.addClassName("kiosk-whistle-reasons");
        for (WhistleReason reason : WhistleReason.values()) {
            Icon picture = ReasonPictures.of(reason).create();
            picture.getElement().setAttribute("aria-hidden", "true");
            Button choice = new Button(getTranslation(ReasonPictures.wordKey(reason)), picture,
                    click -> report(why, reason));
            choice.addClassName("kiosk-whistle-reason");
            choice.addThemeVariants(ButtonVariant.LUMO_LARGE);
            choice.setDisableOnClick(true);
            pictures.add(choice);
        }
        Button back = new Button(getTranslation("whistle.not-now"), click -> why.close());
        String help = getTranslation("whistle.why.help");
        ReadAloud readIt = new ReadAloud(ReadAloud.sentences(Stream.concat(
                Stream.of(getTranslation("whistle.why"), help),
                Arrays.stream(WhistleReason.values()).map(r -> getTranslation(ReasonPictures.wordKey(r))))
                .toArray(String[]::new)));
        Div helpLine = new Div(new Paragraph(help), readIt);
        helpLine.addClassName("kiosk-explained");
        why.add(helpLine, pictures);
        why.getFooter().add(back);
        why.open();
    }

    private void report(Dialog why, WhistleReason reason) {
        Optional<PupilWhistle> made = whistle.report(pupil, message, reason);
        why.close();
        if (made.isPresent()) {
            getUI().ifPresent(ui -> ui.navigate(WhistleThanksView.class,
                    new RouteParameters(WhistleThanksView.REPORT, Long.toString(made.get().id()))));
        } else {
            removeAll();
            add(new H2(getTranslation("whistle.gone")));
        }
    }
}
