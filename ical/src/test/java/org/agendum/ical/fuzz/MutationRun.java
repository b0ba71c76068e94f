package org.agendum.ical.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The long run of the mutation property, outside the test suite: {@code N} cases of one seed, each
 * read on a fresh-enough, warm JVM, with its outcome and read time written to a TSV file and a
 * report printed at the end (counts, refusals by first words and by limit, read-time quantiles,
 * the slowest cases with their {@code seed:index}, every failure with its stack trace).
 *
 * <pre>
 * java -Xmx256m -Xss512k -cp CLASSPATH org.agendum.ical.fuzz.MutationRun SEED CASES [FIRST [GUARD_SECONDS [TSV]]]
 * </pre>
 *
 * <p>{@code docs/RELIABILITY.md} gives the exact commands, classpath included. A case that takes
 * longer than the guard (default 30 s) is reported as a failure with where its worker was; its
 * thread is abandoned and keeps a core busy until it ends.
 */
public final class MutationRun {

    private MutationRun() {}

    /**
     * Runs the cases.
     *
     * @param args seed, number of cases, first index (0), guard in seconds (30), TSV file
     *     ({@code target/mutation-run-SEED.tsv})
     * @throws IOException if the TSV file cannot be written
     */
    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20261205L;
        long cases = args.length > 1 ? Long.parseLong(args[1]) : 1_000;
        long first = args.length > 2 ? Long.parseLong(args[2]) : 0;
        Duration guard = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 30);
        Path tsv = Path.of(args.length > 4 ? args[4] : "target/mutation-run-" + seed + ".tsv");
        Files.createDirectories(tsv.toAbsolutePath().getParent());
        SeedDocuments seeds = SeedDocuments.of(seed);
        Tally tally = new Tally(30);
        long started = System.nanoTime();
        int generatorFailures = 0;
        System.out.println(environment());
        try (CaseRunner runner = new CaseRunner(guard);
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(tsv, StandardCharsets.UTF_8))) {
            out.println("id\tkind\tread_ms\tmake_ms\tcheck_ms\tbytes\tline\tfirst_mutator\tmessage\tlabel");
            for (long index = first; index < first + cases; index++) {
                long making = System.nanoTime();
                FuzzCase fuzzCase;
                try {
                    fuzzCase = FuzzCase.of(seed, index, seeds);
                } catch (RuntimeException e) {
                    // A bug of the mutators, not of the reader: reported, and the run goes on.
                    System.out.printf(Locale.ROOT, "MUTATOR FAILED %d:%d%n%s%n", seed, index, trace(e));
                    generatorFailures++;
                    continue;
                }
                long checking = System.nanoTime();
                Outcome outcome = runner.run(fuzzCase.document());
                long checked = System.nanoTime();
                tally.add(fuzzCase, outcome);
                out.printf(Locale.ROOT, "%s\t%s\t%.3f\t%.1f\t%.1f\t%d\t%d\t%s\t%s\t%s%n", fuzzCase.id(), outcome.kind(),
                        outcome.readNanos() / 1e6, (checking - making) / 1e6, (checked - checking) / 1e6,
                        fuzzCase.document().length, outcome.line(), fuzzCase.first(),
                        Tally.shorten(clean(outcome.message()), 200), Tally.shorten(clean(fuzzCase.label()), 300));
                if (outcome.kind() == Outcome.Kind.FAILED) {
                    System.out.printf(Locale.ROOT, "FAILED %s %s%n  %s%n%s%n", fuzzCase.id(), Tally.shorten(fuzzCase.label(), 300),
                            outcome.message(), trace(outcome.failure()));
                }
                if ((index - first + 1) % 1_000 == 0) {
                    System.out.printf(Locale.ROOT, "%,d cases, %.0f s, load %s, imported %d, refused %d, failed %d%n",
                            index - first + 1, (System.nanoTime() - started) / 1e9, load(), tally.count(Outcome.Kind.IMPORTED),
                            tally.count(Outcome.Kind.REFUSED), tally.count(Outcome.Kind.FAILED));
                    out.flush();
                }
            }
            System.out.printf(Locale.ROOT, "%nseed %d, cases %d..%d, %.0f s, load %s, abandoned workers %d, mutator failures %d%n%n",
                    seed, first, first + cases - 1, (System.nanoTime() - started) / 1e9, load(), runner.abandoned(),
                    generatorFailures);
        }
        System.out.println(tally.report());
        System.out.println("per case: " + tsv);
    }

    /** The JVM, its heap, the machine's cores and load. */
    static String environment() {
        return String.format(Locale.ROOT, "%s %s (%s), max heap %d MiB, %d cores, load %s",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.vendor"), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors(), load());
    }

    /** The load averages of {@code /proc/loadavg}, where there is one. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String trace(Throwable t) {
        if (t == null) {
            return "";
        }
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
