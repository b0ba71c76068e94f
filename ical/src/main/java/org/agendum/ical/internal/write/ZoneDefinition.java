package org.agendum.ical.internal.write;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A VTIMEZONE (RFC 5545 §3.6.5) written from the JDK's time-zone rules, never from another
 * library's copy of the tz database (ical4j 4.4.0's still has Brazil's daylight-saving time,
 * abolished in 2019).
 *
 * <p>It covers only the years a calendar needs: one observance for the last transition on or
 * before 1 January of the first year, then one per transition up to the end of the last year,
 * each with an explicit DTSTART (the local time just before the transition, in TZOFFSETFROM) and
 * no RRULE, so the output depends on nothing but the JDK's rules and the years, and a reader
 * needs no recurrence expansion. The first observance is that real transition, not a made-up one
 * at 1 January whose TZOFFSETFROM equals its TZOFFSETTO (ical4j drops such a non-change and reads
 * the months before the year's first transition in standard time, an hour off in zones whose year
 * starts in daylight time). A zone with no transition before the first year gets that unchanging
 * observance, as there is nothing else to describe.
 */
final class ZoneDefinition {

    private ZoneDefinition() {}

    /**
     * Writes the definition of a zone for the years from {@code firstYear} to {@code lastYear}.
     *
     * @param zone the zone; its id is the TZID
     * @param firstYear the first year covered
     * @param lastYear the last year covered, not before the first
     * @param out where to write
     * @throws IOException if the stream fails
     */
    static void write(ZoneId zone, int firstYear, int lastYear, ContentLineWriter out) throws IOException {
        ZoneRules rules = zone.getRules();
        LocalDateTime from = LocalDate.of(firstYear, 1, 1).atStartOfDay();
        LocalDateTime until = LocalDate.of(lastYear, 1, 1).plusYears(1).atStartOfDay();
        out.begin("VTIMEZONE");
        out.property("TZID").value(zone.getId());

        ZoneOffset initial = rules.getValidOffsets(from).isEmpty()
                ? rules.getTransition(from).getOffsetAfter()
                : rules.getValidOffsets(from).get(0);
        Instant start = from.toInstant(initial);
        ZoneOffsetTransition previous = rules.previousTransition(start.plusNanos(1));
        if (previous != null) {
            observance(rules, previous, out);
        } else {
            // No transition yet (a fixed offset, or before the zone's history): no change to describe.
            observance(rules.isDaylightSavings(start), from, initial, initial, out);
        }
        ZoneOffsetTransition transition = rules.nextTransition(start);
        while (transition != null && transition.getDateTimeBefore().isBefore(until)) {
            observance(rules, transition, out);
            transition = rules.nextTransition(transition.getInstant());
        }
        out.end("VTIMEZONE");
    }

    private static void observance(ZoneRules rules, ZoneOffsetTransition transition, ContentLineWriter out)
            throws IOException {
        observance(rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
                transition.getOffsetBefore(), transition.getOffsetAfter(), out);
    }

    private static void observance(boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to,
            ContentLineWriter out) throws IOException {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        out.begin(kind);
        out.property("DTSTART").value(IcsValues.local(onset));
        out.property("TZOFFSETFROM").value(IcsValues.offset(from));
        out.property("TZOFFSETTO").value(IcsValues.offset(to));
        out.end(kind);
    }
}
