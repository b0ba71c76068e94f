package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.testing.ExampleEvents;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed events and the {@linkplain ExampleEvents example events} as JSON files in the
 * repository's {@code examples/} directory, for users to read and to feed to their own tools. They
 * are the golden files of {@link JsonGoldenTest}, byte for byte, and this test fails as soon as they
 * drift from {@link SeedEvents} or {@link ExampleEvents}: after changing an event or the writer on
 * purpose, regenerate the golden files and copy them to {@code examples/}.
 */
class ExamplesTest {

    /** The tests run in the json module's directory; the examples are at the repository root. */
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static final JsonEventFormat JSON = JsonEventFormat.create();

    static Stream<Arguments> examples() {
        return JsonGoldenTest.seeds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_isTheSeedAsWritten(String file, Supplier<Event> seed) throws IOException {
        assertThat(Files.readAllBytes(EXAMPLES.resolve(file))).isEqualTo(JSON.toBytes(seed.get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_isTheGoldenFile(String file, Supplier<Event> seed) throws IOException {
        assertThat(Files.readAllBytes(EXAMPLES.resolve(file)))
                .isEqualTo(Files.readAllBytes(JsonGoldenTest.GOLDEN.resolve(file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_readsToTheSeed(String file, Supplier<Event> seed) throws IOException, EventFormatException {
        try (InputStream in = Files.newInputStream(EXAMPLES.resolve(file))) {
            assertThat(JSON.read(in)).isEqualTo(seed.get());
        }
    }
}
