package org.agendum.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.immutables.value.Value;

/**
 * A half-open span of time {@code [start, end)} between two zoned date-times.
 *
 * <p>Comparisons ({@link #overlaps}, {@link #abuts}, {@link #encloses}) are on the instant
 * time-line, whatever the zones; {@code equals} compares the zoned date-times themselves, zones
 * included, as {@link ZonedDateTime#equals} does.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimeSpan {

    TimeSpan() {}

    /**
     * Obtains a span from a start, inclusive, to an end, exclusive.
     *
     * @param startInclusive the start
     * @param endExclusive the end, not before the start
     * @return the span
     * @throws IllegalArgumentException if the end is before the start
     */
    public static TimeSpan of(ZonedDateTime startInclusive, ZonedDateTime endExclusive) {
        return ImmutableTimeSpan.builder().start(startInclusive).end(endExclusive).build();
    }

    /**
     * Returns the start, inclusive.
     *
     * @return the start
     */
    public abstract ZonedDateTime start();

    /**
     * Returns the end, exclusive.
     *
     * @return the end, not before the start
     */
    public abstract ZonedDateTime end();

    /**
     * Returns the time elapsed from start to end.
     *
     * @return the duration, zero or positive
     */
    public final Duration duration() {
        return Duration.between(start(), end());
    }

    /**
     * Returns whether this span and another share some instant. Spans that only touch ({@link
     * #abuts}) do not overlap.
     *
     * @param other the other span
     * @return true if they overlap
     */
    public final boolean overlaps(TimeSpan other) {
        return start().isBefore(other.end()) && other.start().isBefore(end());
    }

    /**
     * Returns whether this span ends where the other starts, or starts where it ends.
     *
     * @param other the other span
     * @return true if they touch without overlapping
     */
    public final boolean abuts(TimeSpan other) {
        return end().isEqual(other.start()) || other.end().isEqual(start());
    }

    /**
     * Returns whether this span contains the whole of another.
     *
     * @param other the other span
     * @return true if the other starts no earlier and ends no later than this one
     */
    public final boolean encloses(TimeSpan other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /**
     * Returns whether an instant falls in this span: at or after its start and before its end. An
     * empty span contains no instant.
     *
     * @param instant the instant
     * @return true if {@code start <= instant < end}
     */
    public final boolean contains(Instant instant) {
        return !instant.isBefore(start().toInstant()) && instant.isBefore(end().toInstant());
    }

    /**
     * Returns a copy of this span shown in another zone: the same instants, other wall-clock times.
     *
     * @param zone the zone to show the span in
     * @return the span in {@code zone}
     */
    public final TimeSpan atZone(ZoneId zone) {
        return of(start().withZoneSameInstant(zone), end().withZoneSameInstant(zone));
    }

    @Value.Check
    final void check() {
        if (end().isBefore(start())) {
            throw new IllegalArgumentException("span end " + end() + " is before its start " + start());
        }
    }

    @Override
    public final String toString() {
        return "[" + start() + ", " + end() + ")";
    }
}
