package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.testing.ExampleEvents;
import org.agendum.testing.GoldenFiles;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed events and the {@linkplain ExampleEvents example events} in the canonical JSON format,
 * pinned byte for byte in {@code src/test/resources/golden/}.
 *
 * <p>A change to the writer that changes these bytes changes a public format, so the files are
 * never rewritten by a normal build. To regenerate them on purpose, after deciding that the new
 * output is right, run from the repository root
 *
 * <pre>
 * ./mvnw -B -q -pl json -am verify -Dagendum.regenerateGolden=true
 * </pre>
 *
 * <p>and review the diff (then copy the files to {@code examples/}, which {@code ExamplesTest}
 * keeps identical). With {@value GoldenFiles#REGENERATE} set to {@code true} the test writes the files instead of
 * comparing them; it still checks that each file reads back to its seed event.
 */
class JsonGoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    private static final JsonEventFormat JSON = JsonEventFormat.create();

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("gobiernos-locales-2021.json", (Supplier<Event>) SeedEvents::gobiernosLocales2021),
                Arguments.of("paris-seminar-2018.json", (Supplier<Event>) SeedEvents::parisSeminar2018),
                Arguments.of("lisbon-conference-2026.json", (Supplier<Event>) ExampleEvents::lisbonConference2026),
                Arguments.of("madrid-seminar-series-2026.json", (Supplier<Event>) ExampleEvents::madridSeminarSeries2026));
    }

    @BeforeAll
    static void regenerate_onlyWhenAskedTo() {
        seeds().forEach(seed -> {
            @SuppressWarnings("unchecked")
            Supplier<Event> event = (Supplier<Event>) seed.get()[1];
            GoldenFiles.regenerateIfAsked(GOLDEN.resolve((String) seed.get()[0]), () -> JSON.toBytes(event.get()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seed_writesTheGoldenFileByteForByte(String file, Supplier<Event> seed) throws IOException {
        GoldenFiles.assertMatches(GOLDEN.resolve(file), JSON.toBytes(seed.get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void goldenFile_readsBackToTheSeed(String file, Supplier<Event> seed) throws IOException, EventFormatException {
        Event read = JSON.fromBytes(Files.readAllBytes(GOLDEN.resolve(file)));

        assertThat(read).isEqualTo(seed.get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void goldenFile_isWrittenAgainUnchanged(String file, Supplier<Event> seed) throws IOException, EventFormatException {
        byte[] golden = Files.readAllBytes(GOLDEN.resolve(file));

        assertThat(JSON.toBytes(JSON.fromBytes(golden))).isEqualTo(golden);
    }
}
