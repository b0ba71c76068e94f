package org.agendum.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Room;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Track;
import org.junit.jupiter.api.Test;

/**
 * Duration-only blocks laid out per track. Every expected instant is {@code ZonedDateTime.of} on the
 * wall-clock times a reader of the programme works out by hand from the rule, never the timetable's.
 */
class TimetableTracksTest {

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    private static ZonedDateTime at(int hour, int minute) {
        return ZonedDateTime.of(DAY.atTime(hour, minute), NAIROBI);
    }

    private static AgendaBlock block(String id, Timing timing, String track) {
        AgendaBlock.Builder block = AgendaBlock.builder().id(id).kind(BlockKind.WORKSHOP).title(id).timing(timing);
        if (track != null) {
            block.track(track);
        }
        return block.build();
    }

    private static AgendaBlock minutes(String id, int minutes, String track) {
        return block(id, Timing.minutes(minutes), track);
    }

    private static Timetable timetable(AgendaBlock... blocks) {
        return Timetable.of(Event.builder().id("foro").title("Foro").zone(NAIROBI).start(DAY.atTime(9, 0))
                .agenda(Agenda.builder().addBlocks(blocks).build()).build());
    }

    private static void assertSpan(Timetable timetable, String id, ZonedDateTime start, ZonedDateTime end) {
        assertThat(timetable.spanOf(id)).as(id).contains(TimeSpan.of(start, end));
    }

    @Test
    void twoFollowUpsInTwoTracks_bothStartWhenThePlenaryEnds() {
        Timetable timetable = timetable(
                block("apertura", Timing.slot(LocalTime.of(9, 0), LocalTime.of(9, 30)), null),
                minutes("a1", 30, "A"), minutes("b1", 30, "B"));

        assertSpan(timetable, "a1", at(9, 30), at(10, 0));
        assertSpan(timetable, "b1", at(9, 30), at(10, 0));
    }

    @Test
    void eachTrackFollowsItsOwnBlocks_andAPlenaryWaitsForTheLastTrackToEnd() {
        Timetable timetable = timetable(
                block("apertura", Timing.slot(LocalTime.of(9, 0), LocalTime.of(9, 30)), null),
                minutes("a1", 30, "A"), minutes("b1", 30, "B"), minutes("a2", 20, "A"), minutes("b2", 45, "B"),
                minutes("a3", 10, "A"), minutes("pausa", 15, null), minutes("a4", 30, "A"), minutes("c1", 60, "C"));

        assertSpan(timetable, "a2", at(10, 0), at(10, 20));
        assertSpan(timetable, "b2", at(10, 0), at(10, 45));
        assertSpan(timetable, "a3", at(10, 20), at(10, 30));
        // The latest end since the opening is b2's, 10:45: the break waits for track B.
        assertSpan(timetable, "pausa", at(10, 45), at(11, 0));
        // After a plenary every track follows it, a track first seen there too.
        assertSpan(timetable, "a4", at(11, 0), at(11, 30));
        assertSpan(timetable, "c1", at(11, 0), at(12, 0));
    }

    @Test
    void aTrackWithoutAPlenaryBeforeIt_startsWithTheEvent_andAPlenaryAfterTracksAlone_waitsForAll() {
        Timetable timetable = timetable(minutes("a1", 30, "A"), minutes("b1", 50, "B"), minutes("a2", 30, "A"),
                minutes("cierre", 15, null));

        assertSpan(timetable, "a1", at(9, 0), at(9, 30));
        assertSpan(timetable, "b1", at(9, 0), at(9, 50));
        assertSpan(timetable, "a2", at(9, 30), at(10, 0));
        assertSpan(timetable, "cierre", at(10, 0), at(10, 15));
    }

    @Test
    void aSlotInATrack_movesThatTrackOnly() {
        Timetable timetable = timetable(
                block("a1", Timing.slot(LocalTime.of(9, 0), LocalTime.of(10, 0)), "A"),
                block("b1", Timing.slot(LocalTime.of(9, 0), LocalTime.of(9, 20)), "B"),
                minutes("a2", 30, "A"), minutes("b2", 30, "B"));

        assertSpan(timetable, "a2", at(10, 0), at(10, 30));
        assertSpan(timetable, "b2", at(9, 20), at(9, 50));
    }

    @Test
    void withoutTracks_eachBlockFollowsTheOneBeforeIt_asBefore_evenAnEarlierSlot() {
        Timetable timetable = timetable(
                block("a", Timing.slot(LocalTime.of(10, 0), LocalTime.of(11, 0)), null),
                block("b", Timing.slot(LocalTime.of(9, 0), LocalTime.of(9, 30)), null),
                minutes("c", 15, null), minutes("d", 35, null));

        assertSpan(timetable, "c", at(9, 30), at(9, 45));
        assertSpan(timetable, "d", at(9, 45), at(10, 20));
    }

    @Test
    void childrenInTracks_followTheRuleAmongTheirSiblings_fromTheirParentsStart() {
        AgendaBlock sessions = AgendaBlock.builder().id("sesiones").kind(BlockKind.OTHER).title("Sesiones")
                .timing(Timing.slot(LocalTime.of(11, 0), LocalTime.of(12, 0)))
                .addChildren(minutes("a1", 20, "A"), minutes("b1", 40, "B"), minutes("a2", 20, "A"),
                        minutes("plenario", 20, null))
                .build();
        Timetable timetable = timetable(block("apertura", Timing.slot(LocalTime.of(9, 0), LocalTime.of(11, 0)), null),
                sessions, minutes("cierre", 30, null));

        assertSpan(timetable, "a1", at(11, 0), at(11, 20));
        assertSpan(timetable, "b1", at(11, 0), at(11, 40));
        assertSpan(timetable, "a2", at(11, 20), at(11, 40));
        assertSpan(timetable, "plenario", at(11, 40), at(12, 0));
        assertSpan(timetable, "cierre", at(12, 0), at(12, 30));
    }

    @Test
    void roomsAndTracks_areLookedUpByTheIdsTheBlocksReferTo() {
        AgendaBlock a1 = AgendaBlock.builder().id("a1").kind(BlockKind.TALK).title("a1").timing(Timing.minutes(30))
                .room("sala-b").track("A").build();
        AgendaBlock b1 = AgendaBlock.builder().id("b1").kind(BlockKind.TALK).title("b1").timing(Timing.minutes(30))
                .room("aud").addOverflowRoom("sala-b").track("B").build();
        Timetable timetable = Timetable.of(Event.builder().id("foro").title("Foro").zone(NAIROBI).start(DAY.atTime(9, 0))
                .addRooms(Room.of("aud", "Auditorio"), Room.of("sala-b", "Sala B"))
                .addTracks(Track.of("A", "Research"), Track.of("B", "Policy"))
                .agenda(Agenda.builder().addBlocks(a1, b1).build()).build());

        assertThat(timetable.blocksInRoom("sala-b")).extracting(ScheduledBlock::id).containsExactly("a1");
        assertThat(timetable.blocksInRoom("Sala B")).isEmpty();
        assertThat(timetable.blocksInTrack("B")).extracting(ScheduledBlock::id).containsExactly("b1");
        assertThat(timetable.spanOf("b1")).map(TimeSpan::duration).contains(Duration.ofMinutes(30));
        assertThat(List.of(timetable.spanOf("a1").orElseThrow().start(), timetable.spanOf("b1").orElseThrow().start()))
                .containsOnly(at(9, 0));
    }
}
