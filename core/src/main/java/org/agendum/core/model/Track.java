package org.agendum.core.model;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A track of an event that runs parallel sessions, defined once on the {@linkplain Event#tracks() event}
 * and referred to by its id from its blocks ({@link AgendaBlock#track()}): its name, the colour a
 * printed programme marks it with, and what it is about.
 *
 * <pre>{@code
 * Track research = Track.builder().id("research").name("Research").color("#1F77B4").build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Track extends TrackWithers {

    /** {@code #RRGGBB}, as CSS and iCalendar's {@code COLOR} companions write a colour in hexadecimal. */
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    Track() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableTrack.builder();
    }

    /**
     * Obtains a track with its id and name only.
     *
     * @param id the id the blocks refer to it by
     * @param name the name, as printed
     * @return the track
     * @throws InvariantViolationException if the id is not a valid id ({@link Invariant#INVALID_ID}), the
     *     name is blank ({@link Invariant#BLANK_TEXT}), or either has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public static Track of(String id, String name) {
        return builder().id(id).name(name).build();
    }

    /**
     * Returns the identifier the blocks refer to the track by, unique among the event's tracks.
     *
     * @return the id, non-empty and without whitespace
     * @refusedIf the id is empty, contains whitespace or a control character, or is longer than {@value
     *     Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID}), or has an unpaired surrogate
     *     ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract String id();

    /**
     * Returns the name of the track, as printed ("Research", "Políticas públicas").
     *
     * @return the name, not blank
     * @refusedIf the name is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract String name();

    /**
     * Returns the colour a programme marks the track with, as {@code #RRGGBB} in hexadecimal ({@code
     * "#1F77B4"}).
     *
     * @return the colour, if chosen
     * @refusedIf the colour is not {@code #} and six hexadecimal digits ({@link Invariant#INVALID_COLOR})
     */
    public abstract Optional<String> color();

    /**
     * Returns what the track is about.
     *
     * @return the description, if any
     * @refusedIf the description is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> description();

    @Value.Check
    final void check() {
        Checks.id(id(), "/id");
        Checks.text(name(), "/name");
        color().ifPresent(color -> {
            if (!COLOR.matcher(color).matches()) {
                throw Checks.violation(Invariant.INVALID_COLOR, "/color",
                        "colour '" + Checks.shown(color) + "' must be '#' and six hexadecimal digits, such as '#1F77B4'");
            }
        });
        Checks.text(description(), "/description");
    }

    /**
     * Builds {@link Track} values one attribute at a time; obtained from {@link Track#builder()}.
     *
     * <p>An attribute can be set only once: setting it again, with either overload, throws {@link
     * IllegalStateException}. Values are checked when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends TrackBuilderBase {

        Builder() {}
    }
}
