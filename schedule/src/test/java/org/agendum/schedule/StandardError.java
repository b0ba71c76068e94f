package org.agendum.schedule;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/**
 * What a piece of code prints to {@code System.err}: library code never prints, and the JDK's
 * StAX parser prints the bytes it cannot decode ({@code [Fatal Error] :1:7: Invalid byte 1 of
 * 1-byte UTF-8 sequence.}) unless it is given characters. Captures are serialised, since {@code
 * System.err} is one for the whole JVM.
 */
final class StandardError {

    /** Code to run while {@code System.err} is captured. */
    interface Action {
        /**
         * Runs.
         *
         * @throws Exception whatever the code throws, passed on after {@code System.err} is restored
         */
        void run() throws Exception;
    }

    private StandardError() {}

    /**
     * Runs an action with {@code System.err} captured.
     *
     * @param action the action
     * @return what it printed to {@code System.err}
     * @throws Exception what the action threw
     */
    static synchronized String printedBy(Action action) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return printed.toString(UTF_8);
    }
}
