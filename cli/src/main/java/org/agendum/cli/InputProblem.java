package org.agendum.cli;

/** An input the command cannot read: a missing file, an unknown format, a document that is not an event. */
final class InputProblem extends Exception {
    private static final long serialVersionUID = 1L;

    InputProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
