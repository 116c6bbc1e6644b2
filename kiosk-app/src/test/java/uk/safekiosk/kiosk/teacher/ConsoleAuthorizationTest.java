package uk.safekiosk.kiosk.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.safekiosk.kiosk.held.BlockedAttempts;
import uk.safekiosk.kiosk.held.HeldMail;
import uk.safekiosk.kiosk.incident.IncidentFilter;
import uk.safekiosk.kiosk.incident.IncidentStep;
import uk.safekiosk.kiosk.incident.Incidents;
import uk.safekiosk.kiosk.mail.EmailPauses;
import uk.safekiosk.kiosk.mail.MailService;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.rules.RulesGate;
import uk.safekiosk.kiosk.rules.RulesService;
import uk.safekiosk.kiosk.shell.NotAllowedView;
import uk.safekiosk.kiosk.support.ConsoleViewTest;
import uk.safekiosk.kiosk.support.PupilSession;
import uk.safekiosk.kiosk.whistle.KindReply;
import uk.safekiosk.kiosk.whistle.WhistleCaseActions;
import uk.safekiosk.kiosk.whistle.WhistleService;

/**
 * Who may use the teacher console, checked on the server and not only on the routes: a pupil may call no teacher
 * service method at all and open no console page.
 */
class ConsoleAuthorizationTest extends ConsoleViewTest {

    @Autowired
    Incidents incidents;
    @Autowired
    HeldMail held;
    @Autowired
    WhistleCaseActions caseActions;
    @Autowired
    WhistleService whistle;
    @Autowired
    EmailPauses pauses;
    @Autowired
    BlockedAttempts blocked;
    @Autowired
    MailService mail;
    @Autowired
    RulesGate gate;
    @Autowired
    RulesService rules;

    @Test
    void aPupilIsRefusedByEveryPublicMethodOfTheConsoleServices() {
        Person pupil = person("oak.ava");
        List<String> called = new ArrayList<>();
        for (Object service : List.of(incidents, held, caseActions, pauses, blocked)) {
            staffMethods(service).forEach(method -> {
                assertRefused(service, method, pupil);
                called.add(method.getName());
            });
        }
        for (String name : List.of("groupsFor", "find", "markSeen")) {
            assertRefused(whistle, method(whistle, name), pupil);
            called.add(name);
        }
        assertRefused(mail, method(mail, "conversation"), pupil);

        assertThat(called).as("the services' staff methods were all tried")
                .contains("act", "escalate", "acknowledge", "search", "exportCsv", "awaitingAcknowledgement",
                        "awaiting", "open", "release", "returnToSender", "reply", "resolve", "pauseSender",
                        "resumeSender", "conversation", "pause", "resume", "pausedUntil", "today", "subscribe");
    }

    @Test
    void aTeacherCannotFilterTheLogByAnotherClassButTheDslSeesEveryClass() {
        LocalDate today = LocalDate.now(clock);
        long elm = person("elm.teacher").classId();

        assertThatThrownBy(() -> incidents.search(person("oak.teacher"), IncidentFilter.days(today, today)
                .withClass(elm))).isInstanceOf(AccessDeniedException.class);
        assertThat(incidents.search(person("dsl"), IncidentFilter.days(today, today).withClass(elm))).isNotNull();
        assertThat(incidents.search(person("oak.teacher"), IncidentFilter.days(today.minusDays(30), today)))
                .allSatisfy(incident -> assertThat(incident.classId()).isEqualTo(person("oak.teacher").classId()));
    }

    @Test
    @WithUserDetails("oak.cara")
    void aPupilOpensNoConsolePage() {
        PupilSession.agreeToRules(gate, rules);
        for (String page : List.of("teacher", "teacher/incidents", "teacher/incidents/print", "teacher/whistle/1",
                "teacher/held/0b3c2f9e-0000-0000-0000-000000000000")) {
            navigate(page, NotAllowedView.class);
        }
    }

    private static Stream<Method> staffMethods(Object service) {
        return Arrays.stream(AopUtils.getTargetClass(service).getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() > 0 && m.getParameterTypes()[0] == Person.class)
                // The gateway's question "may this member send?" is about the member, not asked by them.
                .filter(m -> !m.getName().equals("maySend"));
    }

    private static Method method(Object service, String name) {
        return Arrays.stream(AopUtils.getTargetClass(service).getDeclaredMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterTypes()[0] == Person.class)
                .findFirst().orElseThrow(() -> new AssertionError("No method " + name));
    }

    private void assertRefused(Object service, Method method, Person pupil) {
        Object[] args = Arrays.stream(method.getParameterTypes()).map(type -> argument(type, pupil)).toArray();
        Throwable thrown = catchThrowable(() -> {
            try {
                method.invoke(service, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        assertThat(thrown).as(method.toString()).isInstanceOf(AccessDeniedException.class);
    }

    private Object argument(Class<?> type, Person pupil) {
        Map<Class<?>, Function<Person, Object>> values = Map.of(
                Person.class, p -> p,
                long.class, p -> 1L,
                int.class, p -> 5,
                String.class, p -> "x",
                Instant.class, p -> clock.instant().plusSeconds(3600),
                IncidentFilter.class, p -> IncidentFilter.days(LocalDate.now(clock), LocalDate.now(clock)),
                IncidentStep.class, p -> IncidentStep.SEEN,
                KindReply.class, p -> KindReply.THANK_YOU,
                Consumer.class, p -> (Consumer<Object>) ignored -> { });
        Function<Person, Object> value = values.get(type);
        if (value == null) {
            throw new AssertionError("No test value for a " + type);
        }
        return value.apply(pupil);
    }
}
