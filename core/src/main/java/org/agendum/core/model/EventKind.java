package org.agendum.core.model;

/** What kind of gathering an {@link Event} is. */
public enum EventKind {
    /** A seminar. */
    SEMINAR,
    /** A conference. */
    CONFERENCE,
    /** A meeting. */
    MEETING,
    /** A workshop. */
    WORKSHOP,
    /** A webinar, an online seminar. */
    WEBINAR,
    /** A forum. */
    FORUM,
    /** Anything else. */
    OTHER
}
