package org.agendum.ical.internal.read;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The recurrence rules time-zone observances use (RFC 5545 §3.3.10), evaluated one year at a time:
 * {@code FREQ=YEARLY} with {@code INTERVAL=1}, an optional {@code BYMONTH} (one month), {@code BYDAY}
 * (one weekday, with or without an ordinal from -4 to 4 such as {@code -1SU}), {@code BYMONTHDAY},
 * {@code BYHOUR}, {@code BYMINUTE} and {@code BYSECOND} of one value each (the onset's time of day),
 * and {@code UNTIL} or {@code COUNT}. That is what Outlook, Apple, Google, Thunderbird, Lotus Notes
 * and the tz-derived definitions write.
 *
 * <p>Nothing is ever expanded from the rule's start: the onsets of a year are computed directly,
 * from at most 31 days, so a rule starting in 1601 costs no more than one starting last year, and a
 * rule of another shape (a {@code FREQ=SECONDLY} that would give 31 million onsets a year) is not
 * evaluated at all: {@link #parse} says it is not supported. So is a rule whose month has no onset
 * in some years (a fifth Sunday, a 30 February), since no zone's rule skips years; a COUNT is
 * supported where each year has exactly one onset, which turns it into a last year.
 */
final class YearlyRule {

    private final LocalDateTime start;
    private final LocalTime time;
    private final int month;
    private final Optional<DayOfWeek> weekday;
    private final int ordinal;
    /** {@code days[d]} for BYMONTHDAY=d (1 to 31), {@code fromEnd[d]} for BYMONTHDAY=-d; both empty if none. */
    private final boolean[] days;
    private final boolean[] fromEnd;
    private final boolean byMonthDay;
    private final Optional<LocalDateTime> untilLocal;
    private final Optional<Instant> untilUtc;
    /** The last year with an onset, for a rule with a COUNT. */
    private final int lastYear;

    private YearlyRule(Builder b) {
        this.start = b.start;
        this.time = b.time;
        this.month = b.month;
        this.weekday = b.weekday;
        this.ordinal = b.ordinal;
        this.days = b.days;
        this.fromEnd = b.fromEnd;
        this.byMonthDay = b.byMonthDay;
        this.untilLocal = b.untilLocal;
        this.untilUtc = b.untilUtc;
        int first = start.getYear();
        if (b.count > 0 && candidates(first).stream().noneMatch(onset -> !onset.isBefore(start))) {
            first++;
        }
        this.lastYear = b.count > 0 ? (int) Math.min(9999, (long) first + b.count - 1) : 9999;
    }

    /** What a rule says, while it is parsed. */
    private static final class Builder {
        LocalDateTime start;
        LocalTime time;
        String freq;
        int month;
        Optional<DayOfWeek> weekday = Optional.empty();
        int ordinal;
        boolean[] days = new boolean[32];
        boolean[] fromEnd = new boolean[32];
        boolean byMonthDay;
        Optional<LocalDateTime> untilLocal = Optional.empty();
        Optional<Instant> untilUtc = Optional.empty();
        long count;
    }

    /**
     * Parses a rule of an observance that starts at {@code start}.
     *
     * @param rule the RRULE's value
     * @param start the observance's DTSTART
     * @return the rule, or a reason it is not supported
     */
    static Result parse(String rule, LocalDateTime start) {
        Builder b = new Builder();
        b.start = start;
        b.time = start.toLocalTime();
        b.month = start.getMonthValue();
        try {
            for (String part : rule.trim().toUpperCase(Locale.ROOT).split(";")) {
                int equals = part.indexOf('=');
                if (equals < 0) {
                    return Result.unsupported("'" + IcsProblem.shown(part) + "' is not NAME=VALUE");
                }
                String key = part.substring(0, equals).trim();
                String value = part.substring(equals + 1).trim();
                Optional<String> unsupported = read(b, key, value);
                if (unsupported.isPresent()) {
                    return Result.unsupported(unsupported.get());
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Result.unsupported("'" + IcsProblem.shown(rule) + "' is not a valid rule");
        }
        if (!"YEARLY".equals(b.freq)) {
            return Result.unsupported("FREQ=" + IcsProblem.shown(String.valueOf(b.freq)) + " (only FREQ=YEARLY is evaluated)");
        }
        if (b.ordinal != 0 && b.byMonthDay) {
            return Result.unsupported("BYDAY with an ordinal and BYMONTHDAY together");
        }
        YearlyRule parsed = new YearlyRule(b);
        int fewest = parsed.fewestOnsetsInAYear();
        if (fewest == 0) {
            return Result.unsupported("'" + IcsProblem.shown(rule) + "' skips years, which no zone's rule does");
        }
        if (b.count > 0 && parsed.mostOnsetsInAYear() > 1) {
            return Result.unsupported("COUNT with several onsets a year");
        }
        return new Result(Optional.of(parsed), "");
    }

    /** Reads one NAME=VALUE part into the builder; a reason if the rule is not supported. */
    private static Optional<String> read(Builder b, String key, String value) {
        switch (key) {
            case "FREQ" -> b.freq = value;
            case "INTERVAL" -> {
                if (Integer.parseInt(value) != 1) {
                    return Optional.of("INTERVAL=" + IcsProblem.shown(value));
                }
            }
            case "BYMONTH" -> {
                b.month = Integer.parseInt(value);
                if (b.month < 1 || b.month > 12) {
                    return Optional.of("BYMONTH=" + IcsProblem.shown(value));
                }
            }
            case "BYDAY" -> {
                if (value.contains(",") || value.length() < 2) {
                    return Optional.of("BYDAY=" + IcsProblem.shown(value));
                }
                b.weekday = Optional.of(weekday(value.substring(value.length() - 2)));
                String number = value.substring(0, value.length() - 2);
                b.ordinal = number.isEmpty() ? 0 : Integer.parseInt(number.replace("+", ""));
                if (Math.abs(b.ordinal) > 4) {
                    return Optional.of("BYDAY=" + IcsProblem.shown(value) + " (a fifth weekday skips years)");
                }
            }
            case "BYMONTHDAY" -> {
                for (String day : value.split(",")) {
                    int d = Integer.parseInt(day.trim());
                    if (d == 0 || Math.abs(d) > 31) {
                        return Optional.of("BYMONTHDAY=" + IcsProblem.shown(value));
                    }
                    (d > 0 ? b.days : b.fromEnd)[Math.abs(d)] = true;
                }
                b.byMonthDay = true;
            }
            case "BYHOUR", "BYMINUTE", "BYSECOND" -> {
                // Lotus Notes and Apple repeat the onset's time of day here.
                if (value.contains(",")) {
                    return Optional.of(key + "=" + IcsProblem.shown(value));
                }
                int n = Integer.parseInt(value);
                b.time = switch (key) {
                    case "BYHOUR" -> b.time.withHour(n);
                    case "BYMINUTE" -> b.time.withMinute(n);
                    default -> b.time.withSecond(Math.min(n, 59));
                };
            }
            case "UNTIL" -> {
                if (value.endsWith("Z")) {
                    b.untilUtc = Optional.of(DateTimeValues.localDateTime(value.substring(0, value.length() - 1))
                            .toInstant(ZoneOffset.UTC));
                } else if (value.length() == 8) {
                    b.untilLocal = Optional.of(DateTimeValues.date(value).atTime(23, 59, 59));
                } else {
                    b.untilLocal = Optional.of(DateTimeValues.localDateTime(value));
                }
            }
            case "COUNT" -> {
                b.count = Long.parseLong(value);
                if (b.count < 1) {
                    return Optional.of("COUNT=" + IcsProblem.shown(value));
                }
            }
            case "WKST" -> { } // no effect on yearly rules by month and weekday
            default -> {
                return Optional.of(IcsProblem.shown(key));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the onsets of a year, in order: local times in the observance's TZOFFSETFROM.
     *
     * @param year the year
     * @param from the observance's TZOFFSETFROM, for a UTC UNTIL
     * @return the onsets, possibly none
     */
    List<LocalDateTime> onsets(int year, ZoneOffset from) {
        if (year > lastYear) {
            return List.of();
        }
        List<LocalDateTime> onsets = new ArrayList<>(1);
        for (LocalDateTime onset : candidates(year)) {
            if (!onset.isBefore(start) && untilLocal.map(u -> !onset.isAfter(u)).orElse(true)
                    && untilUtc.map(u -> !onset.toInstant(from).isAfter(u)).orElse(true)) {
                onsets.add(onset);
            }
        }
        return onsets;
    }

    /**
     * Returns the latest onset in a year before {@code year}: since a rule has an onset every year
     * from its start ({@link #parse} refuses one that skips years) until its UNTIL or last counted
     * year, it is among the last three years before all of them.
     *
     * @param year a year
     * @param from the observance's TZOFFSETFROM, for a UTC UNTIL
     * @return the onset, if the rule has one before that year
     */
    Optional<LocalDateTime> lastOnsetBeforeYear(int year, ZoneOffset from) {
        int latest = Math.min(year - 1, lastYear);
        if (untilLocal.isPresent()) {
            latest = Math.min(latest, untilLocal.get().getYear());
        }
        if (untilUtc.isPresent()) {
            latest = Math.min(latest, untilUtc.get().atOffset(ZoneOffset.UTC).getYear() + 1);
        }
        for (int y = latest; y >= Math.max(start.getYear(), latest - 2); y--) {
            List<LocalDateTime> onsets = onsets(y, from);
            if (!onsets.isEmpty()) {
                return Optional.of(onsets.get(onsets.size() - 1));
            }
        }
        return Optional.empty();
    }

    /** The days of the rule's month in a year that match BYDAY and BYMONTHDAY, at its time of day. */
    private List<LocalDateTime> candidates(int year) {
        if (year < 1 || year > 9999) {
            return List.of();
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        List<LocalDateTime> onsets = new ArrayList<>(1);
        if (weekday.isPresent() && ordinal != 0) {
            LocalDate day = yearMonth.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday.get()));
            onsets.add(day.atTime(time));
            return onsets;
        }
        int length = yearMonth.lengthOfMonth();
        DayOfWeek first = yearMonth.atDay(1).getDayOfWeek();
        for (int d = 1; d <= length; d++) {
            if (matches(d, length, first)) {
                onsets.add(yearMonth.atDay(d).atTime(time));
            }
        }
        return onsets;
    }

    /** Whether day {@code d} of a month of {@code length} days starting on {@code first} is an onset. */
    private boolean matches(int d, int length, DayOfWeek first) {
        boolean day = byMonthDay ? days[d] || fromEnd[length + 1 - d] : weekday.isPresent() || d == start.getDayOfMonth();
        return day && weekday.map(w -> first.plus(d - 1L) == w).orElse(true);
    }

    /** The fewest onsets any year has: each month length the rule's month can have, each first weekday. */
    private int fewestOnsetsInAYear() {
        int fewest = Integer.MAX_VALUE;
        for (int length : lengths()) {
            for (DayOfWeek first : DayOfWeek.values()) {
                fewest = Math.min(fewest, onsetsIn(length, first));
            }
        }
        return fewest;
    }

    private int mostOnsetsInAYear() {
        int most = 0;
        for (int length : lengths()) {
            for (DayOfWeek first : DayOfWeek.values()) {
                most = Math.max(most, onsetsIn(length, first));
            }
        }
        return most;
    }

    private int onsetsIn(int length, DayOfWeek first) {
        if (weekday.isPresent() && ordinal != 0) {
            return 1; // an ordinal from -4 to 4: every month has it
        }
        int count = 0;
        for (int d = 1; d <= length; d++) {
            count += matches(d, length, first) ? 1 : 0;
        }
        return count;
    }

    private int[] lengths() {
        return month == 2 ? new int[] {28, 29} : new int[] {YearMonth.of(2001, month).lengthOfMonth()};
    }

    private static DayOfWeek weekday(String code) {
        return switch (code) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> throw new DateTimeException("not a weekday: " + IcsProblem.shown(code));
        };
    }

    /**
     * A parsed rule, or why it is not evaluated.
     *
     * @param rule the rule, if supported
     * @param unsupported what is not supported, when the rule is empty
     */
    record Result(Optional<YearlyRule> rule, String unsupported) {
        static Result unsupported(String what) {
            return new Result(Optional.empty(), what);
        }
    }
}
