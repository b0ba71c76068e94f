package org.agendum.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a block repeats: a series of sessions, such as a weekly seminar of ten sessions with one week
 * skipped for a holiday, with the semantics of an iCalendar {@code RRULE} and {@code EXDATE} (RFC
 * 5545 §3.3.10, §3.8.5.1; RFC 8984's {@code recurrenceRules} and {@code excluded} say the same).
 *
 * <p>The block's {@link Slot} with a {@linkplain Slot#date() date} is the first occurrence; the
 * recurrence repeats it every {@linkplain #interval() interval} days, weeks, months or years, at the
 * same wall-clock times, until a {@linkplain #count() count} of occurrences or an {@linkplain
 * #until() until} date. As in RFC 5545, a monthly date that a month does not have (the 31st, 30
 * February) and a yearly 29 February in a common year are no occurrence, rather than moved to
 * another day. The {@linkplain #excludedDates() excluded dates} are taken out afterwards: the count
 * counts occurrences <em>before</em> exclusion, as {@code COUNT} does with {@code EXDATE}, so ten
 * weekly sessions with one week excluded are nine sessions over ten weeks.
 *
 * <p>A series has at most {@link #MAX_OCCURRENCES} occurrences before exclusion, so that a recurrence
 * cannot make a timetable exhaust memory.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recurrence extends RecurrenceWithers {

    /**
     * The most occurrences a recurrence may have, counted before exclusion: 1,000 (nineteen years
     * of weekly sessions, almost three of daily ones).
     */
    public static final int MAX_OCCURRENCES = 1000;

    /** How often a recurrence repeats, as iCalendar's {@code FREQ} values of the same names. */
    public enum Frequency {
        /** Every day ({@code FREQ=DAILY}). */
        DAILY,
        /** Every week, on the first occurrence's day of the week ({@code FREQ=WEEKLY}). */
        WEEKLY,
        /** Every month, on the first occurrence's day of the month ({@code FREQ=MONTHLY}). */
        MONTHLY,
        /** Every year, on the first occurrence's month and day ({@code FREQ=YEARLY}). */
        YEARLY
    }

    Recurrence() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableRecurrence.builder();
    }

    /**
     * Obtains a weekly recurrence of a number of occurrences.
     *
     * @param count the number of occurrences, before exclusion; 1 to {@link #MAX_OCCURRENCES}
     * @return the recurrence
     * @throws InvariantViolationException if {@code count} is out of range
     */
    public static Recurrence weekly(int count) {
        return builder().frequency(Frequency.WEEKLY).count(count).build();
    }

    /**
     * Returns how often the recurrence repeats.
     *
     * @return the frequency
     */
    public abstract Frequency frequency();

    /**
     * Returns how many days, weeks, months or years apart the occurrences are.
     *
     * @return the interval, 1 (every week) or more (2: every other week); 1 by default
     * @refusedIf the interval is zero or negative ({@link Invariant#RECURRENCE_NOT_POSITIVE})
     */
    @Value.Default
    public int interval() {
        return 1;
    }

    /**
     * Returns the number of occurrences, counted before the excluded dates are taken out.
     *
     * @return the count, if the recurrence ends by a count
     * @refusedIf the count is zero or negative ({@link Invariant#RECURRENCE_NOT_POSITIVE})
     * @refusedIf the count is more than {@link #MAX_OCCURRENCES} ({@link
     *     Invariant#RECURRENCE_TOO_MANY_OCCURRENCES})
     * @refusedIf both the count and the until date are given, or neither is ({@link
     *     Invariant#RECURRENCE_END_NOT_ONE})
     */
    public abstract Optional<Integer> count();

    /**
     * Returns the last date an occurrence may start on, inclusive, in the event's zone.
     *
     * @return the date, if the recurrence ends by a date
     * @refusedIf both the count and the until date are given, or neither is ({@link
     *     Invariant#RECURRENCE_END_NOT_ONE})
     * @refusedIf the until date is outside the years 1 to 9999 ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Optional<LocalDate> until();

    /**
     * Returns the dates on which the series does not meet (a holiday), each an occurrence's date.
     *
     * @return the excluded dates, in the order given
     * @noun excluded date
     */
    public abstract List<LocalDate> excludedDates();

    /**
     * Returns the dates of the occurrences of a series that starts on a date, before exclusion.
     *
     * @param first the date of the first occurrence
     * @return the dates, ascending, the first being {@code first}
     * @throws InvariantViolationException if the until date is before {@code first} ({@link
     *     Invariant#RECURRENCE_UNTIL_BEFORE_START}), there are more than {@link #MAX_OCCURRENCES}
     *     occurrences ({@link Invariant#RECURRENCE_TOO_MANY_OCCURRENCES}) or one is after the year
     *     9999 ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    public final List<LocalDate> datesFrom(LocalDate first) {
        if (until().isPresent() && until().get().isBefore(first)) {
            throw Checks.violation(Invariant.RECURRENCE_UNTIL_BEFORE_START, "/recurrence/until", "the series ends on "
                    + until().get() + ", before its first occurrence on " + first);
        }
        LocalDate last = until().orElse(LocalDate.of(9999, 12, 31));
        int wanted = count().orElse(Integer.MAX_VALUE);
        List<LocalDate> dates = new ArrayList<>();
        for (long step = 0; dates.size() < wanted; step++) {
            LocalDate candidate = candidate(first, step * interval());
            if (candidate.isAfter(last)) {
                if (count().isPresent()) {
                    throw Checks.violation(Invariant.DATE_OUT_OF_RANGE, "/recurrence/count", "the series of "
                            + wanted + " occurrences from " + first + " runs past the year 9999");
                }
                break;
            }
            if (sameDay(candidate, first)) {
                if (dates.size() == MAX_OCCURRENCES) {
                    throw Checks.violation(Invariant.RECURRENCE_TOO_MANY_OCCURRENCES, "/recurrence", "the series from "
                            + first + " has more than " + MAX_OCCURRENCES + " occurrences");
                }
                dates.add(candidate);
            }
        }
        return dates;
    }

    /**
     * Returns the dates on which a series that starts on a date meets: its occurrences without the
     * excluded dates.
     *
     * @param first the date of the first occurrence
     * @return the dates, ascending
     * @throws InvariantViolationException as {@link #datesFrom(LocalDate)} does
     */
    public final List<LocalDate> sessionDatesFrom(LocalDate first) {
        List<LocalDate> dates = datesFrom(first);
        dates.removeAll(excludedDates());
        return dates;
    }

    /** The {@code steps}-th date after {@code first}, by the frequency; clamped by java.time in short months. */
    private LocalDate candidate(LocalDate first, long steps) {
        switch (frequency()) {
            case DAILY:
                return first.plusDays(steps);
            case WEEKLY:
                return first.plusWeeks(steps);
            case MONTHLY:
                return first.plusMonths(steps);
            default:
                return first.plusYears(steps);
        }
    }

    /**
     * Whether a candidate is an occurrence: always by days and weeks; by months and years, when
     * java.time kept the first date's day of the month rather than clamping it (31 January plus a
     * month is 28 February, which RFC 5545 skips).
     */
    private boolean sameDay(LocalDate candidate, LocalDate first) {
        return frequency() == Frequency.DAILY || frequency() == Frequency.WEEKLY
                || candidate.getDayOfMonth() == first.getDayOfMonth();
    }

    @Value.Check
    final void check() {
        if (interval() < 1) {
            throw Checks.violation(Invariant.RECURRENCE_NOT_POSITIVE, "/interval", "interval " + interval()
                    + " must be 1 or more");
        }
        if (count().isPresent() == until().isPresent()) {
            throw Checks.violation(Invariant.RECURRENCE_END_NOT_ONE, count().isPresent() ? "/until" : "/count",
                    "a recurrence ends by a count or by an until date: exactly one of them");
        }
        if (count().isPresent() && count().get() < 1) {
            throw Checks.violation(Invariant.RECURRENCE_NOT_POSITIVE, "/count", "count " + count().get()
                    + " must be 1 or more");
        }
        if (count().isPresent() && count().get() > MAX_OCCURRENCES) {
            throw Checks.violation(Invariant.RECURRENCE_TOO_MANY_OCCURRENCES, "/count", "count " + count().get()
                    + " is more than " + MAX_OCCURRENCES + " occurrences");
        }
        until().ifPresent(d -> Checks.year(d, "/until"));
        for (int i = 0; i < excludedDates().size(); i++) {
            Checks.year(excludedDates().get(i), "/excludedDates/" + i);
        }
    }

    /**
     * Builds {@link Recurrence} values one attribute at a time; obtained from {@link
     * Recurrence#builder()}.
     *
     * <p>The frequency and exactly one of the count and the until date must be set. An attribute can
     * be set only once. Values are checked when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends RecurrenceBuilderBase {

        Builder() {}
    }
}
