package org.agendum.ical.internal.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * A time zone as a file's VTIMEZONE defines it (RFC 5545 §3.6.5), for a TZID the JDK does not know
 * (Outlook's "W. Europe Standard Time"). The offset at an instant is the TZOFFSETTO of the latest
 * onset at or before it, among every observance's DTSTART, RDATEs and yearly RRULE onsets; before
 * the first onset, that observance's TZOFFSETFROM.
 *
 * <p>Evaluation is bounded: a wall-clock time is resolved in a window of the onsets of its year and
 * the years either side, sorted once and kept per year, and only the offsets in force within a day
 * of it are tried; onsets are never expanded from an observance's start; every observance
 * evaluated and every onset computed is charged to the document's {@link ZoneBudget}. A definition
 * with more observances than the limit, or a rule that is not yearly ({@link YearlyRule}), is refused
 * when a time needs it.
 */
final class DefinedZone {

    /** No zone is more than 18 hours from UTC ({@link ZoneOffset#MAX}). */
    private static final long DAY_AROUND = ZoneOffset.MAX.getTotalSeconds();

    private final String tzid;
    private final int line;
    private final List<Observance> observances;
    private final Optional<String> unsupported;
    /** What kind of problem using the zone is, when {@code unsupported} says why it cannot be used; else null. */
    private final Kind unusable;
    private final ZoneBudget budget;
    private final Map<Integer, Window> windows = new HashMap<>();

    /** One STANDARD or DAYLIGHT; {@code dates} are its RDATEs, sorted. */
    private record Observance(LocalDateTime start, ZoneOffset from, ZoneOffset to, Optional<YearlyRule> rule,
            List<LocalDateTime> dates) {}

    /** A change of offset: at {@code at} (UTC epoch seconds) to {@code to}. */
    private record Onset(long at, ZoneOffset to) {}

    /**
     * The onsets whose local year is in a year or either side of it, sorted, and the offset in
     * force before the first of them.
     */
    private record Window(long[] at, ZoneOffset[] to, ZoneOffset before) {

        /** The index of the first onset after {@code seconds}. */
        int after(long seconds) {
            int low = 0;
            int high = at.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (at[middle] > seconds) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low;
        }

        /** The offset of the span that begins at onset {@code i - 1} (before the first one: {@code before}). */
        ZoneOffset offset(int i) {
            return i == 0 ? before : to[i - 1];
        }
    }

    private DefinedZone(String tzid, int line, List<Observance> observances, Optional<String> unsupported,
            Kind unusable, ZoneBudget budget) {
        this.tzid = tzid;
        this.line = line;
        this.observances = observances;
        this.unsupported = unsupported;
        this.unusable = unusable;
        this.budget = budget;
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
            return unusable(tzid, definition, budget, Kind.LIMIT, "it has " + definition.children().size()
                    + " observances, more than the " + maxObservances + " evaluated");
        }
        budget.spend(definition.children().size(), tzid, definition.line());
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
                        return unusable(tzid, definition, budget, Kind.UNSUPPORTED, "an observance at line " + observance.line()
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
            return unusable(tzid, definition, budget, Kind.INVALID_VALUE, "an observance is not valid: " + e.getMessage());
        }
        if (observances.isEmpty()) {
            return unusable(tzid, definition, budget, Kind.MISSING_FIELD, "it has no STANDARD or DAYLIGHT");
        }
        return new DefinedZone(tzid, definition.line(), List.copyOf(observances), Optional.empty(), null, budget);
    }

    private static DefinedZone unusable(String tzid, Component definition, ZoneBudget budget, Kind kind, String why) {
        return new DefinedZone(tzid, definition.line(), List.of(), Optional.of(why), kind, budget);
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
            throw new IcsProblem(unusable, "time zone '" + IcsProblem.shown(tzid) + "' cannot be used: its VTIMEZONE at line " + line
                    + " says what agendum cannot evaluate: " + unsupported.get(), at, 0);
        }
        Window window = windows.computeIfAbsent(local.getYear(), this::window);
        long wall = local.toEpochSecond(ZoneOffset.UTC);
        // The spans of constant offset that can hold an instant within a day of the wall-clock time.
        int from = Math.max(0, window.after(wall - DAY_AROUND) - 1);
        int until = window.after(wall + DAY_AROUND);
        for (int i = from; i <= until; i++) {
            ZoneOffset offset = window.offset(i);
            long instant = wall - offset.getTotalSeconds();
            boolean afterStart = i == 0 || instant >= window.at()[i - 1];
            boolean beforeEnd = i == window.at().length || instant < window.at()[i];
            if (afterStart && beforeEnd) {
                return at(wall, offset, local);
            }
        }
        // In a gap: the offset in force before the onset the wall-clock time falls across.
        for (int i = Math.max(from, 1); i <= until && i <= window.at().length; i++) {
            long onset = window.at()[i - 1];
            ZoneOffset before = window.offset(i - 1);
            if (wall - before.getTotalSeconds() >= onset && wall - window.offset(i).getTotalSeconds() < onset) {
                return at(wall, before, local);
            }
        }
        return at(wall, window.offset(from), local); // unreachable: a time is in a span or in a gap
    }

    private static ZonedDateTime at(long wall, ZoneOffset offset, LocalDateTime local) {
        return ZonedDateTime.ofInstant(Instant.ofEpochSecond(wall - offset.getTotalSeconds(), local.getNano()), offset);
    }

    /** The onsets of the years around {@code year} (local years), and the offset before them. */
    private Window window(int year) {
        List<Onset> onsets = new ArrayList<>();
        for (int y = year - 1; y <= year + 1; y++) {
            budget.spend(observances.size(), tzid, line);
            for (Observance o : observances) {
                if (o.start().getYear() == y) {
                    onsets.add(onset(o.start(), o));
                }
                for (int i = firstOfYear(o.dates(), y); i < o.dates().size() && o.dates().get(i).getYear() == y; i++) {
                    onsets.add(onset(o.dates().get(i), o));
                }
                if (o.rule().isPresent()) {
                    for (LocalDateTime onset : o.rule().get().onsets(y, o.from())) {
                        onsets.add(onset(onset, o));
                    }
                }
            }
            budget.spend(onsets.size(), tzid, line);
        }
        onsets.sort(Comparator.comparingLong(Onset::at));
        long[] at = new long[onsets.size()];
        ZoneOffset[] to = new ZoneOffset[onsets.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = onsets.get(i).at();
            to[i] = onsets.get(i).to();
        }
        return new Window(at, to, before(year - 1));
    }

    private static Onset onset(LocalDateTime local, Observance o) {
        return new Onset(local.toEpochSecond(o.from()), o.to());
    }

    /**
     * The offset in force before the first onset of {@code year}: the TZOFFSETTO of the latest onset
     * whose local time is in an earlier year, else the earliest observance's TZOFFSETFROM.
     */
    private ZoneOffset before(int year) {
        budget.spend(observances.size(), tzid, line);
        Onset latest = null;
        Onset beforeAll = null; // the earliest DTSTART, with the offset before it
        for (Observance o : observances) {
            Onset start = onset(o.start(), o);
            if (beforeAll == null || start.at() < beforeAll.at()) {
                beforeAll = new Onset(start.at(), o.from());
            }
            List<LocalDateTime> starts = new ArrayList<>(3);
            if (o.start().getYear() < year) {
                starts.add(o.start());
            }
            int before = firstOfYear(o.dates(), year);
            if (before > 0) {
                starts.add(o.dates().get(before - 1));
            }
            o.rule().flatMap(r -> r.lastOnsetBeforeYear(year, o.from())).ifPresent(starts::add);
            for (LocalDateTime local : starts) {
                Onset onset = onset(local, o);
                if (latest == null || onset.at() > latest.at()) {
                    latest = onset;
                }
            }
        }
        return latest != null ? latest.to() : beforeAll.to();
    }

    /** The index of the first date in or after a year, in sorted dates (RDATE lists may be long). */
    private static int firstOfYear(List<LocalDateTime> dates, int year) {
        LocalDateTime start = LocalDateTime.of(year, 1, 1, 0, 0);
        int index = Collections.binarySearch(dates, start);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && dates.get(index - 1).equals(start)) {
            index--;
        }
        return index;
    }
}
