package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.agendum.core.model.Event;
import org.agendum.json.JsonEventFormat;
import org.agendum.testing.PropertyCase;
import org.agendum.testing.PropertyCases;
import org.agendum.testing.RandomEvents;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded random events (Unicode, emoji, right-to-left text) exported in the publish profile: read
 * by two other parsers at the instants the model gives (worked out with java.time, {@link
 * ExpectedInstants}), read back by agendum modulo the loss table, and with any title. Each event is a case of its own, named by the expression
 * that makes it ({@link PropertyCase}); a failing event is shrunk and printed as JSON. {@code
 * -Dagendum.seed} changes the seed, {@code -Dagendum.case} runs one case ({@link PropertyCases}).
 */
class IcsProperties {

    private static final long SEED = PropertyCases.seed(20260105L);
    private static final IcsEventFormat ICS = IcsEventFormat.create()
            .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private static final JsonEventFormat JSON = JsonEventFormat.create();

    /** Texts that would add a property, a parameter or a component if they were not escaped. */
    private static final List<String> HOSTILE = List.of(
            "\r\nATTENDEE:mailto:x@y",
            "x\nMETHOD:REQUEST\nORGANIZER:mailto:x@y",
            "a\rEND:VEVENT\r\nBEGIN:VEVENT",
            "back\\slash; semi, comma \\n not a newline",
            "Inauguración Alcaldía 👨‍👩‍👧 عربي עברית " + "é".repeat(60) + "😀".repeat(30));

    static Stream<PropertyCase> cases() {
        return PropertyCases.of(Stream.of(RandomEvents.seeded(SEED)), generator -> 60);
    }

    @TestFactory
    Stream<DynamicTest> randomEvent_isReadByBiweeklyAndIcal4jAtTheInstantsOfTheModel() {
        return cases().map(c -> dynamicTest(c.name(), () -> c.check(IcsProperties::isReadAtTheInstantsOfTheModel,
                JSON::toJson)));
    }

    private static void isReadAtTheInstantsOfTheModel(Event event) {
        byte[] written = ICS.toBytes(event);
        String document = new String(written, StandardCharsets.UTF_8);

        IcsChecks.assertLinesFoldedAtOctets(written);
        IcsChecks.assertInstantsAgreeWithTimetable(event, document);
        IcsChecks.assertIcal4jInstantsAgreeWithTimetable(event, document);
        assertThat(IcsChecks.names(document)).doesNotContain("METHOD", "ATTENDEE", "ORGANIZER");
        assertThat(ICS.toBytes(event)).as("written again").isEqualTo(written);
    }

    /**
     * Read back by agendum, the event is itself but for what the publish profile does not carry
     * (the loss table of docs/ICALENDAR.md, {@link PublishProjection}); written without blocks, it
     * reads back without blocks.
     */
    @TestFactory
    Stream<DynamicTest> randomEvent_readsBackModuloTheLossTable() {
        return cases().map(c -> dynamicTest(c.name(), () -> c.check(IcsProperties::readsBackModuloTheLossTable,
                JSON::toJson)));
    }

    private static void readsBackModuloTheLossTable(Event event) throws Exception {
        Event read = ICS.fromBytes(ICS.toBytes(event));

        assertThat(PublishProjection.of(read)).isEqualTo(PublishProjection.of(event));
        assertThat(ICS.fromBytes(ICS.withBlocks(false).toBytes(event)).agenda().blocks()).as("without blocks").isEmpty();
    }

    /**
     * SUMMARY is "title — subtitle" (docs/ICALENDAR.md) with CR, CRLF and other control characters
     * as that page says ({@link IcsChecks#asText}), read back by the tests' own unescaping and by
     * biweekly.
     */
    @TestFactory
    Stream<DynamicTest> anyTitle_survivesEscapingAndFoldingUnchanged() {
        return cases().map(c -> dynamicTest(c.name(), () -> c.check(
                random -> titleSurvives(random, HOSTILE.get((int) (c.index() % HOSTILE.size()))), JSON::toJson)));
    }

    private static void titleSurvives(Event random, String hostile) {
        Event event = random.withTitle(random.title() + hostile);
        byte[] written = ICS.toBytes(event);
        String document = new String(written, StandardCharsets.UTF_8);
        String uidLine = "UID:" + IcsChecks.uidPart(event.id()) + "@agendum";

        IcsChecks.assertLinesFoldedAtOctets(written);
        assertThat(IcsChecks.names(document)).doesNotContain("METHOD", "ATTENDEE", "ORGANIZER");
        String expected = IcsChecks.asText(event.title() + event.subtitle().map(s -> " — " + s).orElse(""));
        assertThat(IcsChecks.textAfter(document, uidLine, "SUMMARY")).contains(expected);
        assertThat(IcsChecks.parseWithoutWarnings(document).getEvents().get(0).getSummary().getValue())
                .isEqualTo(expected);
    }
}
