package org.agendum.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Test;

/**
 * The questions a programme's reader asks of a timetable. The conference below is written by hand
 * and every expected instant comes from {@code ZonedDateTime.of} on its wall-clock times; seeded
 * random programmes, in zones drawn from all of the JDK's, are checked against a brute-force
 * selection over their spans.
 */
class TimetableQueriesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Saturday 26 and Sunday 27 October 2024 in Paris; clocks go back from 03:00 to 02:00 in the night between. */
    private static final LocalDate SATURDAY = LocalDate.of(2024, 10, 26);
    private static final LocalDate SUNDAY = LocalDate.of(2024, 10, 27);

    private static AgendaBlock block(String id, BlockKind kind, LocalDate date, LocalTime start, LocalTime end, String room,
            String track, AgendaBlock... children) {
        AgendaBlock.Builder block = AgendaBlock.builder().id(id).kind(kind).title(id).timing(Timing.slot(date, start, end))
                .addChildren(children);
        if (room != null) {
            block.room(room);
        }
        if (track != null) {
            block.track(track);
        }
        return block.build();
    }

    private static Event conference() {
        AgendaBlock qa = AgendaBlock.builder().id("a1-qa").kind(BlockKind.QUESTIONS_AND_ANSWERS).title("Q&A")
                .timing(Timing.slot(SATURDAY, LocalTime.of(10, 30), LocalTime.of(11, 0))).build();
        return Event.builder()
                .id("conf").title("Conference").zone(PARIS).start(SATURDAY.atTime(9, 0))
                .agenda(Agenda.builder()
                        .addBlock(block("opening", BlockKind.OPENING, SATURDAY, LocalTime.of(9, 0), LocalTime.of(9, 30), "Main", null))
                        .addBlock(block("a1", BlockKind.TALK, SATURDAY, LocalTime.of(9, 30), LocalTime.of(11, 0), "A", "Cities", qa))
                        .addBlock(block("b1", BlockKind.TALK, SATURDAY, LocalTime.of(9, 30), LocalTime.of(10, 30), "B", "Rural"))
                        .addBlock(block("dinner", BlockKind.MEAL, SATURDAY, LocalTime.of(19, 30), LocalTime.of(22, 0), "Main", null))
                        .addBlock(block("a2", BlockKind.TALK, SUNDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), "A", "Cities"))
                        .addBlock(block("closing", BlockKind.CLOSING, SUNDAY, LocalTime.of(11, 0), LocalTime.of(11, 30), "Main", null))
                        .build())
                .build();
    }

    private static Instant paris(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), PARIS).toInstant();
    }

    private static List<String> ids(List<ScheduledBlock> blocks) {
        return blocks.stream().map(ScheduledBlock::id).collect(Collectors.toList());
    }

    @Test
    void days_areTheDatesBlocksStartOn() {
        assertThat(Timetable.of(conference()).days()).containsExactly(SATURDAY, SUNDAY);
    }

    @Test
    void blocksOn_aDay_inAgendaOrder_childrenAfterTheirParent() {
        Timetable timetable = Timetable.of(conference());
        assertThat(ids(timetable.blocksOn(SATURDAY))).containsExactly("opening", "a1", "a1-qa", "b1", "dinner");
        assertThat(ids(timetable.blocksOn(SUNDAY))).containsExactly("a2", "closing");
        assertThat(timetable.blocksOn(SUNDAY.plusDays(1))).isEmpty();
    }

    @Test
    void blocksInRoomAndTrack_matchTheNameExactly() {
        Timetable timetable = Timetable.of(conference());
        assertThat(ids(timetable.blocksInRoom("Main"))).containsExactly("opening", "dinner", "closing");
        assertThat(ids(timetable.blocksInRoom("A"))).containsExactly("a1", "a2");
        assertThat(timetable.blocksInRoom("a")).isEmpty();
        assertThat(ids(timetable.blocksInTrack("Cities"))).containsExactly("a1", "a2");
        assertThat(ids(timetable.blocksInTrack("Rural"))).containsExactly("b1");
        assertThat(timetable.blocksInTrack("Urban")).isEmpty();
    }

    @Test
    void runningAt_parallelBlocksAndAChild_startInclusiveEndExclusive() {
        Timetable timetable = Timetable.of(conference());
        assertThat(ids(timetable.runningAt(paris(SATURDAY, 9, 29)))).containsExactly("opening");
        assertThat(ids(timetable.runningAt(paris(SATURDAY, 9, 30)))).containsExactly("a1", "b1");
        assertThat(ids(timetable.runningAt(paris(SATURDAY, 10, 30)))).containsExactly("a1", "a1-qa");
        assertThat(timetable.runningAt(paris(SATURDAY, 11, 0))).isEmpty();
        assertThat(timetable.runningAt(paris(SATURDAY, 8, 59))).isEmpty();
        assertThat(timetable.runningAt(paris(SUNDAY, 11, 30))).isEmpty();
    }

    @Test
    void nextAfter_theEarliestStartStrictlyAfter_acrossTheNightTheClocksGoBack() {
        Timetable timetable = Timetable.of(conference());
        assertThat(ids(timetable.nextAfter(paris(SATURDAY, 9, 0)))).containsExactly("a1", "b1");
        assertThat(ids(timetable.nextAfter(paris(SATURDAY, 10, 0)))).containsExactly("a1-qa");
        assertThat(ids(timetable.nextAfter(paris(SATURDAY, 11, 0)))).containsExactly("dinner");
        // 22:00 on Saturday is UTC+2, 10:00 on Sunday UTC+1: thirteen hours, not twelve.
        Instant afterDinner = paris(SATURDAY, 22, 0);
        assertThat(ids(timetable.nextAfter(afterDinner))).containsExactly("a2");
        assertThat(timetable.nextAfter(afterDinner).get(0).span().orElseThrow().start().toInstant())
                .isEqualTo(afterDinner.plusSeconds(13 * 3600));
        assertThat(timetable.nextAfter(paris(SUNDAY, 11, 0))).isEmpty();
    }

    /** A programme over three days from 2024-03-29 (a weekend of clock changes in many zones), in a random zone. */
    private static Event randomProgramme(SplittableRandom random, List<String> zones) {
        ZoneId zone = ZoneId.of(zones.get(random.nextInt(zones.size())));
        LocalDate first = LocalDate.of(2024, 3, 29);
        Agenda.Builder agenda = Agenda.builder();
        int count = random.nextInt(1, 13);
        for (int i = 0; i < count; i++) {
            LocalDate date = first.plusDays(random.nextInt(3));
            LocalTime start = LocalTime.of(random.nextInt(23), 15 * random.nextInt(4));
            LocalTime end = start.plusMinutes(15 * random.nextInt(1, 5));
            end = end.isAfter(start) ? end : LocalTime.of(23, 59);
            AgendaBlock.Builder block = AgendaBlock.builder().id("b" + i).kind(BlockKind.TALK).title("Block " + i)
                    .timing(Timing.slot(date, start, end));
            String[] rooms = {"A", "B", null};
            String room = rooms[random.nextInt(3)];
            if (room != null) {
                block.room(room);
            }
            String[] tracks = {"X", "Y", null};
            String track = tracks[random.nextInt(3)];
            if (track != null) {
                block.track(track);
            }
            for (int c = random.nextInt(3); c > 0; c--) {
                block.addChild(AgendaBlock.builder().id("b" + i + "-" + c).kind(BlockKind.QUESTIONS_AND_ANSWERS).title("Q&A")
                        .timing(Timing.duration(Duration.ofMinutes(5 * random.nextInt(1, 4)))).build());
            }
            agenda.addBlock(block.build());
        }
        return Event.builder().id("random").title("Random").zone(zone).start(first.atTime(8, 0)).agenda(agenda.build()).build();
    }

    @Test
    void theQueries_agreeWithABruteForceSelection_overRandomProgrammesInEveryZone() {
        List<String> zones = ZoneId.getAvailableZoneIds().stream().sorted().collect(Collectors.toList());
        SplittableRandom random = new SplittableRandom(20_261_206L);
        for (int index = 0; index < 300; index++) {
            Event event = randomProgramme(random, zones);
            Timetable timetable = Timetable.of(event);
            List<ScheduledBlock> all = timetable.blocks();
            List<Instant> probes = new ArrayList<>();
            for (ScheduledBlock block : all) {
                block.span().ifPresent(span -> {
                    probes.add(span.start().toInstant());
                    probes.add(span.end().toInstant());
                    probes.add(span.start().toInstant().minusNanos(1));
                });
            }
            for (Instant probe : probes) {
                List<ScheduledBlock> running = new ArrayList<>();
                Instant next = null;
                for (ScheduledBlock block : all) {
                    Instant start = block.span().orElseThrow().start().toInstant();
                    Instant end = block.span().orElseThrow().end().toInstant();
                    if (start.compareTo(probe) <= 0 && probe.compareTo(end) < 0) {
                        running.add(block);
                    }
                    if (start.compareTo(probe) > 0 && (next == null || start.compareTo(next) < 0)) {
                        next = start;
                    }
                }
                Instant earliest = next;
                List<ScheduledBlock> starting = all.stream()
                        .filter(b -> b.span().orElseThrow().start().toInstant().equals(earliest)).collect(Collectors.toList());
                String where = "programme " + index + " in " + event.zone() + ", at " + probe;
                assertThat(timetable.runningAt(probe)).as(where).isEqualTo(running);
                assertThat(timetable.nextAfter(probe)).as(where).isEqualTo(starting);
            }
            for (String room : List.of("A", "B")) {
                assertThat(timetable.blocksInRoom(room)).as("programme %d, room %s", index, room)
                        .isEqualTo(all.stream().filter(b -> b.block().room().equals(Optional.of(room))).collect(Collectors.toList()));
            }
            List<LocalDate> days = timetable.days();
            assertThat(days).as("programme %d", index).isSorted().doesNotHaveDuplicates();
            List<ScheduledBlock> byDay = new ArrayList<>();
            for (LocalDate day : days) {
                List<ScheduledBlock> ofDay = timetable.blocksOn(day);
                assertThat(ofDay).as("programme %d, %s", index, day).isNotEmpty()
                        .allSatisfy(b -> assertThat(b.span().orElseThrow().start().toLocalDate()).isEqualTo(day));
                byDay.addAll(ofDay);
            }
            assertThat(byDay).as("programme %d: every block is on exactly one day", index).hasSameElementsAs(all).hasSameSizeAs(all);
        }
    }

    @Test
    void nulls_throwNullPointerException() {
        Timetable timetable = Timetable.of(conference());
        assertThatThrownBy(() -> timetable.blocksOn(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> timetable.blocksInRoom(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> timetable.blocksInTrack(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> timetable.runningAt(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> timetable.nextAfter(null)).isInstanceOf(NullPointerException.class);
    }
}
