package org.agendum.core.validation;

import static org.agendum.core.model.BlockKind.MEAL;
import static org.agendum.core.model.BlockKind.TALK;
import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Findings.assertFindingsAt;
import static org.agendum.core.validation.Seminar.DAY;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Seminar.talk;
import static org.agendum.core.validation.Severity.INFO;
import static org.agendum.core.validation.StandardRule.SCHEDULE_GAP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.Event;
import org.junit.jupiter.api.Test;

/**
 * SCHEDULE_GAP: unscheduled time between blocks within one day's programme, and not the night
 * between two days, however late a day's programme runs.
 */
class ScheduleGapRuleTest {

    @Test
    void unscheduledTimeWithinADay_isInfo_atTheBlockAfterIt() {
        Event event = event(Agenda.compose()
                .block(t(9, 0), t(10, 0), TALK, "Exposé")
                .block(t(10, 30), t(12, 0), TALK, "Atelier")
                .toAgenda());

        assertFindingsAt(SCHEDULE_GAP, INFO, event, "/agenda/blocks/1");
        assertThat(Validator.of(SCHEDULE_GAP).validate(event).violations().get(0).message())
                .isEqualTo("30 min unscheduled from 10:00 to 10:30, before block 'Atelier'");
    }

    @Test
    void touchingBlocks_leaveNoGap() {
        Event event = event(Agenda.compose()
                .block(t(9, 0), t(10, 0), TALK, "Exposé")
                .block(t(10, 0), t(12, 0), TALK, "Atelier")
                .toAgenda());

        assertFindings(SCHEDULE_GAP, event).isEmpty();
    }

    @Test
    void theNightBetweenTwoDays_isNotAGap_butAGapWithinTheSecondDayIs() {
        LocalDate day2 = DAY.plusDays(1);
        Event event = event(Agenda.compose()
                .block(DAY, t(9, 0), t(12, 0), TALK, "Jour 1")
                .block(DAY, t(12, 0), t(17, 0), TALK, "Jour 1 après-midi")
                .block(day2, t(9, 0), t(10, 0), TALK, "Jour 2")
                .block(day2, t(11, 0), t(12, 0), TALK, "Jour 2 suite")
                .toAgenda())
                .withEnd(day2.atTime(17, 0));

        assertFindingsAt(SCHEDULE_GAP, INFO, event, "/agenda/blocks/3");
    }

    @Test
    void aDayEndingAtMidnight_isNotAGapBeforeTheNextMorning() {
        LocalDate day2 = DAY.plusDays(1);
        Event event = event(Agenda.compose()
                .block(DAY, t(21, 0), t(22, 0), TALK, "Conférence du soir")
                .block(Duration.ofHours(2), MEAL, "Dîner")
                .block(day2, t(9, 0), t(10, 0), TALK, "Jour 2")
                .toAgenda())
                .withEnd(Optional.empty());

        assertFindings(SCHEDULE_GAP, event).isEmpty();
    }

    @Test
    void theNightAfterADinnerPastMidnight_isNotAGap() {
        LocalDate day2 = DAY.plusDays(1);
        Event event = event(Agenda.compose()
                .block(DAY, t(18, 0), t(19, 30), TALK, "Conférence du soir")
                .blockToNextDay(t(19, 30), t(0, 30), MEAL, "Dîner")
                .block(day2, t(9, 30), t(10, 30), TALK, "Jour 2")
                .toAgenda())
                .withEnd(day2.atTime(17, 0));

        assertFindings(SCHEDULE_GAP, event).isEmpty();
    }

    @Test
    void theNightAfterAHackNightInOneSlot_isNotAGap_butAfterABlockThatStartsAfterMidnightItIs() {
        LocalDate day2 = DAY.plusDays(1);
        Event oneSlot = event(Agenda.compose()
                .blockToNextDay(DAY, t(22, 0), t(4, 0), TALK, "Hack")
                .block(day2, t(9, 30), t(10, 30), TALK, "Démonstrations")
                .toAgenda())
                .withEnd(day2.atTime(17, 0));
        Event twoSlots = event(Agenda.compose()
                .blockToNextDay(DAY, t(22, 0), t(0, 30), TALK, "Hack 1")
                .block(day2, t(0, 30), t(4, 0), TALK, "Hack 2")
                .block(day2, t(9, 30), t(10, 30), TALK, "Démonstrations")
                .toAgenda())
                .withEnd(day2.atTime(17, 0));

        assertFindings(SCHEDULE_GAP, oneSlot).isEmpty();
        // Hack 2 starts after midnight: it belongs to the second day, whose programme breaks after it.
        assertFindingsAt(SCHEDULE_GAP, INFO, twoSlots, "/agenda/blocks/2");
        assertThat(Validator.of(SCHEDULE_GAP).validate(twoSlots).violations().get(0).message())
                .isEqualTo("5 h 30 min unscheduled from 2024-05-07 04:00 to 2024-05-07 09:30, before block 'Démonstrations'");
    }

    @Test
    void blocksWithoutABreakForDays_stillReportAGapOnALaterDay() {
        LocalDate day2 = DAY.plusDays(1);
        Event event = event(Agenda.compose()
                .blockToNextDay(DAY, t(12, 0), t(12, 0), TALK, "Hackathon")
                .block(day2, t(12, 0), t(14, 0), TALK, "Jury")
                .block(day2, t(15, 0), t(16, 0), TALK, "Prix")
                .toAgenda())
                .withEnd(day2.atTime(17, 0));

        assertFindingsAt(SCHEDULE_GAP, INFO, event, "/agenda/blocks/2");
    }

    @Test
    void aGapTheEveningBeforeTheDinner_isReported() {
        Event event = event(Agenda.compose()
                .block(t(18, 0), t(19, 0), TALK, "Conférence du soir")
                .blockToNextDay(t(19, 30), t(0, 30), MEAL, "Dîner")
                .toAgenda())
                .withEnd(DAY.plusDays(1).atTime(1, 0));

        assertFindingsAt(SCHEDULE_GAP, INFO, event, "/agenda/blocks/1");
        assertThat(Validator.of(SCHEDULE_GAP).validate(event).violations().get(0).message())
                .isEqualTo("30 min unscheduled from 19:00 to 19:30, before block 'Dîner'");
    }

    @Test
    void aGapBetweenBlocksThatStartAfterMidnight_isReported() {
        LocalDate day2 = DAY.plusDays(1);
        Event event = event(Agenda.compose()
                .blockToNextDay(DAY, t(22, 0), t(0, 30), TALK, "Hack 1")
                .block(day2, t(1, 0), t(2, 0), TALK, "Hack 2")
                .block(day2, t(3, 0), t(4, 0), TALK, "Hack 3")
                .toAgenda())
                .withEnd(day2.atTime(17, 0));

        // 00:30 to 01:00 follows the evening's programme into the night; 02:00 to 03:00 is
        // within the programme of the second day.
        assertFindingsAt(SCHEDULE_GAP, INFO, event, "/agenda/blocks/2");
    }

    /**
     * 31C3's nights: the first day from 11:00 with talks until midnight, one from 00:15 to 01:45
     * (frab lists it under the first day), then a block at {@code next} on the second date.
     */
    private Event congress(LocalTime next) {
        LocalDate day2 = DAY.plusDays(1);
        return event(Agenda.compose()
                .block(DAY, t(11, 0), t(23, 0), TALK, "First day")
                .blockToNextDay(DAY, t(23, 0), t(0, 0), TALK, "Late talk")
                .block(day2, t(0, 15), t(1, 45), TALK, "Fnord News Show")
                .block(day2, next, next.plusHours(1), TALK, "Next")
                .toAgenda())
                .withEnd(day2.atTime(23, 0));
    }

    @Test
    void theNightAfterATalkThatStartsAfterMidnight_isNotAGap_whenTheNextDayBeginsAtOrAfterTheFirstDaysStart() {
        // The first day begins at 11:00, so do the days of this programme: 01:45 to 11:00 or 11:30 is the night.
        assertFindings(SCHEDULE_GAP, congress(t(11, 30))).isEmpty();
        assertFindings(SCHEDULE_GAP, congress(t(11, 0))).isEmpty();
    }

    @Test
    void aBreakInTheSmallHours_isAGap() {
        assertFindingsAt(SCHEDULE_GAP, INFO, congress(t(2, 0)), "/agenda/blocks/3");
        assertThat(Validator.of(SCHEDULE_GAP).validate(congress(t(2, 0))).violations().get(0).message())
                .isEqualTo("15 min unscheduled from 2024-05-07 01:45 to 2024-05-07 02:00, before block 'Next'");
    }

    @Test
    void aGapThatEndsBeforeTheTimeTheDaysBegin_isAGap() {
        // Near miss: a block at 10:59 begins before the days of this programme do (11:00), so
        // nothing marks 01:45 to 10:59 as the night between two days.
        assertFindingsAt(SCHEDULE_GAP, INFO, congress(t(10, 59)), "/agenda/blocks/3");
    }

    @Test
    void timeCoveredByABlockInAnotherRoom_isNotAGap() {
        Event event = event(Agenda.compose()
                .block(t(9, 0), t(10, 0), TALK, "Atelier A").room("Salle 1")
                .block(t(9, 0), t(11, 0), TALK, "Atelier B").room("Salle 2")
                .block(t(11, 0), t(12, 0), TALK, "Atelier C").room("Salle 1")
                .toAgenda());

        assertFindings(SCHEDULE_GAP, event).isEmpty();
    }

    @Test
    void aShortBlockWithinALongOne_doesNotOpenAGapAfterIt() {
        Event event = event(Agenda.compose()
                .block(t(9, 0), t(12, 0), TALK, "Plénière")
                .block(t(9, 30), t(10, 0), TALK, "Atelier").room("Salle 2")
                .block(t(11, 0), t(12, 0), TALK, "Atelier bis").room("Salle 2")
                .toAgenda());

        assertFindings(SCHEDULE_GAP, event).isEmpty();
    }

    @Test
    void gapsBetweenChildren_areNotReported() {
        Event event = event(Agenda.compose()
                .block(t(9, 0), t(12, 0), TALK, "Matinée")
                    .child(talk("expose", t(9, 0), t(9, 30)))
                    .child(talk("atelier", t(11, 0), t(12, 0)))
                .toAgenda());

        assertFindings(SCHEDULE_GAP, event).isEmpty();
    }
}
