package org.agendum.core.model;

/** The part a {@link Moderator} plays in a block. */
public enum ModeratorRole {
    /** Leads the discussion and gives the floor ("Modera"). */
    MODERATOR,
    /** Facilitates a dialogue among participants ("Facilitador", "Facilitadora"). */
    FACILITATOR,
    /** Chairs a session. */
    CHAIR
}
