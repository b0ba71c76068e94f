package org.agendum.core.model;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where to join an online event: a URL, a platform, or the promise that the link is sent to those
 * who register.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OnlineLocation {

    OnlineLocation() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableOnlineLocation.builder();
    }

    /**
     * Obtains an online location at a URL.
     *
     * @param url the absolute URL to join at
     * @return the online location
     */
    public static OnlineLocation of(URI url) {
        return builder().url(url).build();
    }

    /**
     * Returns the URL to join at.
     *
     * @return an absolute URL, if published
     */
    public abstract Optional<URI> url();

    /**
     * Returns the platform ("Zoom", "YouTube").
     *
     * @return the platform, if named
     */
    public abstract Optional<String> platform();

    /**
     * Returns whether the link to join is sent to those who register rather than published.
     *
     * @return true if the link is sent after registration; false by default
     */
    @Value.Default
    public boolean linkSentAfterRegistration() {
        return false;
    }

    @Value.Check
    final void check() {
        Checks.absolute(url(), "/url");
        Checks.text(platform(), "/platform");
        if (url().isEmpty() && platform().isEmpty() && !linkSentAfterRegistration()) {
            throw Checks.violation(Invariant.EMPTY_VALUE, "",
                    "an online location needs a URL, a platform, or a link sent after registration");
        }
    }

    /**
     * Returns a copy of this online location with a URL, in place of any it has.
     *
     * @param url the absolute URL to join at
     * @return an online location based on this one with the requested URL
     * @throws NullPointerException if {@code url} is null
     * @throws InvariantViolationException if the URL is not absolute ({@link Invariant#RELATIVE_URI}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract OnlineLocation withUrl(URI url);

    /**
     * Returns a copy of this online location with a URL, or without one if {@code url} is empty.
     *
     * @param url the absolute URL to join at, or empty to remove it
     * @return an online location based on this one with the requested URL, or without one
     * @throws NullPointerException if {@code url} is null
     * @throws InvariantViolationException if the URL is not absolute ({@link Invariant#RELATIVE_URI}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}), or if it is empty and there is
     *     neither a platform nor a link sent after registration ({@link Invariant#EMPTY_VALUE})
     */
    public abstract OnlineLocation withUrl(Optional<? extends URI> url);

    /**
     * Returns a copy of this online location with a platform, in place of any it has.
     *
     * @param platform the platform ("Zoom", "YouTube")
     * @return an online location based on this one with the requested platform
     * @throws NullPointerException if {@code platform} is null
     * @throws InvariantViolationException if the platform is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract OnlineLocation withPlatform(String platform);

    /**
     * Returns a copy of this online location with a platform, or without one if {@code platform} is empty.
     *
     * @param platform the platform ("Zoom", "YouTube"), or empty to remove it
     * @return an online location based on this one with the requested platform, or without one
     * @throws NullPointerException if {@code platform} is null
     * @throws InvariantViolationException if the platform is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}), or if it is empty and there is neither a
     *     URL nor a link sent after registration ({@link Invariant#EMPTY_VALUE})
     */
    public abstract OnlineLocation withPlatform(Optional<String> platform);

    /**
     * Returns a copy of this online location that says whether the link to join is sent to those who
     * register.
     *
     * @param linkSentAfterRegistration true if the link to join is sent to those who register
     * @return an online location based on this one with the requested value
     * @throws InvariantViolationException if {@code linkSentAfterRegistration} is false and there is neither
     *     a URL nor a platform ({@link Invariant#EMPTY_VALUE})
     */
    public abstract OnlineLocation withLinkSentAfterRegistration(boolean linkSentAfterRegistration);

    /**
     * Builds {@link OnlineLocation} values one attribute at a time; obtained from
     * {@link OnlineLocation#builder()}.
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
         * Sets the URL to join at.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the URL is not absolute
         * ({@link Invariant#RELATIVE_URI}) or has an unpaired surrogate
         * ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param url the absolute URL to join at
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         * @throws IllegalStateException if the URL is already set
         */
        public abstract Builder url(URI url);

        /**
         * Sets the URL to join at, or leaves the online location without one if {@code url} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the URL is not absolute
         * ({@link Invariant#RELATIVE_URI}) or has an unpaired surrogate
         * ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param url the absolute URL to join at, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         * @throws IllegalStateException if the URL is already set
         */
        public abstract Builder url(Optional<? extends URI> url);

        /**
         * Sets the platform.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the platform is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param platform the platform ("Zoom", "YouTube")
         * @return this builder
         * @throws NullPointerException if {@code platform} is null
         * @throws IllegalStateException if the platform is already set
         */
        public abstract Builder platform(String platform);

        /**
         * Sets the platform, or leaves the online location without one if {@code platform} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the platform is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param platform the platform ("Zoom", "YouTube"), or empty for none
         * @return this builder
         * @throws NullPointerException if {@code platform} is null
         * @throws IllegalStateException if the platform is already set
         */
        public abstract Builder platform(Optional<String> platform);

        /**
         * Sets whether the link to join is sent to those who register rather than published; {@code false} if
         * not set.
         *
         * @param linkSentAfterRegistration true if the link to join is sent to those who register
         * @return this builder
         * @throws IllegalStateException if the value is already set
         */
        public abstract Builder linkSentAfterRegistration(boolean linkSentAfterRegistration);

        /**
         * Builds the online location from the attributes set so far.
         *
         * <p>It checks the online location's invariants, and throws {@link InvariantViolationException} if:
         * <ul>
         * <li>there is neither a URL nor a platform, and the link is not sent after registration
         *     ({@link Invariant#EMPTY_VALUE});
         * <li>the URL is not absolute ({@link Invariant#RELATIVE_URI});
         * <li>the platform is blank ({@link Invariant#BLANK_TEXT});
         * <li>the URL or the platform has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         * </ul>
         *
         * @return the online location
         * @throws InvariantViolationException if an invariant above does not hold
         */
        public abstract OnlineLocation build();
    }
}
