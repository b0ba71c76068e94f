package org.agendum.ical.internal.read;

import org.agendum.core.format.EventFormatException;

/**
 * A problem with the document at a line, thrown anywhere inside the reader and turned into an
 * {@link EventFormatException} once, by {@link CalendarReader}. It is unchecked so that the
 * reader's small functions and lambdas need no {@code throws} clauses; it never leaves the reader.
 */
final class IcsProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    IcsProblem(String message, int line, int column) {
        this(message, line, column, null);
    }

    IcsProblem(String message, int line, int column, Throwable cause) {
        super(message, cause, false, false);
        this.line = Math.max(1, line);
        this.column = Math.max(0, column);
    }

    /** The format exception a caller sees. */
    EventFormatException toFormatException() {
        return EventFormatException.atLine(getMessage(), line, column, getCause());
    }
}
