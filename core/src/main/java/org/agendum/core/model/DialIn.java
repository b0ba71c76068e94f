package org.agendum.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A telephone number to join an online meeting by, with its PIN and what it is for ("+54 341 512
 * 2188", "Argentina").
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DialIn extends DialInWithers {

    DialIn() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableDialIn.builder();
    }

    /**
     * Obtains a dial-in number.
     *
     * @param number the number as printed, such as {@code "+54 341 512 2188"}
     * @return the dial-in number, without PIN or label
     * @throws InvariantViolationException if the number is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public static DialIn of(String number) {
        return builder().number(number).build();
    }

    /**
     * Obtains a dial-in number with what it is for.
     *
     * @param number the number as printed, such as {@code "+54 341 512 2188"}
     * @param label what the number is for, as printed ("Argentina", "toll-free")
     * @return the dial-in number, without PIN
     * @throws InvariantViolationException if the number or the label is blank ({@link Invariant#BLANK_TEXT})
     *     or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public static DialIn of(String number, String label) {
        return builder().number(number).label(label).build();
    }

    /**
     * Returns the telephone number to call, as printed ("+54 341 512 2188").
     *
     * @return the number, not blank
     * @refusedIf the number is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract String number();

    /**
     * Returns the PIN to key in after calling, as printed ("812 3456 7890#").
     *
     * @return the PIN, if one is needed
     * @refusedIf the PIN is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @noun PIN
     */
    public abstract Optional<String> pin();

    /**
     * Returns what the number is for, as printed: a country, a city, "toll-free".
     *
     * @return the label, if printed
     * @refusedIf the label is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> label();

    @Value.Check
    final void check() {
        Checks.text(number(), "/number");
        Checks.text(pin(), "/pin");
        Checks.text(label(), "/label");
    }

    /**
     * Builds {@link DialIn} values one attribute at a time; obtained from {@link DialIn#builder()}.
     *
     * <p>An attribute can be set only once: setting it again, with either overload, throws {@link
     * IllegalStateException}. Values are checked when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends DialInBuilderBase {

        Builder() {}
    }
}
