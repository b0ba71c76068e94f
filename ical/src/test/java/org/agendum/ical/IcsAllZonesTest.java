package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Timing;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.Timetable;
import org.agendum.testing.RandomEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every zone the JDK knows, at dates spread over 1970–2037 and around every transition of the years
 * used: the written wall-clock text is the model's, and the instant a reader gets from the written
 * text and the written VTIMEZONE is java.time's.
 *
 * <p>The oracle is java.time applied to the model's own wall-clock times ({@code
 * LocalDateTime.atZone}), never agendum's timetable or writer; the written VTIMEZONE is resolved by
 * {@link WrittenZone}, which reads the file's text and no zone data of its own;
 * ical4j plays no part. Reading the file back with agendum gives the same instants.
 */
class IcsAllZonesTest {

    private static final IcsEventFormat ICS = IcsEventFormat.create()
            .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    /** Every third year of 1970–2037, and every year of 2024–2027. */
    private static final List<Integer> YEARS = years();

    /**
     * Every zone of the JDK's tz database, sorted: {@code ZoneId.getAvailableZoneIds()} without the
     * ids other libraries register at run time (ical4j's, in these tests), as {@link
     * RandomEvents#zones()} says.
     */
    static Stream<String> zones() {
        return RandomEvents.zones().stream().map(ZoneId::getId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zones")
    void everyZone_writesTheModelsWallClockAndReadsAsJavaTimesInstants(String id) throws Exception {
        ZoneId zone = ZoneId.of(id);
        List<LocalDateTime> starts = starts(zone);
        Event event = event(zone, starts);
        String document = ICS.toIcs(event);
        Map<String, List<String>> lines = IcsChecks.linesByUid(document);
        assertThat(IcsChecks.parseWithoutWarnings(document).getEvents()).hasSize(starts.size() + 1);
        WrittenZone written = WrittenZone.of(document, id);
        ZoneRules rules = zone.getRules();
        Event read = ICS.fromBytes(document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Timetable readBack = Timetable.of(read);

        for (int i = 0; i < starts.size(); i++) {
            LocalDateTime local = starts.get(i);
            Instant expected = local.atZone(zone).toInstant(); // java.time: the oracle
            String uid = "all-zones." + "b" + i + "@agendum";
            String dtstart = lines.get(uid).stream().filter(l -> l.startsWith("DTSTART")).findFirst().orElseThrow();
            int offsets = rules.getValidOffsets(local).size();
            if (offsets == 1) {
                assertThat(dtstart).as("%s %s: the model's wall-clock time", id, local)
                        .isEqualTo("DTSTART;TZID=" + id + ":" + TEXT.format(local));
            } else if (offsets == 2) {
                assertThat(dtstart).as("%s %s: an ambiguous time, in UTC", id, local)
                        .isEqualTo("DTSTART:" + TEXT.format(LocalDateTime.ofInstant(expected, ZoneOffset.UTC)) + "Z");
            } else {
                assertThat(dtstart).as("%s %s: a time in a gap, as java.time moves it", id, local)
                        .isEqualTo("DTSTART;TZID=" + id + ":" + TEXT.format(local.atZone(zone).toLocalDateTime()));
            }
            assertThat(instant(dtstart, written)).as("%s %s through the written VTIMEZONE", id, local).isEqualTo(expected);
            Instant end = local.toLocalDate().atTime(end(local)).atZone(zone).toInstant();
            if (end.isAfter(expected)) {
                String dtend = lines.get(uid).stream().filter(l -> l.startsWith("DTEND")).findFirst().orElseThrow();
                assertThat(instant(dtend, written)).as("%s %s: its end", id, local).isEqualTo(end);
                ScheduledBlock back = readBack.block("b" + i).orElseThrow();
                assertThat(back.span().orElseThrow().start().toInstant()).as("%s %s read back", id, local)
                        .isEqualTo(expected);
            } else {
                // A gap longer than the slot (Antarctica/Vostok skipped 7 hours in 1994) leaves it no
                // length: no DTEND, and blocks of no length do not come back (docs/ICALENDAR.md).
                assertThat(lines.get(uid)).as("%s %s: no DTEND", id, local).noneMatch(l -> l.startsWith("DTEND"));
                assertThat(readBack.block("b" + i)).isEmpty();
            }
        }
        assertThat(readBack.eventStart().toInstant()).isEqualTo(starts.get(0).atZone(zone).toInstant());
    }

    /** The instant of a DTSTART line: in UTC as written, or through the written VTIMEZONE. */
    private static Instant instant(String dtstart, WrittenZone zone) {
        String value = dtstart.substring(dtstart.indexOf(':') + 1);
        if (value.endsWith("Z")) {
            return LocalDateTime.parse(value.substring(0, value.length() - 1), TEXT).toInstant(ZoneOffset.UTC);
        }
        return zone.instant(LocalDateTime.parse(value, TEXT));
    }

    /** The 15th of January, April, July and October at 09:00 of the years, and around each of their transitions. */
    private static List<LocalDateTime> starts(ZoneId zone) {
        List<LocalDateTime> starts = new ArrayList<>();
        ZoneRules rules = zone.getRules();
        for (int year : YEARS) {
            for (int month = 1; month <= 10; month += 3) {
                starts.add(LocalDate.of(year, month, 15).atTime(9, 0));
            }
            Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(14));
            Instant until = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(-12));
            for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(until);
                    t = rules.nextTransition(t.getInstant())) {
                LocalDateTime before = t.getDateTimeBefore();
                LocalDateTime after = t.getDateTimeAfter();
                LocalDateTime earlier = before.isBefore(after) ? before : after;
                LocalDateTime later = before.isBefore(after) ? after : before;
                // Just before, at the start of, inside and just after the gap or overlap.
                for (LocalDateTime at : List.of(earlier.minusMinutes(30), earlier,
                        earlier.plusSeconds(java.time.Duration.between(earlier, later).getSeconds() / 2), later,
                        later.plusMinutes(30))) {
                    if (at.getYear() >= 1970 && at.getYear() <= 2037 && at.toLocalTime().isBefore(LocalTime.of(23, 0))) {
                        starts.add(at);
                    }
                }
            }
        }
        return starts;
    }

    /** One block at each start, on its date, ending at {@link #end}. */
    private static Event event(ZoneId zone, List<LocalDateTime> starts) {
        Agenda.Builder agenda = Agenda.builder();
        for (int i = 0; i < starts.size(); i++) {
            LocalDateTime start = starts.get(i);
            agenda.addBlocks(AgendaBlock.builder().id("b" + i).kind(BlockKind.TALK).title("Block " + i)
                    .timing(Timing.slot(start.toLocalDate(), start.toLocalTime(), end(start))).build());
        }
        return Event.builder().id("all-zones").title("Every zone").zone(zone).start(starts.get(0)).agenda(agenda.build())
                .build();
    }

    /** Five hours after a start, or 23:59:59: longer than most gaps, so that few spans are empty. */
    private static LocalTime end(LocalDateTime start) {
        return start.toLocalTime().isBefore(LocalTime.of(18, 59, 59)) ? start.toLocalTime().plusHours(5)
                : LocalTime.of(23, 59, 59);
    }

    private static List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        for (int year = 1970; year <= 2037; year += 3) {
            years.add(year);
        }
        for (int year = 2024; year <= 2027; year++) {
            years.add(year);
        }
        years.add(2037);
        return List.copyOf(years);
    }
}
