package org.agendum.ical.internal.read;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * RFC 5545 value spellings read by hand: DATE ({@code 20260113}), DATE-TIME ({@code
 * 20260113T160000}, with {@code Z} in UTC), UTC-OFFSET ({@code -0300}, {@code +054521}) and
 * DURATION ({@code P1DT2H}, {@code -PT15M}, {@code P2W}). Each throws {@link DateTimeException},
 * as java.time's parsers do, when the text is not one; callers turn that into a problem at their
 * line.
 */
final class DateTimeValues {

    private DateTimeValues() {}

    /** {@code yyyyMMdd}. */
    static LocalDate date(String text) {
        if (text.length() != 8) {
            throw new DateTimeException("not a DATE: " + text);
        }
        return LocalDate.of(number(text, 0, 4), number(text, 4, 6), number(text, 6, 8));
    }

    /** {@code yyyyMMdd'T'HHmmss}, without {@code Z}; a lower-case {@code t} is tolerated. */
    static LocalDateTime localDateTime(String text) {
        if (text.length() != 15 || (text.charAt(8) != 'T' && text.charAt(8) != 't')) {
            throw new DateTimeException("not a DATE-TIME: " + text);
        }
        int second = number(text, 13, 15);
        // A leap second (60) is allowed by RFC 5545 §3.3.5 and read as the last second of its minute.
        return date(text.substring(0, 8)).atTime(number(text, 9, 11), number(text, 11, 13), Math.min(second, 59));
    }

    /** {@code ±hhmm[ss]}. */
    static ZoneOffset offset(String text) {
        String t = text.trim();
        if ((t.length() != 5 && t.length() != 7) || (t.charAt(0) != '+' && t.charAt(0) != '-')) {
            throw new DateTimeException("not a UTC-OFFSET: " + text);
        }
        int seconds = number(t, 1, 3) * 3600 + number(t, 3, 5) * 60 + (t.length() == 7 ? number(t, 5, 7) : 0);
        return ZoneOffset.ofTotalSeconds(t.charAt(0) == '-' ? -seconds : seconds);
    }

    /**
     * A DURATION as a nominal part in days (weeks are seven days) and an exact part in hours,
     * minutes and seconds (RFC 5545 §3.3.6: a day is a calendar day, whatever daylight-saving time
     * does to its length). Weeks combined with days or hours ({@code P1W6DT15H}, which Nextcloud
     * writes though the RFC's grammar has weeks alone), or after the {@code T}, are accepted.
     *
     * @param text the value
     * @return the days and the time, both negative for a negative duration
     */
    static Length duration(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        int i = 0;
        boolean negative = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        if (i >= t.length() || t.charAt(i) != 'P') {
            throw new DateTimeException("not a DURATION: " + text);
        }
        i++;
        long days = 0;
        long seconds = 0;
        boolean time = false;
        boolean any = false;
        while (i < t.length()) {
            if (t.charAt(i) == 'T' && !time) {
                time = true;
                i++;
                continue;
            }
            int from = i;
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                i++;
            }
            if (i == from || i == t.length() || i - from > 9) {
                throw new DateTimeException("not a DURATION: " + text);
            }
            long n = number(t, from, i);
            char unit = t.charAt(i++);
            any = true;
            if (unit == 'W') {
                days += 7 * n; // weeks, also among hours ("PT1W", which some write)
            } else if (!time && unit == 'D') {
                days += n;
            } else if (time && unit == 'H') {
                seconds += 3600 * n;
            } else if (time && unit == 'M') {
                seconds += 60 * n;
            } else if (time && unit == 'S') {
                seconds += n;
            } else {
                throw new DateTimeException("not a DURATION: " + text);
            }
        }
        if (!any) {
            throw new DateTimeException("not a DURATION: " + text);
        }
        return negative ? new Length(Period.ofDays(Math.toIntExact(-days)), Duration.ofSeconds(-seconds))
                : new Length(Period.ofDays(Math.toIntExact(days)), Duration.ofSeconds(seconds));
    }

    /**
     * A DURATION's two parts.
     *
     * @param days the nominal days
     * @param time the exact time
     */
    record Length(Period days, Duration time) {
        boolean isNegative() {
            return days.isNegative() || time.isNegative();
        }
    }

    private static int number(String text, int from, int to) {
        int value = 0; // at most 9 digits: no overflow
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit in " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
