package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;
import org.agendum.testing.RandomEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Slots that end on the following day, in iCalendar: DTEND on the next day in every zone the JDK
 * knows, on ordinary nights and on the nights of each zone's transitions; and a VEVENT that ends on
 * the next day at or before its start time read back as such a slot. The oracle is java.time applied
 * to the model's wall-clock times, and the written VTIMEZONE is resolved by {@link WrittenZone}.
 */
class IcsMidnightTest {

    private static final IcsEventFormat ICS = IcsEventFormat.create()
            .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final LocalTime[][] NIGHTS = {
        {LocalTime.of(22, 0), LocalTime.of(4, 0)},
        {LocalTime.of(23, 0), LocalTime.MIDNIGHT},
    };

    static Stream<String> zones() {
        return RandomEvents.zones().stream().map(ZoneId::getId);
    }

    /** The nights a zone's slots start: two ordinary ones, and the evening before each transition of 2024–2026. */
    private static List<LocalDate> evenings(ZoneId zone) {
        TreeSet<LocalDate> days = new TreeSet<>(List.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 6, 15)));
        ZoneRules rules = zone.getRules();
        for (ZoneOffsetTransition t = rules.nextTransition(Instant.parse("2024-01-01T00:00:00Z"));
                t != null && t.getInstant().isBefore(Instant.parse("2027-01-01T00:00:00Z"));
                t = rules.nextTransition(t.getInstant())) {
            days.add(t.getDateTimeBefore().toLocalDate().minusDays(1));
            days.add(t.getDateTimeBefore().toLocalDate());
        }
        return new ArrayList<>(days);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zones")
    void slotsEndingNextDay_haveTheirDtendOnTheNextDay_andReadBackAsSuch(String id) throws Exception {
        ZoneId zone = ZoneId.of(id);
        ZoneRules rules = zone.getRules();
        List<LocalDate> evenings = evenings(zone);
        Agenda.Builder agenda = Agenda.builder();
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day : evenings) {
            for (LocalTime[] night : NIGHTS) {
                Slot slot = Timing.slotToNextDay(day, night[0], night[1]);
                slots.add(slot);
                agenda.addBlocks(AgendaBlock.builder().id("n" + (slots.size() - 1)).kind(BlockKind.OTHER)
                        .title("Night " + slots.size()).timing(slot).build());
            }
        }
        Event event = Event.builder().id("midnight").title("Midnight").zone(zone)
                .start(evenings.get(0).atTime(22, 0)).agenda(agenda.build()).build();
        String document = ICS.toIcs(event);
        Map<String, List<String>> lines = IcsChecks.linesByUid(document);
        WrittenZone written = WrittenZone.of(document, id);
        Event read = ICS.fromBytes(document.getBytes(StandardCharsets.UTF_8));
        Map<String, AgendaBlock> readBlocks = new HashMap<>();
        read.agenda().blocks().forEach(b -> readBlocks.put(b.id(), b));

        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            LocalDateTime start = slot.date().orElseThrow().atTime(slot.start());
            LocalDateTime end = slot.date().orElseThrow().plusDays(1).atTime(slot.end()); // the documented rule
            Instant expectedStart = start.atZone(zone).toInstant();
            Instant expectedEnd = end.atZone(zone).toInstant();
            String uid = "midnight.n" + i + "@agendum";
            if (!expectedEnd.isAfter(expectedStart)) {
                continue; // a gap longer than the night: no length (IcsAllZonesTest covers it)
            }
            String dtend = lines.get(uid).stream().filter(l -> l.startsWith("DTEND")).findFirst().orElseThrow();
            assertThat(instant(dtend, written)).as("%s %s: its end", id, end).isEqualTo(expectedEnd);
            boolean plain = rules.getValidOffsets(start).size() == 1 && rules.getValidOffsets(end).size() == 1;
            if (plain) {
                assertThat(dtend).as("%s %s", id, end).isEqualTo("DTEND;TZID=" + id + ":" + TEXT.format(end));
                assertThat(readBlocks.get("n" + i).timing()).as("%s %s read back", id, start).hasValue(slot);
            }
        }
    }

    @Test
    void aVeventFromAnotherCalendar_endingAtMidnight_orTheNextMorning_isASlotToTheNextDay() throws Exception {
        String ics = String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Calendar//EN",
                "BEGIN:VEVENT", "UID:talk@example.org", "DTSTAMP:20261201T000000Z", "SUMMARY:Late talk",
                "DTSTART;TZID=Europe/Berlin:20261205T230000", "DTEND;TZID=Europe/Berlin:20261206T000000", "END:VEVENT",
                "BEGIN:VEVENT", "UID:dinner@example.org", "DTSTAMP:20261201T000000Z", "SUMMARY:Dinner",
                "DTSTART;TZID=Europe/Berlin:20261205T193000", "DTEND;TZID=Europe/Berlin:20261206T003000", "END:VEVENT",
                "BEGIN:VEVENT", "UID:marathon@example.org", "DTSTAMP:20261201T000000Z", "SUMMARY:Marathon",
                "DTSTART;TZID=Europe/Berlin:20261205T100000", "DTEND;TZID=Europe/Berlin:20261206T110000", "END:VEVENT",
                "END:VCALENDAR", "");
        Event read = ICS.fromBytes(ics.getBytes(StandardCharsets.UTF_8));
        LocalDate day = LocalDate.of(2026, 12, 5);

        List<AgendaBlock> blocks = read.agenda().blocks();
        assertThat(blocks).extracting(AgendaBlock::title).containsExactly("Marathon", "Dinner", "Late talk");
        assertThat(blocks.get(1).timing()).hasValue(Timing.slotToNextDay(day, LocalTime.of(19, 30), LocalTime.of(0, 30)));
        assertThat(blocks.get(2).timing()).hasValue(Timing.slotToNextDay(day, LocalTime.of(23, 0), LocalTime.MIDNIGHT));
        // 25 hours: longer than a slot can be, so it ends at the end of its first day with its real end in a note.
        assertThat(blocks.get(0).timing()).hasValue(Timing.slot(day, LocalTime.of(10, 0), LocalTime.MAX));
        assertThat(blocks.get(0).notes()).contains("Ends 2026-12-06T11:00 Europe/Berlin");
    }

    /** The instant of a DTSTART or DTEND line: in UTC as written, or through the written VTIMEZONE. */
    private static Instant instant(String line, WrittenZone zone) {
        String value = line.substring(line.indexOf(':') + 1);
        if (value.endsWith("Z")) {
            return LocalDateTime.parse(value.substring(0, value.length() - 1), TEXT).toInstant(ZoneOffset.UTC);
        }
        return zone.instant(LocalDateTime.parse(value, TEXT));
    }
}
