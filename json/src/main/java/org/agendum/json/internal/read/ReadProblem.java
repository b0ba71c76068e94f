package org.agendum.json.internal.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * A problem at a place in the document, thrown where it is found and turned into an {@link
 * EventFormatException} once the reader has unwound. Unchecked so that field readers stay
 * one-line lambdas.
 *
 * <p>Unless it is a syntax error itself, the reader reads the rest of the document before it
 * reports the problem, so that a syntax error anywhere comes first; as it unwinds, each object it
 * was reading records the names it had seen ({@link #seen}), so that a name repeated after the
 * problem is still found.
 */
final class ReadProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String pointer;
    /** The names seen in the objects open where the problem was found, by nesting depth; null until recorded. */
    private transient Map<Integer, Set<String>> namesSeen;

    ReadProblem(Kind kind, String pointer, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.pointer = pointer;
    }

    /** Whether the document is not JSON: then nothing after the problem matters. */
    boolean isSyntax() {
        return kind == Kind.SYNTAX;
    }

    /** Records names that the object open at a nesting depth had seen. */
    void seen(int depth, Set<String> names) {
        if (namesSeen == null) {
            namesSeen = new HashMap<>();
        }
        namesSeen.computeIfAbsent(depth, d -> new HashSet<>()).addAll(names);
    }

    Map<Integer, Set<String>> namesSeen() {
        return namesSeen == null ? Map.of() : namesSeen;
    }

    EventFormatException toException() {
        return toException("");
    }

    /** The exception of a problem in an event that is the value at {@code eventPointer} of a larger document. */
    EventFormatException toException(String eventPointer) {
        return EventFormatException.atPointer(kind, getMessage(), eventPointer + pointer, getCause());
    }
}
