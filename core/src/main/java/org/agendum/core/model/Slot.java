package org.agendum.core.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fixed slot of wall-clock times, half-open {@code [start, end)}, optionally on a given date.
 *
 * <p>A slot without a date is on the day of the block before it at the same level, or on the day
 * its parent block (or, at the top level, the event) starts. A slot ends on the day it starts: its
 * end is after its start.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Slot implements Timing, WithSlot {

    Slot() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the date of the slot, for multi-day events.
     *
     * @return the date, if given
     */
    public abstract Optional<LocalDate> date();

    /**
     * Returns the wall-clock start, inclusive.
     *
     * @return the start
     */
    public abstract LocalTime start();

    /**
     * Returns the wall-clock end, exclusive.
     *
     * @return the end, after the start
     */
    public abstract LocalTime end();

    /**
     * Returns the wall-clock length of the slot. On a day with a daylight-saving transition inside
     * the slot, the elapsed time differs; the timetable reports such slots.
     *
     * @return the duration from start to end by the wall clock
     */
    @Override
    public final Duration duration() {
        return Duration.between(start(), end());
    }

    @Value.Check
    final void check() {
        date().ifPresent(d -> Checks.year(d, "/date"));
        if (!end().isAfter(start())) {
            throw Checks.violation(Invariant.SLOT_END_NOT_AFTER_START, "/end",
                    "slot end " + end() + " must be after its start " + start());
        }
    }

    /** Builds a {@link Slot}; start and end must be set. */
    public static final class Builder extends ImmutableSlot.Builder {
        Builder() {}
    }
}
