package uk.safekiosk.kiosk.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditEntry;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.Role;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.security.LogOnRefusedException;
import uk.safekiosk.kiosk.support.KioskViewTest;

/**
 * The picture secrets and the staff's powers over them. Tests that make new pictures use Oak Class (typed passwords
 * in the demo), switched to pictures only inside the test, so the demo class's sequences stay as README lists them.
 */
class PictureLogOnTest extends KioskViewTest {

    @Autowired
    PictureLogOn pictures;
    @Autowired
    PictureSecretRepository secrets;
    @Autowired
    RosterService roster;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    ContentSource content;
    @Autowired
    AuthenticationProvider passwordLogOn;

    @Test
    void theDemoClassLogsOnWithPicturesAndEachPupilHasTheSequenceFromTheDemoData() {
        Map<String, PictureSequence> demo = DemoPictureLines.read(content);

        assertThat(pictures.pictureClasses()).extracting(c -> c.name()).containsExactly("Elm Class");
        assertThat(demo).isNotEmpty();
        demo.forEach((username, sequence) ->
                assertThat(pictures.matches(username, sequence)).as(username).isTrue());
    }

    @Test
    void storesOnlyABcryptHashOfThePictures() {
        demo().forEach((username, sequence) -> {
            String hash = secrets.findById(person(username).id()).orElseThrow().sequenceHash();
            assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(sequence.pictures().getFirst().id());
        });
    }

    @Test
    void theWrongOrderOrSomeoneElsesPicturesDoNotMatch() {
        List<Map.Entry<String, PictureSequence>> lines = new ArrayList<>(demo().entrySet());
        String first = lines.get(0).getKey();
        PictureSequence own = lines.get(0).getValue();
        PictureSequence reversed = new PictureSequence(own.pictures().reversed());
        PictureSequence someoneElses = lines.get(1).getValue();
        assertThat(List.of(reversed, someoneElses)).as("the demo data gives different sequences").doesNotContain(own);

        assertThat(pictures.matches(first, reversed)).isFalse();
        assertThat(pictures.matches(first, someoneElses)).isFalse();
        assertThat(pictures.matches("nobody", own)).isFalse();
    }

    @Test
    void aTypedPasswordClassIsNotOnTheLogOnPageAndItsPupilsNeverMatch() {
        Person ava = person("oak.ava");

        assertThat(pictures.pupilsToTap(ava.classId())).isEmpty();
        assertThat(pictures.pupilToTap("oak.ava")).isEmpty();
        assertThat(pictures.pupilToTap("elm.teacher")).as("staff never log on with pictures").isEmpty();
        NewPictures made = pictures.newPictures(person("oak.teacher"), "oak.ava");
        assertThat(pictures.matches("oak.ava", made.sequence())).as("the class types passwords").isFalse();
    }

    @Test
    void newPicturesWorkAtOnceTheOldOnesStopAndTheResetIsAuditedWithoutThePictures() {
        Person teacher = person("oak.teacher");
        Person ben = person("oak.ben");
        pictures.switchPictures(teacher, ben.classId(), true);
        try {
            PictureSequence old = pictures.newPictures(teacher, "oak.ben").sequence();
            PictureSequence fresh = old;
            while (fresh.equals(old)) {
                fresh = pictures.newPictures(teacher, "oak.ben").sequence();
            }

            assertThat(pictures.matches("oak.ben", fresh)).isTrue();
            assertThat(pictures.matches("oak.ben", old)).isFalse();
            AuditEntry reset = audit.timeline("oak.ben").getFirst();
            assertThat(reset.action()).isEqualTo(AuditAction.PASSWORD_RESET);
            assertThat(reset.actor()).isEqualTo("oak.teacher");
            assertThat(reset.classId()).isEqualTo(ben.classId());
            for (Picture picture : Picture.values()) {
                assertThat(reset.detail()).doesNotContain(picture.id());
            }
        } finally {
            pictures.switchPictures(teacher, ben.classId(), false);
        }
    }

    @Test
    void newPicturesForTheClassGiveEveryPupilACard() {
        Person teacher = person("oak.teacher");
        long oak = teacher.classId();

        List<NewPictures> made = pictures.newPicturesForClass(teacher, oak);

        assertThat(made).extracting(m -> m.pupil().username())
                .containsExactlyElementsOf(roster.pupilsOf(oak).stream().map(Person::username).toList());
        assertThat(pictures.pupilsOf(teacher, oak)).allMatch(PupilPictures::hasPictures);
    }

    @Test
    void switchingIsAuditedAndDecidesWhoIsOnTheLogOnPage() {
        Person teacher = person("oak.teacher");
        long oak = teacher.classId();
        pictures.switchPictures(teacher, oak, true);
        try {
            assertThat(pictures.usesPictures(oak)).isTrue();
            assertThat(pictures.pictureClasses()).extracting(c -> c.name()).contains("Oak Class");
            assertThat(pictures.pupilsToTap(oak)).extracting(Person::username).contains("oak.ava");
        } finally {
            pictures.switchPictures(teacher, oak, false);
        }
        assertThat(pictures.usesPictures(oak)).isFalse();
        // The kiosk's clock, not the wall clock: other view tests move the shared test clock forward.
        List<AuditEntry> recent = audit.between(clock.instant().minusSeconds(60), clock.instant().plusSeconds(1));
        assertThat(recent).filteredOn(e -> e.action() == AuditAction.PICTURE_LOGON_SWITCHED
                        && "oak.teacher".equals(e.actor()) && Long.valueOf(oak).equals(e.classId()))
                .extracting(AuditEntry::detail).containsSubsequence("off", "on");
    }

    @Test
    void aTeacherManagesOnlyTheirOwnClass() {
        Person elmTeacher = person("elm.teacher");
        long oak = person("oak.ava").classId();

        assertThat(pictures.mayManage(elmTeacher, elmTeacher.classId())).isTrue();
        assertThat(pictures.mayManage(elmTeacher, oak)).isFalse();
        assertThatThrownBy(() -> pictures.newPictures(elmTeacher, "oak.ava"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pictures.newPicturesForClass(elmTeacher, oak))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pictures.switchPictures(elmTeacher, oak, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pictures.pupilsOf(elmTeacher, oak)).isInstanceOf(AccessDeniedException.class);
        assertThat(pictures.usesPictures(oak)).isFalse();
    }

    @Test
    void aPupilManagesNothingNotEvenTheirOwnPictures() {
        Person gus = person("elm.gus");

        assertThat(pictures.mayManage(gus, gus.classId())).isFalse();
        assertThatThrownBy(() -> pictures.newPictures(gus, "elm.gus")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pictures.switchPictures(gus, gus.classId(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pictures.pupilsOf(gus, gus.classId())).isInstanceOf(AccessDeniedException.class);
        assertThat(pictures.usesPictures(gus.classId())).isTrue();
    }

    @Test
    void theSafeguardingLeadAndTheAdministratorManageEveryClass() {
        long elm = person("elm.gus").classId();
        long oak = person("oak.ava").classId();

        for (String staff : List.of("dsl", "admin")) {
            assertThat(pictures.mayManage(person(staff), elm)).as(staff).isTrue();
            assertThat(pictures.mayManage(person(staff), oak)).as(staff).isTrue();
            assertThat(pictures.pupilsOf(person(staff), oak)).hasSize(roster.pupilsOf(oak).size());
        }
    }

    @Test
    void theCheckRestsOnTheStoredRoleNotOnWhatTheCallerClaims() {
        Person gus = person("elm.gus");
        Person claimsToBeDsl = new Person(gus.id(), gus.username(), gus.displayName(), gus.email(), Role.DSL,
                null, null);

        assertThat(pictures.mayManage(claimsToBeDsl, gus.classId())).isFalse();
        assertThatThrownBy(() -> pictures.newPictures(claimsToBeDsl, "elm.hana"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPictureClassPupilIsRefusedAtTheTypedPasswordFormEvenWithTheRightPassword() {
        assertThatThrownBy(() -> passwordLogOn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("elm.jay", "demo-pupil")))
                .isInstanceOfSatisfying(LogOnRefusedException.class,
                        refused -> assertThat(refused.refusal().wordingKey()).isEqualTo("pictures.use-pictures"));
        assertThat(passwordLogOn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("oak.cara", "demo-pupil")).isAuthenticated())
                .isTrue();
        assertThat(passwordLogOn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("elm.teacher", "demo-teacher"))
                .isAuthenticated()).as("the class teacher types a password").isTrue();
    }

    private Map<String, PictureSequence> demo() {
        return DemoPictureLines.read(content);
    }

    private Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }
}
