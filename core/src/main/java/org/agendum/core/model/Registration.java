package org.agendum.core.model;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to register for an event: whether it is required, where, until when, and how many seats
 * there are.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Registration implements WithRegistration {

    Registration() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns whether registration is required to attend ("inscripción obligatoria").
     *
     * @return true if required; false by default
     */
    @Value.Default
    public boolean required() {
        return false;
    }

    /**
     * Returns where to register (a form, a page).
     *
     * @return an absolute URL, if published
     */
    public abstract Optional<URI> url();

    /**
     * Returns how many can attend.
     *
     * @return the capacity, if announced
     */
    public abstract Optional<Capacity> capacity();

    /**
     * Returns the registration deadline.
     *
     * @return the deadline, if announced
     */
    public abstract Optional<Deadline> deadline();

    /**
     * Returns further instructions, as printed.
     *
     * @return the notes, if any
     */
    public abstract Optional<String> notes();

    @Value.Check
    final void check() {
        Checks.absolute(url(), "/url");
        Checks.text(notes(), "/notes");
    }

    /** Builds a {@link Registration}. */
    public static final class Builder extends ImmutableRegistration.Builder {
        Builder() {}
    }
}
