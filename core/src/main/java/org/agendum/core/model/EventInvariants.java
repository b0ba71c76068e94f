package org.agendum.core.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/** The invariants of {@link Event} that involve more than one attribute, checked when an event is built. */
final class EventInvariants {

    private EventInvariants() {}

    /**
     * Checks the invariants of an event that span its attributes: texts, dates, display zones, party ids,
     * the agenda's range and the blocks its deadlines name.
     *
     * @param event the event Immutables is about to return
     * @throws InvariantViolationException naming the first invariant broken
     */
    static void check(Event event) {
        Checks.id(event.id(), "/id");
        Checks.text(event.title(), "/title");
        Checks.text(event.subtitle(), "/subtitle");
        Checks.text(event.description(), "/description");
        Checks.texts(event.topics(), "/topics");
        Checks.texts(event.audiences(), "/audiences");
        Checks.texts(event.objectives(), "/objectives");
        Checks.texts(event.frameworks(), "/frameworks");
        Checks.texts(event.methodology(), "/methodology");
        Checks.languages(event.languages(), "/languages");
        if (event.revision() < 0) {
            throw Checks.violation(Invariant.NEGATIVE_REVISION, "/revision",
                    "revision " + event.revision() + " must be 0 or more");
        }
        Checks.text(event.statusNote(), "/statusNote");
        event.previousStart().ifPresent(previous -> Checks.year(previous.toLocalDate(), "/previousStart"));
        Checks.year(event.start().toLocalDate(), "/start");
        event.end().ifPresent(end -> Checks.year(end.toLocalDate(), "/end"));
        event.end().ifPresent(end -> {
            if (!end.isAfter(event.start())) {
                throw Checks.violation(Invariant.EVENT_END_NOT_AFTER_START, "/end",
                        "event end " + end + " must be after its start " + event.start());
            }
        });
        event.maximumDuration().ifPresent(max -> {
            Checks.positive(max, "/maximumDuration");
            Checks.onTimeLine(() -> event.start().plus(max), "/maximumDuration",
                    "the event's start plus its maximum duration " + max);
            Checks.year(event.start().plus(max).toLocalDate(), "/maximumDuration");
        });
        Set<ZoneId> zones = new HashSet<>();
        for (int i = 0; i < event.displayZones().size(); i++) {
            if (!zones.add(event.displayZones().get(i).zone())) {
                throw Checks.violation(Invariant.DUPLICATE_DISPLAY_ZONE, "/displayZones/" + i,
                        "zone " + event.displayZones().get(i).zone() + " is already a display zone");
            }
        }
        checkPartyIds(event);
        checkRoomsAndTracks(event);
        checkAgendaEndsInRange(event);
        checkDeadlineBlocks(event);
        checkLocalizations(event);
    }

    /** Localizations are in other languages than the default, which must be known. */
    private static void checkLocalizations(Event event) {
        String defaultLanguage = event.defaultLanguage().orElse(null);
        Languages.unique(event.localizations(), "/localizations");
        Languages.localizedBeside(event.localizations(), defaultLanguage, "/localizations");
        Agenda.forEachBlock(event.agenda().blocks(), "/agenda/blocks", (block, path) -> {
            if (!block.localizations().isEmpty()) {
                Languages.localizedBeside(block.localizations(), defaultLanguage, path + "/localizations");
            }
        });
    }

    /**
     * Every block a deadline of the event names is in its agenda. A block's own registration
     * deadline can only name that block ({@link AgendaBlock}'s check), which is in the agenda.
     */
    private static void checkDeadlineBlocks(Event event) {
        Set<String> ids = null;
        Optional<Deadline> registration = event.registration().flatMap(Registration::deadline);
        for (int i = -1; i < event.deadlines().size(); i++) {
            Optional<Deadline> deadline = i < 0 ? registration : Optional.of(event.deadlines().get(i));
            Optional<String> named = deadline.flatMap(Deadline::blockId);
            if (named.isEmpty()) {
                continue;
            }
            if (ids == null) {
                Set<String> all = new HashSet<>();
                Agenda.forEachBlock(event.agenda().blocks(), "/agenda/blocks", (block, path) -> all.add(block.id()));
                ids = all;
            }
            if (!ids.contains(named.get())) {
                throw Checks.violation(Invariant.UNKNOWN_BLOCK_REFERENCE,
                        (i < 0 ? "/registration/deadline" : "/deadlines/" + i) + "/block",
                        "the deadline names block '" + Checks.shown(named.get()) + "', which is not in the agenda");
            }
        }
    }

    /**
     * Rooms and tracks are defined once: ids unique among rooms and among tracks, and, where the event
     * declares any, every block's reference names a declared one.
     */
    private static void checkRoomsAndTracks(Event event) {
        Set<String> rooms = declared(event.rooms(), Room::id, Invariant.DUPLICATE_ROOM_ID, "/rooms", "room");
        Set<String> tracks = declared(event.tracks(), Track::id, Invariant.DUPLICATE_TRACK_ID, "/tracks", "track");
        if (rooms.isEmpty() && tracks.isEmpty()) {
            return;
        }
        Agenda.forEachBlock(event.agenda().blocks(), "/agenda/blocks", (block, path) -> {
            if (!rooms.isEmpty()) {
                block.room().ifPresent(room -> known(rooms, room, Invariant.UNKNOWN_ROOM, () -> path + "/room"));
                for (int i = 0; i < block.overflowRooms().size(); i++) {
                    int index = i;
                    known(rooms, block.overflowRooms().get(i), Invariant.UNKNOWN_ROOM,
                            () -> path + "/overflowRooms/" + index);
                }
            }
            if (!tracks.isEmpty()) {
                block.track().ifPresent(track -> known(tracks, track, Invariant.UNKNOWN_TRACK, () -> path + "/track"));
            }
        });
    }

    /** The ids of an event's rooms or tracks, each once. */
    private static <T> Set<String> declared(List<T> values, Function<T, String> id, Invariant duplicate, String path,
            String noun) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!ids.add(id.apply(values.get(i)))) {
                throw Checks.violation(duplicate, path + "/" + i + "/id",
                        noun + " id '" + id.apply(values.get(i)) + "' is already the id of another " + noun);
            }
        }
        return ids;
    }

    /** A block's reference to a room or track; the path is spelt only to report it. */
    private static void known(Set<String> ids, String reference, Invariant unknown, Supplier<String> path) {
        if (!ids.contains(reference)) {
            String noun = unknown == Invariant.UNKNOWN_ROOM ? "room" : "track";
            throw Checks.violation(unknown, path.get(), "block refers to " + noun + " '" + Checks.shown(reference)
                    + "', which is not the id of one of the event's " + noun + "s; declare it, or use one of "
                    + new TreeSet<>(ids));
        }
    }

    /**
     * No block can be placed past the last year: a block starts at the latest at the latest
     * wall-clock time written in the event, and the agenda adds at most the sum of its durations.
     */
    private static void checkAgendaEndsInRange(Event event) {
        LocalDateTime latest = event.end().filter(e -> e.isAfter(event.start())).orElse(event.start());
        Duration total = Duration.ZERO;
        List<AgendaBlock> pending = new ArrayList<>(event.agenda().blocks());
        while (!pending.isEmpty()) {
            AgendaBlock block = pending.remove(pending.size() - 1);
            if (!block.children().isEmpty()) {
                pending.addAll(block.children());
            }
            // Each optional read once: the accessors make a new Optional every time.
            Timing timing = block.timing().orElse(null);
            if (timing != null) {
                LocalDate date = timing instanceof Slot ? ((Slot) timing).date().orElse(null) : null;
                if (date != null) {
                    LocalDateTime slotEnd = ((Slot) timing).endOn(date);
                    latest = slotEnd.isAfter(latest) ? slotEnd : latest;
                }
                try {
                    total = total.plus(timing.duration());
                } catch (ArithmeticException e) {
                    throw Checks.violation(Invariant.DATE_OUT_OF_RANGE, "/agenda", "the agenda's durations add up to more than "
                            + "java.time can count");
                }
            }
        }
        LocalDateTime from = latest;
        Duration length = total;
        Checks.onTimeLine(() -> from.plus(length), "/agenda", "the end of the agenda");
        Checks.year(from.plus(length).toLocalDate(), "/agenda");
    }

    /** One id, one party: walks every place a party can appear, nested organizations included. */
    private static void checkPartyIds(Event event) {
        Map<String, Party> byId = new HashMap<>();
        for (int i = 0; i < event.organizers().size(); i++) {
            int index = i;
            register(byId, event.organizers().get(i), () -> "/organizers/" + index);
        }
        for (int i = 0; i < event.partners().size(); i++) {
            int index = i;
            register(byId, event.partners().get(i), () -> "/partners/" + index);
        }
        for (int i = 0; i < event.contacts().size(); i++) {
            int index = i;
            register(byId, event.contacts().get(i).party(), () -> "/contacts/" + index + "/party");
        }
        // Paths are spelt only for a violation: the walk's path is the current block's until the visitor returns.
        Agenda.forEachBlock(event.agenda().blocks(), "/agenda/blocks", (block, path) -> {
            for (int i = 0; i < block.moderators().size(); i++) {
                int index = i;
                register(byId, block.moderators().get(i).party(), () -> path + "/moderators/" + index + "/party");
            }
            for (int i = 0; i < block.participants().size(); i++) {
                int index = i;
                register(byId, block.participants().get(i).party(), () -> path + "/participants/" + index + "/party");
            }
        });
    }

    private static void register(Map<String, Party> byId, Party party, Supplier<String> path) {
        if (party instanceof Organization) {
            registerUpwards(byId, (Organization) party, path);
        } else if (registered(byId, party, path)) {
            List<Position> positions = ((Person) party).positions();
            for (int i = 0; i < positions.size(); i++) {
                Optional<Organization> organization = positions.get(i).organization();
                if (organization.isPresent()) {
                    int index = i;
                    registerUpwards(byId, organization.get(), () -> path.get() + "/positions/" + index + "/organization");
                }
            }
        }
    }

    /** An organization and those above it, up to the first one already registered: a loop, not a recursion. */
    private static void registerUpwards(Map<String, Party> byId, Organization organization, Supplier<String> path) {
        Organization current = organization;
        int parents = 0;
        while (current != null && registered(byId, current, parents == 0 ? path : parentPath(path, parents))) {
            current = current.parent().orElse(null);
            parents++;
        }
    }

    private static Supplier<String> parentPath(Supplier<String> path, int parents) {
        return () -> path.get() + "/parent".repeat(parents);
    }

    /** Registers a party by its id: true if it is new, false if it (or an equal party) was there already. */
    private static boolean registered(Map<String, Party> byId, Party party, Supplier<String> path) {
        Party known = byId.putIfAbsent(party.id(), party);
        if (known != null && known != party && !known.equals(party)) {
            throw Checks.violation(Invariant.CONFLICTING_PARTY_ID, path.get() + "/id",
                    "party id '" + party.id() + "' names both '" + known.displayName() + "' and '"
                            + party.displayName() + "'; define each party once and reuse it");
        }
        return known == null;
    }
}
