package org.agendum.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -v, --verbose} option of the commands that read files: the errors they print come with
 * their stack traces ({@link Agendum}'s handler prints them for an error that ends the command).
 */
final class VerboseOption {

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    private boolean verbose;

    /** Whether the option was given. */
    boolean given() {
        return verbose;
    }
}
