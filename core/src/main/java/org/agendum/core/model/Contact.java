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
public abstract class Contact extends ContactWithers {

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
     * @refusedIf the role is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> role();

    @Value.Check
    final void check() {
        Checks.text(role(), "/role");
    }

}
