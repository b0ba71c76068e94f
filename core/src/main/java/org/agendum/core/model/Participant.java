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
public abstract class Participant {

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
     */
    public abstract Optional<String> label();

    @Value.Check
    final void check() {
        Checks.text(label(), "/label");
    }

    /**
     * Returns a copy of this participant with another party.
     *
     * <p>Within an event, an id names one party: a different party with the same id anywhere in the event
     * breaks {@link Invariant#CONFLICTING_PARTY_ID} when the event is built.
     *
     * @param party the person or organization
     * @return a participant based on this one with the requested party
     * @throws NullPointerException if {@code party} is null
     */
    public abstract Participant withParty(Party party);

    /**
     * Returns a copy of this participant with another role.
     *
     * @param role the role
     * @return a participant based on this one with the requested role
     * @throws NullPointerException if {@code role} is null
     */
    public abstract Participant withRole(ParticipantRole role);

    /**
     * Returns a copy of this participant with a label, in place of any it has.
     *
     * @param label the label the programme prints for the role or the party ("Coordinación General")
     * @return a participant based on this one with the requested label
     * @throws NullPointerException if {@code label} is null
     * @throws InvariantViolationException if the label is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Participant withLabel(String label);

    /**
     * Returns a copy of this participant with a label, or without one if {@code label} is empty.
     *
     * @param label the label the programme prints for the role or the party ("Coordinación General"), or
     *     empty to remove it
     * @return a participant based on this one with the requested label, or without one
     * @throws NullPointerException if {@code label} is null
     * @throws InvariantViolationException if the label is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Participant withLabel(Optional<String> label);
}
