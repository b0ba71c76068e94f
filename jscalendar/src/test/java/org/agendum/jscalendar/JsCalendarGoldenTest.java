package org.agendum.jscalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.agendum.core.model.Event;
import org.agendum.testing.ExampleEvents;
import org.agendum.testing.GoldenFiles;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSCalendar documents of the two seeds and the two examples, pinned byte for byte in {@code
 * src/test/resources/golden/*.jscal.json} and rewritten only with {@code
 * -Dagendum.regenerateGolden=true}; each is valid for the strict checker.
 */
class JsCalendarGoldenTest {

    /** The events, by the names their golden files have in every format module. */
    static Stream<Arguments> events() {
        return Stream.of(Arguments.of("gobiernos-locales-2021", SeedEvents.gobiernosLocales2021()),
                Arguments.of("paris-seminar-2018", SeedEvents.parisSeminar2018()),
                Arguments.of("lisbon-conference-2026", ExampleEvents.lisbonConference2026()),
                Arguments.of("madrid-seminar-series-2026", ExampleEvents.madridSeminarSeries2026()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void export_matchesItsGoldenFile_andPassesTheChecker(String name, Event event) {
        Path golden = Path.of("src/test/resources/golden", name + ".jscal.json");
        byte[] written = JsCalendarProperties.FORMAT.toBytes(event);
        GoldenFiles.regenerateIfAsked(golden, () -> written);
        GoldenFiles.assertMatches(golden, written);
        JsCalendarChecker.assertValid(written);
        assertThat(JsCalendarProperties.FORMAT.toBytes(event)).as("written twice").isEqualTo(written);
    }
}
