package org.agendum.ical.internal.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A time zone as a file's VTIMEZONE defines it (RFC 5545 §3.6.5), for a TZID the JDK does not know
 * (Outlook's "W. Europe Standard Time"). The offset at an instant is the TZOFFSETTO of the latest
 * onset at or before it, among every observance's DTSTART, RDATEs and yearly RRULE onsets; before
 * the first onset, that observance's TZOFFSETFROM.
 *
 * <p>Evaluation is bounded: onsets are computed for the years around the instant asked for, never
 * expanded from an observance's start, and cached per year; each observance evaluated for a year
 * is charged to the document's {@link ZoneBudget}; a definition with more observances than the
 * limit, or a rule that is not yearly ({@link YearlyRule}), is refused when a time needs it.
 */
final class DefinedZone {

    private final String tzid;
    private final ZoneBudget budget;
    private final int line;
    private final List<Observance> observances;
    private final Optional<String> unsupported;
    private final Map<Integer, List<Onset>> onsetsByYear = new HashMap<>();
    private final Map<Integer, Optional<Onset>> latestBeforeYear = new HashMap<>();
    private final Onset first;
    /** Every offset an observance names: the only ones a local time can be at. */
    private final List<ZoneOffset> offsets;

    /** One STANDARD or DAYLIGHT. */
    private record Observance(LocalDateTime start, ZoneOffset from, ZoneOffset to, Optional<YearlyRule> rule,
            List<LocalDateTime> dates) {}

    /** A change of offset: at {@code at} (UTC), from one offset to another. */
    private record Onset(Instant at, ZoneOffset from, ZoneOffset to) {}

    private DefinedZone(String tzid, int line, List<Observance> observances, Optional<String> unsupported,
            ZoneBudget budget) {
        this.tzid = tzid;
        this.budget = budget;
        this.line = line;
        this.observances = observances;
        this.unsupported = unsupported;
        Onset earliest = null;
        for (Observance o : observances) {
            Onset onset = new Onset(o.start().toInstant(o.from()), o.from(), o.to());
            if (earliest == null || onset.at().isBefore(earliest.at())) {
                earliest = onset;
            }
        }
        this.first = earliest;
        List<ZoneOffset> named = new ArrayList<>();
        for (Observance o : observances) {
            for (ZoneOffset offset : List.of(o.from(), o.to())) {
                if (!named.contains(offset)) {
                    named.add(offset);
                }
            }
        }
        this.offsets = List.copyOf(named);
    }

    /**
     * Reads a VTIMEZONE. Problems are remembered, not thrown: they matter only if a time uses the zone.
     *
     * @param tzid the zone's TZID
     * @param definition the VTIMEZONE
     * @param maxObservances the most observances evaluated
     * @param budget what the document's zone definitions may still cost
     * @return the zone
     */
    static DefinedZone of(String tzid, Component definition, int maxObservances, ZoneBudget budget) {
        if (definition.children().size() > maxObservances) {
            return unusable(tzid, definition, budget, "it has " + definition.children().size()
                    + " observances, more than the " + maxObservances + " evaluated");
        }
        List<Observance> observances = new ArrayList<>();
        try {
            for (Component observance : definition.children()) {
                String dtstart = required(observance, "DTSTART").trim();
                // A DATE (Outlook writes one for some zones) is the start of that day.
                LocalDateTime start = dtstart.length() == 8 ? DateTimeValues.date(dtstart).atStartOfDay()
                        : DateTimeValues.localDateTime(dtstart);
                ZoneOffset from = DateTimeValues.offset(required(observance, "TZOFFSETFROM"));
                ZoneOffset to = DateTimeValues.offset(required(observance, "TZOFFSETTO"));
                Optional<YearlyRule> rule = Optional.empty();
                Optional<String> rrule = observance.value("RRULE");
                if (rrule.isPresent()) {
                    YearlyRule.Result parsed = YearlyRule.parse(rrule.get(), start);
                    if (parsed.rule().isEmpty()) {
                        return unusable(tzid, definition, budget, "an observance at line " + observance.line()
                                + " has an RRULE agendum does not evaluate (" + parsed.unsupported()
                                + "); only yearly rules are");
                    }
                    rule = parsed.rule();
                }
                List<LocalDateTime> dates = new ArrayList<>();
                for (Property rdate : observance.all("RDATE")) {
                    for (String date : rdate.value().split(",")) {
                        dates.add(DateTimeValues.localDateTime(date.trim()));
                    }
                }
                Collections.sort(dates);
                observances.add(new Observance(start, from, to, rule, List.copyOf(dates)));
            }
        } catch (DateTimeException e) {
            return unusable(tzid, definition, budget, "an observance is not valid: " + e.getMessage());
        }
        if (observances.isEmpty()) {
            return unusable(tzid, definition, budget, "it has no STANDARD or DAYLIGHT");
        }
        return new DefinedZone(tzid, definition.line(), List.copyOf(observances), Optional.empty(), budget);
    }

    private static DefinedZone unusable(String tzid, Component definition, ZoneBudget budget, String why) {
        return new DefinedZone(tzid, definition.line(), List.of(), Optional.of(why), budget);
    }

    private static String required(Component observance, String property) {
        return observance.value(property).orElseThrow(() -> new DateTimeException(
                "the observance at line " + observance.line() + " has no " + property));
    }

    /**
     * Resolves a local date-time: an instant the zone's clocks show once is that instant; one they
     * show twice is the first (RFC 5545 §3.3.5); one they skip is read with the offset before the
     * gap.
     *
     * @param local the wall-clock time
     * @param at the line of the property that needs it
     * @return the instant, at the offset in force then
     * @throws IcsProblem if the definition cannot be evaluated
     */
    ZonedDateTime resolve(LocalDateTime local, int at) {
        if (unsupported.isPresent()) {
            throw new IcsProblem("time zone '" + tzid + "' cannot be used: its VTIMEZONE at line " + line + " says what "
                    + "agendum cannot evaluate: " + unsupported.get(), at, 0);
        }
        Instant best = null;
        ZoneOffset bestOffset = null;
        ZoneOffset largest = null;
        for (ZoneOffset candidate : offsets) {
            Instant instant = local.toInstant(candidate);
            if (offsetAt(instant).equals(candidate) && (best == null || instant.isBefore(best))) {
                best = instant;
                bestOffset = candidate;
            }
            largest = largest == null || candidate.getTotalSeconds() > largest.getTotalSeconds() ? candidate : largest;
        }
        if (best == null) {
            // In a gap: the offset in force before it, which the wall-clock time read with the
            // largest offset (an instant before the jump) finds.
            ZoneOffset before = offsetAt(local.toInstant(largest));
            return local.toInstant(before).atZone(before);
        }
        return best.atZone(bestOffset);
    }

    /**
     * The offset at an instant. An onset whose local year is two or more before the instant's UTC
     * year is before it whatever the offsets (less than a day), so only the onsets of the years
     * around it are compared, and otherwise the latest onset of an earlier year.
     */
    private ZoneOffset offsetAt(Instant instant) {
        Onset latest = null;
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        for (int y = year - 1; y <= year + 1; y++) {
            for (Onset onset : onsets(y)) {
                if (!onset.at().isAfter(instant) && (latest == null || onset.at().isAfter(latest.at()))) {
                    latest = onset;
                }
            }
        }
        if (latest == null) {
            latest = latestBeforeYear.computeIfAbsent(year - 1, this::latestBeforeYear).orElse(null);
        }
        return latest == null ? first.from() : latest.to();
    }

    /** The onsets of a year: DTSTARTs, RDATEs and rule onsets that fall in it. */
    private List<Onset> onsets(int year) {
        return onsetsByYear.computeIfAbsent(year, y -> {
            budget.spend(observances.size(), tzid, line);
            List<Onset> onsets = new ArrayList<>();
            for (Observance o : observances) {
                if (o.start().getYear() == y) {
                    onsets.add(new Onset(o.start().toInstant(o.from()), o.from(), o.to()));
                }
                int from = startOfYear(o.dates(), y);
                for (int i = from; i < o.dates().size() && o.dates().get(i).getYear() == y; i++) {
                    LocalDateTime date = o.dates().get(i);
                    onsets.add(new Onset(date.toInstant(o.from()), o.from(), o.to()));
                }
                if (o.rule().isPresent()) {
                    for (LocalDateTime onset : o.rule().get().onsets(y, o.from())) {
                        onsets.add(new Onset(onset.toInstant(o.from()), o.from(), o.to()));
                    }
                }
            }
            return onsets;
        });
    }

    /** The latest onset whose local time is in a year before {@code year}, among every observance's. */
    private Optional<Onset> latestBeforeYear(int year) {
        budget.spend(observances.size(), tzid, line);
        Onset latest = null;
        for (Observance o : observances) {
            List<LocalDateTime> starts = new ArrayList<>();
            if (o.start().getYear() < year) {
                starts.add(o.start());
            }
            int before = startOfYear(o.dates(), year);
            if (before > 0) {
                starts.add(o.dates().get(before - 1));
            }
            o.rule().flatMap(r -> r.lastOnsetBeforeYear(year, o.from())).ifPresent(starts::add);
            for (LocalDateTime start : starts) {
                Onset onset = new Onset(start.toInstant(o.from()), o.from(), o.to());
                if (latest == null || onset.at().isAfter(latest.at())) {
                    latest = onset;
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The index of the first date in or after a year, in sorted dates (binary search: RDATE lists may be long). */
    private static int startOfYear(List<LocalDateTime> dates, int year) {
        LocalDateTime start = LocalDateTime.of(year, 1, 1, 0, 0);
        int low = 0;
        int high = dates.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (dates.get(middle).isBefore(start)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
