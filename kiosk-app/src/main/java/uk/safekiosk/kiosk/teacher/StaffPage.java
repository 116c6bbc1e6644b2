package uk.safekiosk.kiosk.teacher;

/**
 * An entry in the staff menu shown on every teacher page. Features contribute entries as Spring beans, so the menu
 * lists what exists without the teacher feature depending on them. {@code path} is the route, e.g. "teacher/classes".
 */
public record StaffPage(String wordingKey, String path, int order) {
}
