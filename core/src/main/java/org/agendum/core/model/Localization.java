package org.agendum.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The texts of an event or a block in one more language: its title, subtitle and description as
 * translated, beside the texts in the event's {@linkplain Event#defaultLanguage() default language}.
 *
 * <p>After JSCalendar's {@code localizations} (RFC 8984 §4.6.1), which patch an object per language
 * tag: here only the texts a programme prints are translated, each optional, at least one.
 *
 * <pre>{@code
 * Localization french = Localization.builder().language("fr").title("Séance d'ouverture").build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Localization extends LocalizationWithers {

    Localization() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableLocalization.builder();
    }

    /**
     * Obtains the title in one more language.
     *
     * @param language the BCP 47 tag of the translation's language, such as {@code "fr"}
     * @param title the title in that language
     * @return the localization, with a title only
     * @throws InvariantViolationException if the language is not a well-formed BCP 47 tag ({@link
     *     Invariant#INVALID_LANGUAGE_TAG}), or the title is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public static Localization title(String language, String title) {
        return builder().language(language).title(title).build();
    }

    /**
     * Returns the language the texts are translated into.
     *
     * @return a BCP 47 language tag such as {@code "fr"} or {@code "pt-BR"}
     * @refusedIf the language is not a well-formed BCP 47 tag ({@link Invariant#INVALID_LANGUAGE_TAG})
     */
    public abstract String language();

    /**
     * Returns the title in this language.
     *
     * @return the title, if translated
     * @refusedIf the title is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @refusedIfEmpty there would be neither a title, nor a subtitle, nor a description ({@link
     *     Invariant#EMPTY_VALUE})
     */
    public abstract Optional<String> title();

    /**
     * Returns the subtitle in this language.
     *
     * @return the subtitle, if translated
     * @refusedIf the subtitle is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @refusedIfEmpty there would be neither a title, nor a subtitle, nor a description ({@link
     *     Invariant#EMPTY_VALUE})
     */
    public abstract Optional<String> subtitle();

    /**
     * Returns the description in this language.
     *
     * @return the description, if translated
     * @refusedIf the description is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @refusedIfEmpty there would be neither a title, nor a subtitle, nor a description ({@link
     *     Invariant#EMPTY_VALUE})
     */
    public abstract Optional<String> description();

    /**
     * Returns whether this localization is in a language, comparing BCP 47 tags without regard to case
     * ({@code "pt-BR"} is {@code "pt-br"}).
     *
     * @param tag a BCP 47 language tag
     * @return true if the localization is in that language
     */
    public final boolean isIn(String tag) {
        return Languages.same(language(), tag);
    }

    @Value.Check
    final void check() {
        Checks.language(language(), "/language");
        Checks.text(title(), "/title");
        Checks.text(subtitle(), "/subtitle");
        Checks.text(description(), "/description");
        if (title().isEmpty() && subtitle().isEmpty() && description().isEmpty()) {
            throw Checks.violation(Invariant.EMPTY_VALUE, "",
                    "a localization needs a title, a subtitle or a description");
        }
    }

    /**
     * Builds {@link Localization} values one attribute at a time; obtained from {@link Localization#builder()}.
     *
     * <p>The language must be set, and one at least of the title, the subtitle and the description. An
     * attribute can be set only once: setting it again, with either overload, throws {@link
     * IllegalStateException}. Values are checked when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends LocalizationBuilderBase {

        Builder() {}
    }
}
