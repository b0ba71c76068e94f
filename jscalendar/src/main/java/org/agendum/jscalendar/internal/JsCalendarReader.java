package org.agendum.jscalendar.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventKind;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Localization;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSCalendar document into an event: a {@code Group} whose {@code Event} entries form one
 * event and its blocks (one entry without a parent among them, the others related to it by {@code
 * relatedTo} parents), or a single {@code Event}. {@code Task} entries of a Group are passed over; a
 * document that is a Task is refused.
 */
public final class JsCalendarReader {

    /** The deepest chain of parents read: as deep as the canonical JSON nests blocks. */
    static final int MAX_BLOCK_DEPTH = 48;

    /** What a floating event (no {@code timeZone}, RFC 8984 §4.7.1) is read in. */
    static final ZoneId FLOATING = ZoneOffset.UTC;

    private final Map<String, List<Entry>> childrenOf = new LinkedHashMap<>();
    private BlockReader blocks;
    private int placed;

    private JsCalendarReader() {}

    /**
     * Reads a document's tree into an event.
     *
     * @param tree the document
     * @return the event
     * @throws EventFormatException if the document is not an event this format reads
     */
    public static Event read(JsonNode tree) throws EventFormatException {
        JsonIn top = JsonIn.object(tree, "", "a JSCalendar document");
        String type = top.string("@type").orElseThrow(() -> JsonIn.problem(Kind.MISSING_FIELD,
                "a JSCalendar object must have an '@type' (RFC 8984 §4.1.1)", "/@type"));
        List<Entry> entries = new ArrayList<>();
        Optional<String> groupTitle = Optional.empty();
        switch (type) {
            case "Event":
                entries.add(EntryReader.read(top));
                break;
            case "Group":
                groupTitle = top.string("title");
                if (!top.has("entries")) {
                    throw JsonIn.problem(Kind.MISSING_FIELD, "a Group must have 'entries' (RFC 8984 §5.3.1)", "/entries");
                }
                for (JsonIn item : top.objects("entries")) {
                    String itemType = item.requiredString("@type");
                    if (itemType.equals("Event")) {
                        entries.add(EntryReader.read(item));
                    } else if (!itemType.equals("Task")) {
                        throw JsonIn.problem(Kind.INVALID_VALUE, "an entry of a Group is an Event or a Task, not "
                                + itemType, item.pointer("@type"));
                    }
                }
                if (entries.isEmpty()) {
                    throw JsonIn.problem(Kind.MISSING_FIELD, "the Group has no Event: agendum reads events", "/entries");
                }
                break;
            case "Task":
                throw JsonIn.problem(Kind.UNSUPPORTED, "a Task is not an event: agendum reads an Event or a Group of"
                        + " Events", "/@type");
            default:
                throw JsonIn.problem(Kind.INVALID_VALUE, "'@type' is Event, Group or Task, not " + type, "/@type");
        }
        return new JsCalendarReader().event(entries, groupTitle);
    }

    private Event event(List<Entry> entries, Optional<String> groupTitle) throws EventFormatException {
        Set<String> uids = new HashSet<>();
        for (Entry entry : entries) {
            if (!uids.add(entry.uid())) {
                throw JsonIn.problem(Kind.INVALID_VALUE, "two entries have the uid " + entry.uid(), entry.pointer() + "/uid");
            }
        }
        List<Entry> roots = new ArrayList<>();
        for (Entry entry : entries) {
            Optional<String> parent = entry.parentUid().filter(uids::contains);
            if (parent.isPresent()) {
                childrenOf.computeIfAbsent(parent.get(), uid -> new ArrayList<>()).add(entry);
            } else {
                roots.add(entry);
            }
        }
        if (roots.size() != 1) {
            throw JsonIn.problem(roots.isEmpty() ? Kind.INVALID_VALUE : Kind.UNSUPPORTED, roots.isEmpty()
                    ? "every entry names a parent: the entries' relations form a cycle"
                    : "the Group has " + roots.size() + " Events without a parent among its entries; agendum reads one"
                            + " event, whose blocks name it (or another block) as their parent",
                    roots.isEmpty() ? "/entries" : roots.get(1).pointer());
        }
        Entry root = roots.get(0);
        ZoneId zone = root.zone().orElse(FLOATING);
        blocks = new BlockReader(zone);
        List<AgendaBlock> top = new ArrayList<>(children(root.uid(), 1, false));
        if (placed < entries.size() - 1) {
            // An entry whose chain of parents never reaches the event: the chain is a cycle.
            throw JsonIn.problem(Kind.INVALID_VALUE, "the parents named in 'relatedTo' form a cycle, apart from the"
                    + " event", "/entries");
        }
        if (root.rule().isPresent()) {
            top.add(0, blocks.series(root));
        }
        return build(root, groupTitle, zone, top);
    }

    /** The blocks whose parent is an entry, each with its own children. */
    private List<AgendaBlock> children(String parentUid, int depth, boolean inSeries) throws EventFormatException {
        List<Entry> entries = childrenOf.getOrDefault(parentUid, List.of());
        List<AgendaBlock> children = new ArrayList<>();
        for (Entry entry : entries) {
            if (depth > MAX_BLOCK_DEPTH) {
                throw JsonIn.problem(Kind.LIMIT, "blocks are nested more than " + MAX_BLOCK_DEPTH + " levels deep",
                        entry.pointer() + "/relatedTo");
            }
            placed++;
            boolean series = entry.rule().isPresent();
            children.add(blocks.block(entry, inSeries, children(entry.uid(), depth + 1, inSeries || series)));
        }
        return children;
    }

    private Event build(Entry root, Optional<String> groupTitle, ZoneId zone, List<AgendaBlock> top)
            throws EventFormatException {
        String title = root.title().or(() -> groupTitle).orElseThrow(() -> JsonIn.problem(Kind.MISSING_FIELD,
                "the event has no 'title': agendum needs one", root.pointer() + "/title"));
        Event.Builder event = Event.builder()
                .id(JsValues.idInUid(root.uid()).orElse(root.uid()))
                .title(title)
                .description(root.description())
                .addAllTopics(root.topics())
                .addAllLanguages(languages(root.locale(), root.localizations()))
                .addAllLocalizations(root.localizations())
                .status(Vocabulary.eventStatus(root.status()).orElseThrow(() -> badStatus(root)))
                .revision(root.sequence())
                .zone(zone)
                .start(root.start())
                .addAllLinks(root.links())
                .addAllOrganizers(blocks.organizers(root));
        if (root.kind().isPresent()) {
            event.kind(Vocabulary.enumOf(EventKind.class, root.kind().get()).orElseThrow(() -> JsonIn.problem(
                    Kind.INVALID_VALUE, "not a kind of event: " + root.kind().get(), root.pointer() + "/" + Vocabulary.KIND)));
        }
        end(root, zone).ifPresent(event::end);
        blocks.venue(root).ifPresent(event::venue);
        blocks.online(root).ifPresent(event::onlineLocation);
        event.attendanceMode(root.online().isEmpty() ? AttendanceMode.IN_PERSON
                : root.places().isEmpty() ? AttendanceMode.ONLINE : AttendanceMode.MIXED);
        try {
            return event.agenda(Agenda.builder().addAllBlocks(top).build()).build();
        } catch (InvariantViolationException e) {
            throw EventFormatException.atPointer(Kind.INVARIANT, e.getMessage(), root.pointer(), e);
        }
    }

    /** The event's end: its start plus its duration, in its zone; none for a zero duration. */
    private static Optional<LocalDateTime> end(Entry root, ZoneId zone) {
        if (root.duration().days() == 0 && root.duration().time().isZero()) {
            return Optional.empty();
        }
        ZonedDateTime start = ZonedDateTime.of(root.start(), zone);
        return Optional.of(start.plusDays(root.duration().days()).plus(root.duration().time()).toLocalDateTime());
    }

    /** The event's languages: its locale first, then the languages it is localized into. */
    static List<String> languages(Optional<String> locale, List<Localization> localizations) {
        Set<String> languages = new LinkedHashSet<>();
        locale.ifPresent(languages::add);
        localizations.forEach(localization -> languages.add(localization.language()));
        return new ArrayList<>(languages);
    }

    /** An entry's status that is none of RFC 8984's three. */
    static EventFormatException badStatus(Entry entry) {
        return JsonIn.problem(Kind.INVALID_VALUE, "'status' is confirmed, tentative or cancelled, not "
                + entry.status(), entry.pointer() + "/status");
    }
}
