package org.agendum.testing;

import static org.agendum.testing.EventEdits.replaceTopLevel;
import static org.agendum.testing.EventEdits.withBlocks;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.Room;
import org.agendum.core.model.Track;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/**
 * The rule breakers of {@link RuleBreaker} for rooms and tracks named two ways (ROOM_NAME_VARIANTS,
 * TRACK_NAME_VARIANTS): the event's declared rooms (tracks) become names again, as the blocks print
 * them, and the last two top-level blocks name one room (track) in two spellings that differ only in
 * spacing.
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
