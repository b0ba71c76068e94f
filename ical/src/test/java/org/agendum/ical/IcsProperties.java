package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import org.agendum.core.model.Event;
import org.agendum.testing.RandomEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random events (Unicode, emoji, right-to-left text) exported in the publish profile. */
class IcsProperties {

    private static final long SEED = 20260105L;
    private static final IcsEventFormat ICS = IcsEventFormat.create()
            .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    /** Texts that would add a property, a parameter or a component if they were not escaped. */
    private static final List<String> HOSTILE = List.of(
            "\r\nATTENDEE:mailto:x@y",
            "x\nMETHOD:REQUEST\nORGANIZER:mailto:x@y",
            "a\rEND:VEVENT\r\nBEGIN:VEVENT",
            "back\\slash; semi, comma \\n not a newline",
            "Inauguración Alcaldía 👨‍👩‍👧 عربي עברית " + "é".repeat(60) + "😀".repeat(30));

    static LongStream indexes() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest(name = "event {0}")
    @MethodSource("indexes")
    void randomEvent_isReadByBiweeklyAndIcal4jWithTheTimetablesInstants(long index) {
        Event event = RandomEvents.seeded(SEED).event(index);
        byte[] written = ICS.toBytes(event);
        String document = new String(written, StandardCharsets.UTF_8);

        IcsChecks.assertLinesFoldedAtOctets(written);
        IcsChecks.assertInstantsAgreeWithTimetable(event, document);
        IcsChecks.assertIcal4jInstantsAgreeWithTimetable(event, document);
        assertThat(IcsChecks.names(document)).doesNotContain("METHOD", "ATTENDEE", "ORGANIZER");
        assertThat(ICS.toBytes(event)).as("seed %d, event %d", SEED, index).isEqualTo(written);
    }

    @ParameterizedTest(name = "event {0}")
    @MethodSource("indexes")
    void anyTitle_survivesEscapingAndFoldingUnchanged(long index) {
        String hostile = HOSTILE.get((int) (index % HOSTILE.size()));
        Event random = RandomEvents.seeded(SEED).event(index);
        Event event = random.withTitle(random.title() + hostile);
        byte[] written = ICS.toBytes(event);
        String document = new String(written, StandardCharsets.UTF_8);
        String uidLine = "UID:" + IcsChecks.uidPart(event.id()) + "@agendum";

        IcsChecks.assertLinesFoldedAtOctets(written);
        assertThat(IcsChecks.names(document)).doesNotContain("METHOD", "ATTENDEE", "ORGANIZER");
        String expected = IcsChecks.asText(event.title()
                + event.subtitle().map(s -> " — " + s).orElse(""));
        assertThat(IcsChecks.textAfter(document, uidLine, "SUMMARY")).contains(expected);
        assertThat(IcsChecks.parseWithoutWarnings(document).getEvents().get(0).getSummary().getValue())
                .isEqualTo(expected);
    }
}
