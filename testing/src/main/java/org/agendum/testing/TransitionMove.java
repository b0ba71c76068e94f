package org.agendum.testing;

import static org.agendum.testing.EventEdits.covered;
import static org.agendum.testing.EventEdits.freshBlockId;
import static org.agendum.testing.EventEdits.half;
import static org.agendum.testing.EventEdits.withTopLevel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;
import org.agendum.core.time.Timetable;

/**
 * Moves an event into a daylight-saving gap or overlap, for the {@code NONEXISTENT_LOCAL_TIME}
 * and {@code AMBIGUOUS_LOCAL_TIME} variants of {@link RuleBreaker}.
 */
final class TransitionMove {

    private TransitionMove() {}

    /**
     * Moves the event to the nearest daylight-saving gap (or overlap) of its zone that falls at
     * night, or of Europe/Paris when its zone has none: shifts every date of the event by the same
     * number of days, starts the event in the gap and opens the agenda with a block from the gap
     * to where the agenda started.
     */
    static Event into(Event event, boolean gap) {
        Optional<ZoneOffsetTransition> own = nearestTransition(event.zone(), event.start(), gap);
        ZoneId zone = own.isPresent() ? event.zone() : SampleZones.PARIS;
        ZoneOffsetTransition transition = own.orElseGet(() -> nearestTransition(zone, event.start(), gap).orElseThrow());
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
                .timing(Timing.slot(middle.toLocalDate(), middle.toLocalTime(), agendaStart.toLocalTime()))
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

    /**
     * The transition of a zone nearest to a date in 2000&ndash;2036 whose gap (or overlap) is at
     * night, between midnight and 06:00 of one day.
     */
    static Optional<ZoneOffsetTransition> nearestTransition(ZoneId zone, LocalDateTime near, boolean gap) {
        ZoneRules rules = zone.getRules();
        Instant instant = LocalDate.of(2000, 1, 1).atStartOfDay(zone).toInstant();
        Instant until = LocalDate.of(2037, 1, 1).atStartOfDay(zone).toInstant();
        ZoneOffsetTransition best = null;
        long bestDistance = Long.MAX_VALUE;
        for (ZoneOffsetTransition t = rules.nextTransition(instant); t != null && t.getInstant().isBefore(until);
                t = rules.nextTransition(t.getInstant())) {
            if (t.isGap() != gap) {
                continue;
            }
            LocalDateTime from = gap ? t.getDateTimeBefore() : t.getDateTimeAfter();
            LocalDateTime to = gap ? t.getDateTimeAfter() : t.getDateTimeBefore();
            boolean atNight = from.getHour() < 6 && !to.isAfter(from.toLocalDate().atTime(6, 0));
            long distance = Math.abs(ChronoUnit.DAYS.between(near.toLocalDate(), from.toLocalDate()));
            if (atNight && distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
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
            AgendaBlock moved = block.withChildren(shift(block.children(), days));
            if (block.timing().isPresent() && block.timing().get() instanceof Slot) {
                Slot slot = (Slot) block.timing().get();
                moved = moved.withTiming(slot.withDate(slot.date().map(d -> d.plusDays(days))));
            }
            shifted.add(moved);
        }
        return shifted;
    }

    private static Deadline shift(Deadline deadline, long days) {
        return deadline.kind() == Deadline.Kind.AT
                ? deadline.withDateTime(deadline.dateTime().map(t -> t.plusDays(days)))
                : deadline.withDate(deadline.date().map(d -> d.plusDays(days)));
    }
}
