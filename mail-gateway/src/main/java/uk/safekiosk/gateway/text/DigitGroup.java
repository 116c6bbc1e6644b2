package uk.safekiosk.gateway.text;

/**
 * Digits written together ("07700", "seven", "double oh", "O7700"), with where they were in the original text.
 *
 * @param plus true when a {@code +} came right before (an international prefix)
 */
public record DigitGroup(String digits, int start, int end, boolean plus) {
}
