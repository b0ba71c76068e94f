package org.agendum.core.model;

/** How settled an {@link Agenda} is, independently of the event's own status. */
public enum AgendaStatus {
    /** The programme is final. */
    CONFIRMED,
    /** The programme may still change ("Programme provisoire"). */
    PROVISIONAL
}
