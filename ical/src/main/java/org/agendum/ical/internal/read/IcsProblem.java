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
    private final boolean limit;

    IcsProblem(String message, int line, int column) {
        this(message, line, column, null);
    }

    IcsProblem(String message, int line, int column, Throwable cause) {
        this(message, line, column, cause, false);
    }

    private IcsProblem(String message, int line, int column, Throwable cause, boolean limit) {
        super(message, cause, false, false);
        this.line = Math.max(1, line);
        this.column = Math.max(0, column);
        this.limit = limit;
    }

    /** A limit of the whole document crossed: never a reason to skip one entry and read on. */
    static IcsProblem limit(String message, int line) {
        return new IcsProblem(message, line, 0, null, true);
    }

    /** Whether this is a limit of the whole document. */
    boolean isLimit() {
        return limit;
    }

    /**
     * A value of the document as a message shows it: whole if short, else its start and "…" (a
     * value may be megabytes long).
     *
     * @param value the value
     * @return at most 60 characters
     */
    static String shown(String value) {
        return value.length() <= 60 ? value : value.substring(0, Character.isHighSurrogate(value.charAt(56)) ? 56 : 57)
                + "…";
    }

    /** The format exception a caller sees. */
    EventFormatException toFormatException() {
        return EventFormatException.atLine(getMessage(), line, column, getCause());
    }
}
