package org.agendum.core.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When a block happens: a fixed {@link Slot} of wall-clock times, or a {@link DurationOnly
 * duration} that follows the previous block.
 *
 * <p>Printed programmes use both: "9h-9h30 Registro" is a slot; "Inauguración (15 minutos)" is a
 * duration laid out from the end of the block before it (or from the start of the event, or of the
 * parent block, for the first one). {@code org.agendum.core.time.Timetable} resolves both to
 * instants.
 *
 * @implSpec Implementations are immutable and thread-safe. This interface is sealed.
 */
public sealed interface Timing permits Slot, DurationOnly {

    /**
     * Obtains a slot from {@code start} to {@code end} on the day of the block before it (or of
     * the event).
     *
     * @param start the wall-clock start, inclusive
     * @param end the wall-clock end, exclusive; after {@code start}
     * @return the slot
     * @throws InvariantViolationException if {@code end} is not after {@code start}; for a slot
     *     that crosses midnight, use {@link #slotToNextDay(LocalTime, LocalTime) slotToNextDay}
     */
    static Slot slot(LocalTime start, LocalTime end) {
        return Slot.builder().start(start).end(end).build();
    }

    /**
     * Obtains a slot from {@code start} to {@code end} on a given date, for multi-day events.
     *
     * @param date the date
     * @param start the wall-clock start, inclusive
     * @param end the wall-clock end, exclusive; after {@code start}
     * @return the slot
     * @throws InvariantViolationException if {@code end} is not after {@code start}; for a slot
     *     that crosses midnight, use {@link #slotToNextDay(LocalTime, LocalTime) slotToNextDay}
     */
    static Slot slot(LocalDate date, LocalTime start, LocalTime end) {
        return Slot.builder().date(date).start(start).end(end).build();
    }

    /**
     * Obtains a slot from {@code start} to {@code end} on the following day, on the day of the
     * block before it (or of the event): a dinner from 19:30 to 00:30, a talk from 23:00 to
     * midnight ({@code end} {@code 00:00}).
     *
     * @param start the wall-clock start, inclusive
     * @param end the wall-clock end on the following day, exclusive; at or before {@code start}
     * @return the slot, which {@linkplain Slot#endsNextDay() ends on the following day}
     * @throws InvariantViolationException if {@code end} is after {@code start} ({@link
     *     Invariant#SLOT_LONGER_THAN_A_DAY})
     */
    static Slot slotToNextDay(LocalTime start, LocalTime end) {
        return Slot.builder().start(start).end(end).endsNextDay(true).build();
    }

    /**
     * Obtains a slot from {@code start} on a given date to {@code end} on the day after it.
     *
     * @param date the date the slot starts
     * @param start the wall-clock start, inclusive
     * @param end the wall-clock end on the following day, exclusive; at or before {@code start}
     * @return the slot, which {@linkplain Slot#endsNextDay() ends on the following day}
     * @throws InvariantViolationException if {@code end} is after {@code start} ({@link
     *     Invariant#SLOT_LONGER_THAN_A_DAY}), or the date is out of range ({@link
     *     Invariant#DATE_OUT_OF_RANGE})
     */
    static Slot slotToNextDay(LocalDate date, LocalTime start, LocalTime end) {
        return Slot.builder().date(date).start(start).end(end).endsNextDay(true).build();
    }

    /**
     * Obtains a timing that lasts a duration and follows the block before it.
     *
     * @param duration the duration, positive
     * @return the timing
     * @throws InvariantViolationException if {@code duration} is not positive
     */
    static DurationOnly duration(Duration duration) {
        return DurationOnly.of(duration);
    }

    /**
     * Obtains a timing that lasts a number of minutes and follows the block before it.
     *
     * @param minutes the number of minutes, positive
     * @return the timing
     * @throws InvariantViolationException if {@code minutes} is not positive
     */
    static DurationOnly minutes(long minutes) {
        return DurationOnly.of(Duration.ofMinutes(minutes));
    }

    /**
     * Returns how long the block lasts by the wall clock (a slot) or on the time-line (a
     * duration).
     *
     * @return the duration, positive
     */
    Duration duration();
}
