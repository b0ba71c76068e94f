package org.agendum.web;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.agendum.core.model.Event;
import org.agendum.testing.ExampleEvents;
import org.agendum.testing.SeedEvents;

/**
 * The seed events and the example events, each with the base name of its golden files in {@code
 * src/test/resources/golden/} ({@code <name>.jsonld}, {@code <name>.<lang>.html}).
 *
 * @param name the base name, the name of the event's file in {@code examples/}
 * @param event the event, made when asked
 */
record WebExamples(String name, Supplier<Event> event) {

    /** Where golden files are, from the module's folder. */
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    /** Every seed and example event. */
    static Stream<WebExamples> all() {
        return Stream.of(
                new WebExamples("gobiernos-locales-2021", SeedEvents::gobiernosLocales2021),
                new WebExamples("paris-seminar-2018", SeedEvents::parisSeminar2018),
                new WebExamples("lisbon-conference-2026", ExampleEvents::lisbonConference2026),
                new WebExamples("madrid-seminar-series-2026", ExampleEvents::madridSeminarSeries2026));
    }

    /** The golden file with this suffix after the base name. */
    Path golden(String suffix) {
        return GOLDEN.resolve(name + suffix);
    }

    @Override
    public String toString() {
        return name;
    }
}
