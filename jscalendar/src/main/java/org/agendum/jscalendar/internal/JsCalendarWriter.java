package org.agendum.jscalendar.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an event as a JSCalendar {@code Group} (RFC 8984 §5.3): the event's own {@code Event}
 * first, then one {@code Event} per agenda block in agenda order (parents before their children),
 * each with {@code relatedTo} its parent. One walk of the event, in document order.
 */
public final class JsCalendarWriter {

    private final Event event;
    private final Timetable timetable;
    private final String updated;
    private final ArrayNode entries = JsonNodeFactory.instance.arrayNode();

    private JsCalendarWriter(Event event, Instant now) {
        this.event = event;
        this.timetable = Timetable.of(event);
        this.updated = JsValues.utcDateTime(now);
    }

    /**
     * Returns the JSCalendar document of an event.
     *
     * @param event the event
     * @param now the time written as every object's {@code updated}
     * @return the document's tree: a Group
     */
    public static JsonNode write(Event event, Instant now) {
        JsCalendarWriter writer = new JsCalendarWriter(event, now);
        ObjectNode group = JsonNodeFactory.instance.objectNode();
        group.put("@type", "Group");
        group.put("uid", JsValues.groupUid(event.id()));
        group.put("updated", writer.updated);
        group.put("prodId", Vocabulary.PROD_ID);
        group.put("title", event.title());
        event.defaultLanguage().ifPresent(language -> group.put("locale", language));
        writer.entries.add(writer.eventEntry());
        LocalDateTime start = event.start();
        writer.blocks(event.agenda().blocks(), JsValues.eventUid(event.id()), start);
        group.set("entries", writer.entries);
        return group;
    }

    /** The event's own entry. */
    private ObjectNode eventEntry() {
        ObjectNode entry = entry(JsValues.eventUid(event.id()), event.revision());
        event.kind().ifPresent(kind -> entry.put(Vocabulary.KIND, Vocabulary.word(kind.name())));
        EntryParts parts = new EntryParts(entry, event);
        parts.texts(event.title(), event.description());
        event.defaultLanguage().ifPresent(language -> entry.put("locale", language));
        parts.keywords(event.topics());
        entry.put("start", JsValues.localDateTime(event.start()));
        entry.put("timeZone", event.zone().getId());
        eventDuration().ifPresent(duration -> entry.put("duration", duration));
        entry.put("status", Vocabulary.status(event.status()));
        parts.venue(event.venue());
        parts.online(event.onlineLocation());
        parts.links(event.links());
        parts.organizers(event.organizers());
        parts.localizations(event.localizations());
        return entry;
    }

    /** The event's end as a duration from its start (days, then time), else its maximum duration. */
    private Optional<String> eventDuration() {
        ZonedDateTime start = ZonedDateTime.of(event.start(), event.zone());
        return event.end().map(end -> JsValues.duration(start, ZonedDateTime.of(end, event.zone())))
                .or(() -> event.maximumDuration().map(JsValues::duration));
    }

    /**
     * Writes one level of blocks and, after each, its children.
     *
     * @param parentStart where an untimed block is said to start: its parent's start (for the
     *     children of a series, its first session's)
     */
    private void blocks(List<AgendaBlock> level, String parentUid, LocalDateTime parentStart) {
        for (AgendaBlock block : level) {
            String uid = JsValues.blockUid(event.id(), block.id());
            ObjectNode entry = entry(uid, event.revision());
            ObjectNode relation = JsonNodeFactory.instance.objectNode();
            relation.put("@type", "Relation");
            relation.putObject("relation").put("parent", true);
            entry.putObject("relatedTo").set(parentUid, relation);
            entry.put(Vocabulary.KIND, Vocabulary.word(block.kind().name()));
            EntryParts parts = new EntryParts(entry, event);
            parts.texts(block.title(), block.description());
            block.languages().stream().findFirst().ifPresent(language -> entry.put("locale", language));
            parts.keywords(block.topics());
            parts.track(block.track());
            Optional<TimeSpan> span = block.timing().flatMap(timing -> timetable.spanOf(block.id()));
            LocalDateTime start = span.map(s -> s.start().toLocalDateTime()).orElse(parentStart);
            entry.put("start", JsValues.localDateTime(start));
            entry.put("timeZone", event.zone().getId());
            if (span.isPresent()) {
                entry.put("duration", JsValues.duration(span.get().start(), span.get().end()));
            } else {
                entry.put(Vocabulary.UNTIMED, true);
            }
            entry.put("status", Vocabulary.status(block.status()));
            block.recurrence().ifPresent(recurrence -> parts.recurrence(recurrence, start));
            parts.places(block);
            parts.online(block.onlineLocation());
            parts.links(block.links());
            parts.people(block.moderators(), block.participants());
            parts.localizations(block.localizations());
            entries.add(entry);
            blocks(block.children(), uid, start);
        }
    }

    /** A new entry with the properties every entry has. */
    private ObjectNode entry(String uid, int revision) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("@type", "Event");
        entry.put("uid", uid);
        entry.put("updated", updated);
        if (revision > 0) {
            entry.put("sequence", revision);
        }
        return entry;
    }
}
