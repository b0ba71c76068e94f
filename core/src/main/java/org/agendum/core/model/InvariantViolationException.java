package org.agendum.core.model;

import java.util.Objects;

/**
 * Thrown when a model value would break one of its {@link Invariant invariants}.
 *
 * <p>The exception names the invariant (whose {@linkplain Invariant#code() code} is stable), the
 * path of the offending attribute relative to the value being built, in JSON Pointer syntax (for
 * example {@code "/blocks/3/id"}, or {@code ""} for the value itself), and a message a person can
 * act on.
 */
public final class InvariantViolationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The violated invariant. */
    private final Invariant invariant;
    /** The path of the offending attribute, relative to the value being built. */
    private final String path;

    /**
     * Creates an exception for a violated invariant.
     *
     * @param invariant the violated invariant
     * @param path the path of the offending attribute, in JSON Pointer syntax, relative to the
     *     value being built; {@code ""} for the value itself
     * @param message what is wrong, in words a person can act on
     */
    public InvariantViolationException(Invariant invariant, String path, String message) {
        super(Objects.requireNonNull(message, "message")
                + " (" + Objects.requireNonNull(invariant, "invariant").code()
                + (Objects.requireNonNull(path, "path").isEmpty() ? "" : " at " + path) + ")");
        this.invariant = invariant;
        this.path = path;
    }

    /**
     * Returns the violated invariant.
     *
     * @return the invariant, not null
     */
    public Invariant invariant() {
        return invariant;
    }

    /**
     * Returns the stable code of the violated invariant.
     *
     * @return the code, for example {@code "DUPLICATE_BLOCK_ID"}
     */
    public String code() {
        return invariant.code();
    }

    /**
     * Returns the path of the offending attribute relative to the value being built, in JSON
     * Pointer syntax.
     *
     * @return the path, {@code ""} when the value as a whole is at fault
     */
    public String path() {
        return path;
    }
}
