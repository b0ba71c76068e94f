package org.agendum.ical.internal.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * Reads DTSTART, DTEND and DURATION. Date-times are parsed from the text and placed with {@link
 * TimeZones}; no other library's zone data decides an instant.
 *
 * <p>{@code Z} times are UTC; times with a TZID are in that zone; floating times and DATEs are in
 * the calendar's zone ({@code X-WR-TIMEZONE}) when it names one the JDK knows, else (for a
 * floating time) in the zone of the component's other date-time, else in UTC. A DATE
 * with a TZID ({@code DTSTART;TZID=Europe/Berlin;VALUE=DATE}, which ownCloud writes) is a date in
 * that zone.
 */
final class TimeReader {

    private final TimeZones zones;
    private final Optional<ZoneId> floating;

    TimeReader(TimeZones zones, Optional<ZoneId> floating) {
        this.zones = zones;
        this.floating = floating;
    }

    /**
     * Reads a date or date-time property of a component.
     *
     * @param component the component
     * @param name DTSTART or DTEND
     * @return the time, if the component has the property
     * @throws IcsProblem if the value is not a DATE or DATE-TIME, or names an unknown zone
     */
    Optional<When> read(Component component, String name) {
        Optional<Property> found = component.first(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(at(component, name, found.get(), found.get().value().trim()));
    }

    /**
     * Reads every value of every instance of a date or date-time list property (EXDATE), each as
     * DTSTART would be read.
     *
     * @param component the component
     * @param name the property's name
     * @return the times, in the order written
     * @throws IcsProblem if a value is not a DATE or DATE-TIME, or names an unknown zone
     */
    List<When> readAll(Component component, String name) {
        List<When> all = new ArrayList<>();
        for (Property property : component.all(name)) {
            for (String value : property.value().split(",", -1)) {
                all.add(at(component, name, property, value.trim()));
            }
        }
        return all;
    }

    private When at(Component component, String name, Property property, String value) {
        Optional<String> tzid = property.parameter("TZID");
        boolean date = value.length() == 8
                || property.parameter("VALUE").map(v -> v.trim().equalsIgnoreCase("DATE")).orElse(false);
        try {
            if (date) {
                LocalDate day = DateTimeValues.date(value.length() > 8 ? value.substring(0, 8) : value);
                ZoneId zone = tzid.flatMap(zones::jdkZone).or(() -> floating).orElse(ZoneOffset.UTC);
                return new When(day.atStartOfDay(zone), true);
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                LocalDateTime utc = DateTimeValues.localDateTime(value.substring(0, value.length() - 1));
                return new When(utc.atZone(ZoneOffset.UTC), false);
            }
            LocalDateTime local = DateTimeValues.localDateTime(value);
            if (tzid.isPresent()) {
                return new When(zones.resolve(tzid.get(), local, property.line()), false);
            }
            ZoneId zone = floating.or(() -> otherZone(component, name)).orElse(ZoneOffset.UTC);
            return new When(ZonedDateTime.ofLocal(local, zone, null), false);
        } catch (DateTimeException e) {
            throw new IcsProblem(Kind.INVALID_VALUE, name + " '" + IcsProblem.shown(value) + "' is not an iCalendar DATE or DATE-TIME", property.line(), 0, e);
        }
    }

    /**
     * The JDK zone of the component's other date-time (DTEND for DTSTART and back): a floating time
     * beside a zoned one is in that zone (Radicale keeps a floating DTSTART with a zoned DTEND).
     */
    private Optional<ZoneId> otherZone(Component component, String name) {
        String other = name.equals("DTSTART") ? "DTEND" : "DTSTART";
        return component.first(other).flatMap(p -> p.parameter("TZID")).flatMap(zones::jdkZone);
    }

    /**
     * The end of a VEVENT: its DTEND, or its start plus its DURATION, or the default (RFC 5545
     * §3.6.1: a DATE start lasts a day, a DATE-TIME start no time at all).
     *
     * @param vevent the VEVENT
     * @param start its start
     * @return the end, not before the start
     * @throws IcsProblem if the end is before the start, or the DURATION is not one
     */
    When end(Component vevent, When start) {
        Optional<When> end = read(vevent, "DTEND");
        if (end.isPresent()) {
            if (end.get().instant().isBefore(start.instant())) {
                throw new IcsProblem(Kind.INVALID_VALUE, "DTEND " + end.get().instant() + " is before DTSTART " + start.instant(),
                        vevent.first("DTEND").orElseThrow().line(), 0);
            }
            return end.get();
        }
        Optional<Property> duration = vevent.first("DURATION");
        if (duration.isPresent()) {
            try {
                DateTimeValues.Length length = DateTimeValues.duration(duration.get().value());
                if (length.isNegative()) {
                    throw new IcsProblem(Kind.INVALID_VALUE, "DURATION '" + IcsProblem.shown(duration.get().value()) + "' is negative", duration.get().line(), 0);
                }
                return start.plus(length.days()).plus(length.time());
            } catch (DateTimeException | ArithmeticException e) {
                throw new IcsProblem(Kind.INVALID_VALUE, "DURATION '" + IcsProblem.shown(duration.get().value()) + "' is not an iCalendar duration",
                        duration.get().line(), 0, e);
            }
        }
        return start.defaultEnd();
    }
}
