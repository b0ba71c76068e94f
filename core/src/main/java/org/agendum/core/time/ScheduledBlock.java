package org.agendum.core.time;

import java.time.LocalDate;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.immutables.value.Value;

/**
 * An agenda block placed on the timetable: the block, where it is in the agenda, and the span of
 * time it occupies.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScheduledBlock {

    ScheduledBlock() {}

    static ScheduledBlock of(AgendaBlock block, String path, int depth, Optional<String> parentId,
            Optional<TimeSpan> span, Optional<SeriesOccurrence> seriesOccurrence) {
        return ImmutableScheduledBlock.builder().block(block).path(path).depth(depth).parentId(parentId)
                .span(span).seriesOccurrence(seriesOccurrence).build();
    }

    /**
     * Returns the block.
     *
     * @return the block
     */
    public abstract AgendaBlock block();

    /**
     * Returns where the block is in the event, as a JSON Pointer ({@code /agenda/blocks/1}, {@code
     * /agenda/blocks/1/children/0}).
     *
     * @return the path
     */
    public abstract String path();

    /**
     * Returns how deep the block is: 0 for a top-level block, 1 for its children, and so on.
     *
     * @return the depth, zero or more
     */
    public abstract int depth();

    /**
     * Returns the id of the block this one is a child of.
     *
     * @return the parent's id; empty for a top-level block
     */
    public abstract Optional<String> parentId();

    /**
     * Returns the span of time the block occupies, in the event's zone.
     *
     * @return the span; empty only for a child block without a timing of its own
     */
    public abstract Optional<TimeSpan> span();

    /**
     * Returns the date of the session this is, for a block of a series ({@link
     * AgendaBlock#recurrence()}) and the blocks nested in it: each session is a scheduled block of
     * its own, with the same block, path and id.
     *
     * @return the date of the occurrence, in the event's zone, as the recurrence gives it; empty for
     *     a block that does not repeat
     */
    public final Optional<LocalDate> occurrence() {
        return seriesOccurrence().map(SeriesOccurrence::date);
    }

    /**
     * Returns the series and the session this block belongs to, for a block of a series and the
     * blocks nested in it.
     *
     * @return the occurrence; empty for a block that does not repeat
     */
    public abstract Optional<SeriesOccurrence> seriesOccurrence();

    /**
     * Returns the id of the block.
     *
     * @return the id, the same for every session of a series
     */
    public final String id() {
        return block().id();
    }

    /**
     * Returns an id that tells the sessions of a series apart: the block's id, and for a session
     * {@code "@"} and the occurrence's date ({@code seminar@2026-03-10}), as iCalendar's {@code
     * RECURRENCE-ID} names an occurrence by its date. It does not change when other dates are
     * excluded.
     *
     * @return the id of this occurrence
     */
    public final String occurrenceId() {
        return occurrence().map(date -> id() + "@" + date).orElse(id());
    }
}
