package org.agendum.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command of {@code agendum}: the streams it reads and writes, and the usage errors it finds in
 * its arguments after picocli has parsed them.
 */
abstract class Subcommand implements Callable<Integer> {

    /** The streams. */
    final Io io;

    @Spec
    private CommandSpec spec;

    Subcommand(Io io) {
        this.io = io;
    }

    /**
     * A value on the command line that the command cannot use; thrown, it is reported as picocli
     * reports a wrong command line (exit code {@link Agendum#UNREADABLE}).
     */
    final ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
