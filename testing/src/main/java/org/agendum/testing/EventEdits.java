package org.agendum.testing;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Event;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Room;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Track;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/**
 * Small edits of events shared by {@link RuleBreaker} and {@link TransitionMove}: adding blocks,
 * making the event cover its agenda, finding its parties and fresh ids. Each returns a new event,
 * built through the public withers, so every invariant is checked again.
 */
final class EventEdits {

    private EventEdits() {}

    /**
     * Appends 30-minute breaks until the agenda has a number of top-level blocks, then makes the
     * event cover them.
     */
    static Event withBlocks(Event event, int count) {
        Event result = event;
        while (result.agenda().blocks().size() < count) {
            AgendaBlock pause = AgendaBlock.builder()
                    .id(freshBlockId(result, "pausa"))
                    .kind(BlockKind.BREAK)
                    .title("Pausa ☕")
                    .timing(Timing.minutes(30))
                    .build();
            result = withTopLevel(result, result.agenda().blocks().size(), pause);
        }
        return result == event ? event : covered(result);
    }

    /**
     * Moves the event's end, and raises its maximum duration, so that they cover the agenda (and
     * the maximum the announced event).
     */
    static Event covered(Event event) {
        Timetable timetable = Timetable.of(event);
        TimeSpan agenda = timetable.agendaSpan().orElseThrow();
        Event result = event;
        if (timetable.eventEnd().isPresent() && timetable.eventEnd().get().isBefore(agenda.end())) {
            if (event.end().isPresent()) {
                result = result.withEnd(agenda.end().toLocalDateTime());
            } else {
                result = result.withMaximumDuration(Duration.between(timetable.eventStart(), agenda.end()));
            }
        }
        Duration needed = agenda.duration();
        if (result.end().isPresent()) {
            Duration announced = Timetable.of(result).eventSpan().orElseThrow().duration();
            needed = announced.compareTo(needed) > 0 ? announced : needed;
        }
        if (result.maximumDuration().isPresent() && result.maximumDuration().get().compareTo(needed) < 0) {
            result = result.withMaximumDuration(needed);
        }
        return result;
    }

    /** Inserts a top-level block at a position; with a null block, returns the event unchanged. */
    static Event withTopLevel(Event event, int at, AgendaBlock block) {
        if (block == null) {
            return event;
        }
        List<AgendaBlock> blocks = new ArrayList<>(event.agenda().blocks());
        blocks.add(at, block);
        return event.withAgenda(event.agenda().withBlocks(blocks));
    }

    /**
     * The event with every cancelled or postponed block, at any depth, scheduled again, so that a
     * rule about rooms, people or time sees every block; the generator lays blocks out without
     * overlaps whatever their status, so this adds no finding of its own.
     */
    static Event reinstated(Event event) {
        List<AgendaBlock> blocks = reinstated(event.agenda().blocks());
        return blocks.equals(event.agenda().blocks()) ? event : event.withAgenda(event.agenda().withBlocks(blocks));
    }

    private static List<AgendaBlock> reinstated(List<AgendaBlock> blocks) {
        List<AgendaBlock> again = new ArrayList<>(blocks.size());
        for (AgendaBlock block : blocks) {
            AgendaBlock scheduled = block.status().takesPlace() ? block : block.withStatus(BlockStatus.SCHEDULED);
            again.add(block.children().isEmpty() ? scheduled : scheduled.withChildren(reinstated(block.children())));
        }
        return again;
    }

    static Agenda replaceTopLevel(Agenda agenda, int at, AgendaBlock block) {
        List<AgendaBlock> blocks = new ArrayList<>(agenda.blocks());
        blocks.set(at, block);
        return agenda.withBlocks(blocks);
    }

    /** The span of the top-level block that ends last. */
    static TimeSpan latest(Timetable timetable) {
        TimeSpan latest = null;
        for (ScheduledBlock block : timetable.topLevelBlocks()) {
            TimeSpan span = block.span().orElseThrow();
            if (latest == null || !span.end().isBefore(latest.end())) {
                latest = span;
            }
        }
        return latest;
    }

    /** Half a duration, in whole minutes (or seconds) when it is long enough, and never zero. */
    static Duration half(Duration duration) {
        Duration half = duration.dividedBy(2);
        if (half.toMinutes() >= 1) {
            half = half.truncatedTo(ChronoUnit.MINUTES);
        } else if (half.getSeconds() >= 1) {
            half = half.truncatedTo(ChronoUnit.SECONDS);
        }
        return half.isZero() ? Duration.ofNanos(1) : half;
    }

    static List<Party> partiesOf(AgendaBlock block) {
        List<Party> parties = new ArrayList<>();
        block.moderators().forEach(m -> parties.add(m.party()));
        block.participants().forEach(p -> parties.add(p.party()));
        return parties;
    }

    /** Every party of the event, nested organizations included, each once, in order of appearance. */
    static List<Party> allParties(Event event) {
        List<Party> all = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Party> direct = new ArrayList<>(event.organizers());
        direct.addAll(event.partners());
        event.contacts().forEach(c -> direct.add(c.party()));
        collectBlocks(event.agenda().blocks(), direct);
        for (Party party : direct) {
            collect(party, seen, all);
        }
        return all;
    }

    private static void collectBlocks(List<AgendaBlock> blocks, List<Party> into) {
        for (AgendaBlock block : blocks) {
            into.addAll(partiesOf(block));
            collectBlocks(block.children(), into);
        }
    }

    private static void collect(Party party, Set<String> seen, List<Party> into) {
        if (!seen.add(party.id())) {
            return;
        }
        into.add(party);
        if (party instanceof Person) {
            ((Person) party).positions().forEach(p -> p.organization().ifPresent(o -> collect(o, seen, into)));
        } else {
            ((Organization) party).parent().ifPresent(p -> collect(p, seen, into));
        }
    }

    static Set<String> partyIds(Event event) {
        Set<String> ids = new LinkedHashSet<>();
        allParties(event).forEach(p -> ids.add(p.id()));
        return ids;
    }

    static String freshBlockId(Event event, String base) {
        Set<String> ids = new LinkedHashSet<>();
        collectIds(event.agenda().blocks(), ids);
        return fresh(base, ids);
    }

    private static void collectIds(List<AgendaBlock> blocks, Set<String> into) {
        for (AgendaBlock block : blocks) {
            into.add(block.id());
            collectIds(block.children(), into);
        }
    }

    static String fresh(String base, Set<String> used) {
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * How a block of an event refers to a room or a track of this name: by the name where the event
     * declares none ({@code declared} is empty), else by an id made of the name (whitespace as hyphens).
     */
    static String reference(List<?> declared, String name) {
        return declared.isEmpty() ? name : name.replaceAll("\\s+", "-");
    }

    /** The event, with a room of this name declared if it declares rooms and has none by that reference. */
    static Event declaringRoom(Event event, String name) {
        return event.withRooms(declaring(event.rooms(), name, Room::id, Room::of));
    }

    /** The event, with a track of this name declared if it declares tracks and has none by that reference. */
    static Event declaringTrack(Event event, String name) {
        return event.withTracks(declaring(event.tracks(), name, Track::id, Track::of));
    }

    /** The declared rooms or tracks, with one of this name added if there are some and none has its reference. */
    private static <T> List<T> declaring(List<T> declared, String name, Function<T, String> id,
            BiFunction<String, String, T> of) {
        String reference = reference(declared, name);
        if (declared.isEmpty() || declared.stream().anyMatch(value -> id.apply(value).equals(reference))) {
            return declared;
        }
        List<T> more = new ArrayList<>(declared);
        more.add(of.apply(reference, name));
        return more;
    }
}
