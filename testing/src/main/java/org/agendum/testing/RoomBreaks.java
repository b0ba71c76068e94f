package org.agendum.testing;

import static org.agendum.testing.EventEdits.replaceTopLevel;
import static org.agendum.testing.EventEdits.withBlocks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Event;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Room;
import org.agendum.core.model.Track;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/**
 * The rule breakers of {@link RuleBreaker} for rooms and tracks named two ways (ROOM_NAME_VARIANTS,
 * TRACK_NAME_VARIANTS): the event's declared rooms (tracks) become names again, as the blocks print
 * them, and the last two top-level blocks name one room (track) in two spellings that differ only in
 * spacing; and for a block offering more seats than its rooms hold (BLOCK_OVER_ROOM_CAPACITY).
 */
final class RoomBreaks {

    private RoomBreaks() {}

    /** The second-to-last block in a room (its own, else "Sala 1"), the last in the same name with a space more. */
    static Event roomNameVariants(Event event) {
        Event base = withBlocks(event, 2);
        Map<String, String> names = base.rooms().stream().collect(Collectors.toMap(Room::id, Room::name));
        base = base.withRooms(List.of()).withAgenda(renamed(base.agenda(), block -> block
                .withRoom(block.room().map(room -> names.getOrDefault(room, room)))
                .withOverflowRooms(block.overflowRooms().stream().map(room -> names.getOrDefault(room, room)).toList())));
        List<AgendaBlock> blocks = base.agenda().blocks();
        int last = blocks.size() - 1;
        String name = blocks.get(last - 1).room().orElse("Sala 1");
        Agenda agenda = replaceTopLevel(base.agenda(), last - 1, blocks.get(last - 1).withRoom(name));
        return base.withAgenda(replaceTopLevel(agenda, last, blocks.get(last).withRoom(spacedOut(name))));
    }

    /**
     * The second-to-last block in a track (its own, else "Pista B"), the last in the same name with a space
     * more. Both become slots at the times they had, so that no block moves with its track.
     */
    static Event trackNameVariants(Event event) {
        Event base = withBlocks(event, 2);
        Map<String, String> names = base.tracks().stream().collect(Collectors.toMap(Track::id, Track::name));
        base = base.withTracks(List.of()).withAgenda(renamed(base.agenda(),
                block -> block.withTrack(block.track().map(track -> names.getOrDefault(track, track)))));
        Timetable timetable = Timetable.of(base);
        List<AgendaBlock> blocks = base.agenda().blocks();
        int last = blocks.size() - 1;
        String name = blocks.get(last - 1).track().orElse("Pista B");
        Agenda agenda = replaceTopLevel(base.agenda(), last - 1, fixed(blocks.get(last - 1), timetable).withTrack(name));
        return base.withAgenda(replaceTopLevel(agenda, last, fixed(blocks.get(last), timetable).withTrack(spacedOut(name))));
    }

    /**
     * Declares the rooms the blocks name, if the event declares none; puts a top-level block in a new room
     * "Sala del taller" if it has none; gives each room it books (its room, its overflow rooms) that states
     * no capacity one of 10 to 60 seats; and makes the block's own registration (added if it has none)
     * offer 1 to 10 seats more than those rooms hold together.
     */
    static Event blockOverRoomCapacity(Dice dice, Event event) {
        Event base = declared(withBlocks(event, 1));
        int at = dice.below(base.agenda().blocks().size());
        AgendaBlock block = base.agenda().blocks().get(at);
        List<Room> rooms = new ArrayList<>(base.rooms());
        if (block.room().isEmpty()) {
            String id = EventEdits.fresh("sala-del-taller", rooms.stream().map(Room::id).collect(Collectors.toSet()));
            rooms.add(Room.of(id, "Sala del taller"));
            block = block.withRoom(id);
        }
        Set<String> booked = new LinkedHashSet<>(block.overflowRooms());
        booked.add(block.room().get());
        rooms.replaceAll(room -> booked.contains(room.id()) && room.capacity().isEmpty()
                ? room.withCapacity(dice.between(10, 60)) : room);
        int held = RoomDraw.held(block, rooms).orElseThrow();
        Registration registration = block.registration().orElseGet(() -> Registration.builder().build());
        block = block.withRegistration(registration.withCapacity(Capacity.ofSeats(held + dice.between(1, 10))));
        return base.withRooms(rooms).withAgenda(replaceTopLevel(base.agenda(), at, block));
    }

    /**
     * The event declaring the rooms its blocks name at any depth ("room-1", "room-2", ... in the order they
     * are first named), the blocks referring to them by id; as it is where it declares rooms or its blocks
     * name none.
     */
    private static Event declared(Event event) {
        if (!event.rooms().isEmpty()) {
            return event;
        }
        Map<String, String> ids = new LinkedHashMap<>();
        identify(event.agenda().blocks(), ids);
        if (ids.isEmpty()) {
            return event;
        }
        // The blocks first refer to the ids as names, then the rooms of those ids are declared.
        Event referring = event.withAgenda(renamed(event.agenda(), block -> block
                .withRoom(block.room().map(ids::get))
                .withOverflowRooms(block.overflowRooms().stream().map(ids::get).toList())));
        return referring.withRooms(ids.entrySet().stream().map(e -> Room.of(e.getValue(), e.getKey())).toList());
    }

    /** Gives each room the blocks name, at any depth, an id "room-" and a number, in the order first named. */
    private static void identify(List<AgendaBlock> blocks, Map<String, String> ids) {
        for (AgendaBlock block : blocks) {
            block.room().ifPresent(room -> ids.putIfAbsent(room, "room-" + (ids.size() + 1)));
            block.overflowRooms().forEach(room -> ids.putIfAbsent(room, "room-" + (ids.size() + 1)));
            identify(block.children(), ids);
        }
    }

    /** The same name with a space more: a first space doubled, else one after it. */
    private static String spacedOut(String name) {
        return name.contains(" ") ? name.replaceFirst(" ", "  ") : name + " ";
    }

    /** A block as a slot at the times the timetable gives it. */
    private static AgendaBlock fixed(AgendaBlock block, Timetable timetable) {
        TimeSpan span = timetable.spanOf(block.id()).orElseThrow();
        return block.withTiming(RuleBreaker.slot(span.start().toLocalDateTime(), span.end().toLocalDateTime()));
    }

    /** The agenda with every block, at any depth, changed. */
    private static Agenda renamed(Agenda agenda, Function<AgendaBlock, AgendaBlock> rename) {
        return agenda.withBlocks(agenda.blocks().stream().map(block -> renamed(block, rename)).toList());
    }

    private static AgendaBlock renamed(AgendaBlock block, Function<AgendaBlock, AgendaBlock> rename) {
        return rename.apply(block).withChildren(block.children().stream().map(child -> renamed(child, rename)).toList());
    }
}
