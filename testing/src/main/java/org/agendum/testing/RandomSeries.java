package org.agendum.testing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;

/**
 * Seeded random events with series: the events of a {@link RandomEvents} generator, the last
 * top-level block of some of them repeating daily or weekly (two to five occurrences, sometimes one
 * excluded), the event then ending as many days later as its last session is after its first.
 *
 * <p>Whether and how a block repeats is drawn from dice of its own, seeded from the generator's
 * seed and the index: every other draw of an event is the generator's, so pinned seeds of {@link
 * RandomEvents} keep their events. A block repeats only where the generator's promises still hold:
 * its slot has a date, the event has no maximum duration, and no session falls on a day the event's
 * zone changes its clocks in the hours the generator uses. The events are valid; their number of
 * dates is more than the generator's {@code days} when a block repeats.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class RandomSeries {

    /** Mixed into an event's seed for the dice of its series. */
    private static final String SERIES = "series";

    private final RandomEvents events;

    private RandomSeries(RandomEvents events) {
        this.events = events;
    }

    /**
     * Obtains a generator of events with series from a generator of events.
     *
     * @param events the generator whose events repeat their last block
     * @return the generator
     */
    public static RandomSeries of(RandomEvents events) {
        return new RandomSeries(Objects.requireNonNull(events, "events"));
    }

    /**
     * Returns the generator whose events these are.
     *
     * @return the generator
     */
    public RandomEvents events() {
        return events;
    }

    /**
     * Returns the event of an index: the generator's, its last block repeating when the dice say so
     * (about one event in two with a dated last block).
     *
     * @param index the index, zero or more
     * @return the event, valid
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Event event(long index) {
        Event event = events.event(index);
        Dice dice = new Dice(Dice.seedOf(Dice.seedOf(events.seed(), index), SERIES));
        List<AgendaBlock> blocks = event.agenda().blocks();
        if (blocks.isEmpty() || event.maximumDuration().isPresent() || !dice.chance(0.5)) {
            return event;
        }
        Optional<SeriesDraw.Repeated> repeated = SeriesDraw.repeat(dice, event.zone(), blocks.get(blocks.size() - 1));
        if (repeated.isEmpty()) {
            return event;
        }
        List<AgendaBlock> agenda = new java.util.ArrayList<>(blocks);
        agenda.set(blocks.size() - 1, repeated.get().block());
        Agenda withSeries = event.agenda().withBlocks(agenda);
        return event.withAgenda(withSeries).withEnd(event.end().map(end -> end.plusDays(repeated.get().days())));
    }

    @Override
    public String toString() {
        return "RandomSeries[" + events + "]";
    }
}
