package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.Timetable;
import org.agendum.json.JsonEventFormat;
import org.agendum.testing.RandomEvents;
import org.agendum.testing.RandomSeries;
import org.junit.jupiter.api.Test;

/**
 * Seeded random events with series ({@link RandomSeries}): JSON and the rich profile give them
 * back equal, the publish profile modulo its loss table, and ical4j's expansion of each written
 * RRULE and EXDATE gives the timetable's sessions.
 */
class IcsSeriesProperties {

    private static final long SEED = 20261206L;
    private static final int EVENTS = 120;
    private static final IcsEventFormat ICS = IcsEventFormat.create()
            .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private static final JsonEventFormat JSON = JsonEventFormat.create();

    @Test
    void randomSeries_roundTrip_andIcal4jExpandsThemToTheTimetablesSessions() throws Exception {
        RandomSeries generator = RandomSeries.of(RandomEvents.seeded(SEED));
        int series = 0;
        for (long i = 0; i < EVENTS; i++) {
            Event event = generator.event(i);
            String where = "seed " + SEED + ", event " + i;
            assertThat(JSON.fromBytes(JSON.toBytes(event))).as(where).isEqualTo(event);
            IcsEventFormat rich = ICS.withProfile(IcsEventFormat.Profile.RICH);
            // The blocks' passcodes are withheld unless the format is asked for them.
            assertThat(rich.fromBytes(rich.toBytes(event))).as(where).isEqualTo(event.withoutConfidential());
            String document = ICS.withBlocks(true).toIcs(event);
            Event read = ICS.fromBytes(document.getBytes(StandardCharsets.UTF_8));
            assertThat(PublishProjection.of(read)).as(where).isEqualTo(PublishProjection.of(event));
            for (AgendaBlock block : event.agenda().blocks()) {
                if (block.recurrence().isPresent()) {
                    series++;
                    assertThat(expandedStarts(document, IcsChecks.uidPart(event.id()) + "."
                            + IcsChecks.uidPart(block.id()) + "@agendum")).as(where).containsExactlyElementsOf(
                            Timetable.of(event).blocks().stream().filter(b -> b.id().equals(block.id()))
                                    .map(ScheduledBlock::span).map(s -> s.orElseThrow().start().toInstant())
                                    .collect(Collectors.toList()));
                }
            }
        }
        assertThat(series).as("events with a series among %d", EVENTS).isBetween(EVENTS / 20, EVENTS / 2);
    }

    /** ical4j's expansion of the VEVENT with a UID, as sorted instants. */
    private static List<Instant> expandedStarts(String document, String uid) throws Exception {
        VEvent vevent = new CalendarBuilder().build(new StringReader(document)).<VEvent>getComponents(Component.VEVENT)
                .stream().filter(v -> v.<Property>getProperty(Property.UID).orElseThrow().getValue().equals(uid))
                .findFirst().orElseThrow();
        Period<ZonedDateTime> all = new Period<>(ZonedDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                ZonedDateTime.of(2100, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        return vevent.<Temporal>calculateRecurrenceSet(all).stream().map(p -> Instant.from(p.getStart())).sorted()
                .collect(Collectors.toList());
    }
}
