package org.agendum.core.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fixed slot of wall-clock times, half-open {@code [start, end)}, optionally on a given date.
 *
 * <p>A slot without a date is on the day of the block before it at the same level, or on the day
 * its parent block (or, at the top level, the event) starts.
 *
 * <p>A slot ends on the day it starts, after its start, unless it {@linkplain #endsNextDay() ends
 * on the following day}: then its end is at or before its start by the clock (a dinner from 19:30
 * to 00:30, a talk from 23:00 to midnight, written {@code 00:00}, a hackathon from 10:00 to 10:00)
 * and the slot lasts at most 24 hours. Crossing midnight is always said, never inferred: a slot
 * from 14:00 to 13:00 without it is refused ({@link Invariant#SLOT_END_NOT_AFTER_START}), so a
 * typo does not become a 23-hour slot.
 *
 * <p>A start or end that falls in a daylight-saving overlap of the event's zone (02:30 on the night
 * the clocks go back from 03:00 to 02:00) happens twice. Without more, it means the earlier of the
 * two instants, as {@link java.time.ZonedDateTime#ofLocal ZonedDateTime} and RFC 5545 read it; the
 * {@linkplain #startOffset() start offset} and {@linkplain #endOffset() end offset} say which one is
 * meant, as {@link java.time.ZonedDateTime#withLaterOffsetAtOverlap()} does. The slot does not know
 * the event's zone: an offset the zone does not have at that time is reported by validation
 * ({@code LOCAL_TIME_OFFSET_INVALID}), not refused here.
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
     * @refusedIf the slot's date is outside the years 1 to 9999 ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Optional<LocalDate> date();

    /**
     * Returns the wall-clock start, inclusive.
     *
     * @return the start
     * @refusedIf the slot ends on its start day and the end is not after the start ({@link
     *     Invariant#SLOT_END_NOT_AFTER_START})
     * @refusedIf the slot ends on the following day and the end is after the start, which would make
     *     it longer than 24 hours ({@link Invariant#SLOT_LONGER_THAN_A_DAY})
     */
    public abstract LocalTime start();

    /**
     * Returns the wall-clock end, exclusive, on the day the slot starts or, if it {@linkplain
     * #endsNextDay() ends on the following day}, on that day; midnight at the end of the day is
     * {@code 00:00} of the following day.
     *
     * @return the end, after the start on the same day, or at or before it on the following day
     * @refusedIf the slot ends on its start day and the end is not after the start ({@link
     *     Invariant#SLOT_END_NOT_AFTER_START})
     * @refusedIf the slot ends on the following day and the end is after the start, which would make
     *     it longer than 24 hours ({@link Invariant#SLOT_LONGER_THAN_A_DAY})
     */
    public abstract LocalTime end();

    /**
     * Returns whether the slot ends on the day after it starts, crossing midnight or ending at
     * midnight ({@code "24:00"} in JSON).
     *
     * @return true if the end is on the following day; false by default
     * @refusedIf the slot ends on its start day and the end is not after the start ({@link
     *     Invariant#SLOT_END_NOT_AFTER_START})
     * @refusedIf the slot ends on the following day and the end is after the start, which would make
     *     it longer than 24 hours ({@link Invariant#SLOT_LONGER_THAN_A_DAY})
     * @noun day of the end
     */
    @Value.Default
    public boolean endsNextDay() {
        return false;
    }

    /**
     * Returns the offset from UTC of the start, stating which of two instants is meant when the
     * start falls in a daylight-saving overlap of the event's zone.
     *
     * <p>Outside an overlap it is redundant: it may be given, and must then be the zone's offset at
     * that time.
     *
     * @return the offset, if stated; without it, an ambiguous start is the earlier instant
     * @noun offset of the start
     */
    public abstract Optional<ZoneOffset> startOffset();

    /**
     * Returns the offset from UTC of the end, stating which of two instants is meant when the end
     * falls in a daylight-saving overlap of the event's zone.
     *
     * <p>Outside an overlap it is redundant: it may be given, and must then be the zone's offset at
     * that time.
     *
     * @return the offset, if stated; without it, an ambiguous end is the earlier instant
     * @noun offset of the end
     */
    public abstract Optional<ZoneOffset> endOffset();

    /**
     * Returns the wall-clock length of the slot. On a day with a daylight-saving transition inside
     * the slot, the elapsed time differs; the timetable reports such slots.
     *
     * @return the duration from start to end by the wall clock, positive and at most 24 hours
     */
    @Override
    public final Duration duration() {
        Duration sameDay = Duration.between(start(), end());
        return endsNextDay() ? sameDay.plusDays(1) : sameDay;
    }

    /**
     * Returns the wall-clock end of the slot when it starts on a given day: on that day, or on the
     * next one if the slot {@linkplain #endsNextDay() ends on the following day}.
     *
     * @param day the day the slot starts
     * @return the end's date and time
     * @throws java.time.DateTimeException if the end would be after the last day {@link LocalDate}
     *     can hold
     */
    public final LocalDateTime endOn(LocalDate day) {
        return (endsNextDay() ? day.plusDays(1) : day).atTime(end());
    }

    @Value.Check
    final void check() {
        date().ifPresent(d -> Checks.year(d, "/date"));
        if (!endsNextDay() && !end().isAfter(start())) {
            throw Checks.violation(Invariant.SLOT_END_NOT_AFTER_START, "/end",
                    "slot end " + end() + " must be after its start " + start()
                            + "; a slot that ends on the following day says so (endsNextDay)");
        }
        if (endsNextDay() && end().isAfter(start())) {
            throw Checks.violation(Invariant.SLOT_LONGER_THAN_A_DAY, "/end",
                    "slot from " + start() + " to " + end() + " on the following day would last more than 24 hours");
        }
    }

    /**
     * Builds {@link Slot} values one attribute at a time; obtained from {@link Slot#builder()}.
     *
     * <p>Every attribute that {@link #build()} does not require is optional. An attribute can be set only
     * once: setting it again, with either overload, throws {@link IllegalStateException}. Values are checked
     * when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends SlotBuilderBase {

        Builder() {}
    }
}
