package org.agendum.core.model;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How many can attend: a number of seats, or just "limited seats" when no number is printed.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Capacity {

    Capacity() {}

    /**
     * Obtains a capacity announced as limited, without a number ("Plazas limitadas").
     *
     * @return the capacity
     */
    public static Capacity limited() {
        return ImmutableCapacity.builder().build();
    }

    /**
     * Obtains a capacity of a number of seats.
     *
     * @param seats the number of seats, positive
     * @return the capacity
     * @throws InvariantViolationException if {@code seats} is not positive
     */
    public static Capacity ofSeats(int seats) {
        return ImmutableCapacity.builder().seats(seats).build();
    }

    /**
     * Returns the number of seats.
     *
     * @return the number of seats, or empty when seats are announced as limited without a number
     */
    public abstract OptionalInt seats();

    @Value.Check
    final void check() {
        if (seats().isPresent() && seats().getAsInt() <= 0) {
            throw Checks.violation(Invariant.CAPACITY_NOT_POSITIVE, "/seats", "seats " + seats().getAsInt() + " must be positive");
        }
    }
}
