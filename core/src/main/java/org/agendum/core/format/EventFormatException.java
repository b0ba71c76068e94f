package org.agendum.core.format;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.agendum.core.model.InvariantViolationException;

/**
 * Thrown when a document is not a valid event in its format: bad syntax, a wrong type, a missing
 * or unknown field, an unknown reference, or a value that breaks an invariant of the model.
 *
 * <p>The exception says what {@linkplain #kind() kind} of problem it is, so that a caller can act
 * on it without matching the message, whose words may change. It names the place in the document
 * &mdash; a {@linkplain #pointer() JSON Pointer} for tree formats, a {@linkplain #line() line}
 * (and column, when known) for line formats &mdash; and keeps the underlying cause. When the kind
 * is {@link Kind#INVARIANT}, the cause is an {@link InvariantViolationException} and its stable code
 * is available from {@link #code()}.
 *
 * <p>Null policy: the factories throw {@link NullPointerException}, naming the parameter, for a
 * null kind, message or pointer; the cause may be null. No accessor returns null: what may be
 * absent is an {@link Optional} or an {@link OptionalInt}.
 *
 * <p>This class is final; formats create it through {@link #atPointer atPointer} and
 * {@link #atLine atLine}.
 */
public final class EventFormatException extends Exception {
    private static final long serialVersionUID = 2L;

    /**
     * The kinds of problem a document can have. The set is small and stable: a new kind is a
     * change of the API, not of a reader. Each format documents which kinds it produces.
     */
    public enum Kind {
        /**
         * The document is not well-formed in its format: not JSON (a duplicate key included), not
         * iCalendar content lines, components that are mis-nested or not closed, or an empty
         * document.
         */
        SYNTAX,
        /**
         * The document's bytes are not characters of its encoding, or its encoding is not one the
         * format reads. The encoding is UTF-8, except in an XML format, where a byte order mark or
         * the XML declaration may name another.
         */
        ENCODING,
        /**
         * A field the object does not have, or may not have together with its other fields (for
         * example, a timing with both a duration and an end).
         */
        UNKNOWN_FIELD,
        /**
         * A required field, property or component is missing (for example, a JSON event without
         * a title, or a VEVENT without a DTSTART).
         */
        MISSING_FIELD,
        /** A JSON value of the wrong type: a string where a number must be, an array for an object. */
        WRONG_TYPE,
        /**
         * A value of the right type that is not valid: a date, time, duration, time zone, URI or
         * enum spelling that cannot be read, an end before its start, an identifier defined twice.
         */
        INVALID_VALUE,
        /**
         * A reference to what the document does not define: a party id that no party has, or a
         * TZID that neither a VTIMEZONE nor the JDK defines.
         */
        UNKNOWN_REFERENCE,
        /**
         * The model refused a value: the cause is an {@link InvariantViolationException}, and
         * {@link EventFormatException#code()} is its code.
         */
        INVARIANT,
        /**
         * A documented limit of the format was crossed: the size of the document, its nesting,
         * the length of a string or text, or a count of components, properties or evaluations.
         */
        LIMIT,
        /**
         * The document asks for what the reader does not support: a format version it does not
         * read, or a definition (such as a time zone's recurrence rule) it does not evaluate.
         */
        UNSUPPORTED
    }

    /** The kind of problem, never null. */
    private final Kind kind;
    /** The JSON Pointer of the problem, or null. */
    private final String pointer;
    /** The line of the problem, 1-based, or 0 if unknown. */
    private final int line;
    /** The column of the problem, 1-based, or 0 if unknown. */
    private final int column;

    private EventFormatException(Kind kind, String message, String pointer, int line, int column, Throwable cause) {
        super(message + location(pointer, line, column), cause);
        this.kind = kind;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    /**
     * Creates an exception for a problem at a place in a tree document.
     *
     * @param kind the kind of problem
     * @param message what is wrong, in words a person can act on
     * @param pointer the JSON Pointer of the problem ({@code ""} for the whole document)
     * @param cause the underlying cause, or null
     * @return the exception
     * @throws NullPointerException if the kind, message or pointer is null
     * @throws IllegalArgumentException if the kind is {@link Kind#INVARIANT} but the cause is not
     *     an {@link InvariantViolationException}, or the cause is one but the kind is another
     */
    public static EventFormatException atPointer(Kind kind, String message, String pointer, Throwable cause) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pointer, "pointer");
        requireConsistent(kind, cause);
        return new EventFormatException(kind, message, pointer, 0, 0, cause);
    }

    /**
     * Creates an exception for a problem at a line of a line-oriented document.
     *
     * @param kind the kind of problem
     * @param message what is wrong, in words a person can act on
     * @param line the line of the problem, 1-based
     * @param column the column, 1-based, or 0 if unknown
     * @param cause the underlying cause, or null
     * @return the exception
     * @throws NullPointerException if the kind or message is null
     * @throws IllegalArgumentException if the line is before 1 or the column negative; or if the
     *     kind is {@link Kind#INVARIANT} but the cause is not an {@link InvariantViolationException},
     *     or the cause is one but the kind is another
     */
    public static EventFormatException atLine(Kind kind, String message, int line, int column, Throwable cause) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 0) {
            throw new IllegalArgumentException("line must be 1 or more and column 0 or more: " + line + ":" + column);
        }
        requireConsistent(kind, cause);
        return new EventFormatException(kind, message, null, line, column, cause);
    }

    /** The kind is INVARIANT exactly when the cause is an invariant's violation. */
    private static void requireConsistent(Kind kind, Throwable cause) {
        boolean violation = cause instanceof InvariantViolationException;
        if ((kind == Kind.INVARIANT) != violation) {
            throw new IllegalArgumentException(violation
                    ? "the cause is an InvariantViolationException, so the kind must be INVARIANT, not " + kind
                    : "the kind INVARIANT needs an InvariantViolationException as the cause, not " + cause);
        }
    }

    private static String location(String pointer, int line, int column) {
        if (pointer != null) {
            return " (at " + (pointer.isEmpty() ? "the document root" : pointer) + ")";
        }
        return " (at line " + line + (column > 0 ? ", column " + column : "") + ")";
    }

    /**
     * Returns the kind of problem.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
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
     * @return the invariant's code, present exactly when the kind is {@link Kind#INVARIANT}
     */
    public Optional<String> code() {
        return getCause() instanceof InvariantViolationException
                ? Optional.of(((InvariantViolationException) getCause()).code())
                : Optional.empty();
    }
}
