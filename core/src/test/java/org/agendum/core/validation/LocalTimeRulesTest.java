package org.agendum.core.validation;

import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Seminar.PARIS;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Seminar.talk;
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
import java.util.stream.Stream;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Registration;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wall-clock times that Europe/Paris skips (02:00–03:00 on 31 March 2024) or repeats (02:00–03:00
 * on 27 October 2024), in slots, in the event's start and end, and in deadlines.
 */
class LocalTimeRulesTest {

    /** Clocks jump from 02:00 to 03:00. */
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2024, 3, 31);

    /** Clocks go back from 03:00 to 02:00. */
    private static final LocalDate FALL_BACK = LocalDate.of(2024, 10, 27);

    /** Both rules this class is about: each test asserts what they find together. */
    private static final Validator LOCAL_TIME_RULES = Validator.of(NONEXISTENT_LOCAL_TIME, AMBIGUOUS_LOCAL_TIME);

    /** A talk from 01:00 to 01:30, before either transition. */
    private static final AgendaBlock OBSERVATION = talk("observation", t(1, 0), t(1, 30));

    /** A talk from 02:30 to 03:30: it starts in the gap in spring, in the overlap in autumn. */
    private static final AgendaBlock CHANGEMENT_D_HEURE = talk("changement-d-heure", t(2, 30), t(3, 30));

    /** A night session from 01:00 on {@code day}, with these blocks. */
    private static Event nightSession(LocalDate day, AgendaBlock... blocks) {
        return event().withEnd(Optional.empty()).withStart(day.atTime(1, 0)).withAgenda(Agenda.of(blocks));
    }

    private static Event withRegistrationDeadline(Event event, Deadline deadline) {
        return event.withRegistration(Registration.builder().deadline(deadline).build());
    }

    static Stream<LocalDate> transitions() {
        return Stream.of(SPRING_FORWARD, FALL_BACK);
    }

    @ParameterizedTest(name = "a slot starting {0} is reported as {2}, {3}, at its start")
    @CsvSource({
        "in the gap,     2024-03-31, NONEXISTENT_LOCAL_TIME, ERROR",
        "in the overlap, 2024-10-27, AMBIGUOUS_LOCAL_TIME,   WARNING",
    })
    void aSlotStartingInTheGapOrTheOverlap_isReportedAtItsStart(String where, LocalDate day, String code,
            Severity severity) {
        assertFindings(LOCAL_TIME_RULES, nightSession(day, OBSERVATION, CHANGEMENT_D_HEURE))
                .containsExactly(tuple(code, severity, "/agenda/blocks/1/timing/start"));
    }

    @Test
    void aSlotStartingInTheGap_isReportedWithTheTimeTheTimetableUses() {
        Event event = nightSession(SPRING_FORWARD, OBSERVATION, CHANGEMENT_D_HEURE);

        assertThat(LOCAL_TIME_RULES.validate(event).violations()).extracting(Violation::message).containsExactly(
                "02:30 on 2024-03-31 does not exist in Europe/Paris (clocks jump from 02:00 to 03:00); "
                        + "the timetable uses 03:30 +02:00");
    }

    @Test
    void aSlotWhollyInTheGap_isReportedAtBothEnds() {
        Event event = nightSession(SPRING_FORWARD, OBSERVATION, talk("heure-perdue", t(2, 0), t(2, 45)));

        assertFindings(LOCAL_TIME_RULES, event).containsExactly(
                tuple("NONEXISTENT_LOCAL_TIME", ERROR, "/agenda/blocks/1/timing/end"),
                tuple("NONEXISTENT_LOCAL_TIME", ERROR, "/agenda/blocks/1/timing/start"));
    }

    @Test
    void aSlotEndingWhereTheGapStarts_endsAtTheJump_andIsNotReported() {
        Event event = nightSession(SPRING_FORWARD,
                talk("jusqu-au-saut", t(1, 0), t(2, 0)),
                talk("apres", t(3, 0), t(4, 0)));

        assertFindings(LOCAL_TIME_RULES, event).isEmpty();
        TimeSpan first = Timetable.of(event).topLevelBlocks().get(0).span().orElseThrow();
        TimeSpan second = Timetable.of(event).topLevelBlocks().get(1).span().orElseThrow();
        assertThat(first.abuts(second)).isTrue();
        assertThat(first.duration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aSlotStartingWhereTheGapStarts_isStillReported() {
        assertFindings(LOCAL_TIME_RULES, nightSession(SPRING_FORWARD, talk("au-saut", t(2, 0), t(3, 30))))
                .containsExactly(tuple("NONEXISTENT_LOCAL_TIME", ERROR, "/agenda/blocks/0/timing/start"));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("transitions")
    void timesJustOutsideTheTransitions_exist(LocalDate day) {
        Event event = nightSession(day, talk("avant", t(1, 0), t(1, 59)), talk("apres", t(3, 0), t(4, 0)));

        assertFindings(LOCAL_TIME_RULES, event).isEmpty();
    }

    @Test
    void durationBlocks_crossingTheTransition_haveNoWallClockTimeToQuestion() {
        assertFindings(LOCAL_TIME_RULES, nightSession(SPRING_FORWARD, talk("nuit-entiere", 180))).isEmpty();
    }

    @Test
    void theEventsStartInTheGap_andEndInTheOverlap_areReportedAtStartAndEnd() {
        Event inTheGap = event().withEnd(Optional.empty()).withStart(SPRING_FORWARD.atTime(2, 30));
        Event endingInTheOverlap = event().withEnd(Optional.empty()).withStart(FALL_BACK.atTime(0, 0))
                .withEnd(FALL_BACK.atTime(2, 15));

        assertFindings(LOCAL_TIME_RULES, inTheGap)
                .containsExactly(tuple("NONEXISTENT_LOCAL_TIME", ERROR, "/start"));
        assertFindings(LOCAL_TIME_RULES, endingInTheOverlap)
                .containsExactly(tuple("AMBIGUOUS_LOCAL_TIME", WARNING, "/end"));
    }

    @Test
    void aDeadlineAtATimeInTheGap_isReportedAtItsDateTime() {
        Event event = withRegistrationDeadline(event(), Deadline.at(SPRING_FORWARD.atTime(2, 30), PARIS));

        assertFindings(LOCAL_TIME_RULES, event)
                .containsExactly(tuple("NONEXISTENT_LOCAL_TIME", ERROR, "/registration/deadline/dateTime"));
    }

    @Test
    void anotherDeadline_atATimeInTheOverlap_isReportedAtItsDateTime() {
        Event event = event().withDeadlines(
                Deadline.before(LocalDate.of(2024, 4, 1), PARIS),
                Deadline.at(FALL_BACK.atTime(2, 30), PARIS).withSubject("Résumés"));

        assertFindings(LOCAL_TIME_RULES, event)
                .containsExactly(tuple("AMBIGUOUS_LOCAL_TIME", WARNING, "/deadlines/1/dateTime"));
    }

    @Test
    void aDeadline_isReadInItsOwnZone_notTheEvents() {
        LocalDateTime parisGapTime = SPRING_FORWARD.atTime(2, 30);
        Event event = withRegistrationDeadline(event(),
                Deadline.at(parisGapTime, ZoneId.of("America/Montevideo")));

        assertFindings(LOCAL_TIME_RULES, event).isEmpty();
    }

    @Test
    void datedDeadlines_haveNoWallClockTime() {
        // Santiago de Chile skips midnight when it springs forward (2024-09-08 00:00 -> 01:00).
        ZoneId santiago = ZoneId.of("America/Santiago");
        Event event = withRegistrationDeadline(event(), Deadline.before(LocalDate.of(2024, 9, 8), santiago));

        assertFindings(LOCAL_TIME_RULES, event).isEmpty();
    }
}
