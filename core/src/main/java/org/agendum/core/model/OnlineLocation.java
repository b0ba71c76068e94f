package org.agendum.core.model;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where to join an online event: a URL, a platform, or the promise that the link is sent to those
 * who register; and what the platform's invitation gives besides: the meeting id, the passcode
 * (confidential: see {@link #passcode()}) and the numbers to join by telephone.
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
     * @refusedIfEmpty there would be neither a URL nor a platform, and the link is not sent after registration
     *     ({@link Invariant#EMPTY_VALUE})
     */
    public abstract Optional<URI> url();

    /**
     * Returns the platform ("Zoom", "YouTube").
     *
     * @return the platform, if named
     * @refusedIf the platform is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @refusedIfEmpty there would be neither a URL nor a platform, and the link is not sent after registration
     *     ({@link Invariant#EMPTY_VALUE})
     */
    public abstract Optional<String> platform();

    /**
     * Returns whether the link to join is sent to those who register rather than published.
     *
     * @return true if the link is sent after registration; false by default
     * @refusedIf there would be neither a URL nor a platform, and the link is not sent after registration
     *     ({@link Invariant#EMPTY_VALUE})
     * @noun way of sharing the link to join
     */
    @Value.Default
    public boolean linkSentAfterRegistration() {
        return false;
    }

    /**
     * Returns the meeting's number on its platform, to join from the platform's app ("812 3456 7890").
     *
     * @return the meeting id, if published
     * @refusedIf the meeting id is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> meetingId();

    /**
     * Returns the passcode to join. It is confidential: the canonical JSON keeps it, but {@code
     * agendum show} and the iCalendar exports leave it out unless they are asked to include it
     * ({@link Event#withoutConfidential()}).
     *
     * @return the passcode, if one is needed
     * @refusedIf the passcode is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> passcode();

    /**
     * Returns the telephone numbers to join by, in the order printed.
     *
     * @return the dial-in numbers, possibly empty
     * @noun dial-in number | dial-in numbers
     */
    public abstract List<DialIn> dialIns();

    @Value.Check
    final void check() {
        Checks.absolute(url(), "/url");
        Checks.text(platform(), "/platform");
        Checks.text(meetingId(), "/meetingId");
        Checks.text(passcode(), "/passcode");
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
    }
}
