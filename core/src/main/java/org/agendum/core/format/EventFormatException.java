package org.agendum.core.format;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.agendum.core.model.InvariantViolationException;

/**
 * Thrown when a document is not a valid event in its format: bad syntax, a wrong type, a missing
 * or unknown field, an unknown reference, or a value that breaks an invariant of the model.
 *
 * <p>The exception names the place in the document &mdash; a {@linkplain #pointer() JSON Pointer}
 * for tree formats, a {@linkplain #line() line} (and column, when known) for line formats &mdash;
 * and keeps the underlying cause. When the cause is an {@link InvariantViolationException}, its
 * stable code is available from {@link #code()}.
 */
public class EventFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the problem, or null. */
    private final String pointer;
    /** The line of the problem, 1-based, or 0 if unknown. */
    private final int line;
    /** The column of the problem, 1-based, or 0 if unknown. */
    private final int column;

    private EventFormatException(String message, String pointer, int line, int column, Throwable cause) {
        super(message + location(pointer, line, column), cause);
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    /**
     * Creates an exception for a problem at a place in a tree document.
     *
     * @param message what is wrong, in words a person can act on
     * @param pointer the JSON Pointer of the problem ({@code ""} for the whole document)
     * @param cause the underlying cause, or null
     * @return the exception
     */
    public static EventFormatException atPointer(String message, String pointer, Throwable cause) {
        return new EventFormatException(Objects.requireNonNull(message, "message"),
                Objects.requireNonNull(pointer, "pointer"), 0, 0, cause);
    }

    /**
     * Creates an exception for a problem at a line of a line-oriented document.
     *
     * @param message what is wrong, in words a person can act on
     * @param line the line of the problem, 1-based
     * @param column the column, 1-based, or 0 if unknown
     * @param cause the underlying cause, or null
     * @return the exception
     */
    public static EventFormatException atLine(String message, int line, int column, Throwable cause) {
        if (line < 1 || column < 0) {
            throw new IllegalArgumentException("line must be 1 or more and column 0 or more: " + line + ":" + column);
        }
        return new EventFormatException(Objects.requireNonNull(message, "message"), null, line, column, cause);
    }

    private static String location(String pointer, int line, int column) {
        if (pointer != null) {
            return " (at " + (pointer.isEmpty() ? "the document root" : pointer) + ")";
        }
        return " (at line " + line + (column > 0 ? ", column " + column : "") + ")";
    }

    /**
     * Returns the JSON Pointer of the problem in a tree document.
     *
     * @return the pointer, empty for line-oriented documents
     */
    public Optional<String> pointer() {
        return Optional.ofNullable(pointer);
    }

    /**
     * Returns the line of the problem in a line-oriented document.
     *
     * @return the 1-based line, empty when the place is a pointer
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * Returns the column of the problem.
     *
     * @return the 1-based column, if known
     */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /**
     * Returns the stable code of the invariant the document breaks, when that is the problem.
     *
     * @return the invariant's code, if the cause is an {@link InvariantViolationException}
     */
    public Optional<String> code() {
        return getCause() instanceof InvariantViolationException
                ? Optional.of(((InvariantViolationException) getCause()).code())
                : Optional.empty();
    }
}
