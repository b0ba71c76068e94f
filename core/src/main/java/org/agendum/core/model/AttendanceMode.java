package org.agendum.core.model;

/** How attendees take part in an {@link Event}. */
public enum AttendanceMode {
    /** At a venue. */
    IN_PERSON,
    /** Online only ("seminario virtual"). */
    ONLINE,
    /** At a venue and online. */
    MIXED
}
