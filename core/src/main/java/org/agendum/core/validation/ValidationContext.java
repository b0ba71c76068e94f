package org.agendum.core.validation;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.agendum.core.model.Event;
import org.agendum.core.time.Timetable;

/**
 * What a {@link Rule} checks: the event, its timetable (resolved once per validation), and the
 * clock of time-dependent rules.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ValidationContext {
    private final Event event;
    private final Timetable timetable;
    private final Optional<Clock> clock;

    ValidationContext(Event event, Timetable timetable, Optional<Clock> clock) {
        this.event = Objects.requireNonNull(event, "event");
        this.timetable = Objects.requireNonNull(timetable, "timetable");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Returns the event being validated.
     *
     * @return the event
     */
    public Event event() {
        return event;
    }

    /**
     * Returns the timetable of the event.
     *
     * @return the timetable
     */
    public Timetable timetable() {
        return timetable;
    }

    /**
     * Returns the clock that time-dependent rules read "now" from. Without one, such rules report
     * nothing, so that validation does not depend on when it runs.
     *
     * @return the clock, if the validator has one
     */
    public Optional<Clock> clock() {
        return clock;
    }
}
