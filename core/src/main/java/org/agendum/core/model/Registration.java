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
public abstract class Registration {

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

    /**
     * Returns a copy of this registration that says whether registration is required to attend.
     *
     * @param required true if registration is required to attend
     * @return a registration based on this one with the requested value
     */
    public abstract Registration withRequired(boolean required);

    /**
     * Returns a copy of this registration with a URL, in place of any it has.
     *
     * @param url where to register, an absolute URL
     * @return a registration based on this one with the requested URL
     * @throws NullPointerException if {@code url} is null
     * @throws InvariantViolationException if the URL is not absolute ({@link Invariant#RELATIVE_URI}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Registration withUrl(URI url);

    /**
     * Returns a copy of this registration with a URL, or without one if {@code url} is empty.
     *
     * @param url where to register, an absolute URL, or empty to remove it
     * @return a registration based on this one with the requested URL, or without one
     * @throws NullPointerException if {@code url} is null
     * @throws InvariantViolationException if the URL is not absolute ({@link Invariant#RELATIVE_URI}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Registration withUrl(Optional<? extends URI> url);

    /**
     * Returns a copy of this registration with a capacity, in place of any it has.
     *
     * @param capacity how many can attend
     * @return a registration based on this one with the requested capacity
     * @throws NullPointerException if {@code capacity} is null
     */
    public abstract Registration withCapacity(Capacity capacity);

    /**
     * Returns a copy of this registration with a capacity, or without one if {@code capacity} is empty.
     *
     * @param capacity how many can attend, or empty to remove it
     * @return a registration based on this one with the requested capacity, or without one
     * @throws NullPointerException if {@code capacity} is null
     */
    public abstract Registration withCapacity(Optional<? extends Capacity> capacity);

    /**
     * Returns a copy of this registration with a deadline, in place of any it has.
     *
     * @param deadline the registration deadline
     * @return a registration based on this one with the requested deadline
     * @throws NullPointerException if {@code deadline} is null
     */
    public abstract Registration withDeadline(Deadline deadline);

    /**
     * Returns a copy of this registration with a deadline, or without one if {@code deadline} is empty.
     *
     * @param deadline the registration deadline, or empty to remove it
     * @return a registration based on this one with the requested deadline, or without one
     * @throws NullPointerException if {@code deadline} is null
     */
    public abstract Registration withDeadline(Optional<? extends Deadline> deadline);

    /**
     * Returns a copy of this registration with notes, in place of any it has.
     *
     * @param notes further instructions, as printed
     * @return a registration based on this one with the requested notes
     * @throws NullPointerException if {@code notes} is null
     * @throws InvariantViolationException if the notes are blank ({@link Invariant#BLANK_TEXT}) or have an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Registration withNotes(String notes);

    /**
     * Returns a copy of this registration with notes, or without any if {@code notes} is empty.
     *
     * @param notes further instructions, as printed, or empty to remove them
     * @return a registration based on this one with the requested notes, or without any
     * @throws NullPointerException if {@code notes} is null
     * @throws InvariantViolationException if the notes are blank ({@link Invariant#BLANK_TEXT}) or have an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Registration withNotes(Optional<String> notes);

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
    public abstract static class Builder {

        Builder() {}

        /**
         * Sets whether registration is required to attend ("inscripción obligatoria"); {@code false} if not
         * set.
         *
         * @param required true if registration is required to attend
         * @return this builder
         * @throws IllegalStateException if the value is already set
         */
        public abstract Builder required(boolean required);

        /**
         * Sets the URL to register at.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the URL is not absolute
         * ({@link Invariant#RELATIVE_URI}) or has an unpaired surrogate
         * ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param url where to register, an absolute URL
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         * @throws IllegalStateException if the URL is already set
         */
        public abstract Builder url(URI url);

        /**
         * Sets the URL to register at, or leaves the registration without one if {@code url} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the URL is not absolute
         * ({@link Invariant#RELATIVE_URI}) or has an unpaired surrogate
         * ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param url where to register, an absolute URL, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         * @throws IllegalStateException if the URL is already set
         */
        public abstract Builder url(Optional<? extends URI> url);

        /**
         * Sets the capacity.
         *
         * @param capacity how many can attend
         * @return this builder
         * @throws NullPointerException if {@code capacity} is null
         * @throws IllegalStateException if the capacity is already set
         */
        public abstract Builder capacity(Capacity capacity);

        /**
         * Sets the capacity, or leaves the registration without one if {@code capacity} is empty.
         *
         * @param capacity how many can attend, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code capacity} is null
         * @throws IllegalStateException if the capacity is already set
         */
        public abstract Builder capacity(Optional<? extends Capacity> capacity);

        /**
         * Sets the deadline.
         *
         * @param deadline the registration deadline
         * @return this builder
         * @throws NullPointerException if {@code deadline} is null
         * @throws IllegalStateException if the deadline is already set
         */
        public abstract Builder deadline(Deadline deadline);

        /**
         * Sets the deadline, or leaves the registration without one if {@code deadline} is empty.
         *
         * @param deadline the registration deadline, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code deadline} is null
         * @throws IllegalStateException if the deadline is already set
         */
        public abstract Builder deadline(Optional<? extends Deadline> deadline);

        /**
         * Sets the further instructions, as printed.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the notes are blank
         * ({@link Invariant#BLANK_TEXT}) or have an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param notes further instructions, as printed
         * @return this builder
         * @throws NullPointerException if {@code notes} is null
         * @throws IllegalStateException if the notes are already set
         */
        public abstract Builder notes(String notes);

        /**
         * Sets the further instructions, as printed, or leaves the registration without any if {@code notes}
         * is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the notes are blank
         * ({@link Invariant#BLANK_TEXT}) or have an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param notes further instructions, as printed, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code notes} is null
         * @throws IllegalStateException if the notes are already set
         */
        public abstract Builder notes(Optional<String> notes);

        /**
         * Builds the registration from the attributes set so far.
         *
         * <p>It checks the registration's invariants, and throws {@link InvariantViolationException} if:
         * <ul>
         * <li>the URL is not absolute ({@link Invariant#RELATIVE_URI});
         * <li>the notes are blank ({@link Invariant#BLANK_TEXT});
         * <li>the URL or the notes have an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         * </ul>
         *
         * @return the registration
         * @throws InvariantViolationException if an invariant above does not hold
         */
        public abstract Registration build();
    }
}
