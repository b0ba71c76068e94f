package org.agendum.core.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
    /** Dates as written, by date: a programme writes the same few dates again and again. */
    private final Map<LocalDate, String> days = new ConcurrentHashMap<>();
    /**
     * For each zone, the last stretch of the time-line found to hold no wall-clock time the zone's
     * clocks show twice ({@code [from, to)} in epoch seconds): the blocks of a programme come in
     * order, so most times fall in the stretch of the one before and need no look-up of the rules.
     */
    private final AtomicReferenceArray<long[]> unambiguous;

    ZoneTimes(List<DisplayZone> zones, ProgrammeLabels labels) {
        this.zones = zones;
        this.labels = labels;
        this.unambiguous = new AtomicReferenceArray<>(zones.size());
    }

    /** A span in every zone, read under {@code day}. */
    String span(TimeSpan span, LocalDate day) {
        if (zones.size() == 1) {
            return span(span, day, 0);
        }
        String[] parts = new String[zones.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = span(span, day, i);
        }
        return String.join(" · ", parts);
    }

    /** A span in one zone, as printed. */
    private String span(TimeSpan span, LocalDate day, int zoneIndex) {
        return part(span, day, zoneIndex).text();
    }

    /** A span in each zone apart, read under {@code day}. */
    List<ProgrammeTime> parts(TimeSpan span, LocalDate day) {
        ProgrammeTime[] parts = new ProgrammeTime[zones.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = part(span, day, i);
        }
        return List.of(parts);
    }

    private ProgrammeTime part(TimeSpan span, LocalDate day, int zoneIndex) {
        DisplayZone zone = zones.get(zoneIndex);
        ZonedDateTime start = span.start().withZoneSameInstant(zone.zone());
        ZonedDateTime end = span.end().withZoneSameInstant(zone.zone());
        boolean startDated = !start.toLocalDate().equals(day);
        String startTime = time(start, twice(start, zoneIndex));
        String from = startDated ? onDay(start.toLocalDate(), day) + ", " + startTime : startTime;
        if (!end.isAfter(start)) {
            return new ProgrammeTime(zone, start, end, from, Optional.empty(), false);
        }
        boolean endDated = !end.toLocalDate().equals(start.toLocalDate());
        String endTime = time(end, twice(end, zoneIndex));
        String to = endDated ? onDay(end.toLocalDate(), day) + ", " + endTime : endTime;
        return new ProgrammeTime(zone, start, end, from, Optional.of(to), startDated || endDated);
    }

    /** An instant in every zone, read under {@code day}. */
    String instant(ZonedDateTime instant, LocalDate day) {
        return span(TimeSpan.of(instant, instant), day);
    }

    /** A date as a reader under {@code day} needs it: without the year when it is the same year. */
    private String onDay(LocalDate date, LocalDate day) {
        return date.getYear() == day.getYear() ? days.computeIfAbsent(date, labels::day) : labels.date(date);
    }

    /**
     * "13:00", "13:00:30" when the time has seconds, and the offset when the zone shows that
     * wall-clock time twice.
     */
    static String time(ZonedDateTime time) {
        return time(time, twice(time));
    }

    private static String time(ZonedDateTime time, boolean twice) {
        StringBuilder text = new StringBuilder(16);
        twoDigits(text, time.getHour()).append(':');
        twoDigits(text, time.getMinute());
        if (time.getSecond() != 0) {
            twoDigits(text.append(':'), time.getSecond());
        }
        if (twice) {
            ZoneOffset offset = time.getOffset();
            text.append(" (UTC").append(offset.equals(ZoneOffset.UTC) ? "" : offset.getId()).append(')');
        }
        return text.toString();
    }

    /** Whether the zone's clocks show this wall-clock time twice, by the zone's rules. */
    private static boolean twice(ZonedDateTime time) {
        ZoneOffsetTransition transition = time.getZone().getRules().getTransition(time.toLocalDateTime());
        return transition != null && transition.isOverlap();
    }

    /**
     * The same, looking the rules up only outside the zone's last stretch without such times. A
     * time is shown twice only within the length of an overlap before or after its transition.
     */
    private boolean twice(ZonedDateTime time, int zoneIndex) {
        long second = time.toEpochSecond();
        long[] stretch = unambiguous.get(zoneIndex);
        if (stretch != null && second >= stretch[0] && second < stretch[1]) {
            return false;
        }
        if (twice(time)) {
            return true;
        }
        ZoneRules rules = time.getZone().getRules();
        Instant instant = time.toInstant();
        ZoneOffsetTransition before = rules.previousTransition(instant.plusSeconds(1));
        ZoneOffsetTransition after = rules.nextTransition(instant);
        long from = before == null ? Long.MIN_VALUE : before.toEpochSecond() + overlap(before);
        long to = after == null ? Long.MAX_VALUE : after.toEpochSecond() - overlap(after);
        if (from <= second && second < to) {
            unambiguous.set(zoneIndex, new long[] {from, to});
        }
        return false;
    }

    /** How long a transition's clocks show times twice, in seconds: 0 for a gap. */
    private static long overlap(ZoneOffsetTransition transition) {
        return transition.isOverlap() ? -transition.getDuration().getSeconds() : 0;
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
