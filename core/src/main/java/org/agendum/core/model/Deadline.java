package org.agendum.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A point in time by which something is due, stated in one of three ways, each kept as stated.
 *
 * <ul>
 *   <li>{@link At}: at a wall-clock time in a zone, open until that moment ("hasta las 18h del 9 de
 *       junio");
 *   <li>{@link Before}: before a date, exclusive ("antes del 9 de junio" closes when 9 June starts,
 *       so the last day is 8 June);
 *   <li>{@link Until}: until a date, inclusive ("hasta el 9 de junio" closes when 10 June starts, so
 *       the last day is 9 June).
 * </ul>
 * The original wording and what is due can be kept alongside ({@link #wording()}, {@link
 * #subject()}), and the block of the agenda the deadline belongs to ({@link #blockId()}).
 *
 * <pre>{@code
 * Deadline registration = Deadline.before(LocalDate.of(2021, 6, 9), ZoneId.of("America/Montevideo"))
 *         .withWording("antes del próximo 9 de junio de 2021");
 * registration.lastDay(); // 2021-06-08
 * registration.cutoff();  // 2021-06-09T03:00:00Z, midnight in Montevideo
 *
 * if (registration instanceof Deadline.At at) {
 *     at.dateTime(); // only a deadline at a time has one
 * }
 * }</pre>
 *
 * @implSpec Implementations are immutable and thread-safe. This interface is sealed: its
 *     implementations are {@link At}, {@link Before} and {@link Until}.
 */
public sealed interface Deadline permits Deadline.At, Deadline.Before, Deadline.Until {

    /** How a deadline is stated: one constant for each implementation of {@link Deadline}. */
    enum Kind {
        /** At a wall-clock date-time in a zone ({@link At}); open strictly before it. */
        AT,
        /** Before a date, exclusive ({@link Before}): closes when that date starts in the zone. */
        BEFORE,
        /** Until a date, inclusive ({@link Until}): closes when the following date starts in the zone. */
        UNTIL
    }

    /**
     * Obtains a deadline at a wall-clock date-time in a zone.
     *
     * <p>If the date-time falls in a daylight-saving gap, the cutoff is resolved as {@link
     * ZonedDateTime#of(LocalDateTime, ZoneId)} does (moved later by the length of the gap); in an
     * overlap, the earlier of the two instants is used.
     *
     * @param dateTime the wall-clock date-time at which it closes
     * @param zone the zone of that wall clock
     * @return the deadline
     * @throws InvariantViolationException if the date is outside the years 1 to 9999
     *     ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    static At at(LocalDateTime dateTime, ZoneId zone) {
        return ImmutableAt.builder().dateTime(dateTime).zone(zone).build();
    }

    /**
     * Obtains a deadline at a date-time in its own zone.
     *
     * @param dateTime the date-time at which it closes
     * @return the deadline, keeping the local date-time and the zone (not the offset)
     * @throws InvariantViolationException if the date is outside the years 1 to 9999
     *     ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    static At at(ZonedDateTime dateTime) {
        return at(dateTime.toLocalDateTime(), dateTime.getZone());
    }

    /**
     * Obtains a deadline before a date, exclusive: it closes when {@code date} starts in {@code
     * zone}, and its last day is the day before.
     *
     * @param date the first day on which it is closed
     * @param zone the zone whose calendar is meant
     * @return the deadline
     * @throws InvariantViolationException if the date is outside the years 1 to 9999
     *     ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    static Before before(LocalDate date, ZoneId zone) {
        return ImmutableBefore.builder().date(date).zone(zone).build();
    }

    /**
     * Obtains a deadline until a date, inclusive: {@code date} is the last day, and it closes when
     * the following day starts in {@code zone}.
     *
     * @param date the last day on which it is open
     * @param zone the zone whose calendar is meant
     * @return the deadline
     * @throws InvariantViolationException if the date is outside the years 1 to 9999
     *     ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    static Until until(LocalDate date, ZoneId zone) {
        return ImmutableUntil.builder().date(date).zone(zone).build();
    }

    /**
     * Returns how this deadline is stated, for code that switches on it; {@code instanceof} tells
     * the same.
     *
     * @return the kind, constant for each implementation
     */
    Kind kind();

    /**
     * Returns the zone whose wall clock and calendar the deadline is stated in.
     *
     * @return the zone
     * @refusedIf the cutoff leaves the supported range of dates ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    ZoneId zone();

    /**
     * Returns what is due ("Inscripción").
     *
     * @return the subject, if stated
     * @refusedIf the subject is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    Optional<String> subject();

    /**
     * Returns the original wording ("antes del próximo 9 de junio de 2021").
     *
     * @return the wording, if kept
     * @refusedIf the wording is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    Optional<String> wording();

    /**
     * Returns the id of the block the deadline belongs to, for a deadline of one block of the agenda
     * ("sign up for the workshop by 3 June", "submit your hackathon project"). A deadline of the event
     * names no block.
     *
     * @return the block's id, if the deadline names one
     * @refusedIf the id is not a valid id ({@link Invariant#INVALID_ID}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE}); in an event, if it names no block of the agenda ({@link
     *     Invariant#UNKNOWN_BLOCK_REFERENCE}), or, in a block's registration, another block than that one
     *     ({@link Invariant#DEADLINE_BLOCK_MISMATCH})
     */
    Optional<String> blockId();

    /**
     * Returns the first instant at which the deadline has passed.
     *
     * @return the cutoff instant; the deadline is open strictly before it
     */
    Instant cutoff();

    /**
     * Returns the last day on which the deadline is open, in its zone's calendar.
     *
     * @return the last day
     */
    LocalDate lastDay();

    /**
     * Returns whether the deadline is still open at an instant.
     *
     * @param instant the instant to check
     * @return true if {@code instant} is before the {@linkplain #cutoff() cutoff}
     */
    default boolean isOpenAt(Instant instant) {
        return instant.isBefore(cutoff());
    }

    /**
     * Returns a copy stated in another zone, with the same wall-clock date or date-time.
     *
     * @param zone the zone
     * @return a deadline of the same kind
     * @throws NullPointerException if {@code zone} is null
     * @throws InvariantViolationException if the cutoff leaves the supported range of dates
     *     ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    Deadline withZone(ZoneId zone);

    /**
     * Returns a copy with what is due.
     *
     * @param subject the subject ("Inscripción")
     * @return a deadline of the same kind
     * @throws NullPointerException if {@code subject} is null
     * @throws InvariantViolationException if the text is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    Deadline withSubject(String subject);

    /**
     * Returns a copy with what is due, or without it.
     *
     * @param subject the subject, or empty to remove it
     * @return a deadline of the same kind
     * @throws NullPointerException if {@code subject} is null
     * @throws InvariantViolationException if the text is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    Deadline withSubject(Optional<String> subject);

    /**
     * Returns a copy with the original wording.
     *
     * @param wording the wording ("antes del próximo 9 de junio de 2021")
     * @return a deadline of the same kind
     * @throws NullPointerException if {@code wording} is null
     * @throws InvariantViolationException if the text is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    Deadline withWording(String wording);

    /**
     * Returns a copy with the original wording, or without it.
     *
     * @param wording the wording, or empty to remove it
     * @return a deadline of the same kind
     * @throws NullPointerException if {@code wording} is null
     * @throws InvariantViolationException if the text is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    Deadline withWording(Optional<String> wording);

    /**
     * Returns a copy that names the block it belongs to.
     *
     * @param blockId the id of the block
     * @return a deadline of the same kind
     * @throws NullPointerException if {@code blockId} is null
     * @throws InvariantViolationException if the id is not a valid id ({@link Invariant#INVALID_ID}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    Deadline withBlockId(String blockId);

    /**
     * Returns a copy that names the block it belongs to, or no block.
     *
     * @param blockId the id of the block, or empty for a deadline of the event
     * @return a deadline of the same kind
     * @throws NullPointerException if {@code blockId} is null
     * @throws InvariantViolationException if the id is not a valid id ({@link Invariant#INVALID_ID}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    Deadline withBlockId(Optional<String> blockId);

    /**
     * A deadline at a wall-clock date-time in a zone: open strictly before it. Obtained from {@link
     * Deadline#at(LocalDateTime, ZoneId)}.
     *
     * @implSpec This class is immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class At extends DeadlineAtWithers implements Deadline {

        At() {}

        /**
         * Returns the wall-clock date-time at which it closes.
         *
         * @return the date-time
         * @refusedIf the date is outside the years 1 to 9999 ({@link Invariant#DATE_OUT_OF_RANGE})
         */
        public abstract LocalDateTime dateTime();

        @Override
        public final Kind kind() {
            return Kind.AT;
        }

        @Override
        public final Instant cutoff() {
            return ZonedDateTime.of(dateTime(), zone()).toInstant();
        }

        @Override
        public final LocalDate lastDay() {
            return cutoff().minusNanos(1).atZone(zone()).toLocalDate();
        }

        @Value.Check
        final void check() {
            Checks.year(dateTime().toLocalDate(), "/dateTime");
            Checks.deadline(this, "/dateTime");
        }
    }

    /**
     * A deadline before a date, exclusive: it closes when that date starts in its zone. Obtained
     * from {@link Deadline#before(LocalDate, ZoneId)}.
     *
     * @implSpec This class is immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class Before extends DeadlineBeforeWithers implements Deadline {

        Before() {}

        /**
         * Returns the first day on which it is closed.
         *
         * @return the date
         * @refusedIf the date is outside the years 1 to 9999 ({@link Invariant#DATE_OUT_OF_RANGE})
         */
        public abstract LocalDate date();

        @Override
        public final Kind kind() {
            return Kind.BEFORE;
        }

        @Override
        public final Instant cutoff() {
            return date().atStartOfDay(zone()).toInstant();
        }

        @Override
        public final LocalDate lastDay() {
            return date().minusDays(1);
        }

        @Value.Check
        final void check() {
            Checks.year(date(), "/date");
            Checks.deadline(this, "/date");
        }
    }

    /**
     * A deadline until a date, inclusive: that date is the last day, and it closes when the
     * following day starts in its zone. Obtained from {@link Deadline#until(LocalDate, ZoneId)}.
     *
     * @implSpec This class is immutable and thread-safe.
     */
    @Value.Immutable
    abstract non-sealed class Until extends DeadlineUntilWithers implements Deadline {

        Until() {}

        /**
         * Returns the last day on which it is open.
         *
         * @return the date
         * @refusedIf the date is outside the years 1 to 9999 ({@link Invariant#DATE_OUT_OF_RANGE})
         */
        public abstract LocalDate date();

        @Override
        public final Kind kind() {
            return Kind.UNTIL;
        }

        @Override
        public final Instant cutoff() {
            return date().plusDays(1).atStartOfDay(zone()).toInstant();
        }

        @Override
        public final LocalDate lastDay() {
            return date();
        }

        @Value.Check
        final void check() {
            Checks.year(date(), "/date");
            Checks.deadline(this, "/date");
        }
    }
}
