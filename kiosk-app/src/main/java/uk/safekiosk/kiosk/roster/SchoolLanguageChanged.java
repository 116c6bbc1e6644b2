package uk.safekiosk.kiosk.roster;

import uk.safekiosk.kiosk.i18n.Language;

/** Published when the administrator switches the school's language, for parts that speak without a screen. */
public record SchoolLanguageChanged(Language language) {
}
