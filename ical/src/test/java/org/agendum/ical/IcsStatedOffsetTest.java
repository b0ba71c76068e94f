package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Slot;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.agendum.json.JsonEventFormat;
import org.agendum.testing.RandomEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every zone of the JDK that has a daylight-saving overlap (clocks going back) from 1970 to 2037, at
 * its last one: a slot at the later of the two instants of a wall-clock time in it, stated with
 * {@code startOffset}/{@code endOffset}. The expected instants are java.time's ({@link
 * ZonedDateTime#withLaterOffsetAtOverlap()}); the written DTSTART and DTEND are read by ical4j as the
 * second implementation; JSON and the publish profile read the slot back at the same instants.
 */
class IcsStatedOffsetTest {

    private static final IcsEventFormat ICS = IcsEventFormat.create()
            .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private static final JsonEventFormat JSON = JsonEventFormat.create();
    private static final Instant LAST = ZonedDateTime.of(2037, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
    private static final Instant FIRST = ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();

    /** A zone and its last overlap in 1970–2037. */
    record Overlap(ZoneId zone, ZoneOffsetTransition transition) {
        @Override
        public String toString() {
            return zone.getId() + " " + transition;
        }
    }

    static Stream<Overlap> overlaps() {
        return RandomEvents.zones().stream().flatMap(zone -> {
            ZoneOffsetTransition last = null;
            for (ZoneOffsetTransition t = zone.getRules().nextTransition(FIRST);
                    t != null && t.getInstant().isBefore(LAST); t = zone.getRules().nextTransition(t.getInstant())) {
                last = t.isOverlap() ? t : last;
            }
            return Optional.ofNullable(last).map(t -> new Overlap(zone, t)).stream();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlaps")
    void theLaterInstantOfAnOverlap_isPlacedWrittenAndReadBack(Overlap overlap) throws Exception {
        ZoneId zone = overlap.zone();
        ZoneOffsetTransition transition = overlap.transition();
        // A minute in the middle of the overlap [after, before), and the minute after it.
        long minutes = Duration.between(transition.getDateTimeAfter(), transition.getDateTimeBefore()).toMinutes();
        LocalDateTime start = transition.getDateTimeAfter().plusMinutes(minutes / 2).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime end = start.plusMinutes(1);
        Instant expectedStart = ZonedDateTime.of(start, zone).withLaterOffsetAtOverlap().toInstant();
        Instant expectedEnd = ZonedDateTime.of(end, zone).withLaterOffsetAtOverlap().toInstant();
        assertThat(expectedStart).as("java.time: the later 'start' differs from the earlier")
                .isNotEqualTo(ZonedDateTime.of(start, zone).withEarlierOffsetAtOverlap().toInstant());
        Event event = event(zone, transition, start, end);

        TimeSpan span = Timetable.of(event).spanOf("second-pass").orElseThrow();
        assertThat(span.start().toInstant()).isEqualTo(expectedStart);
        assertThat(span.end().toInstant()).isEqualTo(expectedEnd);
        assertThat(Timetable.of(event).localTimeIssues()).noneMatch(i -> i.path().startsWith("/agenda"));

        assertThat(JSON.fromBytes(JSON.toBytes(event))).isEqualTo(event);

        String document = ICS.withBlocks(true).toIcs(event);
        VEvent written = new CalendarBuilder().build(new StringReader(document)).<VEvent>getComponents(Component.VEVENT)
                .stream().filter(v -> v.<Property>getProperty(Property.UID).orElseThrow().getValue()
                        .equals("overlap.second-pass@agendum")).findFirst().orElseThrow();
        assertThat(Instant.from(written.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow().getDate()))
                .as("ical4j: DTSTART").isEqualTo(expectedStart);
        assertThat(Instant.from(written.<DtEnd<?>>getProperty(Property.DTEND).orElseThrow().getDate()))
                .as("ical4j: DTEND").isEqualTo(expectedEnd);
        Event read = ICS.fromBytes(document.getBytes(StandardCharsets.UTF_8));
        TimeSpan readSpan = Timetable.of(read).spanOf("second-pass").orElseThrow();
        assertThat(readSpan.start().toInstant()).isEqualTo(expectedStart);
        assertThat(readSpan.end().toInstant()).isEqualTo(expectedEnd);
        Slot readSlot = (Slot) read.agenda().blocks().get(0).timing().orElseThrow();
        assertThat(readSlot.startOffset()).contains(transition.getOffsetAfter());
    }

    /** An event from a day before the transition, with one slot at the later {@code start}. */
    private static Event event(ZoneId zone, ZoneOffsetTransition transition, LocalDateTime start, LocalDateTime end) {
        ZoneOffset later = transition.getOffsetAfter();
        Slot.Builder slot = Slot.builder().date(start.toLocalDate()).start(start.toLocalTime()).end(end.toLocalTime())
                .endsNextDay(!end.toLocalDate().equals(start.toLocalDate())).startOffset(later);
        if (zone.getRules().getValidOffsets(end).size() > 1) {
            slot.endOffset(later);
        }
        AgendaBlock block = AgendaBlock.builder().id("second-pass").kind(BlockKind.OTHER).title("Second pass")
                .timing(slot.build()).build();
        LocalDateTime eventStart = transition.getInstant().minus(Duration.ofHours(30)).atZone(zone).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES);
        return Event.builder().id("overlap").title("Overlap").zone(zone).start(eventStart).agenda(Agenda.of(block))
                .build();
    }
}
