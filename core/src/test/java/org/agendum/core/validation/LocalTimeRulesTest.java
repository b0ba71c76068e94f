package org.agendum.core.validation;

import static org.agendum.core.model.BlockKind.TALK;
import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Seminar.PARIS;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Severity.ERROR;
import static org.agendum.core.validation.Severity.WARNING;
import static org.agendum.core.validation.StandardRule.AMBIGUOUS_LOCAL_TIME;
import static org.agendum.core.validation.StandardRule.NONEXISTENT_LOCAL_TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Registration;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.api.Test;

/**
 * Wall-clock times that Europe/Paris skips (02:00–03:00 on 31 March 2024) or repeats (02:00–03:00
 * on 27 October 2024), in slots, in the event's start and end, and in deadlines.
 */
class LocalTimeRulesTest {

    /** Clocks jump from 02:00 to 03:00. */
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2024, 3, 31);

    /** Clocks go back from 03:00 to 02:00. */
    private static final LocalDate FALL_BACK = LocalDate.of(2024, 10, 27);

    /** A night session from 01:00 on {@code day}, a first block until 01:30, then one at 02:30–03:30. */
    private static Event nightSession(LocalDate day) {
        return event()
                .withEnd(Optional.empty())
                .withStart(day.atTime(1, 0))
                .withAgenda(Agenda.compose()
                        .block(t(1, 0), t(1, 30), TALK, "Observation")
                        .block(t(2, 30), t(3, 30), TALK, "Changement d'heure")
                        .toAgenda());
    }

    private static Event withRegistrationDeadline(Event event, Deadline deadline) {
        return event.withRegistration(Registration.builder().deadline(deadline).build());
    }

    @Test
    void aSlotStartingInTheGap_isAnError_atItsStart() {
        Event event = nightSession(SPRING_FORWARD);

        assertFindings(NONEXISTENT_LOCAL_TIME, event)
                .containsExactly(tuple("NONEXISTENT_LOCAL_TIME", ERROR, "/agenda/blocks/1/timing/start"));
        assertFindings(AMBIGUOUS_LOCAL_TIME, event).isEmpty();
        assertThat(Validator.of(NONEXISTENT_LOCAL_TIME).validate(event).violations().get(0).message()).isEqualTo(
                "02:30 on 2024-03-31 does not exist in Europe/Paris (clocks jump from 02:00 to 03:00); "
                        + "the timetable uses 03:30 +02:00");
    }

    @Test
    void aSlotStartingInTheOverlap_isAWarning_atItsStart() {
        Event event = nightSession(FALL_BACK);

        assertFindings(AMBIGUOUS_LOCAL_TIME, event)
                .containsExactly(tuple("AMBIGUOUS_LOCAL_TIME", WARNING, "/agenda/blocks/1/timing/start"));
        assertFindings(NONEXISTENT_LOCAL_TIME, event).isEmpty();
    }

    @Test
    void aSlotWhollyInTheGap_isReportedAtBothEnds() {
        Event event = nightSession(SPRING_FORWARD).withAgenda(Agenda.compose()
                .block(t(1, 0), t(1, 30), TALK, "Observation")
                .block(t(2, 0), t(2, 45), TALK, "Heure perdue")
                .toAgenda());

        assertFindings(NONEXISTENT_LOCAL_TIME, event).containsExactly(
                tuple("NONEXISTENT_LOCAL_TIME", ERROR, "/agenda/blocks/1/timing/end"),
                tuple("NONEXISTENT_LOCAL_TIME", ERROR, "/agenda/blocks/1/timing/start"));
    }

    @Test
    void aSlotEndingWhereTheGapStarts_endsAtTheJump_andIsNotReported() {
        Event event = nightSession(SPRING_FORWARD).withAgenda(Agenda.compose()
                .block(t(1, 0), t(2, 0), TALK, "Jusqu'au saut")
                .block(t(3, 0), t(4, 0), TALK, "Après")
                .toAgenda());

        assertFindings(NONEXISTENT_LOCAL_TIME, event).isEmpty();
        TimeSpan first = Timetable.of(event).topLevelBlocks().get(0).span().orElseThrow();
        TimeSpan second = Timetable.of(event).topLevelBlocks().get(1).span().orElseThrow();
        assertThat(first.abuts(second)).isTrue();
        assertThat(first.duration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aSlotStartingWhereTheGapStarts_isStillReported() {
        Event event = nightSession(SPRING_FORWARD).withAgenda(Agenda.compose()
                .block(t(2, 0), t(3, 30), TALK, "Au saut")
                .toAgenda());

        assertFindings(NONEXISTENT_LOCAL_TIME, event)
                .containsExactly(tuple("NONEXISTENT_LOCAL_TIME", ERROR, "/agenda/blocks/0/timing/start"));
    }

    @Test
    void timesJustOutsideTheTransitions_exist() {
        for (LocalDate day : new LocalDate[] {SPRING_FORWARD, FALL_BACK}) {
            Event event = nightSession(day).withAgenda(Agenda.compose()
                    .block(t(1, 0), t(1, 59), TALK, "Avant")
                    .block(t(3, 0), t(4, 0), TALK, "Après")
                    .toAgenda());

            assertFindings(NONEXISTENT_LOCAL_TIME, event).as("on %s", day).isEmpty();
            assertFindings(AMBIGUOUS_LOCAL_TIME, event).as("on %s", day).isEmpty();
        }
    }

    @Test
    void durationBlocks_crossingTheTransition_haveNoWallClockTimeToQuestion() {
        Event event = nightSession(SPRING_FORWARD).withAgenda(Agenda.compose()
                .block(Duration.ofHours(3), TALK, "Nuit entière")
                .toAgenda());

        assertFindings(NONEXISTENT_LOCAL_TIME, event).isEmpty();
    }

    @Test
    void theEventsStartInTheGap_andEndInTheOverlap_areReportedAtStartAndEnd() {
        Event inTheGap = event().withEnd(Optional.empty()).withStart(SPRING_FORWARD.atTime(2, 30));
        Event endingInTheOverlap = event().withEnd(Optional.empty()).withStart(FALL_BACK.atTime(0, 0))
                .withEnd(FALL_BACK.atTime(2, 15));

        assertFindings(NONEXISTENT_LOCAL_TIME, inTheGap)
                .containsExactly(tuple("NONEXISTENT_LOCAL_TIME", ERROR, "/start"));
        assertFindings(AMBIGUOUS_LOCAL_TIME, endingInTheOverlap)
                .containsExactly(tuple("AMBIGUOUS_LOCAL_TIME", WARNING, "/end"));
    }

    @Test
    void aDeadlineAtATimeInTheGap_isReportedAtItsDateTime() {
        Event event = withRegistrationDeadline(event(), Deadline.at(SPRING_FORWARD.atTime(2, 30), PARIS));

        assertFindings(NONEXISTENT_LOCAL_TIME, event)
                .containsExactly(tuple("NONEXISTENT_LOCAL_TIME", ERROR, "/registration/deadline/dateTime"));
    }

    @Test
    void anotherDeadline_atATimeInTheOverlap_isReportedAtItsDateTime() {
        Event event = event().withDeadlines(
                Deadline.before(LocalDate.of(2024, 4, 1), PARIS),
                Deadline.at(FALL_BACK.atTime(2, 30), PARIS).withSubject("Résumés"));

        assertFindings(AMBIGUOUS_LOCAL_TIME, event)
                .containsExactly(tuple("AMBIGUOUS_LOCAL_TIME", WARNING, "/deadlines/1/dateTime"));
        assertFindings(NONEXISTENT_LOCAL_TIME, event).isEmpty();
    }

    @Test
    void aDeadline_isReadInItsOwnZone_notTheEvents() {
        LocalDateTime parisGapTime = SPRING_FORWARD.atTime(2, 30);
        Event event = withRegistrationDeadline(event(),
                Deadline.at(parisGapTime, ZoneId.of("America/Montevideo")));

        assertFindings(NONEXISTENT_LOCAL_TIME, event).isEmpty();
    }

    @Test
    void datedDeadlines_haveNoWallClockTime() {
        // Santiago de Chile skips midnight when it springs forward (2024-09-08 00:00 -> 01:00).
        ZoneId santiago = ZoneId.of("America/Santiago");
        Event event = withRegistrationDeadline(event(), Deadline.before(LocalDate.of(2024, 9, 8), santiago));

        assertFindings(NONEXISTENT_LOCAL_TIME, event).isEmpty();
    }
}
