package uk.safekiosk.kiosk.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.alerts.AlertKind;
import uk.safekiosk.kiosk.alerts.StaffAlert;
import uk.safekiosk.kiosk.alerts.StaffAlerts;
import uk.safekiosk.kiosk.mail.InProcessGateway;
import uk.safekiosk.kiosk.mail.MailFolder;
import uk.safekiosk.kiosk.mail.MailItem;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.support.DemoMail;
import uk.safekiosk.kiosk.support.KioskViewTest;

/**
 * The whistle end to end below the screens: real gateway, real mailboxes, real database. Each test whistles as its
 * own pupil, so bursts and folds of one test never meet another's.
 */
class WhistleServiceTest extends KioskViewTest {

    private static final String SCARY_TEXT = "There is a ghost under your bed tonight";

    @Autowired
    InProcessGateway gateway;
    @Autowired
    MailService mail;
    @Autowired
    WhistleService whistle;
    @Autowired
    StaffAlerts alerts;
    @Autowired
    RosterService roster;

    private DemoMail demo;

    @BeforeEach
    void setUp() {
        demo = new DemoMail(gateway.gateway());
    }

    @Test
    void whistleTakesTheMessageOutOfTheInboxRecordsItAndTellsStaffAtOnce() throws Exception {
        Person cara = person("oak.cara");
        Person oakTeacher = person("oak.teacher");
        String subject = DemoMail.unique("Ghost");
        MailItem message = delivered("oak.ava", subject, SCARY_TEXT, cara);
        List<StaffAlert> heard = new CopyOnWriteArrayList<>();
        List<StaffAlert> elmHeard = new CopyOnWriteArrayList<>();
        Runnable stop = alerts.subscribe(oakTeacher, heard::add);
        Runnable elmStop = alerts.subscribe(person("elm.teacher"), elmHeard::add);

        PupilWhistle made = whistle.report(cara, message, WhistleReason.SCARY).orElseThrow();
        stop.run();
        elmStop.run();

        assertThat(made.seen()).isFalse();
        assertThat(made.senderName()).isEqualTo("Ava S.");
        assertThat(demo.inbox("oak.cara")).noneMatch(h -> subject.equals(h.subject()));
        assertThat(heard).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.WHISTLE);
            assertThat(alert.classId()).isEqualTo(cara.classId());
            assertThat(alert.pupilName()).isEqualTo("Cara M.");
            assertThat(alert.reference()).isEqualTo(WhistleService.reference(made.caseId()));
        });
        assertThat(elmHeard).isEmpty();
        WhistleCaseView kept = caseFor(oakTeacher, subject);
        assertThat(kept.senderName()).isEqualTo("Ava S.");
        assertThat(kept.messageText()).contains(SCARY_TEXT);
        assertThat(kept.whistles()).singleElement().satisfies(w -> {
            assertThat(w.reporterName()).isEqualTo("Cara M.");
            assertThat(w.reason()).isEqualTo(WhistleReason.SCARY);
        });
        assertThat(casesOf(person("dsl"))).anyMatch(c -> c.id() == kept.id());
        assertThat(casesOf(person("elm.teacher"))).noneMatch(c -> c.id() == kept.id());
        for (String staff : List.of("oak.teacher", "dsl")) {
            assertThat(demo.inbox(staff)).as(staff).anySatisfy(notice -> {
                assertThat(notice.subject()).isEqualTo("Whistle: Cara M. reported a message from Ava S.");
                assertThat(notice.text()).contains(SCARY_TEXT, subject, "Scary");
            });
        }
        assertThat(demo.inbox("elm.teacher")).noneMatch(h -> h.text().contains(subject));
    }

    @Test
    void reportsOfTheSameMessageByTwoPupilsFoldIntoOneCase() throws Exception {
        Person dev = person("oak.dev");
        Person ela = person("oak.ela");
        String subject = DemoMail.unique("Spider");
        demo.send("oak.ben", subject, "A big spider lives in your desk", "oak.dev", "oak.ela");
        MailItem devsCopy = awaitMessage(dev, subject);
        MailItem elasCopy = awaitMessage(ela, subject);

        PupilWhistle first = whistle.report(dev, devsCopy, WhistleReason.SCARY).orElseThrow();
        PupilWhistle second = whistle.report(ela, elasCopy, WhistleReason.UNKIND).orElseThrow();

        assertThat(second.caseId()).isEqualTo(first.caseId());
        assertThat(second.id()).isNotEqualTo(first.id());
        WhistleCaseView folded = caseFor(person("oak.teacher"), subject);
        assertThat(folded.whistles()).extracting(WhistleCaseView.Whistle::reporterName, WhistleCaseView.Whistle::reason)
                .containsExactly(tuple("Dev P.", WhistleReason.SCARY), tuple("Ela K.", WhistleReason.UNKIND));
        assertThat(casesOf(person("oak.teacher"))).filteredOn(c -> subject.equals(c.subject())).hasSize(1);
    }

    @Test
    void aBurstOfWhistlesIsGroupedEveryOneRecordedAndNoneRefused() throws Exception {
        Person jay = person("elm.jay");
        Person elmTeacher = person("elm.teacher");
        List<String> subjects = List.of(DemoMail.unique("One"), DemoMail.unique("Two"), DemoMail.unique("Three"));
        long noticesBefore = noticesAbout(elmTeacher, "Jay W.");

        for (String subject : subjects) {
            MailItem message = delivered("elm.gus", subject, "Hello Jay", jay);
            assertThat(whistle.report(jay, message, WhistleReason.OTHER)).isPresent();
        }

        assertThat(whistle.whistlesOf(jay)).hasSizeGreaterThanOrEqualTo(3);
        WhistleGroup burst = whistle.groupsFor(elmTeacher).stream()
                .filter(g -> g.cases().stream().anyMatch(c -> subjects.getFirst().equals(c.subject())))
                .findFirst().orElseThrow();
        assertThat(burst.isBurst()).isTrue();
        assertThat(burst.reporterName()).isEqualTo("Jay W.");
        assertThat(burst.cases()).extracting(WhistleCaseView::subject).containsAll(subjects);
        assertThat(noticesAbout(elmTeacher, "Jay W.")).as("one mailbox notice for the burst")
                .isEqualTo(noticesBefore + 1);
    }

    @Test
    void markingACaseSeenTellsThePupilOnceAndOnlyItsOwnClassMayDoIt() throws Exception {
        Person gus = person("elm.gus");
        String subject = DemoMail.unique("Monster");
        MailItem message = delivered("elm.hana", subject, "there is a giant hairy spider in the art room cupboard",
                gus);
        List<Long> told = new CopyOnWriteArrayList<>();
        Runnable stop = whistle.onSeen(gus, told::add);
        PupilWhistle made = whistle.report(gus, message, WhistleReason.SCARY).orElseThrow();

        assertThat(whistle.report(gus, message, WhistleReason.SCARY)).as("already gone").isEmpty();
        assertThat(whistle.markSeen(person("oak.teacher"), made.caseId())).as("not their class").isEmpty();
        assertThat(whistle.find(person("elm.teacher"), made.caseId())).hasValueSatisfying(
                c -> assertThat(c.seen()).as("finding a case is not seeing it").isFalse());
        assertThat(told).isEmpty();
        WhistleCaseView opened = whistle.markSeen(person("elm.teacher"), made.caseId()).orElseThrow();
        whistle.markSeen(person("dsl"), made.caseId()).orElseThrow();
        stop.run();

        assertThat(opened.seen()).isTrue();
        assertThat(opened.seenBy()).isEqualTo("Mr Ellis");
        assertThat(told).containsExactly(made.caseId());
        assertThat(whistle.whistleOf(gus, made.id())).hasValueSatisfying(w -> assertThat(w.seen()).isTrue());
        assertThat(whistle.whistleOf(person("elm.hana"), made.id())).as("someone else's whistle").isEmpty();
    }

    private Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }

    private MailItem delivered(String fromUser, String subject, String text, Person to) throws Exception {
        demo.send(fromUser, subject, text, to.username());
        return awaitMessage(to, subject);
    }

    private MailItem awaitMessage(Person to, String subject) {
        await().atMost(Duration.ofSeconds(10)).until(() -> demo.inbox(to.username()).stream()
                .anyMatch(h -> subject.equals(h.subject())));
        long uid = mail.list(to, MailFolder.INBOX).stream().filter(s -> subject.equals(s.subject())).findFirst()
                .orElseThrow().uid();
        return mail.read(to, MailFolder.INBOX, uid).orElseThrow();
    }

    private List<WhistleCaseView> casesOf(Person staff) {
        return whistle.groupsFor(staff).stream().flatMap(g -> g.cases().stream()).toList();
    }

    private WhistleCaseView caseFor(Person staff, String subject) {
        return casesOf(staff).stream().filter(c -> subject.equals(c.subject())).findFirst().orElseThrow();
    }

    private long noticesAbout(Person staff, String pupilName) throws Exception {
        return demo.inbox(staff.username()).stream()
                .filter(h -> h.subject() != null && h.subject().startsWith("Whistle: " + pupilName)).count();
    }
}
