package org.agendum.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Test;

class TimetableTest {

    private static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Paris, 31 March 2024: clocks go from 02:00 to 03:00, so 02:30 does not exist. */
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2024, 3, 31);

    /** Paris, 27 October 2024: clocks go back from 03:00 to 02:00, so 02:30 happens twice. */
    private static final LocalDate FALL_BACK = LocalDate.of(2024, 10, 27);

    /** Seed 000: a virtual seminar from 13:00 in Montevideo, blocks of 15, 35, 30 and 10 minutes. */
    private static Event seminar() {
        return Event.builder()
                .id("seminario-2021")
                .title("Alianzas estratégicas para el desarrollo local")
                .zone(MONTEVIDEO)
                .start(LocalDateTime.of(2021, 6, 11, 13, 0))
                .maximumDuration(Duration.ofMinutes(90))
                .addDisplayZone(DisplayZone.of(MONTEVIDEO, "Uruguay"))
                .addDisplayZone(DisplayZone.of(MEXICO, "México"))
                .agenda(Agenda.compose()
                        .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
                        .block(Duration.ofMinutes(35), BlockKind.PANEL, "Alianzas estratégicas").label("Panel 1")
                            .child(BlockKind.QUESTIONS_AND_ANSWERS, "Sesión de preguntas y respuestas")
                        .block(Duration.ofMinutes(30), BlockKind.PANEL, "Cooperación descentralizada").label("Panel 2")
                        .block(Duration.ofMinutes(10), BlockKind.CLOSING, "Cierre")
                        .toAgenda())
                .build();
    }

    @Test
    void durationOnlyBlocks_areLaidOutOneAfterAnotherFromTheEventStart() {
        Timetable timetable = Timetable.of(seminar());

        assertThat(timetable.zone()).isEqualTo(MONTEVIDEO);
        assertThat(timetable.eventStart()).isEqualTo(montevideo(13, 0));
        assertThat(timetable.spanOf("opening-1")).hasValue(TimeSpan.of(montevideo(13, 0), montevideo(13, 15)));
        assertThat(timetable.spanOf("panel-1")).hasValue(TimeSpan.of(montevideo(13, 15), montevideo(13, 50)));
        assertThat(timetable.spanOf("panel-2")).hasValue(TimeSpan.of(montevideo(13, 50), montevideo(14, 20)));
        assertThat(timetable.spanOf("closing-1")).hasValue(TimeSpan.of(montevideo(14, 20), montevideo(14, 30)));
        assertThat(timetable.localTimeIssues()).isEmpty();
    }

    @Test
    void panel1_inMexicoCity_is1115To1150_becauseMexicoStillHadDst() {
        TimeSpan panel = Timetable.of(seminar()).spanOf("panel-1").orElseThrow().atZone(MEXICO);

        // TimeSpan.equals compares the zoned date-times strictly, zones included.
        assertThat(panel).isEqualTo(TimeSpan.of(ZonedDateTime.of(2021, 6, 11, 11, 15, 0, 0, MEXICO),
                ZonedDateTime.of(2021, 6, 11, 11, 50, 0, 0, MEXICO)));
        assertThat(panel.start().toLocalTime()).isEqualTo(LocalTime.of(11, 15));
        assertThat(panel.end().toLocalTime()).isEqualTo(LocalTime.of(11, 50));
    }

    @Test
    void eventEnd_isStartPlusMaximumDuration_whenNoEndIsAnnounced() {
        Timetable timetable = Timetable.of(seminar());

        assertThat(timetable.eventEnd()).hasValue(montevideo(14, 30));
        assertThat(timetable.eventSpan()).hasValue(TimeSpan.of(montevideo(13, 0), montevideo(14, 30)));
    }

    @Test
    void eventEnd_isTheAnnouncedEnd_whenThereIsOne() {
        Event event = seminar().withEnd(LocalDateTime.of(2021, 6, 11, 14, 0));

        assertThat(Timetable.of(event).eventEnd()).hasValue(montevideo(14, 0));
        assertThat(Timetable.of(event.withMaximumDuration(Optional.empty())).eventEnd()).hasValue(montevideo(14, 0));
    }

    @Test
    void eventEnd_isEmpty_withNeitherEndNorMaximumDuration() {
        Timetable timetable = Timetable.of(seminar().withMaximumDuration(Optional.empty()));

        assertThat(timetable.eventEnd()).isEmpty();
        assertThat(timetable.eventSpan()).isEmpty();
    }

    @Test
    void agendaSpan_runsFromTheFirstStartToTheLastEnd() {
        assertThat(Timetable.of(seminar()).agendaSpan())
                .hasValue(TimeSpan.of(montevideo(13, 0), montevideo(14, 30)));
        assertThat(Timetable.of(seminar().withAgenda(Agenda.empty())).agendaSpan()).isEmpty();
    }

    @Test
    void blocks_areDepthFirst_withPathsDepthsAndParents() {
        Timetable timetable = Timetable.of(seminar());

        assertThat(timetable.blocks()).extracting(ScheduledBlock::id).containsExactly(
                "opening-1", "panel-1", "panel-1-questions-and-answers-1", "panel-2", "closing-1");
        assertThat(timetable.topLevelBlocks()).extracting(ScheduledBlock::id)
                .containsExactly("opening-1", "panel-1", "panel-2", "closing-1");

        ScheduledBlock questions = timetable.block("panel-1-questions-and-answers-1").orElseThrow();
        assertThat(questions.path()).isEqualTo("/agenda/blocks/1/children/0");
        assertThat(questions.depth()).isEqualTo(1);
        assertThat(questions.parentId()).hasValue("panel-1");
        assertThat(questions.block().kind()).isEqualTo(BlockKind.QUESTIONS_AND_ANSWERS);

        ScheduledBlock panel = timetable.block("panel-1").orElseThrow();
        assertThat(panel.path()).isEqualTo("/agenda/blocks/1");
        assertThat(panel.depth()).isZero();
        assertThat(panel.parentId()).isEmpty();
        assertThat(panel.block().label()).hasValue("Panel 1");
    }

    @Test
    void untimedChild_hasNoSpan() {
        Timetable timetable = Timetable.of(seminar());

        assertThat(timetable.block("panel-1-questions-and-answers-1").orElseThrow().span()).isEmpty();
        assertThat(timetable.spanOf("panel-1-questions-and-answers-1")).isEmpty();
    }

    @Test
    void unknownId_hasNoBlockAndNoSpan() {
        Timetable timetable = Timetable.of(seminar());

        assertThat(timetable.block("panel-9")).isEmpty();
        assertThat(timetable.spanOf("panel-9")).isEmpty();
        assertThatThrownBy(() -> timetable.block(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Timetable.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void slotsWithoutDate_areOnTheDayOfThePreviousBlock_andSlotsWithADateOnThatDate() {
        LocalDate day1 = LocalDate.of(2024, 6, 10);
        LocalDate day2 = LocalDate.of(2024, 6, 11);
        Event conference = Event.builder().id("coloquio").title("Coloquio").zone(PARIS)
                .start(day1.atTime(9, 0)).end(day2.atTime(18, 0))
                .agenda(Agenda.compose()
                        .block(LocalTime.of(9, 0), LocalTime.of(9, 30), BlockKind.REGISTRATION, "Accueil")
                        .block(LocalTime.of(9, 30), LocalTime.of(12, 0), BlockKind.PANEL, "Table ronde 1")
                        .block(day2, LocalTime.of(9, 0), LocalTime.of(10, 0), BlockKind.KEYNOTE, "Conférence")
                        .block(LocalTime.of(10, 0), LocalTime.of(11, 0), BlockKind.PANEL, "Table ronde 2")
                        .block(Duration.ofMinutes(30), BlockKind.BREAK, "Pause")
                        .block(LocalTime.of(11, 30), LocalTime.of(12, 0), BlockKind.CLOSING, "Clôture")
                        .toAgenda())
                .build();

        Timetable timetable = Timetable.of(conference);

        assertThat(timetable.spanOf("registration-1")).hasValue(paris(day1, 9, 0, 9, 30));
        assertThat(timetable.spanOf("panel-1")).hasValue(paris(day1, 9, 30, 12, 0));
        assertThat(timetable.spanOf("keynote-1")).hasValue(paris(day2, 9, 0, 10, 0));
        assertThat(timetable.spanOf("panel-2")).hasValue(paris(day2, 10, 0, 11, 0));
        assertThat(timetable.spanOf("break-1")).hasValue(paris(day2, 11, 0, 11, 30));
        assertThat(timetable.spanOf("closing-1")).hasValue(paris(day2, 11, 30, 12, 0));
        assertThat(timetable.agendaSpan()).hasValue(TimeSpan.of(paris(day1, 9, 0, 9, 30).start(),
                paris(day2, 11, 30, 12, 0).end()));
        assertThat(timetable.eventEnd()).hasValue(ZonedDateTime.of(day2.atTime(18, 0), PARIS));
    }

    @Test
    void childBlocksWithDuration_areLaidOutFromTheParentStart() {
        LocalDate day = LocalDate.of(2024, 6, 10);
        AgendaBlock workshop = block("taller", slot(10, 0, 12, 0))
                .withChildren(
                        block("presentacion", Timing.minutes(40)),
                        block("grupos", Timing.minutes(50)),
                        AgendaBlock.builder().id("plenario").kind(BlockKind.DISCUSSION).title("Plenario").build(),
                        block("conclusiones", slot(11, 45, 12, 0)));
        Event event = Event.builder().id("e").title("Jornada").zone(PARIS).start(day.atTime(9, 0))
                .agenda(Agenda.of(block("intro", Timing.minutes(60)), workshop))
                .build();

        Timetable timetable = Timetable.of(event);

        assertThat(timetable.spanOf("taller")).hasValue(paris(day, 10, 0, 12, 0));
        assertThat(timetable.spanOf("presentacion")).hasValue(paris(day, 10, 0, 10, 40));
        assertThat(timetable.spanOf("grupos")).hasValue(paris(day, 10, 40, 11, 30));
        assertThat(timetable.spanOf("plenario")).isEmpty();
        assertThat(timetable.spanOf("conclusiones")).hasValue(paris(day, 11, 45, 12, 0));
        assertThat(timetable.block("grupos").orElseThrow().parentId()).hasValue("taller");
        assertThat(timetable.block("conclusiones").orElseThrow().path()).isEqualTo("/agenda/blocks/1/children/3");
        assertThat(timetable.spanOf("taller").orElseThrow().encloses(timetable.spanOf("grupos").orElseThrow())).isTrue();
    }

    @Test
    void slotInADstGap_isReported_andPlacedAfterTheGap() {
        Timetable timetable = nightInParis(SPRING_FORWARD.atTime(1, 0),
                block("ouverture", slot(1, 0, 1, 30)),
                block("concert", slot(2, 30, 4, 0)));

        assertThat(timetable.localTimeIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(LocalTimeIssue.Kind.GAP);
            assertThat(issue.path()).isEqualTo("/agenda/blocks/1/timing/start");
            assertThat(issue.localDateTime()).isEqualTo(SPRING_FORWARD.atTime(2, 30));
            assertThat(issue.resolved()).isEqualTo(ZonedDateTime.of(SPRING_FORWARD.atTime(3, 30), PARIS));
            assertThat(issue.resolved().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
            assertThat(issue.zone()).isEqualTo(PARIS);
            assertThat(issue.transition().orElseThrow().isGap()).isTrue();
            assertThat(issue.transition().orElseThrow().getOffsetBefore()).isEqualTo(ZoneOffset.ofHours(1));
            assertThat(issue.transition().orElseThrow().getOffsetAfter()).isEqualTo(ZoneOffset.ofHours(2));
        });
        TimeSpan concert = timetable.spanOf("concert").orElseThrow();
        assertThat(concert.start().toOffsetDateTime()).hasToString("2024-03-31T03:30+02:00");
        assertThat(concert.end()).isEqualTo(ZonedDateTime.of(SPRING_FORWARD.atTime(4, 0), PARIS));
    }

    @Test
    void slotWhoseEndFallsBeforeItsStartOnlyBecauseOfAGap_hasAnEmptySpan() {
        TimeSpan span = nightInParis(SPRING_FORWARD.atTime(1, 0), block("court", slot(2, 30, 3, 10)))
                .spanOf("court").orElseThrow();

        assertThat(span.start()).isEqualTo(ZonedDateTime.of(SPRING_FORWARD.atTime(3, 30), PARIS));
        assertThat(span.end()).isEqualTo(span.start());
        assertThat(span.duration()).isZero();
    }

    @Test
    void slotInADstOverlap_isReported_withTheEarlierOffset() {
        Timetable timetable = nightInParis(FALL_BACK.atTime(1, 0),
                block("ouverture", slot(1, 0, 2, 0)),
                block("concert", slot(2, 30, 3, 30)));

        assertThat(timetable.localTimeIssues()).extracting(LocalTimeIssue::path, LocalTimeIssue::kind).containsExactly(
                tuple("/agenda/blocks/0/timing/end", LocalTimeIssue.Kind.OVERLAP),
                tuple("/agenda/blocks/1/timing/start", LocalTimeIssue.Kind.OVERLAP));
        LocalTimeIssue start = timetable.localTimeIssues().get(1);
        assertThat(start.resolved().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(start.resolved().toLocalDateTime()).isEqualTo(FALL_BACK.atTime(2, 30));
        assertThat(start.transition().orElseThrow().isOverlap()).isTrue();
        // 02:30 at +02:00 to 03:30 at +01:00 is two hours on the time-line.
        assertThat(timetable.spanOf("concert").orElseThrow().duration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void durationOnlyBlock_acrossADstChange_lastsItsDurationOnTheTimeline() {
        Timetable timetable = nightInParis(SPRING_FORWARD.atTime(1, 30),
                block("longue", Timing.minutes(60)), block("suite", Timing.minutes(30)));

        TimeSpan longue = timetable.spanOf("longue").orElseThrow();
        assertThat(longue.start()).isEqualTo(ZonedDateTime.of(SPRING_FORWARD.atTime(1, 30), PARIS));
        assertThat(longue.end()).isEqualTo(ZonedDateTime.of(SPRING_FORWARD.atTime(3, 30), PARIS));
        assertThat(longue.duration()).isEqualTo(Duration.ofMinutes(60));
        assertThat(timetable.spanOf("suite")).hasValue(paris(SPRING_FORWARD, 3, 30, 4, 0));
        assertThat(timetable.localTimeIssues()).isEmpty();
    }

    @Test
    void eventStartInADstGap_isReportedAtSlashStart() {
        Timetable timetable = nightInParis(SPRING_FORWARD.atTime(2, 15), block("premier", Timing.minutes(30)));

        assertThat(timetable.eventStart()).isEqualTo(ZonedDateTime.of(SPRING_FORWARD.atTime(3, 15), PARIS));
        assertThat(timetable.eventStart().getZone()).isEqualTo(PARIS);
        assertThat(timetable.localTimeIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.path()).isEqualTo("/start");
            assertThat(issue.kind()).isEqualTo(LocalTimeIssue.Kind.GAP);
            assertThat(issue.localDateTime()).isEqualTo(SPRING_FORWARD.atTime(2, 15));
        });
        assertThat(timetable.spanOf("premier")).hasValue(paris(SPRING_FORWARD, 3, 15, 3, 45));
    }

    @Test
    void largeAgenda_lastBlockEndsAtStartPlusTotalDuration() {
        int count = 100_000;
        List<AgendaBlock> blocks = new ArrayList<>(count);
        Duration total = Duration.ZERO;
        for (int i = 0; i < count; i++) {
            Duration duration = Duration.ofMinutes(1 + i % 7);
            blocks.add(block("b" + i, Timing.duration(duration)));
            total = total.plus(duration);
        }
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
        Event event = Event.builder().id("maraton").title("Maratón").zone(PARIS).start(start)
                .agenda(Agenda.builder().addAllBlocks(blocks).build())
                .build();

        Timetable timetable = Timetable.of(event);

        ZonedDateTime expectedEnd = ZonedDateTime.of(start, PARIS).plus(total);
        assertThat(timetable.blocks()).hasSize(count);
        assertThat(timetable.spanOf("b" + (count - 1)).orElseThrow().end()).isEqualTo(expectedEnd);
        assertThat(timetable.agendaSpan()).hasValue(TimeSpan.of(ZonedDateTime.of(start, PARIS), expectedEnd));
        assertThat(timetable.spanOf("b50000").orElseThrow().start())
                .isEqualTo(timetable.spanOf("b49999").orElseThrow().end());
    }

    @Test
    void timetablesOfEqualEvents_areEqual() {
        assertThat(Timetable.of(seminar())).isEqualTo(Timetable.of(seminar()))
                .hasSameHashCodeAs(Timetable.of(seminar()));
        assertThat(Timetable.of(seminar())).isNotEqualTo(Timetable.of(seminar().withStart(LocalDateTime.of(2021, 6, 11, 14, 0))));
    }

    @Test
    void timetableLists_areUnmodifiable() {
        Timetable timetable = Timetable.of(seminar());

        assertThatThrownBy(() -> timetable.blocks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> timetable.topLevelBlocks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> timetable.localTimeIssues().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static ZonedDateTime montevideo(int hour, int minute) {
        return ZonedDateTime.of(2021, 6, 11, hour, minute, 0, 0, MONTEVIDEO);
    }

    private static TimeSpan paris(LocalDate day, int startHour, int startMinute, int endHour, int endMinute) {
        return TimeSpan.of(ZonedDateTime.of(day.atTime(startHour, startMinute), PARIS),
                ZonedDateTime.of(day.atTime(endHour, endMinute), PARIS));
    }

    /** The timetable of a night in Paris from {@code start}, with these blocks. */
    private static Timetable nightInParis(LocalDateTime start, AgendaBlock... blocks) {
        return Timetable.of(Event.builder().id("nuit").title("Nuit").zone(PARIS).start(start)
                .agenda(Agenda.of(blocks)).build());
    }

    private static Timing slot(int startHour, int startMinute, int endHour, int endMinute) {
        return Timing.slot(LocalTime.of(startHour, startMinute), LocalTime.of(endHour, endMinute));
    }

    private static AgendaBlock block(String id, Timing timing) {
        return AgendaBlock.builder().id(id).kind(BlockKind.OTHER).title(id).timing(timing).build();
    }
}
