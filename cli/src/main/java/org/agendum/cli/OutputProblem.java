package org.agendum.cli;

/** An output the command cannot write: a folder that is missing, a file it may not write, a directory. */
final class OutputProblem extends Exception {
    private static final long serialVersionUID = 1L;

    OutputProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
