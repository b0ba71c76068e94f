package org.agendum.core.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Event;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Room;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.validation.Reporter;
import org.agendum.core.validation.ValidationContext;

/**
 * Checks of the rooms and tracks the blocks name, where the event does not declare them, and of the
 * seats a block offers in the rooms it declares.
 */
public final class RoomChecks {

    private RoomChecks() {}

    /**
     * ROOM_NAME_VARIANTS: in an event that declares no rooms, two room names of its blocks (their rooms
     * and overflow rooms) that differ only in case or spacing.
     */
    public static void roomNameVariants(ValidationContext context, Reporter reporter) {
        if (context.event().rooms().isEmpty()) {
            variants(context, reporter, "room", ScheduleChecks::roomsOf);
        }
    }

    /**
     * TRACK_NAME_VARIANTS: in an event that declares no tracks, two track names of its blocks that differ
     * only in case or spacing.
     */
    public static void trackNameVariants(ValidationContext context, Reporter reporter) {
        if (context.event().tracks().isEmpty()) {
            variants(context, reporter, "track", block -> block.track().map(List::of).orElse(List.of()));
        }
    }

    /**
     * BLOCK_OVER_ROOM_CAPACITY: a block that takes place and whose own registration offers a number of
     * seats above what its declared room holds, with its overflow rooms (each counted once) when it has
     * some. Silent when the block offers no number, when its room or an overflow room is not declared
     * (the event declares no rooms) or states no capacity, and for a cancelled or postponed block and
     * what is nested in one. A series is reported once, at the block as written.
     */
    public static void blockOverRoomCapacity(ValidationContext context, Reporter reporter) {
        Event event = context.event();
        if (event.rooms().isEmpty()) {
            return;
        }
        Set<String> withdrawn = null;
        for (ScheduledBlock scheduled : BlockChecks.written(context.timetable().blocks())) {
            AgendaBlock block = scheduled.block();
            OptionalInt seats = block.registration().flatMap(Registration::capacity).map(Capacity::seats)
                    .orElse(OptionalInt.empty());
            Optional<List<Room>> rooms = seats.isPresent() && block.room().isPresent()
                    ? declared(event, ScheduleChecks.roomsOf(block)) : Optional.empty();
            if (rooms.isEmpty()) {
                continue;
            }
            long held = rooms.get().stream().mapToLong(room -> room.capacity().get()).sum();
            withdrawn = withdrawn == null ? BlockChecks.withdrawn(context.timetable()) : withdrawn;
            if (seats.getAsInt() > held && !withdrawn.contains(block.id())) {
                reporter.report(scheduled.path() + "/registration/capacity", Describe.block(block) + " offers "
                        + seats.getAsInt() + " seats, more than " + holding(rooms.get(), held));
            }
        }
    }

    /** The declared rooms of these ids, when every one is declared and states its capacity. */
    private static Optional<List<Room>> declared(Event event, List<String> ids) {
        List<Room> rooms = new ArrayList<>(ids.size());
        for (String id : ids) {
            Optional<Room> room = event.room(id).filter(r -> r.capacity().isPresent());
            if (room.isEmpty()) {
                return Optional.empty();
            }
            rooms.add(room.get());
        }
        return Optional.of(rooms);
    }

    /**
     * "its room 'Sala B' holds (40)"; with overflow rooms, "its room 'Aula' (120) and its overflow rooms
     * 'Sala B' (40), 'Sala C' (30) hold together (190)".
     */
    private static String holding(List<Room> rooms, long held) {
        String room = "its room '" + rooms.get(0).name() + "'";
        if (rooms.size() == 1) {
            return room + " holds (" + held + ")";
        }
        return room + " (" + rooms.get(0).capacity().get() + ") and its overflow "
                + (rooms.size() == 2 ? "room " : "rooms ")
                + rooms.subList(1, rooms.size()).stream().map(r -> "'" + r.name() + "' (" + r.capacity().get() + ")")
                        .collect(Collectors.joining(", "))
                + " hold together (" + held + ")";
    }

    /**
     * Of the spellings of one name, the first in character order stands for the name; each other one is
     * reported at the block with the smallest id among those that use it, so that the findings do not
     * depend on the order of the blocks.
     */
    private static void variants(ValidationContext context, Reporter reporter, String noun,
            Function<AgendaBlock, List<String>> names) {
        Map<String, TreeMap<String, ScheduledBlock>> byKey = new HashMap<>();
        for (ScheduledBlock scheduled : context.timetable().blocks()) {
            for (String name : names.apply(scheduled.block())) {
                byKey.computeIfAbsent(key(name), k -> new TreeMap<>())
                        .merge(name, scheduled, (a, b) -> a.id().compareTo(b.id()) <= 0 ? a : b);
            }
        }
        for (TreeMap<String, ScheduledBlock> spellings : byKey.values()) {
            String first = spellings.firstKey();
            spellings.tailMap(first, false).forEach((name, scheduled) -> reporter.report(scheduled.path(),
                    Describe.block(scheduled.block()) + " names " + noun + " '" + name + "', which differs from '" + first
                            + "', as another block names it, only in case or spacing; declare the event's " + noun
                            + "s and refer to each by its id"));
        }
    }

    /** A name without case or spacing: what two spellings of one room or track have in common. */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .map(c -> Character.toLowerCase(Character.toUpperCase(c))).forEach(key::appendCodePoint);
        return key.toString();
    }
}
