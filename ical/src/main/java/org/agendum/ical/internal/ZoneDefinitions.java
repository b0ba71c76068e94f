package org.agendum.ical.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * VTIMEZONE components (RFC 5545 §3.6.5) built from the JDK's time-zone rules.
 *
 * <p>ical4j's bundled definitions lag the JDK's tz data and carry the zone's whole history; these
 * are built from {@link ZoneId#getRules()} and cover only the years a calendar needs: one
 * observance for the last transition on or before 1 January of the first year, then one per
 * transition up to the end of the last year, each with an explicit DTSTART (no RRULE), so the output
 * depends on nothing but the JDK's rules and the years.
 *
 * <p>The first observance is that real transition, not an observance at 1 January whose
 * TZOFFSETFROM equals its TZOFFSETTO: ical4j 4.4.0 drops such a non-change and reads the months
 * before the year's first transition in standard time, an hour off in a zone whose year starts in
 * daylight time (Sydney, São Paulo, Santiago). A zone with no transition before the first year gets
 * that unchanging observance, as there is nothing else to describe.
 */
public final class ZoneDefinitions {

    private ZoneDefinitions() {}

    /**
     * Builds the definition of a zone for the years from {@code firstYear} to {@code lastYear}.
     *
     * @param zone the zone
     * @param firstYear the first year covered
     * @param lastYear the last year covered, not before the first
     * @return the VTIMEZONE, with TZID the zone's id
     */
    public static VTimeZone of(ZoneId zone, int firstYear, int lastYear) {
        ZoneRules rules = zone.getRules();
        LocalDateTime from = LocalDate.of(firstYear, 1, 1).atStartOfDay();
        LocalDateTime until = LocalDate.of(lastYear, 1, 1).plusYears(1).atStartOfDay();
        VTimeZone definition = new VTimeZone();
        definition.add(new TzId(zone.getId()));

        ZoneOffset initial = rules.getValidOffsets(from).isEmpty()
                ? rules.getTransition(from).getOffsetAfter()
                : rules.getValidOffsets(from).get(0);
        Instant start = from.toInstant(initial);
        ZoneOffsetTransition previous = rules.previousTransition(start.plusNanos(1));
        if (previous != null) {
            definition.add(observance(rules, previous));
        } else {
            // No transition yet (a fixed offset, or before the zone's history): no change to describe.
            Observance first = rules.isDaylightSavings(start) ? new Daylight() : new Standard();
            first.add(new DtStart<>(from));
            first.add(new TzOffsetFrom(initial));
            first.add(new TzOffsetTo(initial));
            definition.add(first);
        }

        ZoneOffsetTransition transition = rules.nextTransition(start);
        while (transition != null && transition.getDateTimeBefore().isBefore(until)) {
            definition.add(observance(rules, transition));
            transition = rules.nextTransition(transition.getInstant());
        }
        return definition;
    }

    private static Observance observance(ZoneRules rules, ZoneOffsetTransition transition) {
        Observance observance = rules.isDaylightSavings(transition.getInstant()) ? new Daylight() : new Standard();
        observance.add(new DtStart<>(transition.getDateTimeBefore()));
        observance.add(new TzOffsetFrom(transition.getOffsetBefore()));
        observance.add(new TzOffsetTo(transition.getOffsetAfter()));
        return observance;
    }
}
