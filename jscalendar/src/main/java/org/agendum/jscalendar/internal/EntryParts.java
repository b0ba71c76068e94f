package org.agendum.jscalendar.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.Link;
import org.agendum.core.model.Localization;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Room;
import org.agendum.core.model.Venue;
import tools.jackson.databind.node.ObjectNode;

/**
 * The properties of one entry that the event's entry and the blocks' share: texts, places,
 * people, links, localizations and recurrence (RFC 8984 §4.2–§4.6), each added to the entry only
 * when the model has something to say.
 */
final class EntryParts {

    private final ObjectNode entry;
    private final Event event;

    EntryParts(ObjectNode entry, Event event) {
        this.entry = entry;
        this.event = event;
    }

    /** {@code title} and {@code description}. */
    void texts(String title, Optional<String> description) {
        entry.put("title", title);
        description.ifPresent(text -> entry.put("description", text));
    }

    /** {@code keywords} (§4.2.9): the topics, a set of strings. */
    void keywords(List<String> topics) {
        if (!topics.isEmpty()) {
            ObjectNode keywords = entry.putObject("keywords");
            topics.forEach(topic -> keywords.put(topic, true));
        }
    }

    /** {@code categories} (§4.2.10): the block's track as a URI, {@code urn:agendum:track:} and its id. */
    void track(Optional<String> track) {
        track.ifPresent(id -> entry.putObject("categories").put(JsValues.trackUri(id), true));
    }

    /** The event's venue as the location {@code venue}. */
    void venue(Optional<Venue> venue) {
        venue.ifPresent(v -> location(entry.putObject("locations"), Vocabulary.VENUE_KEY, v.name(),
                v.address().map(address -> address.toSingleLine()), v.geo()));
    }

    /**
     * A block's room and overflow rooms (by their ids, named as the event declares them; an
     * overflow room marked so) and its own venue, as locations.
     */
    void places(AgendaBlock block) {
        if (block.room().isEmpty() && block.overflowRooms().isEmpty() && block.venue().isEmpty()) {
            return;
        }
        ObjectNode locations = entry.putObject("locations");
        block.room().ifPresent(id -> room(locations, id));
        for (String id : block.overflowRooms()) {
            room(locations, id).put(Vocabulary.OVERFLOW, true);
        }
        block.venue().ifPresent(v -> location(locations, Vocabulary.VENUE_KEY, v.name(),
                v.address().map(address -> address.toSingleLine()), v.geo()));
    }

    private ObjectNode room(ObjectNode locations, String id) {
        Optional<Room> room = event.room(id);
        return location(locations, JsValues.toId(id), room.map(Room::displayName).orElse(id), Optional.empty(),
                room.flatMap(Room::venue).flatMap(Venue::geo));
    }

    private static ObjectNode location(ObjectNode locations, String key, String name, Optional<String> description,
            Optional<GeoPoint> geo) {
        ObjectNode location = locations.putObject(key);
        location.put("@type", "Location");
        location.put("name", name);
        description.ifPresent(text -> location.put("description", text));
        geo.ifPresent(point -> location.put("coordinates", geoUri(point)));
        return location;
    }

    /** RFC 5870's geo URI, with the shortest plain decimals that give the same doubles back. */
    static String geoUri(GeoPoint point) {
        return "geo:" + BigDecimal.valueOf(point.latitude()).toPlainString() + ","
                + BigDecimal.valueOf(point.longitude()).toPlainString();
    }

    /**
     * The online location's URL as the virtual location {@code online}, named by its platform. The
     * passcode is never written; nor is the meeting id, which a JSCalendar client could not place.
     */
    void online(Optional<OnlineLocation> online) {
        online.flatMap(OnlineLocation::url).ifPresent(url -> {
            ObjectNode location = entry.putObject("virtualLocations").putObject(Vocabulary.ONLINE_KEY);
            location.put("@type", "VirtualLocation");
            online.get().platform().ifPresent(platform -> location.put("name", platform));
            location.put("uri", url.toString());
        });
    }

    /** {@code links} (§4.2.7), keyed by their position, with the label as the title. */
    void links(List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        ObjectNode all = entry.putObject("links");
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            ObjectNode node = all.putObject("link" + (i + 1));
            node.put("@type", "Link");
            node.put("href", link.url().toString());
            link.label().ifPresent(label -> node.put("title", label));
        }
    }

    /** The event's organizers as participants with the role {@code owner}. */
    void organizers(List<Party> organizers) {
        Map<Party, Set<String>> roles = new LinkedHashMap<>();
        organizers.forEach(party -> roles.computeIfAbsent(party, p -> new LinkedHashSet<>()).add("owner"));
        participants(roles);
    }

    /**
     * A block's moderators ({@code chair} and agendum's role) and participants ({@code attendee}
     * and agendum's role), one participant per party, in the order they first appear.
     */
    void people(List<Moderator> moderators, List<Participant> participants) {
        Map<Party, Set<String>> roles = new LinkedHashMap<>();
        for (Moderator moderator : moderators) {
            Set<String> of = roles.computeIfAbsent(moderator.party(), p -> new LinkedHashSet<>());
            of.add("chair");
            of.add(Vocabulary.role(moderator.role()));
        }
        for (Participant participant : participants) {
            Set<String> of = roles.computeIfAbsent(participant.party(), p -> new LinkedHashSet<>());
            of.add("attendee");
            of.add(Vocabulary.role(participant.role()));
        }
        participants(roles);
    }

    private void participants(Map<Party, Set<String>> roles) {
        if (roles.isEmpty()) {
            return;
        }
        ObjectNode all = entry.putObject("participants");
        roles.forEach((party, of) -> {
            ObjectNode node = all.putObject(JsValues.toId(party.id()));
            node.put("@type", "Participant");
            node.put("name", party.name());
            node.put("kind", party instanceof Organization ? "group" : "individual");
            ObjectNode flags = node.putObject("roles");
            of.forEach(role -> flags.put(role, true));
        });
    }

    /** {@code localizations} (§4.6.1): a patch of the title and description per language. */
    void localizations(List<Localization> localizations) {
        ObjectNode all = null;
        for (Localization localization : localizations) {
            if (localization.title().isEmpty() && localization.description().isEmpty()) {
                continue;
            }
            if (all == null) {
                all = entry.putObject("localizations");
            }
            ObjectNode patch = all.putObject(localization.language());
            localization.title().ifPresent(title -> patch.put("title", title));
            localization.description().ifPresent(text -> patch.put("description", text));
        }
    }

    /**
     * {@code recurrenceRules} (§4.3.3), one rule, and the excluded dates as {@code
     * recurrenceOverrides} with {@code excluded} (§4.3.5, §4.3.6) at the session's start. An until
     * date is the start of a session on that day, the last one the rule may give.
     */
    void recurrence(Recurrence recurrence, LocalDateTime first) {
        ObjectNode rule = entry.putArray("recurrenceRules").addObject();
        rule.put("@type", "RecurrenceRule");
        rule.put("frequency", Vocabulary.word(recurrence.frequency().name()));
        if (recurrence.interval() != 1) {
            rule.put("interval", recurrence.interval());
        }
        recurrence.count().ifPresent(count -> rule.put("count", count));
        recurrence.until().ifPresent(until -> rule.put("until", JsValues.localDateTime(until.atTime(first.toLocalTime()))));
        if (!recurrence.excludedDates().isEmpty()) {
            ObjectNode overrides = entry.putObject("recurrenceOverrides");
            for (LocalDate date : recurrence.excludedDates()) {
                overrides.putObject(JsValues.localDateTime(date.atTime(first.toLocalTime()))).put("excluded", true);
            }
        }
    }
}
