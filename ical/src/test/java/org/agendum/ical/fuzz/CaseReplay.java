package org.agendum.ical.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Makes one case of the mutation property again outside JUnit: reads it a number of times (the
 * first cold, the last warm), printing each outcome and time, and writes its document to a file
 * to look at or to give to the command line.
 *
 * <pre>
 * java -Xmx256m -cp CLASSPATH org.agendum.ical.fuzz.CaseReplay SEED INDEX [TIMES [FILE]]
 * </pre>
 */
public final class CaseReplay {

    private CaseReplay() {}

    /**
     * Replays a case.
     *
     * @param args seed, index, how many reads (1), the file to write the document to (none)
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        long seed = Long.parseLong(args[0]);
        long index = Long.parseLong(args[1]);
        int times = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        FuzzCase fuzzCase = FuzzCase.of(seed, index, SeedDocuments.of(seed));
        System.out.printf(Locale.ROOT, "%s: %s, %,d bytes%n", fuzzCase.id(), fuzzCase.label(), fuzzCase.document().length);
        if (args.length > 3) {
            Files.write(Path.of(args[3]), fuzzCase.document());
        }
        for (int i = 0; i < times; i++) {
            Outcome outcome = CaseCheck.check(fuzzCase.document());
            System.out.printf(Locale.ROOT, "read %d: %.1f ms, %s %s%n", i + 1, outcome.readNanos() / 1e6, outcome.kind(),
                    Tally.shorten(outcome.message(), 200));
        }
    }
}
