package uk.safekiosk.kiosk.rules;

/** One e-safety rule: a Vaadin icon name and a short sentence. */
public record SchoolRule(String icon, String sentence) {
}
