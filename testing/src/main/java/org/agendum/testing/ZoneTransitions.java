package org.agendum.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Optional;

/**
 * What {@link RandomEvents} needs to know about the clock changes of a zone, read from its {@link
 * ZoneRules} (the JDK's tz data), never from calendar rules written here: zones change their clocks
 * at unusual hours, by 30 minutes (Australia/Lord_Howe), at midnight (America/Santiago), backwards
 * in summer (Europe/Dublin), or skip whole days (Pacific/Kwajalein in 1993, Pacific/Apia in 2011).
 *
 * <p>Events are dated within {@link #FIRST_DATE} and {@link #LAST_DATE}; each of their days is
 * <em>quiet</em>: no clock change between {@link #QUIET_FROM} and {@link #QUIET_UNTIL}, the hours
 * in which the generator and its rule-breaking variants put wall-clock times.
 */
final class ZoneTransitions {

    /** The first date of an event. */
    static final LocalDate FIRST_DATE = LocalDate.of(1970, 1, 1);
    /** The last date of an event. */
    static final LocalDate LAST_DATE = LocalDate.of(2037, 12, 31);
    /** The number of dates from {@link #FIRST_DATE} to {@link #LAST_DATE}. */
    static final int DATES = (int) ChronoUnit.DAYS.between(FIRST_DATE, LAST_DATE) + 1;

    /** Quiet hours start: events start at 06:30 at the earliest. */
    static final LocalTime QUIET_FROM = LocalTime.of(6, 0);
    /** Quiet hours end: events, and the blocks their variants add, end at 22:00 at the latest. */
    static final LocalTime QUIET_UNTIL = LocalTime.of(22, 30);

    private ZoneTransitions() {}

    /**
     * The date of the clock change of a zone nearest to a date, within the dates of events; the
     * earlier of two at the same distance; empty if the zone has none then. The date of a change
     * is the date its new wall-clock time starts on: the day that starts at 01:00 when clocks
     * spring forward at midnight, the day that ends twice when they fall back at midnight.
     */
    static Optional<LocalDate> nearestChange(ZoneId zone, LocalDate near) {
        ZoneRules rules = zone.getRules();
        Instant at = near.atStartOfDay(zone).toInstant();
        Optional<LocalDate> before = dateOf(rules.previousTransition(at));
        Optional<LocalDate> after = dateOf(rules.nextTransition(at));
        if (before.isEmpty() || after.isEmpty()) {
            return before.isPresent() ? before : after;
        }
        long back = ChronoUnit.DAYS.between(before.get(), near);
        long ahead = ChronoUnit.DAYS.between(near, after.get());
        return back <= ahead ? before : after;
    }

    private static Optional<LocalDate> dateOf(ZoneOffsetTransition transition) {
        return Optional.ofNullable(transition).map(t -> t.getDateTimeAfter().toLocalDate())
                .filter(d -> !d.isBefore(FIRST_DATE) && !d.isAfter(LAST_DATE));
    }

    /**
     * Whether a date is quiet in a zone: its wall-clock times from 06:00 to 22:30 each exist
     * exactly once, with no clock change between them.
     */
    static boolean isQuiet(ZoneId zone, LocalDate date) {
        ZoneRules rules = zone.getRules();
        LocalDateTime from = date.atTime(QUIET_FROM);
        LocalDateTime until = date.atTime(QUIET_UNTIL);
        if (rules.getValidOffsets(from).size() != 1 || rules.getValidOffsets(until).size() != 1) {
            return false;
        }
        ZoneOffsetTransition next = rules.nextTransition(from.atZone(zone).toInstant());
        return next == null || next.getInstant().isAfter(until.atZone(zone).toInstant());
    }

    /**
     * The first date, from a candidate on, that starts a number of quiet dates within the dates of
     * events; if there is none, the last one before the candidate.
     *
     * @throws IllegalArgumentException if the zone has no such dates in 1970&ndash;2037
     */
    static LocalDate quietDates(ZoneId zone, LocalDate candidate, int days) {
        LocalDate first = candidate;
        while (!first.plusDays(days - 1L).isAfter(LAST_DATE)) {
            int noisy = firstNoisy(zone, first, days);
            if (noisy < 0) {
                return first;
            }
            first = first.plusDays(noisy + 1L);
        }
        first = candidate.minusDays(1).isAfter(LAST_DATE.minusDays(days - 1L))
                ? LAST_DATE.minusDays(days - 1L) : candidate.minusDays(1);
        while (!first.isBefore(FIRST_DATE)) {
            int noisy = firstNoisy(zone, first, days);
            if (noisy < 0) {
                return first;
            }
            first = first.plusDays(noisy - days);
        }
        throw new IllegalArgumentException("zone " + zone + " has no " + days + " consecutive days from "
                + FIRST_DATE + " to " + LAST_DATE + " without a clock change between " + QUIET_FROM + " and "
                + QUIET_UNTIL);
    }

    /** The index of the first of a number of dates that is not quiet, or -1 if all are. */
    private static int firstNoisy(ZoneId zone, LocalDate first, int days) {
        for (int day = 0; day < days; day++) {
            if (!isQuiet(zone, first.plusDays(day))) {
                return day;
            }
        }
        return -1;
    }

    /**
     * The clock change of a zone nearest to a date that opens a gap (or an overlap) at night, with
     * a number of quiet dates from the date of that night on: the gap or overlap lies between
     * midnight and 06:00 of one date, and no other change follows before the end of the last of
     * those dates. Empty if the zone has none in 1970&ndash;2037; the earlier of two at the same
     * distance.
     */
    static Optional<ZoneOffsetTransition> nearestNightChange(ZoneId zone, LocalDate near, boolean gap, int days) {
        ZoneRules rules = zone.getRules();
        Instant from = FIRST_DATE.atStartOfDay(zone).toInstant();
        Instant until = LAST_DATE.plusDays(1).atStartOfDay(zone).toInstant();
        ZoneOffsetTransition best = null;
        long bestDistance = Long.MAX_VALUE;
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(until);
                t = rules.nextTransition(t.getInstant())) {
            if (t.isGap() != gap) {
                continue;
            }
            LocalDateTime start = gap ? t.getDateTimeBefore() : t.getDateTimeAfter();
            LocalDateTime end = gap ? t.getDateTimeAfter() : t.getDateTimeBefore();
            LocalDate date = start.toLocalDate();
            boolean atNight = start.getHour() < 6 && !end.isAfter(date.atTime(QUIET_FROM));
            long distance = Math.abs(ChronoUnit.DAYS.between(near, date));
            if (atNight && distance < bestDistance && !date.plusDays(days - 1L).isAfter(LAST_DATE)
                    && nothingFollowsBefore(rules, t, date.atTime(QUIET_FROM).atZone(zone).toInstant())
                    && firstNoisy(zone, date, days) < 0) {
                best = t;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean nothingFollowsBefore(ZoneRules rules, ZoneOffsetTransition transition, Instant instant) {
        ZoneOffsetTransition next = rules.nextTransition(transition.getInstant());
        return next == null || next.getInstant().isAfter(instant);
    }

    /**
     * A wall-clock time that exists exactly once in a zone: the time given if it does, else the
     * same time on the nearest earlier date on which it does.
     */
    static LocalDateTime existingOnce(ZoneId zone, LocalDateTime time) {
        ZoneRules rules = zone.getRules();
        LocalDateTime existing = time;
        while (rules.getValidOffsets(existing).size() != 1) {
            existing = existing.minusDays(1);
        }
        return existing;
    }
}
