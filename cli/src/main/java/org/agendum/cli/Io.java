package org.agendum.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

/** The streams a command reads and writes: the process's own, or a test's. */
final class Io {
    final InputStream in;
    final OutputStream rawOut;
    final PrintWriter out;
    final PrintWriter err;

    Io(InputStream in, OutputStream rawOut, PrintWriter out, PrintWriter err) {
        this.in = in;
        this.rawOut = rawOut;
        this.out = out;
        this.err = err;
    }
}
