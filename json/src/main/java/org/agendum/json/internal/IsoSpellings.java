package org.agendum.json.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The spellings of dates, times and durations the writer writes and the schema allows, checked and
 * parsed by hand. java.time's parsers alone would also take {@code "pt15m"}, {@code "-PT-15M"} or
 * {@code "2021-06-11t13:00"}: what is read is what could have been written. The languages are:
 *
 * <ul>
 *   <li>a time: {@code HH:MM}, {@code HH:MM:SS} or {@code HH:MM:SS.f} with 1 to 9 fraction digits,
 *       hours 00 to 23, minutes and seconds 00 to 59;
 *   <li>a date: {@code YYYY-MM-DD}, four digits of year, month 01 to 12, day 01 to 31 (whether the
 *       day exists in that month is the calendar's question);
 *   <li>a date-time: a date, {@code T}, a time;
 *   <li>a duration: {@code P}, optionally {@code nD}, optionally {@code T} followed by at least one
 *       of {@code nH}, {@code nM}, {@code nS} or {@code n.fS} in that order, and at least one
 *       component in all.
 * </ul>
 *
 * <p>Each method returns null when the text is not in its language.
 */
public final class IsoSpellings {

    private IsoSpellings() {}

    /** A time, or null if the text is not spelt as one; every spelling is a time that exists. */
    public static LocalTime time(String text) {
        return time(text, 0, text.length());
    }

    /**
     * A date, or null if the text is not spelt as one.
     *
     * @throws java.time.DateTimeException if it is spelt as a date the calendar does not have
     */
    public static LocalDate date(String text) {
        return text.length() == 10 ? date(text, 0) : null;
    }

    /**
     * A date-time, or null if the text is not spelt as one.
     *
     * @throws java.time.DateTimeException if its date is spelt as one the calendar does not have
     */
    public static LocalDateTime dateTime(String text) {
        if (text.length() < 16 || text.charAt(10) != 'T') {
            return null;
        }
        // Both parts spelt right before the calendar is asked, as a pattern would have matched first.
        LocalTime time = time(text, 11, text.length());
        if (time == null || !isDate(text, 0)) {
            return null;
        }
        return LocalDateTime.of(date(text, 0), time);
    }

    /**
     * A duration, or null if the text is not spelt as one. Small numbers are added up here; a
     * component of more than nine digits is left to {@link Duration#parse}, with its overflow rules.
     *
     * @throws java.time.format.DateTimeParseException if it is spelt right but out of range
     */
    public static Duration duration(String text) {
        int length = text.length();
        if (length < 3 || text.charAt(0) != 'P') {
            return null;
        }
        int i = 1;
        long seconds = 0;
        int nanos = 0;
        boolean small = true;
        char next = text.charAt(i);
        if (isDigit(next)) {
            int start = i;
            long days = 0;
            while (i < length && isDigit(text.charAt(i))) {
                days = days * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == length || text.charAt(i) != 'D') {
                return null;
            }
            small &= i - start <= 9;
            seconds += days * 86_400;
            i++;
            if (i == length) {
                return result(text, small, seconds, nanos);
            }
            next = text.charAt(i);
        }
        if (next != 'T' || i + 1 == length || !isDigit(text.charAt(i + 1))) {
            return null;
        }
        i++;
        // 1 for hours, 2 for minutes, 3 for seconds: each unit comes after the one before it.
        int last = 0;
        while (i < length) {
            int start = i;
            long value = 0;
            while (i < length && isDigit(text.charAt(i))) {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == start || i == length) {
                return null;
            }
            small &= i - start <= 9;
            char unit = text.charAt(i);
            if (unit == 'H' && last < 1) {
                last = 1;
                seconds += value * 3600;
            } else if (unit == 'M' && last < 2) {
                last = 2;
                seconds += value * 60;
            } else if ((unit == 'S' || unit == '.') && last < 3) {
                last = 3;
                seconds += value;
                if (unit == '.') {
                    int fraction = ++i;
                    while (i < length && isDigit(text.charAt(i))) {
                        nanos = nanos * 10 + (text.charAt(i) - '0');
                        i++;
                    }
                    int digits = i - fraction;
                    if (digits < 1 || digits > 9 || i == length || text.charAt(i) != 'S') {
                        return null;
                    }
                    for (int d = digits; d < 9; d++) {
                        nanos *= 10;
                    }
                }
            } else {
                return null;
            }
            i++;
        }
        return result(text, small, seconds, nanos);
    }

    private static Duration result(String text, boolean small, long seconds, int nanos) {
        // Nine digits or fewer in each component cannot overflow; more are Duration.parse's to judge.
        return small ? Duration.ofSeconds(seconds, nanos) : Duration.parse(text);
    }

    /** HH:MM[:SS[.f{1,9}]] spanning exactly text[from..to). */
    private static LocalTime time(String text, int from, int to) {
        int length = to - from;
        if (length != 5 && length != 8 && (length < 10 || length > 18)) {
            return null;
        }
        int hour = twoDigits(text, from);
        int minute = twoDigits(text, from + 3);
        if (hour < 0 || hour > 23 || text.charAt(from + 2) != ':' || minute < 0 || minute > 59) {
            return null;
        }
        if (length == 5) {
            return LocalTime.of(hour, minute);
        }
        int second = twoDigits(text, from + 6);
        if (text.charAt(from + 5) != ':' || second < 0 || second > 59) {
            return null;
        }
        if (length == 8) {
            return LocalTime.of(hour, minute, second);
        }
        if (text.charAt(from + 8) != '.') {
            return null;
        }
        int nanos = 0;
        for (int i = from + 9; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return null;
            }
            nanos = nanos * 10 + (c - '0');
        }
        for (int d = to - from - 9; d < 9; d++) {
            nanos *= 10;
        }
        return LocalTime.of(hour, minute, second, nanos);
    }

    /** YYYY-MM-DD at text[from..from + 10). */
    private static LocalDate date(String text, int from) {
        if (!isDate(text, from)) {
            return null;
        }
        int year = twoDigits(text, from) * 100 + twoDigits(text, from + 2);
        return LocalDate.of(year, twoDigits(text, from + 5), twoDigits(text, from + 8));
    }

    private static boolean isDate(String text, int from) {
        int century = twoDigits(text, from);
        int year = twoDigits(text, from + 2);
        int month = twoDigits(text, from + 5);
        int day = twoDigits(text, from + 8);
        return century >= 0 && year >= 0 && text.charAt(from + 4) == '-' && month >= 1 && month <= 12
                && text.charAt(from + 7) == '-' && day >= 1 && day <= 31;
    }

    /** The two-digit number at text[at..at + 2), or -1. */
    private static int twoDigits(String text, int at) {
        char tens = text.charAt(at);
        char units = text.charAt(at + 1);
        return isDigit(tens) && isDigit(units) ? (tens - '0') * 10 + (units - '0') : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
