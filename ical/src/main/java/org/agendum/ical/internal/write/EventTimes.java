package org.agendum.ical.internal.write;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;

/**
 * Writes the timetable's date-times of one zone: {@code DTSTART;TZID=<zone>:<wall-clock>} when
 * the wall-clock time names exactly one instant in the zone, else {@code DTSTART:<UTC>Z} (see
 * {@link CalendarWriter}). The text comes from the {@link ZonedDateTime}'s own wall-clock fields,
 * which java.time computed from the JDK's rules; no other library's zone data decides a time.
 */
final class EventTimes {

    private final ZoneId zone;
    private final ZoneRules rules;

    EventTimes(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    /**
     * Writes a date-time property.
     *
     * @param name the property name
     * @param time a date-time in this zone; sub-second parts are dropped
     * @param out where to write
     * @throws IOException if the stream fails
     */
    void write(String name, ZonedDateTime time, ContentLineWriter out) throws IOException {
        LocalDateTime local = time.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
        if (rules.getValidOffsets(local).size() == 1) {
            out.property(name).parameter("TZID", zone.getId()).value(IcsValues.local(local));
        } else {
            out.property(name).value(IcsValues.utc(time.toInstant()));
        }
    }

    /**
     * Writes a date-time property with this zone's TZID whatever the wall-clock time, for the
     * DTSTART of a series, whose sessions repeat by the wall clock ({@link SeriesLines}).
     *
     * @param name the property name
     * @param time a date-time in this zone; sub-second parts are dropped
     * @param out where to write
     * @throws IOException if the stream fails
     */
    void writeWithZone(String name, ZonedDateTime time, ContentLineWriter out) throws IOException {
        out.property(name).parameter("TZID", zone.getId())
                .value(IcsValues.local(time.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS)));
    }
}
