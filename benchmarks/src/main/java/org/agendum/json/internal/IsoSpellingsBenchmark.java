package org.agendum.json.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whether the JSON reader's hand-written {@code IsoSpellings} earns its place beside java.time:
 * 1,000 dates, times, date-times and durations as the writer spells them, read by {@code
 * IsoSpellings} and the JDK's way of reading the same languages (a regular expression for the
 * spelling, which java.time's parsers alone do not hold to, then {@code parse}). In the json
 * module's package because {@code IsoSpellings} is package-private; the benchmarks run on the class
 * path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IsoSpellingsBenchmark {

    private static final String TIME_SPELLING = "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?";
    private static final String DATE_SPELLING = "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])";
    private static final Pattern TIME = Pattern.compile(TIME_SPELLING);
    private static final Pattern DATE = Pattern.compile(DATE_SPELLING);
    private static final Pattern DATE_TIME = Pattern.compile(DATE_SPELLING + "T" + TIME_SPELLING);
    private static final Pattern DURATION = Pattern.compile("P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,9})?S)?)?");

    private String[] texts;

    /** 1,000 spellings of each kind in turn, drawn from a fixed seed. */
    @Setup
    public void setUp() {
        Random random = new Random(20261206);
        texts = new String[1_000];
        for (int i = 0; i < texts.length; i++) {
            String time = String.format(Locale.ROOT, "%02d:%02d", random.nextInt(24), random.nextInt(12) * 5);
            String date = String.format(Locale.ROOT, "20%02d-%02d-%02d", random.nextInt(40), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            texts[i] = switch (i % 4) {
                case 0 -> time;
                case 1 -> date;
                case 2 -> date + "T" + time;
                default -> "PT" + (1 + random.nextInt(3)) + "H" + random.nextInt(12) * 5 + "M";
            };
        }
    }

    /**
     * The reader's way.
     *
     * @return how many were read, so that nothing is optimized away
     */
    @Benchmark
    public int isoSpellings() {
        int read = 0;
        for (int i = 0; i < texts.length; i++) {
            Object value = switch (i % 4) {
                case 0 -> IsoSpellings.time(texts[i]);
                case 1 -> IsoSpellings.date(texts[i]);
                case 2 -> IsoSpellings.dateTime(texts[i]);
                default -> IsoSpellings.duration(texts[i]);
            };
            read += value == null ? 0 : 1;
        }
        return read;
    }

    /**
     * The JDK's way: the spelling checked by a regular expression, then parsed by java.time.
     *
     * @return how many were read
     */
    @Benchmark
    public int patternThenJavaTime() {
        int read = 0;
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            Object value = switch (i % 4) {
                case 0 -> TIME.matcher(text).matches() ? LocalTime.parse(text) : null;
                case 1 -> DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
                case 2 -> DATE_TIME.matcher(text).matches() ? LocalDateTime.parse(text) : null;
                default -> DURATION.matcher(text).matches() ? Duration.parse(text) : null;
            };
            read += value == null ? 0 : 1;
        }
        return read;
    }
}
