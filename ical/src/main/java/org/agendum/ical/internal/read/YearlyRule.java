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
 * (one weekday, with or without an ordinal such as {@code -1SU}) and {@code BYMONTHDAY}, and {@code
 * UNTIL} or a {@code COUNT} of at most {@value #MAX_COUNT}. That is what Outlook, Apple, Google,
 * Thunderbird and the tz-derived definitions write.
 *
 * <p>Nothing is ever expanded from the rule's start: the onsets of a year are computed directly,
 * in constant time (BYHOUR, BYMINUTE and BYSECOND of one value each set the onset's time of day),
 * so a rule starting in 1601 costs no more than one starting last year, and a
 * rule of another shape (a {@code FREQ=SECONDLY} that would give 31 million onsets a year) is not
 * evaluated at all: {@link #parse} says it is not supported.
 */
final class YearlyRule {

    /** The largest COUNT evaluated; a larger one would need its onsets enumerated from the start. */
    static final int MAX_COUNT = 1_000;

    private final LocalDateTime start;
    private final LocalTime time;
    private final int month;
    private final Optional<DayOfWeek> weekday;
    private final int ordinal;
    private final List<Integer> monthDays;
    private final Optional<LocalDateTime> untilLocal;
    private final Optional<Instant> untilUtc;
    private final List<LocalDateTime> counted;

    private YearlyRule(LocalDateTime start, LocalTime time, int month, Optional<DayOfWeek> weekday, int ordinal,
            List<Integer> monthDays, Optional<LocalDateTime> untilLocal, Optional<Instant> untilUtc, int count) {
        this.start = start;
        this.time = time;
        this.month = month;
        this.weekday = weekday;
        this.ordinal = ordinal;
        this.monthDays = monthDays;
        this.untilLocal = untilLocal;
        this.untilUtc = untilUtc;
        this.counted = count > 0 ? enumerate(count) : List.of();
    }

    /**
     * Parses a rule of an observance that starts at {@code start}.
     *
     * @param rule the RRULE's value
     * @param start the observance's DTSTART
     * @return the rule, or a reason it is not supported
     */
    static Result parse(String rule, LocalDateTime start) {
        String freq = null;
        int month = start.getMonthValue();
        Optional<DayOfWeek> weekday = Optional.empty();
        int ordinal = 0;
        List<Integer> monthDays = new ArrayList<>();
        Optional<LocalDateTime> untilLocal = Optional.empty();
        Optional<Instant> untilUtc = Optional.empty();
        int count = 0;
        LocalTime time = start.toLocalTime();
        try {
            for (String part : rule.trim().toUpperCase(Locale.ROOT).split(";")) {
                int equals = part.indexOf('=');
                if (equals < 0) {
                    return Result.unsupported("'" + part + "' is not NAME=VALUE");
                }
                String key = part.substring(0, equals).trim();
                String value = part.substring(equals + 1).trim();
                switch (key) {
                    case "FREQ" -> freq = value;
                    case "INTERVAL" -> {
                        if (Integer.parseInt(value) != 1) {
                            return Result.unsupported("INTERVAL=" + value);
                        }
                    }
                    case "BYMONTH" -> {
                        month = Integer.parseInt(value);
                        if (month < 1 || month > 12) {
                            return Result.unsupported("BYMONTH=" + value);
                        }
                    }
                    case "BYDAY" -> {
                        if (value.contains(",") || value.length() < 2) {
                            return Result.unsupported("BYDAY=" + value);
                        }
                        weekday = Optional.of(weekday(value.substring(value.length() - 2)));
                        String number = value.substring(0, value.length() - 2);
                        ordinal = number.isEmpty() ? 0 : Integer.parseInt(number.replace("+", ""));
                        if (Math.abs(ordinal) > 5) {
                            return Result.unsupported("BYDAY=" + value);
                        }
                    }
                    case "BYMONTHDAY" -> {
                        for (String day : value.split(",")) {
                            int d = Integer.parseInt(day.trim());
                            if (d == 0 || Math.abs(d) > 31) {
                                return Result.unsupported("BYMONTHDAY=" + value);
                            }
                            monthDays.add(d);
                        }
                    }
                    case "UNTIL" -> {
                        if (value.endsWith("Z")) {
                            untilUtc = Optional.of(DateTimeValues.localDateTime(value.substring(0, value.length() - 1))
                                    .toInstant(ZoneOffset.UTC));
                        } else if (value.length() == 8) {
                            untilLocal = Optional.of(DateTimeValues.date(value).atTime(23, 59, 59));
                        } else {
                            untilLocal = Optional.of(DateTimeValues.localDateTime(value));
                        }
                    }
                    case "COUNT" -> {
                        count = Integer.parseInt(value);
                        if (count < 1 || count > MAX_COUNT) {
                            return Result.unsupported("COUNT=" + value);
                        }
                    }
                    case "BYHOUR", "BYMINUTE", "BYSECOND" -> {
                        // Lotus Notes and Apple repeat the onset's time of day here.
                        if (value.contains(",")) {
                            return Result.unsupported(key + "=" + value);
                        }
                        int n = Integer.parseInt(value);
                        time = switch (key) {
                            case "BYHOUR" -> time.withHour(n);
                            case "BYMINUTE" -> time.withMinute(n);
                            default -> time.withSecond(Math.min(n, 59));
                        };
                    }
                    case "WKST" -> { } // no effect on yearly rules by month and weekday
                    default -> {
                        return Result.unsupported(key);
                    }
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Result.unsupported("'" + rule + "' is not a valid rule");
        }
        if (!"YEARLY".equals(freq)) {
            return Result.unsupported("FREQ=" + freq + " (only FREQ=YEARLY is evaluated)");
        }
        if (ordinal != 0 && !monthDays.isEmpty()) {
            return Result.unsupported("BYDAY with an ordinal and BYMONTHDAY together");
        }
        YearlyRule parsed = new YearlyRule(start, time, month, weekday, ordinal, List.copyOf(monthDays), untilLocal,
                untilUtc, count);
        // The Gregorian calendar repeats every 400 years: a rule with an onset in each of them has one every year.
        for (int year = 2000; year < 2400; year++) {
            if (parsed.candidates(year).isEmpty()) {
                return Result.unsupported("'" + rule + "' skips years (no onset in " + year + "), which no zone's rule does");
            }
        }
        return new Result(Optional.of(parsed), "");
    }

    /**
     * Returns the onsets of a year, in order: local times in the observance's TZOFFSETFROM.
     *
     * @param year the year
     * @param from the observance's TZOFFSETFROM, for a UTC UNTIL
     * @return the onsets, possibly none
     */
    List<LocalDateTime> onsets(int year, ZoneOffset from) {
        if (!counted.isEmpty()) {
            List<LocalDateTime> inYear = new ArrayList<>();
            for (LocalDateTime onset : counted) {
                if (onset.getYear() == year) {
                    inYear.add(onset);
                }
            }
            return inYear;
        }
        List<LocalDateTime> onsets = new ArrayList<>();
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
     * from its start ({@link #parse} refuses one that skips years) until its UNTIL, it is among
     * the last two years before both.
     *
     * @param year a year
     * @param from the observance's TZOFFSETFROM, for a UTC UNTIL
     * @return the onset, if the rule has one before that year
     */
    Optional<LocalDateTime> lastOnsetBeforeYear(int year, ZoneOffset from) {
        if (!counted.isEmpty()) {
            LocalDateTime last = null;
            for (LocalDateTime onset : counted) {
                if (onset.getYear() < year) {
                    last = onset;
                }
            }
            return Optional.ofNullable(last);
        }
        int latest = year - 1;
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

    /** The first {@code count} onsets from the start, at most {@value #MAX_COUNT}, through year 9999. */
    private List<LocalDateTime> enumerate(int count) {
        List<LocalDateTime> onsets = new ArrayList<>();
        for (int year = start.getYear(); year <= 9999 && onsets.size() < count; year++) {
            for (LocalDateTime onset : candidates(year)) {
                if (!onset.isBefore(start) && onsets.size() < count) {
                    onsets.add(onset);
                }
            }
        }
        return onsets;
    }

    /** The days of the rule's month in a year that match BYDAY and BYMONTHDAY, at the start's time. */
    private List<LocalDateTime> candidates(int year) {
        if (year < 1 || year > 9999) {
            return List.of();
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        List<LocalDateTime> days = new ArrayList<>();
        if (weekday.isPresent() && ordinal != 0) {
            LocalDate day = yearMonth.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday.get()));
            if (day.getMonthValue() == month) {
                days.add(day.atTime(time));
            }
        } else if (!monthDays.isEmpty()) {
            for (int d = 1; d <= yearMonth.lengthOfMonth(); d++) {
                LocalDate day = yearMonth.atDay(d);
                if (matchesMonthDay(d, yearMonth.lengthOfMonth())
                        && weekday.map(w -> w == day.getDayOfWeek()).orElse(true)) {
                    days.add(yearMonth.atDay(d).atTime(time));
                }
            }
        } else if (weekday.isPresent()) {
            for (int d = 1; d <= yearMonth.lengthOfMonth(); d++) {
                if (yearMonth.atDay(d).getDayOfWeek() == weekday.get()) {
                    days.add(yearMonth.atDay(d).atTime(time));
                }
            }
        } else if (start.getDayOfMonth() <= yearMonth.lengthOfMonth()) {
            days.add(yearMonth.atDay(start.getDayOfMonth()).atTime(time));
        }
        return days;
    }

    private boolean matchesMonthDay(int day, int length) {
        for (int d : monthDays) {
            if (d == day || (d < 0 && length + 1 + d == day)) {
                return true;
            }
        }
        return false;
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
            default -> throw new DateTimeException("not a weekday: " + code);
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
