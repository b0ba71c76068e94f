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
public abstract class OnlineLocation extends OnlineLocationWithers {

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
     * @refusedIf the URL is not absolute ({@link Invariant#RELATIVE_URI}) or has an unpaired surrogate
     *     ({@link Invariant#UNPAIRED_SURROGATE})
     * @refusedIfEmpty there is neither a platform nor a link sent after registration ({@link
     *     Invariant#EMPTY_VALUE})
     */
    public abstract Optional<URI> url();

    /**
     * Returns the platform ("Zoom", "YouTube").
     *
     * @return the platform, if named
     * @refusedIf the platform is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @refusedIfEmpty there is neither a URL nor a link sent after registration ({@link
     *     Invariant#EMPTY_VALUE})
     */
    public abstract Optional<String> platform();

    /**
     * Returns whether the link to join is sent to those who register rather than published.
     *
     * @return true if the link is sent after registration; false by default
     * @refusedIf {@code linkSentAfterRegistration} is false and there is neither a URL nor a platform ({@link
     *     Invariant#EMPTY_VALUE})
     * @noun way of sharing the link to join
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
     * Builds {@link OnlineLocation} values one attribute at a time; obtained from
     * {@link OnlineLocation#builder()}.
     *
     * <p>Every attribute is optional or has a default. An attribute can be set only once: setting it again,
     * with either overload, throws {@link IllegalStateException}. Values are checked when {@link #build()} is
     * called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends OnlineLocationBuilderBase {

        Builder() {}

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
