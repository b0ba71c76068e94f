package org.agendum.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Person;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Venue;
import org.agendum.core.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * A weekly seminar of ten Tuesday sessions from 29 September 2026 in Paris, 18:00&ndash;20:00, with
 * 10 November (Armistice week) excluded: nine sessions, across the night of 25 October when the
 * clocks go back. The dates below are written out by hand from a calendar, and each instant is
 * {@code ZonedDateTime.of} on them: neither comes from {@link Recurrence} or the timetable.
 */
class SeriesTimetableTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 29);
    private static final LocalDate ARMISTICE_WEEK = LocalDate.of(2026, 11, 10);
    private static final List<LocalDate> SESSIONS = List.of(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 6),
            LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 27),
            LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 24),
            LocalDate.of(2026, 12, 1));
    private static final Person LEA = Person.of("lea", "Léa Martin");
    private static final Venue SORBONNE = Venue.builder().name("Sorbonne").build();

    private static AgendaBlock seminar() {
        AgendaBlock discussion = AgendaBlock.builder().id("debat").kind(BlockKind.NETWORKING).title("Débat")
                .timing(Timing.minutes(30)).build();
        AgendaBlock talk = AgendaBlock.builder().id("expose").kind(BlockKind.TALK).title("Exposé")
                .timing(Timing.minutes(90)).addParticipant(Participant.of(LEA, ParticipantRole.SPEAKER)).build();
        return AgendaBlock.builder().id("seminaire").kind(BlockKind.OTHER).title("Séminaire des villes").room("Salle 1")
                .timing(Timing.slot(FIRST, LocalTime.of(18, 0), LocalTime.of(20, 0)))
                .addParticipant(Participant.of(LEA, ParticipantRole.HOST))
                .recurrence(Recurrence.weekly(10).withExcludedDates(ARMISTICE_WEEK))
                .addChildren(talk, discussion).build();
    }

    private static Event series(AgendaBlock... more) {
        return Event.builder().venue(SORBONNE).id("villes-2026").title("Villes").zone(PARIS).start(FIRST.atTime(18, 0))
                .end(SESSIONS.get(SESSIONS.size() - 1).atTime(20, 0))
                .agenda(Agenda.builder().addBlock(seminar()).addBlocks(more).build()).build();
    }

    private static ZonedDateTime paris(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date.atTime(hour, minute), PARIS);
    }

    @Test
    void everySessionIsAScheduledBlock_withItsDate_atItsWallClockTimes_acrossTheClockChange() {
        Timetable timetable = Timetable.of(series());

        List<ScheduledBlock> sessions = timetable.topLevelBlocks();
        assertThat(sessions).extracting(ScheduledBlock::id).containsOnly("seminaire");
        assertThat(sessions).extracting(s -> s.occurrence().orElseThrow()).containsExactlyElementsOf(SESSIONS);
        assertThat(sessions).extracting(s -> s.span().orElseThrow().start())
                .containsExactlyElementsOf(SESSIONS.stream().map(d -> paris(d, 18, 0)).collect(Collectors.toList()));
        assertThat(sessions).extracting(s -> s.span().orElseThrow().end())
                .containsExactlyElementsOf(SESSIONS.stream().map(d -> paris(d, 20, 0)).collect(Collectors.toList()));
        assertThat(sessions).extracting(ScheduledBlock::path).containsOnly("/agenda/blocks/0");
        assertThat(sessions.get(4).occurrenceId()).isEqualTo("seminaire@2026-10-27");
    }

    @Test
    void eachSessionsChildren_followItsStart_andCarryItsDate() {
        Timetable timetable = Timetable.of(series());

        List<ScheduledBlock> debates = timetable.blocks().stream().filter(b -> b.id().equals("debat"))
                .collect(Collectors.toList());
        assertThat(debates).extracting(b -> b.span().orElseThrow().start())
                .containsExactlyElementsOf(SESSIONS.stream().map(d -> paris(d, 19, 30)).collect(Collectors.toList()));
        assertThat(debates).extracting(b -> b.occurrence().orElseThrow()).containsExactlyElementsOf(SESSIONS);
        assertThat(debates).extracting(ScheduledBlock::parentId).allMatch(p -> p.orElseThrow().equals("seminaire"));
        // Depth first: each session before its children, then the next session.
        assertThat(timetable.blocks().subList(0, 4)).extracting(ScheduledBlock::occurrenceId)
                .containsExactly("seminaire@2026-09-29", "expose@2026-09-29", "debat@2026-09-29", "seminaire@2026-10-06");
    }

    @Test
    void theQueries_seeEverySession_butNotTheExcludedWeek() {
        Timetable timetable = Timetable.of(series());

        assertThat(timetable.days()).containsExactlyElementsOf(SESSIONS);
        assertThat(timetable.blocksOn(ARMISTICE_WEEK)).isEmpty();
        assertThat(timetable.blocksOn(LocalDate.of(2026, 10, 27))).extracting(ScheduledBlock::id)
                .containsExactly("seminaire", "expose", "debat");
        Instant afterClocksGoBack = paris(LocalDate.of(2026, 10, 27), 19, 45).toInstant();
        assertThat(timetable.runningAt(afterClocksGoBack)).extracting(ScheduledBlock::occurrenceId)
                .containsExactly("seminaire@2026-10-27", "debat@2026-10-27");
        Instant armisticeEvening = paris(ARMISTICE_WEEK, 18, 30).toInstant();
        assertThat(timetable.runningAt(armisticeEvening)).isEmpty();
        assertThat(timetable.nextAfter(armisticeEvening)).extracting(ScheduledBlock::occurrenceId)
                .containsExactly("seminaire@2026-11-17", "expose@2026-11-17");
        assertThat(timetable.block("seminaire").orElseThrow().occurrence()).contains(FIRST);
    }

    @Test
    void dailySessionsOfADayEach_abutAcrossTheClockChange_andAreNoOverlap() {
        // 24 hours from 10:00 each day: the one from 24 October lasts 25 hours, and ends as the next starts.
        AgendaBlock hackathon = AgendaBlock.builder().id("hack").kind(BlockKind.WORKSHOP).title("Hack").room("Lab")
                .timing(Timing.slotToNextDay(LocalDate.of(2026, 10, 24), LocalTime.of(10, 0), LocalTime.of(10, 0)))
                .addParticipant(Participant.of(LEA, ParticipantRole.HOST))
                .recurrence(Recurrence.builder().frequency(Recurrence.Frequency.DAILY).count(3).build()).build();
        Event event = Event.builder().venue(SORBONNE).id("hack-2026").title("Hack").zone(PARIS).start(LocalDate.of(2026, 10, 24).atTime(10, 0))
                .agenda(Agenda.of(hackathon)).build();

        List<ScheduledBlock> days = Timetable.of(event).topLevelBlocks();
        assertThat(days.get(0).span().orElseThrow().end()).isEqualTo(paris(LocalDate.of(2026, 10, 25), 10, 0));
        assertThat(days.get(0).span().orElseThrow().duration()).hasHours(25);
        assertThat(days.get(0).span().orElseThrow().abuts(days.get(1).span().orElseThrow())).isTrue();
        assertThat(Validator.standard().validate(event).violations()).isEmpty();
    }

    @Test
    void aDatedChildOfASeries_isOutsideTheLaterSessions_butItsCopiesAreNoOverlapOrDoubleBooking() {
        AgendaBlock dated = AgendaBlock.builder().id("visite").kind(BlockKind.OTHER).title("Visite").room("Salle 2")
                .timing(Timing.slot(FIRST, LocalTime.of(18, 30), LocalTime.of(19, 0)))
                .addParticipant(Participant.of(LEA, ParticipantRole.HOST)).build();
        AgendaBlock series = AgendaBlock.builder().id("cycle").kind(BlockKind.OTHER).title("Cycle")
                .timing(Timing.slot(FIRST, LocalTime.of(18, 0), LocalTime.of(20, 0)))
                .recurrence(Recurrence.weekly(3)).addChild(dated).build();
        Event event = Event.builder().venue(SORBONNE).id("cycle-2026").title("Cycle").zone(PARIS).start(FIRST.atTime(18, 0))
                .agenda(Agenda.of(series)).build();

        assertThat(Validator.standard().validate(event).violations()).extracting(v -> v.code() + " " + v.path())
                .containsExactly("CHILD_OUTSIDE_PARENT /agenda/blocks/0/children/0",
                        "CHILD_OUTSIDE_PARENT /agenda/blocks/0/children/0");
    }

    @Test
    void anotherBlockAtASessionsTime_isStillReported() {
        AgendaBlock clash = AgendaBlock.builder().id("atelier").kind(BlockKind.WORKSHOP).title("Atelier").room("Salle 1")
                .timing(Timing.slot(LocalDate.of(2026, 11, 17), LocalTime.of(19, 0), LocalTime.of(21, 0))).build();
        AgendaBlock nearMiss = clash.withTiming(Timing.slot(ARMISTICE_WEEK, LocalTime.of(19, 0), LocalTime.of(21, 0)));

        assertThat(Validator.standard().validate(series(clash)).violations())
                .anyMatch(v -> v.code().equals("BLOCK_OVERLAP") && v.path().equals("/agenda/blocks/1")
                        && v.message().contains("2026-11-17"));
        assertThat(Validator.standard().validate(series(nearMiss)).violations())
                .noneMatch(v -> v.code().equals("BLOCK_OVERLAP") || v.code().equals("ROOM_DOUBLE_BOOKED"));
    }

    @Test
    void theSeriesEvent_validatesClean_butASessionAfterTheEventsEnd_isOutsideIt() {
        assertThat(Validator.standard().validate(series()).violations()).isEmpty();
        Event shortened = series().withEnd(SESSIONS.get(SESSIONS.size() - 2).atTime(20, 0));

        assertThat(Validator.standard().validate(shortened).violations()).extracting(v -> v.code() + " " + v.path())
                .containsExactly("BLOCK_OUTSIDE_EVENT /agenda/blocks/0");
    }
}
