package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.agendum.core.model.Event;
import org.agendum.ical.fuzz.CaseRunner;
import org.agendum.ical.fuzz.FuzzCase;
import org.agendum.ical.fuzz.Limit;
import org.agendum.ical.fuzz.Mutators;
import org.agendum.ical.fuzz.Outcome;
import org.agendum.ical.fuzz.SeedDocuments;
import org.agendum.ical.fuzz.Tally;
import org.agendum.json.JsonEventFormat;
import org.agendum.testing.EventProperty;
import org.agendum.testing.PropertyCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reading is total and bounded: every mutated document is read as an event or refused with an
 * {@link org.agendum.core.format.EventFormatException} at one of its lines (see {@link
 * org.agendum.ical.fuzz.CaseCheck} for everything a case checks).
 *
 * <p>Documents start from agendum's own publish and rich exports of {@code
 * RandomEvents.seeded(seed)} events, the samples of {@code src/test/resources/samples}, and (in
 * {@link #mutatedCorpusFile_readsOrIsRefusedAtALine()}, when {@code ../../shared/corpus/ics} is
 * there) a few files written by other calendars. Each case is {@code (seed, index)}: its first
 * mutator is {@code Mutators.ALL[index % size]}, the rest (seed document, more mutators, what each
 * chooses) is drawn from a {@link java.util.Random} seeded by both; see {@link FuzzCase} and the
 * mutators in {@link Mutators}. After the cases, a last test checks the run reached what it is
 * for: imports and refusals of every first mutator, a refusal for each documented limit.
 *
 * <p>A case that fails is reported with its label and stack trace; when its document is an export
 * of a random event, the event is also {@linkplain org.agendum.testing.EventShrinker shrunk} to
 * the smallest one whose export, mutated by the same draws, still fails, and printed as JSON (a
 * case that hangs is not shrunk: each try could take the guard's time).
 *
 * <p>System properties:
 * <ul>
 *   <li>{@code agendum.seed} (default {@value #DEFAULT_SEED}), the seed of every property test
 *       ({@link PropertyCases}), and {@code agendum.fuzz.cases} (default {@value #DEFAULT_CASES}:
 *       ten cases of each first mutator, about 10 s on 2 cores when no case is slow; the corpus
 *       part runs a tenth as many). The coverage check is tuned for at least the default number
 *       of cases;
 *   <li>{@code agendum.case=SEED:INDEX} runs that one case alone (its test's name shows both), and
 *       skips the coverage check; a case name of another kind runs none of these:
 *       <pre>./mvnw -B test -pl ical -am -o -Dtest=IcsMutationProperties -Dsurefire.failIfNoSpecifiedTests=false -Dagendum.case=20261205:123</pre>
 *   <li>{@code agendum.fuzz.guard} (seconds, default 10): the time after which a case fails as
 *       hung, ten times the reader's promise of one second so that a loaded machine never fails a
 *       correct reader; the promise itself is measured by the long run ({@link
 *       org.agendum.ical.fuzz.MutationRun}, {@code docs/RELIABILITY.md}).
 * </ul>
 */
class IcsMutationProperties {

    static final long DEFAULT_SEED = 20261205L;
    static final int DEFAULT_CASES = 320;
    private static final Pattern CASE_ID = Pattern.compile("(-?\\d+):(\\d+)");
    private static final JsonEventFormat JSON = JsonEventFormat.create();
    private static final Path CORPUS = SharedCorpus.find("ics").orElse(Path.of("..", "..", "shared", "corpus", "ics"));

    private static CaseRunner runner;

    @BeforeAll
    static void startRunner() {
        runner = new CaseRunner(Duration.ofSeconds(Long.getLong("agendum.fuzz.guard", 10)));
    }

    @AfterAll
    static void stopRunner() {
        runner.close();
    }

    @TestFactory
    Stream<DynamicNode> mutatedDocument_readsOrIsRefusedAtALine() {
        return cases(SeedDocuments.of(seed()), cases(), "");
    }

    @TestFactory
    Stream<DynamicNode> mutatedCorpusFile_readsOrIsRefusedAtALine() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is absent");
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            List<Path> all = list.filter(p -> p.toString().endsWith(".ics")).sorted().toList();
            // Every 40th file: about twenty, from every source the corpus has.
            files = LongStream.range(0, all.size()).filter(i -> i % 40 == 0).mapToObj(i -> all.get((int) i)).toList();
        }
        return cases(SeedDocuments.ofFiles(files), Math.max(Mutators.ALL.size(), cases() / 10), "corpus ");
    }

    private static Stream<DynamicNode> cases(SeedDocuments seeds, int count, String prefix) {
        Optional<long[]> one = only();
        Tally tally = new Tally(10);
        Stream<DynamicNode> tests = (one.isPresent() ? LongStream.of(one.get()[1]).filter(i -> i >= 0)
                : LongStream.range(0, count))
                .mapToObj(index -> {
                    long seed = one.map(o -> o[0]).orElse(seed());
                    return DynamicTest.dynamicTest(prefix + "case " + seed + ":" + index, () -> {
                        FuzzCase fuzzCase = FuzzCase.of(seed, index, seeds);
                        Outcome outcome = runner.run(fuzzCase.document());
                        tally.add(fuzzCase, outcome);
                        if (outcome.kind() == Outcome.Kind.FAILED) {
                            shrinkExport(fuzzCase, outcome, seeds);
                            fail(failure(fuzzCase, outcome));
                        }
                    });
                });
        if (one.isPresent()) {
            return tests;
        }
        DynamicNode coverage = DynamicTest.dynamicTest(prefix + "the cases imported and refused, reaching every limit",
                () -> checkCoverage(tally, prefix.isEmpty() && count >= DEFAULT_CASES));
        return Stream.concat(tests, Stream.of(coverage));
    }

    /**
     * A property that cannot fail is a defect: the run must have imported and refused documents;
     * a full run (the default seed documents, at least the default number of cases) must have
     * imported and refused documents of each first mutator, and refused a document for every
     * documented limit.
     */
    private static void checkCoverage(Tally tally, boolean full) {
        assertThat(tally.count(Outcome.Kind.IMPORTED)).as(tally.report()).isPositive();
        assertThat(tally.count(Outcome.Kind.REFUSED)).as(tally.report()).isPositive();
        if (!full) {
            return;
        }
        List<String> missing = new ArrayList<>();
        tally.byMutator().forEach((mutator, counts) -> {
            if (counts[0] == 0) {
                missing.add(mutator + " imported nothing");
            }
            if (counts[1] == 0) {
                missing.add(mutator + " refused nothing");
            }
        });
        for (Limit limit : Limit.values()) {
            if (tally.refusals(limit) == 0) {
                missing.add("no refusal for " + limit);
            }
        }
        assertThat(missing).as(tally.report()).isEmpty();
    }

    /**
     * For a case that starts from an export of a random event and failed without hanging: fails
     * with the smallest event whose export, mutated by the same draws, fails too.
     */
    private static void shrinkExport(FuzzCase fuzzCase, Outcome outcome, SeedDocuments seeds) {
        int start = FuzzCase.start(fuzzCase.seed(), fuzzCase.index(), seeds);
        Optional<Event> exported = seeds.event(start);
        if (exported.isEmpty() || outcome.message().startsWith(CaseRunner.HANG)) {
            return;
        }
        EventProperty readsOrRefuses = event -> {
            SeedDocuments documents = event.equals(exported.get()) ? seeds : seeds.withEvent(start, event);
            FuzzCase smaller = FuzzCase.of(fuzzCase.seed(), fuzzCase.index(), documents);
            Outcome read = runner.run(smaller.document());
            if (read.kind() == Outcome.Kind.FAILED) {
                throw new AssertionError(failure(smaller, read));
            }
        };
        readsOrRefuses.assertHolds("case " + fuzzCase.id() + " (replay: -D" + PropertyCases.CASE_PROPERTY + "="
                + fuzzCase.id() + ")", exported.get(), JSON::toJson);
    }

    private static String failure(FuzzCase fuzzCase, Outcome outcome) {
        StringBuilder out = new StringBuilder("case " + fuzzCase.id() + " (replay: -D" + PropertyCases.CASE_PROPERTY + "="
                + fuzzCase.id() + ")\n  "
                + fuzzCase.label() + "\n  " + outcome.message());
        if (outcome.failure() != null) {
            java.io.StringWriter trace = new java.io.StringWriter();
            outcome.failure().printStackTrace(new java.io.PrintWriter(trace));
            out.append('\n').append(trace);
        }
        return out.toString();
    }

    private static long seed() {
        return PropertyCases.seed(DEFAULT_SEED);
    }

    private static int cases() {
        return Integer.getInteger("agendum.fuzz.cases", DEFAULT_CASES);
    }

    /** The one case {@code agendum.case=SEED:INDEX} asks for; {@code {-1, -1}} (no case) for a name of another kind. */
    private static Optional<long[]> only() {
        Optional<String> one = PropertyCases.replayed();
        if (one.isEmpty()) {
            return Optional.empty();
        }
        Matcher id = CASE_ID.matcher(one.get());
        return Optional.of(id.matches() ? new long[] {Long.parseLong(id.group(1)), Long.parseLong(id.group(2))}
                : new long[] {-1, -1});
    }
}
