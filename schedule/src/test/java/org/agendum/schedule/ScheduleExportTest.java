package org.agendum.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormat;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Event;
import org.agendum.core.model.Venue;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.Timetable;
import org.agendum.testing.ExampleEvents;
import org.agendum.testing.RandomEvents;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every export, of the seeds, the conference and series examples and many random events, in both
 * formats: valid against the C3VOC XSD or the voc JSON Schema, keeping the rules conference apps
 * add ({@link ConsumerRules}), and read back with the same talks: titles, rooms and instants, as
 * java.time places the original's blocks (on the minute: a start is cut to its minute, an end
 * moves to the end of its minute).
 */
class ScheduleExportTest {

    /** The seed of the random events; printed in each test's name, so a failure reproduces. */
    private static final long SEED = 20_261_206L;
    private static final int RANDOM_EVENTS = 80;

    private static final ScheduleXmlFormat XML = ScheduleXmlFormat.create();
    private static final ScheduleJsonFormat JSON = ScheduleJsonFormat.create();

    private static Stream<Named> events() {
        List<Named> events = new ArrayList<>();
        SeedEvents.all().forEach(event -> events.add(new Named(event.id(), event)));
        ExampleEvents.all().forEach(event -> events.add(new Named(event.id(), event)));
        RandomEvents random = RandomEvents.seeded(SEED);
        for (int i = 0; i < RANDOM_EVENTS; i++) {
            events.add(new Named("random seed " + SEED + " index " + i, random.event(i)));
        }
        return events.stream();
    }

    private record Named(String name, Event event) {}

    @TestFactory
    Stream<DynamicTest> xmlExports_areValid_keepTheAppsRules_andReadBackTheSameTalks() {
        return events().map(named -> DynamicTest.dynamicTest(named.name(), () -> {
            byte[] xml = XML.toBytes(named.event());

            assertThat(ScheduleSchemas.xsdProblems(xml)).as("XSD").isEmpty();
            assertThat(ConsumerRules.xmlProblems(xml)).as("apps' rules").isEmpty();
            assertSameTalks(named.event(), XML);
            assertThat(XML.fromBytes(xml).zone()).isEqualTo(named.event().zone());
        }));
    }

    @TestFactory
    Stream<DynamicTest> jsonExports_areValid_keepTheAppsRules_andReadBackTheSameTalks() {
        return events().map(named -> DynamicTest.dynamicTest(named.name(), () -> {
            byte[] json = JSON.toBytes(named.event());

            assertThat(ScheduleSchemas.jsonSchemaProblems(json)).as("JSON Schema").isEmpty();
            assertThat(ConsumerRules.jsonProblems(json)).as("apps' rules").isEmpty();
            assertSameTalks(named.event(), JSON);
        }));
    }

    private static void assertSameTalks(Event event, EventFormat format) throws Exception {
        Event read = format.fromBytes(format.toBytes(event));

        assertThat(talks(read)).containsExactlyInAnyOrderElementsOf(expectedTalks(event));
        assertThat(read.title()).isEqualTo(event.title());
        assertThat(Timetable.of(read).eventStart().toInstant()).isEqualTo(Timetable.of(event).eventStart().toInstant());
    }

    /** The talks an export must have: the blocks with a span, but the cancelled ones, on the minute. */
    private static List<String> expectedTalks(Event event) {
        List<String> talks = new ArrayList<>();
        for (ScheduledBlock scheduled : Timetable.of(event).blocks()) {
            if (scheduled.span().isEmpty() || scheduled.block().status() == BlockStatus.CANCELLED) {
                continue;
            }
            AgendaBlock block = scheduled.block();
            String room = block.room().or(() -> event.venue().flatMap(Venue::room))
                    .or(() -> event.venue().map(Venue::name)).orElse(event.title());
            ZonedDateTime start = scheduled.span().orElseThrow().start();
            ZonedDateTime end = scheduled.span().orElseThrow().end();
            ZonedDateTime endMinute = end.truncatedTo(ChronoUnit.MINUTES);
            talks.add(talk(block.title(), room, start.truncatedTo(ChronoUnit.MINUTES).toInstant(),
                    (endMinute.equals(end) ? end : endMinute.plusMinutes(1)).toInstant()));
        }
        return talks;
    }

    private static List<String> talks(Event read) {
        return Timetable.of(read).blocks().stream().map(scheduled -> talk(scheduled.block().title(),
                scheduled.block().room().orElseThrow(), scheduled.span().orElseThrow().start().toInstant(),
                scheduled.span().orElseThrow().end().toInstant())).toList();
    }

    private static String talk(String title, String room, Instant start, Instant end) {
        return title.strip() + " | " + room.strip() + " | " + start + " | " + end;
    }
}
