package org.agendum.core.model;

import java.net.URI;
import java.util.Optional;

/**
 * Someone who organizes, moderates, speaks or can be contacted: a {@link Person} or an {@link
 * Organization}.
 *
 * <p>Every party has a stable {@link #id() id}; within one event an id names exactly one party, so
 * the same person speaking in two blocks is one party (see {@link Invariant#CONFLICTING_PARTY_ID}).
 *
 * @implSpec Implementations are immutable and thread-safe. This interface is sealed: the model
 *     knows every kind of party.
 */
public sealed interface Party permits Person, Organization {

    /**
     * Returns the identifier of this party, unique among the parties of an event.
     *
     * @return the id, non-empty and without whitespace
     * @refusedIf the id is empty, contains whitespace or a control character, or is longer than {@value
     *     Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID}), or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    String id();

    /**
     * Returns the name as printed, without honorific: "Marcela Petrantonio", "Mercociudades".
     *
     * @return the name, not blank
     * @refusedIf the name is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    String name();

    /**
     * Returns the e-mail address, as given.
     *
     * @return the e-mail address, if known
     * @noun e-mail address
     * @refusedIf the e-mail address is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    Optional<String> email();

    /**
     * Returns the telephone number, as printed ("+33 (0)1 53 41 81 92").
     *
     * @return the telephone number, if known
     * @noun telephone number
     * @refusedIf the telephone number is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    Optional<String> phone();

    /**
     * Returns the web page of this party.
     *
     * @return an absolute URI, if known
     * @noun web page
     * @refusedIf the web page is not an absolute URI ({@link Invariant#RELATIVE_URI}) or has an unpaired
     *     surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    Optional<URI> url();

    /**
     * Returns the city this party is from or represents, as printed ("Porto Alegre").
     *
     * @return the city, if known
     * @refusedIf the city is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    Optional<String> city();

    /**
     * Returns the country this party is from or represents.
     *
     * @return an ISO 3166-1 alpha-2 code such as {@code "MX"}, if known
     * @refusedIf the country is not an officially assigned ISO 3166-1 alpha-2 code, in upper case ({@link
     *     Invariant#INVALID_COUNTRY_CODE})
     */
    Optional<String> country();

    /**
     * Returns the name as a programme would print it: with the honorific of a person ("Lic. Mag.
     * Marcela Petrantonio"), with the acronym of an organization when it has one.
     *
     * @return the display name, not blank
     */
    String displayName();
}
