package org.agendum.ical.internal.write;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * RFC 5545 value spellings, written by hand: DATE (§3.3.4), DATE-TIME (§3.3.5) and UTC-OFFSET
 * (§3.3.14). Dates have four-digit years, as the model's do (years 1 to 9999); sub-second parts,
 * which iCalendar cannot carry, are dropped.
 */
final class IcsValues {

    /** The last year a DATE or DATE-TIME can have: four digits. */
    static final int LAST_YEAR = 9999;

    private IcsValues() {}

    /** {@code 20260113}. */
    static String date(LocalDate date) {
        char[] out = new char[8];
        date(date, out);
        return new String(out);
    }

    /** {@code 20260113T160000}: a local (floating or TZID) date-time. */
    static String local(LocalDateTime time) {
        char[] out = new char[15];
        date(time.toLocalDate(), out);
        out[8] = 'T';
        digits(time.getHour(), out, 9, 2);
        digits(time.getMinute(), out, 11, 2);
        digits(time.getSecond(), out, 13, 2);
        return new String(out);
    }

    /** {@code 20260113T190000Z}: a date-time in UTC. */
    static String utc(Instant instant) {
        return local(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC)) + "Z";
    }

    /** {@code +0100}, {@code -0300}, {@code +054521} (seconds only when there are some). */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int magnitude = Math.abs(total);
        int seconds = magnitude % 60;
        char[] out = new char[seconds == 0 ? 5 : 7];
        out[0] = total < 0 ? '-' : '+';
        digits(magnitude / 3600, out, 1, 2);
        digits(magnitude / 60 % 60, out, 3, 2);
        if (seconds != 0) {
            digits(seconds, out, 5, 2);
        }
        return new String(out);
    }

    private static void date(LocalDate date, char[] out) {
        int year = date.getYear();
        if (year < 0 || year > LAST_YEAR) {
            throw new IllegalArgumentException("iCalendar writes years 0 to " + LAST_YEAR + ", not " + year);
        }
        digits(year, out, 0, 4);
        digits(date.getMonthValue(), out, 4, 2);
        digits(date.getDayOfMonth(), out, 6, 2);
    }

    private static void digits(int value, char[] out, int at, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
