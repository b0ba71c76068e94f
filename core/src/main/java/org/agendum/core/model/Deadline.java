package org.agendum.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A point in time by which something is due, with explicit semantics.
 *
 * <p>Programmes state deadlines in three ways, and each is kept as stated:
 * <ul>
 *   <li>{@link #at(LocalDateTime, ZoneId) at} a wall-clock time in a zone: open until that moment;
 *   <li>{@link #before(LocalDate, ZoneId) before} a date, exclusive: "antes del 9 de junio" closes
 *       when 9 June starts, so the last day is 8 June;
 *   <li>{@link #until(LocalDate, ZoneId) until} a date, inclusive: "hasta el 9 de junio" closes
 *       when 10 June starts, so the last day is 9 June.
 * </ul>
 * The original wording and what is due can be kept alongside ({@link #wording()}, {@link
 * #subject()}).
 *
 * <pre>{@code
 * Deadline registration = Deadline.before(LocalDate.of(2021, 6, 9), ZoneId.of("America/Montevideo"))
 *         .withWording("antes del próximo 9 de junio de 2021");
 * registration.lastDay(); // 2021-06-08
 * registration.cutoff();  // 2021-06-09T03:00:00Z, midnight in Montevideo
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Deadline implements WithDeadline {

    /** How a deadline is stated. */
    public enum Kind {
        /** At a wall-clock date-time in a zone; open strictly before it. */
        AT,
        /** Before a date, exclusive: closes when that date starts in the zone. */
        BEFORE,
        /** Until a date, inclusive: closes when the following date starts in the zone. */
        UNTIL
    }

    Deadline() {}

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
     */
    public static Deadline at(LocalDateTime dateTime, ZoneId zone) {
        return ImmutableDeadline.builder().kind(Kind.AT).dateTime(dateTime).zone(zone).build();
    }

    /**
     * Obtains a deadline at a date-time in its own zone.
     *
     * @param dateTime the date-time at which it closes
     * @return the deadline, keeping the local date-time and the zone (not the offset)
     */
    public static Deadline at(ZonedDateTime dateTime) {
        return at(dateTime.toLocalDateTime(), dateTime.getZone());
    }

    /**
     * Obtains a deadline before a date, exclusive: it closes when {@code date} starts in {@code
     * zone}, and its last day is the day before.
     *
     * @param date the first day on which it is closed
     * @param zone the zone whose calendar is meant
     * @return the deadline
     */
    public static Deadline before(LocalDate date, ZoneId zone) {
        return ImmutableDeadline.builder().kind(Kind.BEFORE).date(date).zone(zone).build();
    }

    /**
     * Obtains a deadline until a date, inclusive: {@code date} is the last day, and it closes when
     * the following day starts in {@code zone}.
     *
     * @param date the last day on which it is open
     * @param zone the zone whose calendar is meant
     * @return the deadline
     */
    public static Deadline until(LocalDate date, ZoneId zone) {
        return ImmutableDeadline.builder().kind(Kind.UNTIL).date(date).zone(zone).build();
    }

    /**
     * Returns how this deadline is stated.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * Returns the wall-clock date-time of a deadline of kind {@link Kind#AT}.
     *
     * @return the date-time; present exactly when the kind is {@code AT}
     */
    public abstract Optional<LocalDateTime> dateTime();

    /**
     * Returns the date of a deadline of kind {@link Kind#BEFORE} or {@link Kind#UNTIL}.
     *
     * @return the date; present exactly when the kind is {@code BEFORE} or {@code UNTIL}
     */
    public abstract Optional<LocalDate> date();

    /**
     * Returns the zone whose wall clock and calendar the deadline is stated in.
     *
     * @return the zone
     */
    public abstract ZoneId zone();

    /**
     * Returns what is due ("Inscripción").
     *
     * @return the subject, if stated
     */
    public abstract Optional<String> subject();

    /**
     * Returns the original wording ("antes del próximo 9 de junio de 2021").
     *
     * @return the wording, if kept
     */
    public abstract Optional<String> wording();

    /**
     * Returns the first instant at which the deadline has passed.
     *
     * @return the cutoff instant; the deadline is open strictly before it
     */
    public final Instant cutoff() {
        switch (kind()) {
            case AT:
                return ZonedDateTime.of(dateTime().orElseThrow(), zone()).toInstant();
            case BEFORE:
                return date().orElseThrow().atStartOfDay(zone()).toInstant();
            default:
                return date().orElseThrow().plusDays(1).atStartOfDay(zone()).toInstant();
        }
    }

    /**
     * Returns the last day on which the deadline is open, in its zone's calendar.
     *
     * @return the last day
     */
    public final LocalDate lastDay() {
        switch (kind()) {
            case AT:
                return cutoff().minusNanos(1).atZone(zone()).toLocalDate();
            case BEFORE:
                return date().orElseThrow().minusDays(1);
            default:
                return date().orElseThrow();
        }
    }

    /**
     * Returns whether the deadline is still open at an instant.
     *
     * @param instant the instant to check
     * @return true if {@code instant} is before the {@linkplain #cutoff() cutoff}
     */
    public final boolean isOpenAt(Instant instant) {
        return instant.isBefore(cutoff());
    }

    @Value.Check
    final void check() {
        boolean dated = kind() != Kind.AT;
        if (dated != date().isPresent() || dated == dateTime().isPresent()) {
            throw Checks.violation(Invariant.INCONSISTENT_DEADLINE, "",
                    "a deadline of kind " + kind() + " needs " + (dated ? "a date and no date-time" : "a date-time and no date"));
        }
        date().ifPresent(d -> Checks.year(d, "/date"));
        dateTime().ifPresent(t -> Checks.year(t.toLocalDate(), "/dateTime"));
        Checks.onTimeLine(this::cutoff, dated ? "/date" : "/dateTime", "the deadline's cutoff");
        Checks.text(subject(), "/subject");
        Checks.text(wording(), "/wording");
    }
}
