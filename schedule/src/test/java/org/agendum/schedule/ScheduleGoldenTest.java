package org.agendum.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormat;
import org.agendum.core.model.Event;
import org.agendum.testing.ExampleEvents;
import org.agendum.testing.GoldenFiles;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds and the examples in both schedule formats, pinned byte for byte in {@code
 * src/test/resources/golden/} ({@code <event>.schedule.xml}, {@code <event>.schedule.json}), each
 * valid against its XSD or JSON Schema and keeping the apps' rules.
 *
 * <p>To regenerate the files on purpose, after deciding that the new output is right, run from the
 * repository root
 *
 * <pre>
 * ./mvnw -B -q -pl schedule -am verify -Dagendum.regenerateGolden=true
 * </pre>
 *
 * <p>and review the diff.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    /** A golden file: its name, the event it holds and the format that writes it. */
    record GoldenFile(String name, Supplier<Event> event, EventFormat format) {

        Path path() {
            return GOLDEN.resolve(name);
        }

        byte[] written() {
            return format.toBytes(event.get());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<GoldenFile> goldenFiles() {
        return Stream.of(ScheduleXmlFormat.create(), ScheduleJsonFormat.create()).flatMap(format -> Stream.of(
                golden("gobiernos-locales-2021", SeedEvents::gobiernosLocales2021, format),
                golden("paris-seminar-2018", SeedEvents::parisSeminar2018, format),
                golden("lisbon-conference-2026", ExampleEvents::lisbonConference2026, format),
                golden("madrid-seminar-series-2026", ExampleEvents::madridSeminarSeries2026, format)));
    }

    private static GoldenFile golden(String name, Supplier<Event> event, EventFormat format) {
        return new GoldenFile(name + "." + (format instanceof ScheduleXmlFormat ? "schedule.xml" : "schedule.json"), event, format);
    }

    @BeforeAll
    void regenerate_onlyWhenAskedTo() {
        goldenFiles().forEach(golden -> GoldenFiles.regenerateIfAsked(golden.path(), golden::written));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void event_writesTheGoldenFileByteForByte(GoldenFile golden) {
        GoldenFiles.assertMatches(golden.path(), golden.written());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void goldenFile_isValid_andKeepsTheAppsRules(GoldenFile golden) throws Exception {
        byte[] document = Files.readAllBytes(golden.path());

        if (golden.format() instanceof ScheduleXmlFormat) {
            assertThat(ScheduleSchemas.xsdProblems(document)).isEmpty();
            assertThat(ConsumerRules.xmlProblems(document)).isEmpty();
        } else {
            assertThat(ScheduleSchemas.jsonSchemaProblems(document)).isEmpty();
            assertThat(ConsumerRules.jsonProblems(document)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void goldenFile_readsBackWithTheEventsTitleAndZone(GoldenFile golden) throws IOException, Exception {
        Event read = golden.format().fromBytes(Files.readAllBytes(golden.path()));

        assertThat(read.title()).isEqualTo(golden.event().get().title());
        assertThat(read.zone()).isEqualTo(golden.event().get().zone());
    }
}
