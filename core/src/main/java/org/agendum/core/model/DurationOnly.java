package org.agendum.core.model;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * A timing that gives only a duration: the block starts where the block before it at the same
 * level ends (or where its parent, or the event, starts) and lasts this long on the time-line.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class DurationOnly implements Timing {

    DurationOnly() {}

    /**
     * Obtains a duration-only timing.
     *
     * @param duration the duration, positive
     * @return the timing
     * @throws InvariantViolationException if {@code duration} is not positive
     */
    public static DurationOnly of(Duration duration) {
        return ImmutableDurationOnly.builder().duration(duration).build();
    }

    @Override
    public abstract Duration duration();

    @Value.Check
    final void check() {
        Checks.positive(duration(), "/duration");
    }
}
