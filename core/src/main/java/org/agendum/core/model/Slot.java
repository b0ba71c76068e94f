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
public abstract non-sealed class Slot extends SlotWithers implements Timing {

    Slot() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableSlot.builder();
    }

    /**
     * Returns the date of the slot, for multi-day events.
     *
     * @return the date, if given
     * @refusedIf the date is outside the years 1 to 9999 ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Optional<LocalDate> date();

    /**
     * Returns the wall-clock start, inclusive.
     *
     * @return the start
     * @refusedIf the end is not after the start ({@link Invariant#SLOT_END_NOT_AFTER_START})
     */
    public abstract LocalTime start();

    /**
     * Returns the wall-clock end, exclusive.
     *
     * @return the end, after the start
     * @refusedIf the end is not after the start ({@link Invariant#SLOT_END_NOT_AFTER_START})
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

    /**
     * Builds {@link Slot} values one attribute at a time; obtained from {@link Slot#builder()}.
     *
     * <p>The start and the end must be set; every other attribute is optional. An attribute can be set only
     * once: setting it again, with either overload, throws {@link IllegalStateException}. Values are checked
     * when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends SlotBuilderBase {

        Builder() {}

        /**
         * Builds the slot from the attributes set so far.
         *
         * <p>The start and the end must be set. Then it checks the slot's invariants, and throws
         * {@link InvariantViolationException} if:
         * <ul>
         * <li>the end is not after the start ({@link Invariant#SLOT_END_NOT_AFTER_START});
         * <li>the date is outside the years 1 to 9999 ({@link Invariant#DATE_OUT_OF_RANGE}).
         * </ul>
         *
         * @return the slot
         * @throws IllegalStateException if the start or the end is not set
         * @throws InvariantViolationException if an invariant above does not hold
         */
        public abstract Slot build();
    }
}
