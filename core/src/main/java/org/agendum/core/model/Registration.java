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
public abstract class Registration extends RegistrationWithers {

    Registration() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableRegistration.builder();
    }

    /**
     * Returns whether registration is required to attend ("inscripción obligatoria").
     *
     * @return true if required; false by default
     * @noun requirement to register
     */
    @Value.Default
    public boolean required() {
        return false;
    }

    /**
     * Returns where to register (a form, a page).
     *
     * @return an absolute URL, if published
     * @refusedIf the URL is not absolute ({@link Invariant#RELATIVE_URI}) or has an unpaired surrogate
     *     ({@link Invariant#UNPAIRED_SURROGATE})
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
     * @refusedIf the notes are blank ({@link Invariant#BLANK_TEXT}) or have an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @noun note
     */
    public abstract Optional<String> notes();

    @Value.Check
    final void check() {
        Checks.absolute(url(), "/url");
        Checks.text(notes(), "/notes");
    }

    /**
     * Builds {@link Registration} values one attribute at a time; obtained from
     * {@link Registration#builder()}.
     *
     * <p>Every attribute is optional or has a default. An attribute can be set only once: setting it again,
     * with either overload, throws {@link IllegalStateException}. Values are checked when {@link #build()} is
     * called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends RegistrationBuilderBase {

        Builder() {}
    }
}
