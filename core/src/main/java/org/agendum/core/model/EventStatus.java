package org.agendum.core.model;

/** Whether an {@link Event} is going ahead. */
public enum EventStatus {
    /** The event takes place as announced. */
    SCHEDULED,
    /** The event is announced but not yet confirmed. */
    PROVISIONAL,
    /** The event is moved to a later date, not yet known or not yet in this record. */
    POSTPONED,
    /**
     * The event takes place at another date or time than first announced; its start and end are
     * the new ones, and {@link Event#previousStart()} may keep the first.
     */
    RESCHEDULED,
    /** The event does not take place. */
    CANCELLED
}
