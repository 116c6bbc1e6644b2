package uk.safekiosk.kiosk.whistle.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.whistle.PupilWhistle;
import uk.safekiosk.kiosk.whistle.WhistleService;

/**
 * Above a pupil's inbox: the messages they blew the whistle on lately, and whether their teacher has seen each one,
 * kept up to date while the inbox is open.
 */
class MyWhistles extends Div {

    private final WhistleService whistle;
    private final Person pupil;
    private final UnorderedList list = new UnorderedList();
    private Runnable unsubscribe;

    MyWhistles(WhistleService whistle, Person pupil) {
        this.whistle = whistle;
        this.pupil = pupil;
        addClassName("kiosk-my-whistles");
        list.addClassName("kiosk-my-whistles-list");
        add(new H2(getTranslation("whistle.mine")), list);
        refresh();
    }

    boolean isEmpty() {
        return list.getChildren().findAny().isEmpty();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = whistle.onSeen(pupil, caseId -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void refresh() {
        list.removeAll();
        List<PupilWhistle> mine = whistle.whistlesOf(pupil);
        for (PupilWhistle w : mine) {
            Span about = new Span(getTranslation("whistle.mine.about", w.senderName()));
            Span status = new Span(getTranslation(w.seen() ? "whistle.seen" : "whistle.told"));
            status.addClassName(w.seen() ? "kiosk-whistle-seen" : "kiosk-whistle-told");
            list.add(new ListItem(about, status));
        }
    }
}
