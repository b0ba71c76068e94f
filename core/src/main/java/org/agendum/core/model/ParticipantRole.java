package org.agendum.core.model;

/** The part a {@link Participant} plays in a block. */
public enum ParticipantRole {
    /** Speaks in the block. */
    SPEAKER,
    /** Takes part in a panel. */
    PANELIST,
    /** Presents a topic, a document or a tool. */
    PRESENTER,
    /** Gives the keynote. */
    KEYNOTE_SPEAKER,
    /** Responds to presentations. */
    DISCUSSANT,
    /** Hosts or welcomes ("a cargo de", "por parte de"). */
    HOST,
    /** Any other part. */
    OTHER
}
