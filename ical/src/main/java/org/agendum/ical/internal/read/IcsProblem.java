package org.agendum.ical.internal.read;

import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * A problem with the document at a line, thrown anywhere inside the reader and turned into an
 * {@link EventFormatException} once, by {@link CalendarReader}. It is unchecked so that the
 * reader's small functions and lambdas need no {@code throws} clauses; it never leaves the reader.
 */
final class IcsProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final int line;
    private final int column;
    private final boolean limit;

    IcsProblem(Kind kind, String message, int line, int column) {
        this(kind, message, line, column, null);
    }

    IcsProblem(Kind kind, String message, int line, int column, Throwable cause) {
        this(kind, message, line, column, cause, false);
    }

    private IcsProblem(Kind kind, String message, int line, int column, Throwable cause, boolean limit) {
        super(message, cause, false, false);
        this.kind = kind;
        this.line = Math.max(1, line);
        this.column = Math.max(0, column);
        this.limit = limit;
    }

    /**
     * A limit of the whole document crossed, of kind {@link Kind#LIMIT}: never a reason to skip one
     * entry and read on.
     */
    static IcsProblem limit(String message, int line) {
        return new IcsProblem(Kind.LIMIT, message, line, 0, null, true);
    }

    /** The kind of problem the caller sees. */
    Kind kind() {
        return kind;
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
        return EventFormatException.atLine(kind, getMessage(), line, column, getCause());
    }
}
