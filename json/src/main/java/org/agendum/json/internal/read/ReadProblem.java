package org.agendum.json.internal.read;

import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * A problem at a place in the document, thrown where it is found and turned into an {@link
 * EventFormatException} once the reader has unwound (and has read the rest of the document, so that
 * a syntax error anywhere comes first). Unchecked so that field readers stay one-line lambdas.
 */
final class ReadProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String pointer;

    ReadProblem(Kind kind, String pointer, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.pointer = pointer;
    }

    EventFormatException toException() {
        return EventFormatException.atPointer(kind, getMessage(), pointer, getCause());
    }
}
