package uk.safekiosk.kiosk.whistle.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import uk.safekiosk.kiosk.mail.MailFolder;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.speech.ReadAloud;
import uk.safekiosk.kiosk.whistle.PupilWhistle;
import uk.safekiosk.kiosk.whistle.WhistleService;

/**
 * After a whistle: thanks, and "Your teacher has seen it" the moment a teacher opens the report (pushed to this
 * screen). Only the pupil's own whistles can be shown here.
 */
@Route("whistle/:report([0-9]{1,18})")
@RolesAllowed("PUPIL")
public class WhistleThanksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REPORT = "report";

    private final CurrentUser currentUser;
    private final WhistleService whistle;
    private final Paragraph status = new Paragraph();
    private final ReadAloud readIt = new ReadAloud("");
    private Person me;
    private PupilWhistle shown;
    private Runnable unsubscribe;

    public WhistleThanksView(CurrentUser currentUser, WhistleService whistle) {
        this.currentUser = currentUser;
        this.whistle = whistle;
        addClassName("kiosk-whistle-thanks");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        me = currentUser.require();
        Optional<PupilWhistle> mine = event.getRouteParameters().getLong(REPORT)
                .flatMap(id -> whistle.whistleOf(me, id));
        if (mine.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        shown = mine.get();
        Icon heart = VaadinIcon.HEART.create();
        heart.addClassName("kiosk-whistle-heart");
        heart.getElement().setAttribute("aria-hidden", "true");
        status.addClassName("kiosk-whistle-status");
        status.getElement().setAttribute("role", "status");
        showStatus(shown.seen());
        Anchor back = new Anchor(MailFolder.INBOX_ROUTE, getTranslation("mail.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("kiosk-mail-back");
        Div actions = new Div(back);
        actions.addClassName("kiosk-actions");
        add(heart, new H1(getTranslation("whistle.thanks")), new Paragraph(getTranslation("whistle.told")), status,
                readIt, actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("whistle.thanks");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = whistle.onSeen(currentUser.require(), caseId -> ui.access(() -> {
            if (shown != null && shown.caseId() == caseId) {
                showStatus(true);
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void showStatus(boolean seen) {
        status.setText(seen ? getTranslation("whistle.seen") : "");
        status.setVisible(seen);
        readIt.setWords(ReadAloud.sentences(getTranslation("whistle.thanks"), getTranslation("whistle.told"),
                status.getText()));
    }
}
