package org.agendum.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results ({@code -rf json -rff file}) into the Markdown tables of {@code
 * docs/PERFORMANCE.md}: every result with its median, mean, error and allocation, and every goal of
 * issue 7 with its ratio and whether it is met; then the retained heap per block.
 *
 * <p>Run with {@code java -cp benchmarks/target/benchmarks.jar org.agendum.benchmarks.Report
 * results.json}.
 */
public final class Report {

    /** The most a 100k validation may take to count as "well under a second". */
    static final double WELL_UNDER_A_SECOND_MS = 500;

    private final List<Result> results;

    /**
     * One benchmark at one size.
     *
     * @param benchmark the class and method, without the package
     * @param blocks the size parameter
     * @param median the median of the measurement iterations
     * @param mean the mean, JMH's score
     * @param error JMH's 99.9 % error of the mean
     * @param unit the unit of the scores
     * @param allocated bytes allocated per operation, if measured with {@code -prof gc}
     */
    record Result(String benchmark, int blocks, double median, double mean, double error, String unit,
            Optional<Double> allocated) {}

    Report(List<Result> results) {
        this.results = results.stream()
                .sorted(Comparator.comparing(Result::benchmark).thenComparingInt(Result::blocks)).toList();
    }

    /**
     * Reads JMH JSON result files.
     *
     * @param files the files
     * @return the report
     * @throws IOException if a file cannot be read
     */
    static Report read(List<Path> files) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Result> results = new ArrayList<>();
        for (Path file : files) {
            for (JsonNode run : mapper.readTree(Files.readString(file))) {
                String name = run.get("benchmark").asString();
                JsonNode primary = run.get("primaryMetric");
                JsonNode allocated = run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
                results.add(new Result(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
                        run.path("params").path("blocks").asInt(), primary.get("scorePercentiles").get("50.0").asDouble(),
                        primary.get("score").asDouble(), primary.get("scoreError").asDouble(),
                        primary.get("scoreUnit").asString(),
                        allocated.isNumber() ? Optional.of(allocated.asDouble()) : Optional.empty()));
            }
        }
        return new Report(results);
    }

    Optional<Result> find(String benchmark, int blocks) {
        return results.stream().filter(r -> r.benchmark().equals(benchmark) && r.blocks() == blocks).findFirst();
    }

    void print(PrintStream out) {
        out.println("| benchmark | blocks | median | mean ± error | unit | alloc B/op |");
        out.println("|---|---:|---:|---:|---|---:|");
        for (Result r : results) {
            out.printf(Locale.ROOT, "| %s | %d | %s | %s ± %s | %s | %s |%n", r.benchmark(), r.blocks(),
                    number(r.median()), number(r.mean()), number(r.error()), r.unit(),
                    r.allocated().map(a -> String.format(Locale.ROOT, "%,.0f", a)).orElse(""));
        }
        out.println();
        out.println("| goal | blocks | agendum / baseline (medians) | alloc ratio | status |");
        out.println("|---|---:|---:|---:|---|");
        ratios(out, "JSON write ≤ 1.3× plain Jackson", "JsonBenchmark.writeAgendum", "JsonBenchmark.writeBaseline", 1.3);
        ratios(out, "JSON read ≤ 1.0× plain Jackson", "JsonBenchmark.readAgendum", "JsonBenchmark.readBaseline", 1.0);
        ratios(out, "iCalendar export no slower than biweekly (≤ 1.0×)", "IcsBenchmark.exportAgendum",
                "IcsBenchmark.exportBiweekly", 1.0);
        ratios(out, "iCalendar export vs raw ical4j (reported)", "IcsBenchmark.exportAgendum",
                "IcsBenchmark.exportIcal4j", Double.NaN);
        ratios(out, "iCalendar import vs CalendarBuilder (reported)", "IcsBenchmark.importAgendum",
                "IcsBenchmark.importIcal4j", Double.NaN);
        find("IcsStreamingBenchmark.exportIn128m", 10_000).ifPresentOrElse(
                r -> out.printf(Locale.ROOT, "| 10,000-block export with -Xmx128m | 10000 | %s %s | | met |%n",
                        number(r.median()), r.unit()),
                () -> out.println("| 10,000-block export with -Xmx128m | 10000 | no result | | **missed** |"));
        perVevent(out);
        scaling(out, "TimetableValidationBenchmark.timetable");
        scaling(out, "TimetableValidationBenchmark.validate");
        find("TimetableValidationBenchmark.validate", 100_000).ifPresent(r -> {
            double ms = toMillis(r.median(), r.unit());
            out.printf(Locale.ROOT, "| 100k blocks validate well under a second (≤ %.0f ms) | 100000 | %.1f ms | | %s |%n",
                    WELL_UNDER_A_SECOND_MS, ms, ms <= WELL_UNDER_A_SECOND_MS ? "met" : "**missed**");
        });
    }

    private void ratios(PrintStream out, String goal, String agendum, String baseline, double limit) {
        for (Result a : results) {
            if (!a.benchmark().equals(agendum)) {
                continue;
            }
            find(baseline, a.blocks()).ifPresent(b -> {
                double ratio = a.median() / b.median();
                String alloc = a.allocated().isPresent() && b.allocated().isPresent()
                        ? String.format(Locale.ROOT, "%.2f×", a.allocated().get() / b.allocated().get()) : "";
                String status = Double.isNaN(limit) ? "reported" : ratio <= limit ? "met" : "**missed**";
                out.printf(Locale.ROOT, "| %s | %d | %.2f× | %s | %s |%n", goal, a.blocks(), ratio, alloc, status);
            });
        }
    }

    /** Allocation per VEVENT written, for agendum and its baselines: the size of the work per entry. */
    private void perVevent(PrintStream out) {
        out.println();
        out.println("| export allocation per VEVENT | blocks | VEVENTs | agendum B | biweekly B | raw ical4j B |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (Result a : results) {
            if (a.benchmark().equals("IcsBenchmark.exportAgendum") && a.allocated().isPresent()) {
                int vevents = IcsBenchmark.vevents(a.blocks());
                out.printf(Locale.ROOT, "| | %d | %d | %s | %s | %s |%n", a.blocks(), vevents, perVevent(a, vevents),
                        find("IcsBenchmark.exportBiweekly", a.blocks()).map(b -> perVevent(b, vevents)).orElse(""),
                        find("IcsBenchmark.exportIcal4j", a.blocks()).map(b -> perVevent(b, vevents)).orElse(""));
            }
        }
    }

    private static String perVevent(Result result, int vevents) {
        return result.allocated().map(a -> String.format(Locale.ROOT, "%,.0f", a / vevents)).orElse("");
    }

    private void scaling(PrintStream out, String benchmark) {
        Optional<Result> small = find(benchmark, 10_000);
        Optional<Result> large = find(benchmark, 100_000);
        if (small.isPresent() && large.isPresent()) {
            double ratio = large.get().median() / small.get().median();
            String alloc = small.get().allocated().isPresent() && large.get().allocated().isPresent()
                    ? String.format(Locale.ROOT, "%.2f", large.get().allocated().get() / small.get().allocated().get())
                    : "";
            out.printf(Locale.ROOT, "| %s 100k/10k < 13 | 100000 | %.2f | %s | %s |%n",
                    benchmark.substring(benchmark.indexOf('.') + 1), ratio, alloc, ratio < 13 ? "met" : "**missed**");
        }
    }

    private static double toMillis(double value, String unit) {
        return switch (unit) {
            case "s/op" -> value * 1_000;
            case "ms/op" -> value;
            case "us/op" -> value / 1_000;
            case "ns/op" -> value / 1_000_000;
            default -> throw new IllegalArgumentException("not a time per operation: " + unit);
        };
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : value >= 1 ? "%.2f" : "%.3f", value);
    }

    /**
     * Prints the tables for JMH JSON result files, then the retained heap per block ({@link
     * Footprint}).
     *
     * @param args the files
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: Report <jmh-result.json>...");
        }
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            files.add(Path.of(arg));
        }
        read(files).print(System.out);
        System.out.println();
        Footprint.main(new String[0]);
    }
}
