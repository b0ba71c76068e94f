package org.agendum.core.validation;

/** How serious a {@link Violation} is, from the most to the least serious. */
public enum Severity {
    /** The event is wrong: it contradicts itself or cannot be used as it is. */
    ERROR,
    /** The event is probably wrong, or is missing something attendees need. */
    WARNING,
    /** Worth knowing, often intended (a gap between blocks). */
    INFO
}
