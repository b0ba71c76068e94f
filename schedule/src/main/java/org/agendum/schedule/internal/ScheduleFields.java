package org.agendum.schedule.internal;

import java.util.Optional;
import org.agendum.core.format.EventFormatException;

/**
 * An element of {@code schedule.xml} or an object of {@code schedule.json} as the readers see it:
 * named texts, each with its place. The conference is read from either through this view.
 */
interface ScheduleFields {

    /** Returns the element's or object's own place. */
    Place place();

    /** Returns a child's or member's text, trimmed, or empty when it is absent or blank. */
    Optional<String> text(String name);

    /** Returns the place of a child or member. */
    Place placeOf(String name);

    /** A reading of a text at its place that may fail. */
    @FunctionalInterface
    interface Reading<T> {
        /** Reads a value. */
        T read(String text, Place place) throws EventFormatException;
    }

    /** Reads a child's or member's text when it has one. */
    default <T> Optional<T> read(String name, Reading<T> reading) throws EventFormatException {
        Optional<String> text = text(name);
        return text.isEmpty() ? Optional.empty() : Optional.of(reading.read(text.get(), placeOf(name)));
    }
}
