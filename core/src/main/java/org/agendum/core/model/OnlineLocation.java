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
public abstract class OnlineLocation implements WithOnlineLocation {

    OnlineLocation() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return new Builder();
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

    /** Builds an {@link OnlineLocation}. */
    public static final class Builder extends ImmutableOnlineLocation.Builder {
        Builder() {}
    }
}
