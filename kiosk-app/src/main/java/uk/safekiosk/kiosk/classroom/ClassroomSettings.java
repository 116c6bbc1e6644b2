package uk.safekiosk.kiosk.classroom;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The class controls' settings ({@code kiosk.school-day-ends}, {@code kiosk.search-auto-off},
 * {@code kiosk.school-hours.*}). School hours saved on the classes page replace {@code schoolHours}.
 *
 * @param schoolDayEnds when every class's Search switch turns itself off (school-local time), unless school hours are
 *                      on: then their end
 * @param searchAutoOff whether the kiosk checks for the end of the school day at all (tests switch it off so that a
 *                      run across the end of the day does not change the demo school under them)
 * @param schoolHours   the log-on hours until a DSL or administrator saves others; off by default, so the demo works
 *                      at any hour
 */
@ConfigurationProperties(prefix = "kiosk")
record ClassroomSettings(@DefaultValue("15:30") LocalTime schoolDayEnds,
                                @DefaultValue("true") boolean searchAutoOff,
                                @DefaultValue SchoolHours schoolHours) {
}
