package uk.safekiosk.kiosk.classroom.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.safekiosk.kiosk.classroom.PupilTimeline;
import uk.safekiosk.kiosk.classroom.PupilTimelines;
import uk.safekiosk.kiosk.security.CurrentUser;
import uk.safekiosk.kiosk.teacher.StaffPage;
import uk.safekiosk.kiosk.teacher.StaffMenu;

/**
 * A pupil's timeline for staff ({@code /teacher/pupil/<username>}): what they did and what was done about them,
 * newest first. A teacher sees only their own class's pupils; the DSL and the administrator see any pupil.
 */
@Route("teacher/pupil")
@RolesAllowed({"TEACHER", "DSL", "ADMIN"})
public class PupilTimelineView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final PupilTimelines timelines;
    private final List<StaffPage> staffPages;
    private final Clock clock;
    private String title;

    public PupilTimelineView(CurrentUser currentUser, PupilTimelines timelines, List<StaffPage> staffPages,
                             Clock clock) {
        this.currentUser = currentUser;
        this.timelines = timelines;
        this.staffPages = staffPages;
        this.clock = clock;
        addClassName("kiosk-timeline");
    }

    @Override
    public void setParameter(BeforeEvent event, String username) {
        removeAll();
        add(new StaffMenu(staffPages));
        Optional<PupilTimeline> found = timelines.of(currentUser.require(), username);
        if (found.isEmpty()) {
            title = getTranslation("timeline.title");
            add(new H1(title), new Paragraph(getTranslation("timeline.not-found")), back());
            return;
        }
        PupilTimeline timeline = found.get();
        title = getTranslation("timeline.heading", timeline.pupil().displayName());
        add(new H1(title), new Paragraph(getTranslation("timeline.class", timeline.pupil().className())), back());
        if (timeline.entries().isEmpty()) {
            add(new Paragraph(getTranslation("timeline.empty")));
            return;
        }
        if (timeline.cutShort()) {
            add(new Paragraph(getTranslation("timeline.cut-short", String.valueOf(timeline.entries().size()))));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("kiosk-timeline-list");
        timeline.entries().forEach(entry -> list.add(item(entry)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private ListItem item(PupilTimeline.Entry entry) {
        Span when = new Span(Times.dayAndTime(entry.at(), clock));
        when.addClassName("kiosk-timeline-when");
        Span who = new Span(entry.actorName().orElseGet(() -> getTranslation("timeline.system")));
        who.addClassName("kiosk-timeline-who");
        Span what = new Span(getTranslation("timeline.action." + entry.action().name()));
        what.addClassName("kiosk-timeline-what");
        Span detail = new Span(entry.detail());
        detail.addClassName("kiosk-timeline-detail");
        ListItem item = new ListItem(when, who, what, detail);
        item.getElement().setAttribute("data-action", entry.action().name());
        return item;
    }

    private Anchor back() {
        return new Anchor("teacher/classes", getTranslation("timeline.back"));
    }
}
