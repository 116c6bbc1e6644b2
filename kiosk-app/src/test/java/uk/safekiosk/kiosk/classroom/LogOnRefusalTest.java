package uk.safekiosk.kiosk.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.WebAttributes;
import uk.safekiosk.kiosk.audit.AuditAction;
import uk.safekiosk.kiosk.audit.AuditLog;
import uk.safekiosk.kiosk.i18n.Language;
import uk.safekiosk.kiosk.i18n.Words;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.roster.SchoolLanguage;
import uk.safekiosk.kiosk.security.LogOnRefusal;
import uk.safekiosk.kiosk.security.LogOnRefusedException;
import uk.safekiosk.kiosk.security.ui.LoginView;
import uk.safekiosk.kiosk.support.KioskViewTest;

/** A paused pupil, or a pupil outside school hours, is refused by the real log-on with kind words. */
class LogOnRefusalTest extends KioskViewTest {

    @Autowired
    AuthenticationProvider passwordLogOn;
    @Autowired
    PupilControls pupils;
    @Autowired
    SchoolHoursRule hoursRule;
    @Autowired
    SchoolHoursService hours;
    @Autowired
    RosterService roster;
    @Autowired
    Words words;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    SchoolLanguage language;

    private Person person(String username) {
        return roster.findByUsername(username).orElseThrow();
    }

    private static UsernamePasswordAuthenticationToken typed(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    @Test
    void aPausedPupilIsToldWhenTheyCanComeBackAndTheLogOnPageSaysSo() {
        Person teacher = person("oak.teacher");
        Instant until = clock.instant().plus(Duration.ofMinutes(30));
        pupils.pause(teacher, "oak.cara", until);
        try {
            assertThatThrownBy(() -> passwordLogOn.authenticate(typed("oak.cara", "demo-pupil")))
                    .isInstanceOfSatisfying(LogOnRefusedException.class, refused -> {
                        assertThat(refused.refusal().wordingKey()).isEqualTo("login.paused");
                        assertThat(refused.refusal().arguments().getFirst().toString())
                                .contains(DateTimeFormatter.ofPattern("HH:mm").format(until.atZone(clock.getZone())));
                    });
            assertThat(audit.timeline("oak.cara")).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.LOG_ON_REFUSED);
                assertThat(e.detail()).startsWith("You can't use the computers just now.");
            });
            assertThat(passwordLogOn.authenticate(typed("oak.ava", "demo-pupil")).isAuthenticated())
                    .as("a classmate is not paused").isTrue();
            assertThat(passwordLogOn.authenticate(typed("oak.teacher", "demo-teacher")).isAuthenticated()).isTrue();

            LogOnRefusal refusal = LogOnRefusal.of("login.paused", "14:05");
            VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                    new LogOnRefusedException(refusal));
            UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
            assertThat(find(Paragraph.class).withClassName("kiosk-notice").single().getText())
                    .isEqualTo("You can't use the computers just now. You can log on again from 14:05. "
                            + "Ask your teacher if you are not sure.")
                    .isEqualTo(words.getTranslation("login.paused", Words.ENGLISH, "14:05"));
        } finally {
            pupils.lift(teacher, "oak.cara");
        }
        assertThat(passwordLogOn.authenticate(typed("oak.cara", "demo-pupil")).isAuthenticated())
                .as("let back in").isTrue();
    }

    @Test
    void aWrongPasswordIsStillJustAWrongPasswordForAPausedPupil() {
        Person teacher = person("oak.teacher");
        pupils.pause(teacher, "oak.dev", clock.instant().plus(Duration.ofMinutes(30)));
        try {
            assertThatThrownBy(() -> passwordLogOn.authenticate(typed("oak.dev", "not-it")))
                    .isNotInstanceOf(LogOnRefusedException.class);
        } finally {
            pupils.lift(teacher, "oak.dev");
        }
    }

    @Test
    void outsideSchoolHoursPupilsAreToldTheHoursAndStaffMayLogOnAnyTime() {
        Person dsl = person("dsl");
        SchoolHours was = hours.current();
        Instant saturdayMorning = LocalDateTime.of(2026, 11, 28, 10, 0).atZone(clock.getZone()).toInstant();
        Instant mondayMorning = LocalDateTime.of(2026, 11, 23, 10, 0).atZone(clock.getZone()).toInstant();
        Instant mondayEvening = LocalDateTime.of(2026, 11, 23, 18, 30).atZone(clock.getZone()).toInstant();
        try {
            hours.change(dsl, new SchoolHours(true, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(8, 0), LocalTime.of(17, 0)));

            assertThat(hoursRule.refuse(person("elm.ivy"), saturdayMorning)).hasValueSatisfying(refusal ->
                    assertThat(words.getTranslation(refusal.wordingKey(), Words.ENGLISH,
                            refusal.arguments().toArray()))
                            .isEqualTo("The computers are resting now. You can log on Monday to Friday, "
                                    + "from 08:00 to 17:00. See you then!"));
            assertThat(hoursRule.refuse(person("elm.ivy"), mondayEvening)).isPresent();
            assertThat(hoursRule.refuse(person("elm.ivy"), mondayMorning)).isEmpty();
            assertThat(hoursRule.refuse(person("elm.teacher"), saturdayMorning)).isEmpty();
            assertThat(hoursRule.refuse(person("dsl"), mondayEvening)).isEmpty();
        } finally {
            hours.change(dsl, was);
        }
        assertThat(hoursRule.refuse(person("elm.ivy"), saturdayMorning)).as("off again").isEmpty();
    }

    @Test
    void inAWelshSchoolTheHoursAreToldWithWelshDayNames() {
        Person dsl = person("dsl");
        SchoolHours was = hours.current();
        Instant saturdayMorning = LocalDateTime.of(2026, 11, 28, 10, 0).atZone(clock.getZone()).toInstant();
        try {
            language.set(person("admin"), Language.WELSH);
            hours.change(dsl, new SchoolHours(true, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(8, 0), LocalTime.of(17, 0)));

            assertThat(hoursRule.refuse(person("elm.ivy"), saturdayMorning)).hasValueSatisfying(refusal ->
                    assertThat(refusal.arguments().getFirst().toString())
                            .isEqualTo(words.getTranslation("hours.days.range", Language.WELSH.locale(),
                                    words.getTranslation("hours.day.MONDAY", Language.WELSH.locale()),
                                    words.getTranslation("hours.day.FRIDAY", Language.WELSH.locale())))
                            .contains("Dydd Llun"));
        } finally {
            hours.change(dsl, was);
            language.set(person("admin"), Language.ENGLISH);
        }
    }
}
