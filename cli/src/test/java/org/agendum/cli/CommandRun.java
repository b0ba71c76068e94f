package org.agendum.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The outcome of one in-process run of the command line: its exit code, standard output and
 * standard error.
 */
record CommandRun(int code, String out, String err) {

    /** Runs the command line with empty standard input. */
    static CommandRun run(String... args) {
        return runWithInput(new ByteArrayInputStream(new byte[0]), args);
    }

    /** Runs the command line, with standard input reading {@code in}. */
    static CommandRun runWithInput(InputStream in, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Agendum.execute(args, in, new PrintWriter(out), new PrintWriter(err));
        return new CommandRun(code, out.toString(), err.toString());
    }
}
