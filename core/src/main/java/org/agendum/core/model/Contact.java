package org.agendum.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party to contact about an event, and for what. The ways to reach it (e-mail, telephone, web
 * page) are the party's own.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contact {

    Contact() {}

    /**
     * Obtains a contact.
     *
     * @param party the person or organization to contact
     * @return the contact
     */
    public static Contact of(Party party) {
        return ImmutableContact.builder().party(party).build();
    }

    /**
     * Returns the person or organization to contact.
     *
     * @return the party
     */
    public abstract Party party();

    /**
     * Returns what to contact this party about ("Inscripciones", "Prensa").
     *
     * @return the role, if stated
     */
    public abstract Optional<String> role();

    @Value.Check
    final void check() {
        Checks.text(role(), "/role");
    }

    /**
     * Returns a copy of this contact with another party.
     *
     * <p>Within an event, an id names one party: a different party with the same id anywhere in the event
     * breaks {@link Invariant#CONFLICTING_PARTY_ID} when the event is built.
     *
     * @param party the person or organization to contact
     * @return a contact based on this one with the requested party
     * @throws NullPointerException if {@code party} is null
     */
    public abstract Contact withParty(Party party);

    /**
     * Returns a copy of this contact with a role, in place of any it has.
     *
     * @param role what to contact the party about ("Inscripciones", "Prensa")
     * @return a contact based on this one with the requested role
     * @throws NullPointerException if {@code role} is null
     * @throws InvariantViolationException if the role is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Contact withRole(String role);

    /**
     * Returns a copy of this contact with a role, or without one if {@code role} is empty.
     *
     * @param role what to contact the party about ("Inscripciones", "Prensa"), or empty to remove it
     * @return a contact based on this one with the requested role, or without one
     * @throws NullPointerException if {@code role} is null
     * @throws InvariantViolationException if the role is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Contact withRole(Optional<String> role);
}
