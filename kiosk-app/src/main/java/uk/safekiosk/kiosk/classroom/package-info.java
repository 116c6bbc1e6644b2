/**
 * Class controls: what a teacher switches for their class (Search, email), what they do for a pupil (pause until a
 * time, a new password, who agreed to the rules today), the school's log-on hours, Search switching itself off at the
 * end of the school day, the audit of what pupils do, and a pupil's timeline for staff. Every method of
 * {@link uk.safekiosk.kiosk.classroom.ClassControls} and {@link uk.safekiosk.kiosk.classroom.PupilControls} checks who
 * is asking: a teacher their own class, the DSL and the administrator every class, a pupil nothing.
 */
package uk.safekiosk.kiosk.classroom;
