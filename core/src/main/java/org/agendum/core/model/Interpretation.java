package org.agendum.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Simultaneous interpretation offered to attendees: the language it is into, the language it is
 * from when the programme says, and the channel to tune to ("channel 2", "Canal 2").
 *
 * <pre>{@code
 * Interpretation english = Interpretation.builder().language("en").sourceLanguage("sw").channel("Channel 2").build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Interpretation extends InterpretationWithers {

    Interpretation() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableInterpretation.builder();
    }

    /**
     * Obtains interpretation into a language, from whatever language is spoken.
     *
     * @param language the BCP 47 tag of the language interpreted into, such as {@code "en"}
     * @return the interpretation, without source language or channel
     * @throws InvariantViolationException if the language is not a well-formed BCP 47 tag ({@link
     *     Invariant#INVALID_LANGUAGE_TAG})
     */
    public static Interpretation into(String language) {
        return builder().language(language).build();
    }

    /**
     * Returns the language interpreted into: what attendees hear on the channel.
     *
     * @return a BCP 47 language tag such as {@code "en"}
     * @refusedIf the language is not a well-formed BCP 47 tag ({@link Invariant#INVALID_LANGUAGE_TAG})
     */
    public abstract String language();

    /**
     * Returns the language interpreted from, when the programme names it; otherwise whatever the
     * speakers speak.
     *
     * @return a BCP 47 language tag, if stated
     * @refusedIf the source language is not a well-formed BCP 47 tag ({@link Invariant#INVALID_LANGUAGE_TAG})
     */
    public abstract Optional<String> sourceLanguage();

    /**
     * Returns the channel to tune to, as printed ("Channel 2", "Canal 2").
     *
     * @return the channel, if printed
     * @refusedIf the channel is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> channel();

    @Value.Check
    final void check() {
        Checks.language(language(), "/language");
        sourceLanguage().ifPresent(source -> Checks.language(source, "/sourceLanguage"));
        Checks.text(channel(), "/channel");
    }

    /**
     * Builds {@link Interpretation} values one attribute at a time; obtained from {@link
     * Interpretation#builder()}.
     *
     * <p>An attribute can be set only once: setting it again, with either overload, throws {@link
     * IllegalStateException}. Values are checked when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends InterpretationBuilderBase {

        Builder() {}
    }
}
