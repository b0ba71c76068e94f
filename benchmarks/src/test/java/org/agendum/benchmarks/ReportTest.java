package org.agendum.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @TempDir
    Path dir;

    private static String run(String benchmark, int blocks, String unit, double... iterations) {
        double mean = java.util.Arrays.stream(iterations).average().orElseThrow();
        double median = java.util.Arrays.stream(iterations).sorted().toArray()[iterations.length / 2];
        return """
                {"benchmark": "org.agendum.benchmarks.%s", "params": {"blocks": "%d"},
                 "primaryMetric": {"score": %s, "scoreError": 0.5, "scoreUnit": "%s",
                                   "scorePercentiles": {"0.0": 0, "50.0": %s, "100.0": 0}},
                 "secondaryMetrics": {"gc.alloc.rate.norm": {"score": %d}}}
                """.formatted(benchmark, blocks, mean, unit, median, blocks * 100);
    }

    private String report(String... runs) throws IOException {
        Path file = dir.resolve("jmh.json");
        Files.writeString(file, "[" + String.join(",", runs) + "]");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report.read(List.of(file)).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ratiosAreOfMediansAtTheSameSize() throws IOException {
        String report = report(
                run("JsonBenchmark.readAgendum", 10, "us/op", 1.0, 2.0, 100.0),
                run("JsonBenchmark.readBaseline", 10, "us/op", 2.0, 2.0, 2.0),
                run("JsonBenchmark.readAgendum", 1000, "us/op", 210, 210, 210),
                run("JsonBenchmark.readBaseline", 1000, "us/op", 200, 200, 200));
        assertThat(report)
                .contains("| JsonBenchmark.readAgendum | 10 | 2.00 | 34.33 ± 0.500 | us/op | 1,000 |")
                .contains("| JSON read ≤ 1.0× plain Jackson | 10 | 1.00× | 1.00× | met |")
                .contains("| JSON read ≤ 1.0× plain Jackson | 1000 | 1.05× | 1.00× | **missed** |")
                .doesNotContain("JSON write");
    }

    @Test
    void scalingIsTheHundredThousandOverTheTenThousandMedian() throws IOException {
        String report = report(
                run("TimetableValidationBenchmark.validate", 10_000, "ms/op", 20, 20, 20),
                run("TimetableValidationBenchmark.validate", 100_000, "ms/op", 240, 250, 260));
        assertThat(report)
                .contains("| validate 100k/10k < 13 | 100000 | 12.50 | 10.00 | met |")
                .contains("| 100k blocks validate well under a second (≤ 500 ms) | 100000 | 250.0 ms | | met |");
    }

    @Test
    void icalendarExportIsMeasuredAgainstBiweekly_perVeventToo_andTheSmallHeapRunIsAGoal() throws IOException {
        String report = report(
                run("IcsBenchmark.exportAgendum", 10, "us/op", 90, 100, 110),
                run("IcsBenchmark.exportBiweekly", 10, "us/op", 200, 200, 200),
                run("IcsBenchmark.exportIcal4j", 10, "us/op", 400, 400, 400));
        int vevents = IcsBenchmark.vevents(10);
        assertThat(vevents).isGreaterThan(10);
        assertThat(report)
                .contains("| iCalendar export no slower than biweekly (≤ 1.0×) | 10 | 0.50× | 1.00× | met |")
                .contains("| iCalendar export vs raw ical4j (reported) | 10 | 0.25× | 1.00× | reported |")
                .contains("| 10,000-block export with -Xmx128m | 10000 | no result | | **missed** |")
                .contains(String.format(java.util.Locale.ROOT, "| | 10 | %d | %,.0f | %,.0f | %,.0f |", vevents,
                        1000.0 / vevents, 1000.0 / vevents, 1000.0 / vevents));
        assertThat(report(run("IcsStreamingBenchmark.exportIn128m", 10_000, "ms/op", 30, 31, 32)))
                .contains("| 10,000-block export with -Xmx128m | 10000 | 31.00 ms/op | | met |");
    }
}
