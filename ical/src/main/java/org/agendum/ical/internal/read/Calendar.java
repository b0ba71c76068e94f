package org.agendum.ical.internal.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.EventStatus;

/**
 * A parsed calendar and what every dialect reads it with: its VEVENTs, its zones, times and texts.
 */
final class Calendar {

    final Component root;
    final List<Component> vevents = new ArrayList<>();
    final TimeZones zones;
    final TimeReader times;
    final ModelTexts texts;

    Calendar(Component root, ReadLimits limits) {
        this.root = root;
        for (Component child : root.children()) {
            if (child.name().equals(CalendarParser.VEVENT)) {
                vevents.add(child);
            }
        }
        this.zones = new TimeZones(root, limits.zoneObservances(), limits.zoneEvaluations());
        this.texts = new ModelTexts(limits.textLength());
        this.times = new TimeReader(zones, calendarZone());
    }

    /** The calendar's zone ({@code X-WR-TIMEZONE}), if the JDK knows it. */
    Optional<java.time.ZoneId> calendarZone() {
        return root.value("X-WR-TIMEZONE").map(TextValues::unescape).map(String::trim).flatMap(TimeZones::jdk);
    }

    /** A VEVENT's UID, trimmed, or empty. */
    static String uid(Component vevent) {
        return vevent.value("UID").map(TextValues::unescape).map(String::trim).orElse("");
    }

    /** A VEVENT's title: its SUMMARY, else "Untitled event". */
    String title(Component vevent) {
        return texts.nonBlank(vevent, "SUMMARY").orElse("Untitled event");
    }

    /** A VEVENT's STATUS: TENTATIVE is provisional, CANCELLED cancelled, anything else scheduled. */
    static EventStatus status(Component vevent) {
        return switch (vevent.value("STATUS").orElse("").trim().toUpperCase(Locale.ROOT)) {
            case "TENTATIVE" -> EventStatus.PROVISIONAL;
            case "CANCELLED" -> EventStatus.CANCELLED;
            default -> EventStatus.SCHEDULED;
        };
    }

    /**
     * A VEVENT's SEQUENCE as the event's revision: a whole number from 0 to 2147483647, else none (a
     * calendar that counts its revisions some other way loses nothing of the event).
     */
    static Optional<Integer> revision(Component vevent) {
        String value = vevent.value("SEQUENCE").orElse("").trim();
        if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long revision = Long.parseLong(value);
        return revision <= Integer.MAX_VALUE ? Optional.of((int) revision) : Optional.empty();
    }

    /** A VEVENT's CATEGORIES, in order, without blanks and repeats. */
    List<String> topics(Component vevent) {
        Set<String> topics = new LinkedHashSet<>();
        for (Property p : vevent.all("CATEGORIES")) {
            for (String topic : p.texts()) {
                String t = texts.of(topic, p);
                if (!t.isBlank()) {
                    topics.add(t);
                }
            }
        }
        return List.copyOf(topics);
    }

    /** A VEVENT's URL, if it is an absolute URI. */
    static Optional<URI> url(Component vevent) {
        return vevent.value("URL").flatMap(u -> {
            try {
                URI uri = new URI(u.trim());
                return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        });
    }

    /** The start a VEVENT must have. */
    When start(Component vevent) {
        return times.read(vevent, "DTSTART")
                .orElseThrow(() -> new IcsProblem(Kind.MISSING_FIELD, "the VEVENT has no DTSTART", vevent.line(), 0));
    }
}
