package uk.safekiosk.kiosk.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.classroom.ui.ClassesView;
import uk.safekiosk.kiosk.classroom.ui.PupilTimelineView;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.rules.RulesService;
import uk.safekiosk.kiosk.search.SearchSwitches;
import uk.safekiosk.kiosk.support.KioskViewTest;

class ClassesViewTest extends KioskViewTest {

    @Autowired
    RosterService roster;
    @Autowired
    SearchSwitches switches;
    @Autowired
    MailService mail;
    @Autowired
    PupilControls pupils;
    @Autowired
    SchoolHoursService hours;
    @Autowired
    RulesService rules;
    @Autowired
    AuditLog audit;
    @Autowired
    AuthenticationProvider passwordLogOn;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Clock clock;

    private Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }

    private ListItem row(String username) {
        return find(ListItem.class).withCondition(li -> username.equals(li.getElement().getAttribute("data-pupil")))
                .single();
    }

    private Button button(String accessibleName) {
        return find(Button.class).withCondition(b -> accessibleName.equals(b.getAriaLabel().orElse(null))
                || accessibleName.equals(b.getText())).single();
    }

    @Test
    @WithUserDetails("oak.teacher")
    void aTeacherSeesTheirClassWithASearchSwitchAndSwitchesItOff() {
        long oak = person("oak.teacher").classId();
        Instant before = clock.instant();
        navigate(ClassesView.class);

        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly("Oak Class (Year 4)");
        Checkbox search = find(Checkbox.class).withCaption("Search").single();
        assertThat(search.getValue()).as("the demo school starts with Oak Class on").isTrue();
        assertThat(search.getHelperText()).contains("15:30");
        assertThat(find(Checkbox.class).withCaption("Email").single().getValue()).isTrue();
        assertThat(find(Section.class).withClassName("kiosk-school-hours").all()).as("for the DSL and admin only")
                .isEmpty();
        try {
            test(search).click();

            assertThat(switches.isOn(oak)).isFalse();
            assertThat(audit.between(before, clock.instant().plusSeconds(1))).anySatisfy(e -> {
                assertThat(e.actor()).isEqualTo("oak.teacher");
                assertThat(e.action()).isEqualTo(AuditAction.SEARCH_SWITCHED);
                assertThat(e.classId()).isEqualTo(oak);
                assertThat(e.detail()).isEqualTo("Switched off");
            });
        } finally {
            switches.set(oak, true, null);
        }
    }

    @Test
    @WithUserDetails("elm.teacher")
    void aTeacherSwitchesTheirClassEmailOffAndOn() {
        long elm = person("elm.teacher").classId();
        navigate(ClassesView.class);
        Checkbox email = find(Checkbox.class).withCaption("Email").single();
        try {
            test(email).click();
            assertThat(mail.isClassEmailOn(elm)).isFalse();
            assertThat(mail.isEmailOn(person("elm.gus"))).isFalse();
            assertThat(mail.isEmailOn(person("elm.teacher"))).as("staff always send").isTrue();

            test(email).click();
            assertThat(mail.isClassEmailOn(elm)).isTrue();
        } finally {
            mail.setClassEmail(elm, true);
        }
    }

    @Test
    @WithUserDetails("oak.teacher")
    void thePupilListShowsWhoAgreedToTheRulesToday() {
        rules.recordAgreement(person("oak.ava"), "test-version", "test-device");
        navigate(ClassesView.class);

        assertThat(find(ListItem.class).withClassName("kiosk-pupil-row").all()).hasSize(6);
        assertThat(find(Span.class, row("oak.ava")).withClassName("kiosk-rules-agreed").single().getText())
                .startsWith("Rules today: agreed at ");
        Anchor name = find(Anchor.class, row("oak.ava")).single();
        assertThat(name.getText()).isEqualTo("Ava S.");
        assertThat(name.getHref()).isEqualTo("teacher/pupil/oak.ava");
    }

    @Test
    @WithUserDetails("oak.teacher")
    void aTeacherPausesAPupilUntilATimeAndLetsThemBackIn() {
        navigate(ClassesView.class);
        LocalDateTime until = LocalDateTime.now(clock).plusMinutes(45).truncatedTo(ChronoUnit.MINUTES);
        try {
            test(button("Pause Finn O.")).click();
            DateTimePicker picker = find(DateTimePicker.class).single();
            picker.setValue(until);
            test(find(Button.class).withText("Pause").withCondition(b -> b.getAriaLabel().isEmpty()).single())
                    .click();

            assertThat(pupils.status(person("oak.teacher"), "oak.finn").pausedUntil())
                    .contains(until.atZone(clock.getZone()).toInstant());
            assertThat(find(Span.class, row("oak.finn")).withClassName("kiosk-paused").single().getText())
                    .startsWith("Paused until ");
            assertThat(audit.timeline("oak.finn")).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.PUPIL_PAUSED);
                assertThat(e.actor()).isEqualTo("oak.teacher");
            });

            test(button("Let Finn O. back in")).click();
            assertThat(pupils.status(person("oak.teacher"), "oak.finn").pausedUntil()).isEmpty();
            assertThat(find(Span.class, row("oak.finn")).withClassName("kiosk-paused").all()).isEmpty();
        } finally {
            pupils.lift(person("oak.teacher"), "oak.finn");
        }
    }

    @Test
    @WithUserDetails("oak.teacher")
    void aTeacherGivesAPupilANewPasswordToReadOut() {
        navigate(ClassesView.class);
        try {
            test(button("New password for Cara M.")).click();
            test(find(Button.class).withText("Make a new password").single()).click();

            String shown = find(Span.class).withClassName("kiosk-new-password").single().getText();
            assertThat(shown).matches("[a-z]+-[a-z]+-\\d{2}");
            assertThat(passwordLogOn.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("oak.cara", shown)).isAuthenticated())
                    .isTrue();
            assertThatThrownBy(() -> passwordLogOn.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("oak.cara", "demo-pupil")))
                    .as("the old password stops working").isInstanceOf(BadCredentialsException.class);
            assertThat(audit.timeline("oak.cara")).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.PASSWORD_RESET);
                assertThat(e.detail()).doesNotContain(shown);
            });
        } finally {
            roster.replacePasswordHash("oak.cara", encoder.encode("demo-pupil"));
        }
    }

    @Test
    @WithUserDetails("dsl")
    void theSafeguardingLeadSeesEveryClassAndSetsSchoolHours() {
        SchoolHours was = hours.current();
        navigate(ClassesView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText)
                .containsSubsequence("Elm Class (Year 1)", "Oak Class (Year 4)", "School hours");
        assertThat(find(Checkbox.class).withCaption("Search").all()).hasSize(2);
        try {
            test(find(Checkbox.class).withCaption("Pupils log on only in school hours").single()).click();
            @SuppressWarnings("unchecked")
            CheckboxGroup<DayOfWeek> days = find(CheckboxGroup.class).single();
            days.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
            find(TimePicker.class).withCaption("To").single().setValue(LocalTime.of(16, 0));
            test(find(Button.class).withText("Save school hours").single()).click();

            assertThat(find(Paragraph.class).withClassName("kiosk-school-hours-result").single().getText())
                    .isEqualTo("School hours saved.");
            assertThat(hours.current()).isEqualTo(new SchoolHours(true,
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(8, 0), LocalTime.of(16, 0)));
        } finally {
            hours.change(person("dsl"), was);
        }
    }

    @Test
    @WithUserDetails("oak.teacher")
    void aTeacherSeesTheTimelineOfTheirOwnPupilsOnly() {
        Person ben = person("oak.ben");
        rules.recordAgreement(ben, "test-version", "timeline-device");

        navigate(PupilTimelineView.class, "oak.ben");
        assertThat(find(H1.class).single().getText()).isEqualTo("Timeline: Ben T.");
        assertThat(find(ListItem.class).withCondition(li -> "RULES_AGREED".equals(
                li.getElement().getAttribute("data-action"))).first().getElement().getTextRecursively())
                .contains("Ben T.").contains("Agreed to the rules").contains("timeline-device");

        navigate(PupilTimelineView.class, "elm.gus");
        assertThat(find(Paragraph.class).withText("We cannot find that pupil in your classes.").all()).hasSize(1);
        assertThat(find(ListItem.class).withCondition(li -> li.getElement().hasAttribute("data-action")).all())
                .isEmpty();
    }
}
