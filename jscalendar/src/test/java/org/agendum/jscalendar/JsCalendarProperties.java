package org.agendum.jscalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.testing.ExampleEvents;
import org.agendum.testing.PropertyCase;
import org.agendum.testing.PropertyCases;
import org.agendum.testing.RandomEvents;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Round trips over the seeds, the examples and seeded random events (DESIGN.md §5): what is written
 * passes the strict checker, reads back equal modulo the loss table ({@link JsCalendarProjection}),
 * and writing the read-back event again gives the same document.
 */
class JsCalendarProperties {

    static final JsCalendarEventFormat FORMAT = JsCalendarEventFormat.create()
            .withClock(Clock.fixed(Instant.parse("2026-12-01T09:30:00Z"), ZoneOffset.UTC));
    private static final long SEED = PropertyCases.seed(8_984L);

    /** Generators smallest first, plus multi-day ones. */
    static Stream<RandomEvents> generators() {
        return Stream.concat(RandomEvents.seeded(SEED).smallestFirst(),
                Stream.of(RandomEvents.seeded(SEED + 1).withDays(3).withBlocks(30).withParties(12),
                        RandomEvents.seeded(SEED + 2)));
    }

    @TestFactory
    Stream<DynamicTest> seedsAndExamples_roundTripModuloTheLossTable() {
        return Stream.concat(SeedEvents.all().stream(), ExampleEvents.all().stream())
                .map(event -> dynamicTest(event.id(), () -> roundTrips(event)));
    }

    @TestFactory
    Stream<DynamicTest> randomEvents_roundTripModuloTheLossTable() {
        return PropertyCases.of(generators(), g -> g.blocks().orElse(0) > 20 ? 20 : 60)
                .map(c -> dynamicTest(c.name(), () -> c.check(JsCalendarProperties::roundTrips, FORMAT::toJsCalendar)));
    }

    static void roundTrips(Event event) throws EventFormatException {
        byte[] written = FORMAT.toBytes(event);
        JsCalendarChecker.assertValid(written);
        Event read = FORMAT.fromBytes(written);
        assertThat(JsCalendarProjection.of(read)).isEqualTo(JsCalendarProjection.of(event));
        // What came back once comes back unchanged: the losses happen on the first trip only.
        assertThat(FORMAT.fromBytes(FORMAT.toBytes(read))).as("read back again").isEqualTo(read);
    }
}
