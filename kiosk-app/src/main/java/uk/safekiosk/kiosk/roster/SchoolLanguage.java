package uk.safekiosk.kiosk.roster;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.kiosk.i18n.Language;

/**
 * The language of every screen of the school (log-on included), kept with the school so the administrator switches
 * it without restarting the kiosk or editing its settings.
 */
@Service
public class SchoolLanguage {

    private final SchoolRepository schools;
    private final ApplicationEventPublisher events;

    SchoolLanguage(SchoolRepository schools, ApplicationEventPublisher events) {
        this.schools = schools;
        this.events = events;
    }

    /** The school's language; English before any school exists. */
    @Transactional(readOnly = true)
    public Language current() {
        return schools.findAll().stream().findFirst().flatMap(s -> Language.ofCode(s.getLanguage()))
                .orElse(Language.ENGLISH);
    }

    /** Only the administrator changes the school's language. */
    @Transactional
    public void set(Person admin, Language language) {
        if (admin.role() != Role.ADMIN) {
            throw new AccessDeniedException(admin.username() + " may not change the school's language");
        }
        schools.findAll().forEach(school -> school.setLanguage(language.code()));
        events.publishEvent(new SchoolLanguageChanged(language));
    }
}
