package org.agendum.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party who moderates, facilitates or chairs a block, with the label the programme prints for
 * it ("Modera", "Facilitadora").
 *
 * <pre>{@code
 * Moderator facilitator = Moderator.facilitator(martinezJusto).withLabel("Facilitadora");
 * Moderator network = Moderator.moderator(alLas).withLabel("Modera");
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Moderator extends ModeratorWithers {

    Moderator() {}

    /**
     * Obtains a moderator with a role.
     *
     * @param party the person or organization
     * @param role the role
     * @return the moderator
     */
    public static Moderator of(Party party, ModeratorRole role) {
        return ImmutableModerator.builder().party(party).role(role).build();
    }

    /**
     * Obtains a moderator with the role {@link ModeratorRole#MODERATOR}.
     *
     * @param party the person or organization
     * @return the moderator
     */
    public static Moderator moderator(Party party) {
        return of(party, ModeratorRole.MODERATOR);
    }

    /**
     * Obtains a moderator with the role {@link ModeratorRole#FACILITATOR}.
     *
     * @param party the person or organization
     * @return the moderator
     */
    public static Moderator facilitator(Party party) {
        return of(party, ModeratorRole.FACILITATOR);
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
    public abstract ModeratorRole role();

    /**
     * Returns the label the programme prints for the role, as printed.
     *
     * @return the label, if printed
     * @refusedIf the label is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> label();

    /**
     * Returns whether the party moderates remotely, from elsewhere than the room, in a hybrid or
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
