package org.agendum.core.text;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.time.TimeSpan;

/**
 * Times as a programme prints them, in each of its zones with the zone's label: "13:15–13:50
 * Uruguay · 11:15–11:50 México".
 *
 * <p>A reader of a programme knows the day it is printed under, so a time on that day is its
 * wall-clock time alone; a time on another day (an end after midnight, a zone already in
 * tomorrow) is preceded by its date, and then the dash between start and end is spaced: "10:30 –
 * Sunday, November 2, 10:30". A wall-clock time that the zone's clocks show twice (the hour after
 * they go back) is followed by its offset from UTC, since the time alone names two instants:
 * "02:30 (UTC+02:00)".
 */
final class ZoneTimes {

    private final List<DisplayZone> zones;
    private final ProgrammeLabels labels;

    ZoneTimes(List<DisplayZone> zones, ProgrammeLabels labels) {
        this.zones = zones;
        this.labels = labels;
    }

    /** A span in every zone, read under {@code day}. */
    String span(TimeSpan span, LocalDate day) {
        if (zones.size() == 1) {
            return span(span, day, zones.get(0));
        }
        String[] parts = new String[zones.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = span(span, day, zones.get(i));
        }
        return String.join(" · ", parts);
    }

    /**
     * A span in one zone. Strings are concatenated, not built: a concatenation is sized exactly,
     * while a builder grows, and widens to two bytes a character at the first en dash.
     */
    private String span(TimeSpan span, LocalDate day, DisplayZone zone) {
        ZonedDateTime start = span.start().withZoneSameInstant(zone.zone());
        ZonedDateTime end = span.end().withZoneSameInstant(zone.zone());
        boolean startDated = !start.toLocalDate().equals(day);
        String from = startDated ? onDay(start.toLocalDate(), day) + ", " + time(start) : time(start);
        if (!end.isAfter(start)) {
            return from + " " + zone.label();
        }
        boolean endDated = !end.toLocalDate().equals(start.toLocalDate());
        String to = endDated ? onDay(end.toLocalDate(), day) + ", " + time(end) : time(end);
        return from + (startDated || endDated ? " – " : "–") + to + " " + zone.label();
    }

    /** An instant in every zone, read under {@code day}. */
    String instant(ZonedDateTime instant, LocalDate day) {
        return span(TimeSpan.of(instant, instant), day);
    }

    /** A date as a reader under {@code day} needs it: without the year when it is the same year. */
    private String onDay(LocalDate date, LocalDate day) {
        return date.getYear() == day.getYear() ? labels.day(date) : labels.date(date);
    }

    /**
     * "13:00", "13:00:30" when the time has seconds, and the offset when the zone shows that
     * wall-clock time twice.
     */
    static String time(ZonedDateTime time) {
        StringBuilder text = new StringBuilder(16);
        twoDigits(text, time.getHour()).append(':');
        twoDigits(text, time.getMinute());
        if (time.getSecond() != 0) {
            twoDigits(text.append(':'), time.getSecond());
        }
        ZoneOffsetTransition transition = time.getZone().getRules().getTransition(time.toLocalDateTime());
        if (transition != null && transition.isOverlap()) {
            ZoneOffset offset = time.getOffset();
            text.append(" (UTC").append(offset.equals(ZoneOffset.UTC) ? "" : offset.getId()).append(')');
        }
        return text.toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
