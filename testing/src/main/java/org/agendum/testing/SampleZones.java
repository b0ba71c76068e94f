package org.agendum.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The zones {@link RandomEvents} draws from: a fixed list of real IANA ids, never {@link
 * ZoneId#getAvailableZoneIds()} (ical4j registers about 1,500 synthetic ids there, and its order
 * is not specified).
 *
 * <p>Dates near daylight-saving transitions come from the calendar rules written here ("last
 * Sunday of March"), not from the JDK's tz data, so that a seed draws the same dates on every JDK;
 * the tz data is only consulted to check that a drawn day has no transition in the hours events
 * use.
 */
final class SampleZones {

    /** Zones that change their clocks, or did in 2000&ndash;2035. */
    static final List<ZoneId> WITH_DST = List.of(
            ZoneId.of("Europe/Paris"),
            ZoneId.of("America/New_York"),
            ZoneId.of("America/Santiago"),
            ZoneId.of("Australia/Sydney"),
            ZoneId.of("America/Sao_Paulo"),
            ZoneId.of("Asia/Tehran"),
            ZoneId.of("America/Mexico_City"),
            ZoneId.of("Australia/Lord_Howe"));

    /** Zones whose clocks do not change (Montevideo since 2015; Kathmandu at +05:45). */
    static final List<ZoneId> WITHOUT_DST = List.of(
            ZoneId.of("UTC"),
            ZoneId.of("Asia/Tokyo"),
            ZoneId.of("America/Montevideo"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Asia/Kathmandu"));

    /** Every zone, those with DST first. */
    static final List<ZoneId> ALL = concat(WITH_DST, WITHOUT_DST);

    /** The zone that moves events into a transition when theirs has none at night. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * Each day of an event uses wall-clock times within these hours; transitions of the listed
     * zones happen between 00:00 and 03:00, or at 23:00&ndash;24:00 (Chile, Brazil and Iran falling
     * back at midnight).
     */
    static final LocalTime QUIET_FROM = LocalTime.of(6, 0);
    static final LocalTime QUIET_UNTIL = LocalTime.of(22, 30);

    private SampleZones() {}

    private static List<ZoneId> concat(List<ZoneId> first, List<ZoneId> second) {
        List<ZoneId> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /**
     * Returns a date on which the zone changed or changes its clocks by its usual rule around a
     * year, or the empty list if it has no such rule; the dates are what the rules of the zone
     * say, and may differ from the tz data by a few days in the years the rule changed.
     */
    static List<LocalDate> transitionDates(ZoneId zone, int year) {
        switch (zone.getId()) {
            case "Europe/Paris":
                return List.of(last(year, Month.MARCH), last(year, Month.OCTOBER));
            case "America/New_York":
                return List.of(nth(year, Month.MARCH, 2), nth(year, Month.NOVEMBER, 1));
            case "America/Santiago":
                return List.of(nth(year, Month.APRIL, 1), nth(year, Month.SEPTEMBER, 1));
            case "Australia/Sydney":
            case "Australia/Lord_Howe":
                return List.of(nth(year, Month.APRIL, 1), nth(year, Month.OCTOBER, 1));
            case "America/Sao_Paulo":
                int paulo = Math.min(year, 2018);
                return List.of(nth(paulo, Month.FEBRUARY, 3), nth(paulo, Month.NOVEMBER, 1));
            case "Asia/Tehran":
                int tehran = Math.min(year, 2021);
                return List.of(LocalDate.of(tehran, 3, 22), LocalDate.of(tehran, 9, 22));
            case "America/Mexico_City":
                int mexico = Math.min(year, 2021);
                return List.of(nth(mexico, Month.APRIL, 1), last(mexico, Month.OCTOBER));
            case "America/Montevideo":
                int montevideo = Math.max(2007, Math.min(year, 2014));
                return List.of(nth(montevideo, Month.MARCH, 2), nth(montevideo, Month.OCTOBER, 1));
            default:
                return List.of();
        }
    }

    private static LocalDate nth(int year, Month month, int ordinal) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.SUNDAY));
    }

    private static LocalDate last(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    /** Whether no transition of the zone falls within the quiet hours of a date. */
    static boolean isQuiet(ZoneId zone, LocalDate date) {
        ZoneRules rules = zone.getRules();
        LocalDateTime from = date.atTime(QUIET_FROM);
        LocalDateTime until = date.atTime(QUIET_UNTIL);
        if (rules.getValidOffsets(from).size() != 1 || rules.getValidOffsets(until).size() != 1) {
            return false;
        }
        Instant start = from.atZone(zone).toInstant();
        ZoneOffsetTransition next = rules.nextTransition(start);
        return next == null || next.getInstant().isAfter(until.atZone(zone).toInstant());
    }
}
