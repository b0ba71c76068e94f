package org.agendum.jscalendar.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Link;
import org.agendum.core.model.Localization;
import tools.jackson.databind.JsonNode;

/**
 * Reads one JSCalendar {@code Event} object into an {@link Entry}: the properties agendum maps,
 * each checked for its RFC 8984 type. Properties agendum has no place for are passed over (a best
 * effort for documents other programs write); docs/JSCALENDAR.md lists them.
 */
final class EntryReader {

    /** RFC 5870: latitude, longitude, an optional altitude, then parameters. */
    private static final Pattern GEO = Pattern.compile("geo:(-?\\d+(?:\\.\\d+)?),(-?\\d+(?:\\.\\d+)?)(?:,[^;]*)?(?:;.*)?",
            Pattern.CASE_INSENSITIVE);

    /** The recurrence rule properties of the subset agendum reads; any other is refused. */
    private static final Set<String> RULE_PROPERTIES = Set.of("@type", "frequency", "interval", "count", "until",
            "rscale", "skip", "firstDayOfWeek");

    private EntryReader() {}

    /** Reads an entry. */
    static Entry read(JsonIn in) throws EventFormatException {
        String uid = in.requiredString("uid");
        LocalDateTime start = localDateTime(in, "start").orElseThrow(
                () -> JsonIn.problem(Kind.MISSING_FIELD, "an Event must have a 'start' (RFC 8984 §5.1.1)", in.pointer("start")));
        return new Entry(in.pointer(), uid, parent(in), in.string("title"), in.string("description"),
                in.string("locale"), in.string(Vocabulary.KIND), topics(in), track(in), start, zone(in),
                duration(in), in.bool(Vocabulary.UNTIMED), in.string("status").orElse("confirmed"),
                in.unsignedInt("sequence").orElse(0), places(in), online(in), links(in), people(in),
                localizations(in), rule(in), excluded(in));
    }

    private static Optional<String> parent(JsonIn in) throws EventFormatException {
        Optional<JsonIn> related = in.object("relatedTo");
        if (related.isPresent()) {
            for (Map.Entry<String, JsonNode> relation : related.get().properties()) {
                JsonIn value = JsonIn.object(relation.getValue(), related.get().pointer(relation.getKey()), "a Relation");
                if (value.flags("relation").contains("parent")) {
                    return Optional.of(relation.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> topics(JsonIn in) throws EventFormatException {
        return in.flags("keywords");
    }

    private static Optional<String> track(JsonIn in) throws EventFormatException {
        for (String category : in.flags("categories")) {
            Optional<String> track = JsValues.trackOf(category);
            if (track.isPresent()) {
                return track;
            }
        }
        return Optional.empty();
    }

    /** A {@code LocalDateTime} property (RFC 8984 §1.4.4), if present. */
    static Optional<LocalDateTime> localDateTime(JsonIn in, String name) throws EventFormatException {
        Optional<String> text = in.string(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDateTime> value = JsValues.parseLocalDateTime(text.get());
        if (value.isEmpty()) {
            throw JsonIn.problem(Kind.INVALID_VALUE, "'" + name + "' is not a LocalDateTime such as 2020-01-15T13:00:00"
                    + " (no offset, no Z): " + text.get(), in.pointer(name));
        }
        return value;
    }

    private static Optional<ZoneId> zone(JsonIn in) throws EventFormatException {
        Optional<String> id = in.string("timeZone");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (id.get().startsWith("/")) {
            throw JsonIn.problem(Kind.UNSUPPORTED, "custom time zones ('timeZones', RFC 8984 §4.7.2) are not read: "
                    + id.get(), in.pointer("timeZone"));
        }
        try {
            return Optional.of(ZoneId.of(id.get()));
        } catch (DateTimeException e) {
            throw EventFormatException.atPointer(Kind.UNKNOWN_REFERENCE, "'timeZone' is not a time zone of the IANA"
                    + " database: " + id.get(), in.pointer("timeZone"), e);
        }
    }

    private static JsValues.NominalDuration duration(JsonIn in) throws EventFormatException {
        Optional<String> text = in.string("duration");
        if (text.isEmpty()) {
            return new JsValues.NominalDuration(0, java.time.Duration.ZERO);
        }
        return JsValues.parseDuration(text.get()).orElseThrow(() -> JsonIn.problem(Kind.INVALID_VALUE,
                "'duration' is not a Duration such as PT1H30M (RFC 8984 §1.4.6): " + text.get(), in.pointer("duration")));
    }

    private static List<Entry.Place> places(JsonIn in) throws EventFormatException {
        List<Entry.Place> places = new ArrayList<>();
        Optional<JsonIn> locations = in.object("locations");
        if (locations.isPresent()) {
            for (Map.Entry<String, JsonNode> location : locations.get().properties()) {
                JsonIn place = JsonIn.object(location.getValue(), locations.get().pointer(location.getKey()), "a Location");
                places.add(new Entry.Place(location.getKey(), place.string("name"), coordinates(place),
                        place.bool(Vocabulary.OVERFLOW)));
            }
        }
        return places;
    }

    private static Optional<GeoPoint> coordinates(JsonIn place) throws EventFormatException {
        Optional<String> uri = place.string("coordinates");
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        Matcher geo = GEO.matcher(uri.get());
        if (!geo.matches()) {
            throw JsonIn.problem(Kind.INVALID_VALUE, "'coordinates' is not a geo: URI (RFC 5870): " + uri.get(),
                    place.pointer("coordinates"));
        }
        try {
            return Optional.of(GeoPoint.of(Double.parseDouble(geo.group(1)), Double.parseDouble(geo.group(2))));
        } catch (InvariantViolationException e) {
            throw EventFormatException.atPointer(Kind.INVARIANT, e.getMessage(), place.pointer("coordinates"), e);
        }
    }

    private static Optional<Entry.Online> online(JsonIn in) throws EventFormatException {
        Optional<JsonIn> locations = in.object("virtualLocations");
        if (locations.isEmpty()) {
            return Optional.empty();
        }
        List<Map.Entry<String, JsonNode>> all = locations.get().properties();
        Map.Entry<String, JsonNode> chosen = null;
        for (Map.Entry<String, JsonNode> location : all) {
            if (chosen == null || location.getKey().equals(Vocabulary.ONLINE_KEY)) {
                chosen = location;
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        JsonIn location = JsonIn.object(chosen.getValue(), locations.get().pointer(chosen.getKey()), "a VirtualLocation");
        return Optional.of(new Entry.Online(location.uri("uri").orElseThrow(() -> JsonIn.problem(Kind.MISSING_FIELD,
                "a VirtualLocation must have a 'uri'", location.pointer("uri"))), location.string("name")));
    }

    private static List<Link> links(JsonIn in) throws EventFormatException {
        List<Link> links = new ArrayList<>();
        Optional<JsonIn> all = in.object("links");
        if (all.isPresent()) {
            for (Map.Entry<String, JsonNode> item : all.get().properties()) {
                JsonIn link = JsonIn.object(item.getValue(), all.get().pointer(item.getKey()), "a Link");
                java.net.URI href = link.uri("href").orElseThrow(() -> JsonIn.problem(Kind.MISSING_FIELD,
                        "a Link must have an 'href'", link.pointer("href")));
                Optional<String> title = link.string("title");
                try {
                    links.add(title.isPresent() ? Link.of(href, title.get()) : Link.of(href));
                } catch (InvariantViolationException e) {
                    throw EventFormatException.atPointer(Kind.INVARIANT, e.getMessage(), link.pointer(), e);
                }
            }
        }
        return links;
    }

    private static List<Entry.Person> people(JsonIn in) throws EventFormatException {
        List<Entry.Person> people = new ArrayList<>();
        Optional<JsonIn> all = in.object("participants");
        if (all.isPresent()) {
            for (Map.Entry<String, JsonNode> item : all.get().properties()) {
                JsonIn person = JsonIn.object(item.getValue(), all.get().pointer(item.getKey()), "a Participant");
                String name = person.string("name").or(() -> optional(person, "email")).orElse(item.getKey());
                people.add(new Entry.Person(item.getKey(), person.pointer(), name,
                        person.string("kind").filter("group"::equals).isPresent(), person.flags("roles")));
            }
        }
        return people;
    }

    /** A string property for an {@code or}: a wrong type is no value there, the name is taken instead. */
    private static Optional<String> optional(JsonIn in, String name) {
        try {
            return in.string(name);
        } catch (EventFormatException e) {
            return Optional.empty();
        }
    }

    private static List<Localization> localizations(JsonIn in) throws EventFormatException {
        List<Localization> localizations = new ArrayList<>();
        Optional<JsonIn> all = in.object("localizations");
        if (all.isPresent()) {
            for (Map.Entry<String, JsonNode> item : all.get().properties()) {
                JsonIn patch = JsonIn.object(item.getValue(), all.get().pointer(item.getKey()), "a PatchObject");
                Optional<String> title = patch.string("title");
                Optional<String> description = patch.string("description");
                if (title.isEmpty() && description.isEmpty()) {
                    continue;
                }
                try {
                    localizations.add(Localization.builder().language(item.getKey()).title(title)
                            .description(description).build());
                } catch (InvariantViolationException e) {
                    throw EventFormatException.atPointer(Kind.INVARIANT, e.getMessage(), patch.pointer(), e);
                }
            }
        }
        return localizations;
    }

    private static Optional<Entry.Rule> rule(JsonIn in) throws EventFormatException {
        if (in.has("excludedRecurrenceRules")) {
            throw JsonIn.problem(Kind.UNSUPPORTED, "'excludedRecurrenceRules' are not read: agendum's recurrence"
                    + " excludes dates only", in.pointer("excludedRecurrenceRules"));
        }
        List<JsonIn> rules = in.objects("recurrenceRules");
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        if (rules.size() > 1) {
            throw JsonIn.problem(Kind.UNSUPPORTED, "only one recurrence rule is read", in.pointer("recurrenceRules") + "/1");
        }
        JsonIn rule = rules.get(0);
        for (Map.Entry<String, JsonNode> property : rule.properties()) {
            if (!RULE_PROPERTIES.contains(property.getKey())) {
                throw JsonIn.problem(Kind.UNSUPPORTED, "a recurrence rule with '" + property.getKey() + "' is not read:"
                        + " agendum repeats on the first session's day", rule.pointer(property.getKey()));
            }
        }
        String frequency = rule.requiredString("frequency");
        if (!rule.string("rscale").orElse("gregorian").equals("gregorian")
                || !rule.string("skip").orElse("omit").equals("omit")) {
            throw JsonIn.problem(Kind.UNSUPPORTED, "only the gregorian calendar, skipping invalid dates, is read",
                    rule.pointer());
        }
        Optional<Integer> count = rule.unsignedInt("count");
        Optional<LocalDateTime> until = localDateTime(rule, "until");
        if (count.isPresent() && until.isPresent()) {
            throw JsonIn.problem(Kind.INVALID_VALUE, "a recurrence rule has 'count' or 'until', not both (RFC 8984"
                    + " §4.3.3)", rule.pointer("until"));
        }
        return Optional.of(new Entry.Rule(rule.pointer(), frequency, rule.unsignedInt("interval").orElse(1), count, until));
    }

    private static List<LocalDateTime> excluded(JsonIn in) throws EventFormatException {
        List<LocalDateTime> excluded = new ArrayList<>();
        Optional<JsonIn> overrides = in.object("recurrenceOverrides");
        if (overrides.isPresent()) {
            for (Map.Entry<String, JsonNode> item : overrides.get().properties()) {
                String pointer = overrides.get().pointer(item.getKey());
                LocalDateTime at = JsValues.parseLocalDateTime(item.getKey()).orElseThrow(() -> JsonIn.problem(
                        Kind.INVALID_VALUE, "a key of 'recurrenceOverrides' is not a LocalDateTime: " + item.getKey(), pointer));
                if (JsonIn.object(item.getValue(), pointer, "a PatchObject").bool("excluded")) {
                    excluded.add(at);
                }
            }
        }
        return excluded;
    }
}
