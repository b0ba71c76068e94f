package org.agendum.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party who takes part in a block &mdash; speaks, presents, hosts &mdash; with the label the
 * programme prints for it.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Participant extends ParticipantWithers {

    Participant() {}

    /**
     * Obtains a participant with a role.
     *
     * @param party the person or organization
     * @param role the role
     * @return the participant
     */
    public static Participant of(Party party, ParticipantRole role) {
        return ImmutableParticipant.builder().party(party).role(role).build();
    }

    /**
     * Obtains a participant with the role {@link ParticipantRole#SPEAKER}.
     *
     * @param party the person or organization
     * @return the participant
     */
    public static Participant speaker(Party party) {
        return of(party, ParticipantRole.SPEAKER);
    }

    /**
     * Obtains a participant with the role {@link ParticipantRole#PANELIST}.
     *
     * @param party the person or organization
     * @return the participant
     */
    public static Participant panelist(Party party) {
        return of(party, ParticipantRole.PANELIST);
    }

    /**
     * Returns the person or organization.
     *
     * @return the party
     */
    public abstract Party party();

    /**
     * Returns the role.
     *
     * @return the role
     */
    public abstract ParticipantRole role();

    /**
     * Returns the label the programme prints for the role or the party ("Coordinación General").
     *
     * @return the label, if printed
     * @refusedIf the label is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> label();

    /**
     * Returns whether the party takes part remotely, from elsewhere than the room, in a hybrid or
     * in-person block; the programme says "(remote)".
     *
     * @return true if remote; false by default
     */
    @Value.Default
    public boolean remote() {
        return false;
    }

    @Value.Check
    final void check() {
        Checks.text(label(), "/label");
    }

}
