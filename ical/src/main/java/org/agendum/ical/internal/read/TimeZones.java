package org.agendum.ical.internal.read;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * The zones a calendar's TZIDs name, resolved with the JDK's tz database wherever it knows them.
 *
 * <p>A TZID is looked up in this order: the JDK zone of that id ({@code Europe/Berlin}); the JDK
 * zone whose id ends a path-like TZID ({@code /freeassociation.sourceforge.net/Europe/Berlin},
 * {@code /mozilla.org/20050126_1/Europe/Berlin}, which Evolution and Lightning write); the JDK zone
 * a VTIMEZONE of that TZID names in {@code X-LIC-LOCATION} (libical); and only then the file's
 * VTIMEZONE itself ({@link DefinedZone}), for names such as Outlook's "W. Europe Standard Time". A
 * TZID is compared without the spaces around it (Thunderbird writes "Mitteleuropäische Zeit " with
 * one after).
 *
 * <p><b>The JDK wins over the file.</b> When a file defines a VTIMEZONE for a TZID the JDK knows and
 * the two disagree, the JDK's rules are used: an event's meaning is its wall-clock time in a named
 * place ("09:00 in São Paulo"), which is what agendum's model keeps; the JDK's tz database is the
 * maintained one, updated with the JRE, while a definition embedded in a file is a copy frozen when
 * the file was written (ical4j 4.4.0 still writes Brazil's daylight-saving time, abolished in 2019)
 * and often cut to a few years; and one TZID then means one set of rules in every file read. The
 * wall-clock text of the file is kept; only its conversion to an instant follows the JDK.
 */
final class TimeZones {

    private final Map<String, Component> definitions = new HashMap<>();
    private final Map<String, Resolved> resolved = new HashMap<>();
    private final int maxObservances;
    private final ZoneBudget budget;

    /** A TZID resolved: a JDK zone, or a file's definition. */
    private record Resolved(Optional<ZoneId> zone, Optional<DefinedZone> defined) {}

    TimeZones(Component calendar, int maxObservances, long evaluations) {
        this.maxObservances = maxObservances;
        this.budget = new ZoneBudget(evaluations);
        for (Component child : calendar.children()) {
            if (child.name().equals(CalendarParser.VTIMEZONE)) {
                child.value("TZID").map(String::trim).ifPresent(id -> definitions.putIfAbsent(id, child));
            }
        }
    }

    /**
     * Resolves a wall-clock time in the zone a TZID names.
     *
     * @param tzid the TZID parameter's value
     * @param local the wall-clock time
     * @param line the line of the property
     * @return the date-time: in the JDK zone, or at the offset the file's definition gives
     * @throws IcsProblem if the TZID names no zone
     */
    ZonedDateTime resolve(String tzid, LocalDateTime local, int line) {
        Resolved zone = resolved.computeIfAbsent(tzid.trim(), this::lookUp);
        if (zone.zone().isPresent()) {
            // ofLocal: an overlap's earlier offset (RFC 5545 §3.3.5's "first occurrence"), a gap's
            // time moved forward by the gap (the offset before it, as the RFC says).
            return ZonedDateTime.ofLocal(local, zone.zone().get(), null);
        }
        if (zone.defined().isPresent()) {
            return zone.defined().get().resolve(local, line);
        }
        throw new IcsProblem(Kind.UNKNOWN_REFERENCE, "unknown time zone '" + IcsProblem.shown(tzid) + "': the JDK has no zone of that id and the file defines "
                + "no VTIMEZONE for it", line, 0);
    }

    /**
     * Returns the JDK zone a TZID names, if it names one (not a zone only the file defines).
     *
     * @param tzid a TZID
     * @return the zone
     */
    Optional<ZoneId> jdkZone(String tzid) {
        return resolved.computeIfAbsent(tzid.trim(), this::lookUp).zone();
    }

    private Resolved lookUp(String tzid) {
        Optional<ZoneId> zone = jdk(tzid).or(() -> pathSuffix(tzid));
        Component definition = definitions.get(tzid);
        if (zone.isEmpty() && definition != null) {
            zone = definition.value("X-LIC-LOCATION").map(String::trim).flatMap(TimeZones::jdk);
        }
        if (zone.isPresent()) {
            return new Resolved(zone, Optional.empty());
        }
        if (definition != null) {
            return new Resolved(Optional.empty(), Optional.of(DefinedZone.of(tzid, definition, maxObservances, budget)));
        }
        return new Resolved(Optional.empty(), Optional.empty());
    }

    /** The JDK zone of an id: a region id or an offset such as {@code UTC} or {@code +01:00}. */
    static Optional<ZoneId> jdk(String id) {
        if (id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The JDK zone id that ends a TZID written as a path: the longest suffix that is one. */
    private static Optional<ZoneId> pathSuffix(String tzid) {
        if (!tzid.startsWith("/")) {
            return Optional.empty();
        }
        String[] segments = tzid.substring(1).split("/");
        for (int first = 0; first < segments.length; first++) {
            Optional<ZoneId> zone = jdk(String.join("/", Arrays.asList(segments).subList(first, segments.length)));
            if (zone.isPresent()) {
                return zone;
            }
        }
        return Optional.empty();
    }
}
