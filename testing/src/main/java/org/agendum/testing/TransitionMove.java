package org.agendum.testing;

import static org.agendum.testing.EventEdits.covered;
import static org.agendum.testing.EventEdits.freshBlockId;
import static org.agendum.testing.EventEdits.half;
import static org.agendum.testing.EventEdits.withTopLevel;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Slot;
import org.agendum.core.time.Timetable;

/**
 * Moves an event into a daylight-saving gap or overlap, for the {@code NONEXISTENT_LOCAL_TIME}
 * and {@code AMBIGUOUS_LOCAL_TIME} variants of {@link RuleBreaker}.
 */
final class TransitionMove {

    /** Where events go whose zone has no gap (overlap) at night: it has both every year since 1976. */
    static final ZoneId FALLBACK = ZoneId.of("Europe/Paris");

    private TransitionMove() {}

    /**
     * Moves the event to the nearest night with a gap (or overlap) of its zone that leaves the
     * event's days otherwise quiet ({@link ZoneTransitions#nearestNightChange}), or of {@link
     * #FALLBACK} when its zone has none in 1970&ndash;2037: shifts every date of the event by the
     * same number of days, starts the event in the middle of the gap and opens the agenda with a
     * block from there to where the agenda started.
     */
    static Event into(Event event, boolean gap) {
        LocalDate near = event.start().toLocalDate();
        int dates = dates(event);
        Optional<ZoneOffsetTransition> own = ZoneTransitions.nearestNightChange(event.zone(), near, gap, dates);
        ZoneId zone = own.isPresent() ? event.zone() : FALLBACK;
        ZoneOffsetTransition transition = own.orElseGet(
                () -> ZoneTransitions.nearestNightChange(zone, near, gap, dates).orElseThrow());
        LocalDateTime from = gap ? transition.getDateTimeBefore() : transition.getDateTimeAfter();
        LocalDateTime middle = from.plus(half(transition.getDuration().abs())).truncatedTo(ChronoUnit.SECONDS);
        long days = ChronoUnit.DAYS.between(event.start().toLocalDate(), middle.toLocalDate());
        Event moved = shift(event, days).withZone(zone);
        Timetable timetable = Timetable.of(moved);
        LocalDateTime agendaStart = moved.start();
        if (!moved.agenda().isEmpty()) {
            LocalDateTime first = timetable.topLevelBlocks().get(0).span().orElseThrow().start().toLocalDateTime();
            if (first.toLocalDate().equals(middle.toLocalDate()) && first.isAfter(middle)) {
                agendaStart = first;
            }
        }
        if (!agendaStart.isAfter(middle)) {
            agendaStart = middle.plusMinutes(30);
        }
        AgendaBlock arrival = AgendaBlock.builder()
                .id(freshBlockId(moved, "acreditacion"))
                .kind(BlockKind.REGISTRATION)
                .title(gap ? "Acreditación (hora inexistente)" : "Acreditación (hora ambigua)")
                .timing(RuleBreaker.slot(middle, agendaStart))
                .build();
        Event result = withTopLevel(moved, 0, arrival).withStart(middle);
        Duration earlier = Duration.between(ZonedDateTime.of(middle, zone), ZonedDateTime.of(moved.start(), zone));
        if (result.maximumDuration().isPresent() && earlier.compareTo(Duration.ZERO) > 0) {
            result = result.withMaximumDuration(result.maximumDuration().get().plus(earlier));
        }
        // In another zone, or on other dates, a multi-day event may cross a clock change at night
        // that it did not cross before (or the reverse): elapsed time differs by the change.
        return covered(result);
    }

    /** The number of dates from the event's start to its end or its agenda's end, whichever is later. */
    private static int dates(Event event) {
        Timetable timetable = Timetable.of(event);
        LocalDate last = timetable.eventEnd().orElse(timetable.eventStart()).toLocalDate();
        Optional<LocalDate> agendaEnd = timetable.agendaSpan().map(span -> span.end().toLocalDate());
        if (agendaEnd.isPresent() && agendaEnd.get().isAfter(last)) {
            last = agendaEnd.get();
        }
        return (int) ChronoUnit.DAYS.between(event.start().toLocalDate(), last) + 1;
    }

    /** Every date of the event, its agenda and its deadlines, a number of days later. */
    private static Event shift(Event event, long days) {
        if (days == 0) {
            return event;
        }
        List<Deadline> deadlines = new ArrayList<>();
        event.deadlines().forEach(d -> deadlines.add(shift(d, days)));
        // Each copy checks that the event ends after it starts: move the end first when moving later.
        Event shifted = days > 0
                ? event.withEnd(event.end().map(e -> e.plusDays(days))).withStart(event.start().plusDays(days))
                : event.withStart(event.start().plusDays(days)).withEnd(event.end().map(e -> e.plusDays(days)));
        shifted = shifted.withDeadlines(deadlines)
                .withAgenda(event.agenda().withBlocks(shift(event.agenda().blocks(), days)));
        return shifted.withRegistration(event.registration()
                .map(r -> r.withDeadline(r.deadline().map(d -> shift(d, days)))));
    }

    private static List<AgendaBlock> shift(List<AgendaBlock> blocks, long days) {
        List<AgendaBlock> shifted = new ArrayList<>();
        for (AgendaBlock block : blocks) {
            AgendaBlock moved = block.withChildren(shift(block.children(), days))
                    .withRegistration(block.registration().map(r -> r.withDeadline(r.deadline().map(d -> shift(d, days)))));
            if (block.timing().isPresent() && block.timing().get() instanceof Slot) {
                Slot slot = (Slot) block.timing().get();
                moved = moved.withTiming(slot.withDate(slot.date().map(d -> d.plusDays(days))));
            }
            shifted.add(moved);
        }
        return shifted;
    }

    /** A deadline a number of days later; at a time that exists once in its zone, a day earlier if need be. */
    private static Deadline shift(Deadline deadline, long days) {
        if (deadline instanceof Deadline.At at) {
            return at.withDateTime(ZoneTransitions.existingOnce(at.zone(), at.dateTime().plusDays(days)));
        }
        if (deadline instanceof Deadline.Before before) {
            return before.withDate(before.date().plusDays(days));
        }
        Deadline.Until until = (Deadline.Until) deadline;
        return until.withDate(until.date().plusDays(days));
    }
}
