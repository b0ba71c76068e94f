package org.agendum.core.validation;

import static org.agendum.core.model.BlockKind.CLOSING;
import static org.agendum.core.model.BlockKind.PANEL;
import static org.agendum.core.model.BlockKind.TALK;
import static org.agendum.core.model.BlockKind.WORKSHOP;
import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Findings.assertFindingsAt;
import static org.agendum.core.validation.Seminar.ANA;
import static org.agendum.core.validation.Seminar.BRUNO;
import static org.agendum.core.validation.Seminar.DAY;
import static org.agendum.core.validation.Seminar.PARIS;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Severity.ERROR;
import static org.agendum.core.validation.Severity.INFO;
import static org.agendum.core.validation.Severity.WARNING;
import static org.agendum.core.validation.StandardRule.BLOCK_DEADLINE_AFTER_START;
import static org.agendum.core.validation.StandardRule.BLOCK_ONLINE_ACCESS_MISSING;
import static org.agendum.core.validation.StandardRule.BLOCK_OUTSIDE_EVENT;
import static org.agendum.core.validation.StandardRule.BLOCK_OVERLAP;
import static org.agendum.core.validation.StandardRule.DURATION_OVER_BUDGET;
import static org.agendum.core.validation.StandardRule.MODERATOR_MISSING;
import static org.agendum.core.validation.StandardRule.NONEXISTENT_LOCAL_TIME;
import static org.agendum.core.validation.StandardRule.PARTY_DOUBLE_BOOKED;
import static org.agendum.core.validation.StandardRule.ROOM_DOUBLE_BOOKED;
import static org.agendum.core.validation.StandardRule.SCHEDULE_GAP;
import static org.agendum.core.validation.StandardRule.SPEAKER_MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules about changes after publication and blocks' own registration: a cancelled or postponed
 * block frees its room, its people and its time; a block's registration closes before it starts.
 */
class BlockStatusRulesTest {

    /** The event with the top-level block at {@code index} given a status. */
    private static Event withStatus(Event event, int index, BlockStatus status) {
        List<AgendaBlock> blocks = new ArrayList<>(event.agenda().blocks());
        blocks.set(index, blocks.get(index).withStatus(status));
        return event.withAgenda(event.agenda().withBlocks(blocks));
    }

    /** Two talks of Ana, 09:00–10:00 and 09:30–10:30, in one room and track: one of each finding. */
    private static Event clash() {
        return event(Agenda.compose()
                .block(t(9, 0), t(10, 0), TALK, "Atelier A").room("Salle 1").speakers(ANA)
                .block(t(9, 30), t(10, 30), TALK, "Atelier B").room("Salle 1").track("B").speakers(ANA)
                .block(t(10, 30), t(11, 0), TALK, "Atelier C").room("Salle 1").speakers(BRUNO)
                .block(t(10, 45), t(11, 15), TALK, "Atelier D").room("Salle 1").speakers(BRUNO)
                .toAgenda());
    }

    @Nested
    class CancelledBlocks {

        @ParameterizedTest
        @EnumSource(value = BlockStatus.class, names = {"SCHEDULED", "PROVISIONAL", "RESCHEDULED"})
        void aBlockThatTakesPlace_stillBooksItsRoomPeopleAndTime(BlockStatus status) {
            Event event = withStatus(withStatus(clash(), 1, status), 3, status);

            assertFindingsAt(ROOM_DOUBLE_BOOKED, ERROR, event, "/agenda/blocks/1");
            assertFindingsAt(PARTY_DOUBLE_BOOKED, WARNING, event, "/agenda/blocks/1/participants/0",
                    "/agenda/blocks/3/participants/0");
            assertFindingsAt(BLOCK_OVERLAP, ERROR, event, "/agenda/blocks/3");
        }

        @ParameterizedTest
        @EnumSource(value = BlockStatus.class, names = {"CANCELLED", "POSTPONED"})
        void aCancelledOrPostponedBlock_freesItsRoomPeopleAndTime(BlockStatus status) {
            Event event = withStatus(withStatus(clash(), 1, status), 3, status);

            assertFindings(ROOM_DOUBLE_BOOKED, event).isEmpty();
            assertFindings(PARTY_DOUBLE_BOOKED, event).isEmpty();
            assertFindings(BLOCK_OVERLAP, event).isEmpty();
        }

        @Test
        void theEarlierBlockCancelled_freesTheTimeToo() {
            Event event = withStatus(withStatus(clash(), 0, BlockStatus.CANCELLED), 2, BlockStatus.CANCELLED);

            assertFindings(Validator.of(ROOM_DOUBLE_BOOKED, PARTY_DOUBLE_BOOKED, BLOCK_OVERLAP), event).isEmpty();
        }

        @Test
        void theBlocksNestedInACancelledBlock_areCancelledWithIt() {
            AgendaBlock questions = AgendaBlock.builder().id("questions").kind(TALK).title("Questions")
                    .timing(Timing.slot(t(9, 30), t(10, 0))).room("Salle 2").addParticipant(
                            org.agendum.core.model.Participant.speaker(ANA)).build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Conférence").room("Salle 1").speakers(BRUNO).child(questions)
                    .block(t(9, 30), t(10, 30), TALK, "Atelier").room("Salle 2").speakers(ANA)
                    .toAgenda());

            assertFindingsAt(ROOM_DOUBLE_BOOKED, ERROR, event, "/agenda/blocks/1");
            assertFindingsAt(PARTY_DOUBLE_BOOKED, WARNING, event, "/agenda/blocks/1/participants/0");
            Event cancelled = withStatus(event, 0, BlockStatus.CANCELLED);
            assertFindings(Validator.of(ROOM_DOUBLE_BOOKED, PARTY_DOUBLE_BOOKED), cancelled).isEmpty();
        }

        @Test
        void aCancelledBlockOutsideTheEvent_isNotReported_butOneThatTakesPlaceIs() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(12, 0), TALK, "Journée").speakers(ANA)
                    .block(t(12, 0), t(12, 30), CLOSING, "Clôture")
                    .toAgenda());

            assertFindingsAt(BLOCK_OUTSIDE_EVENT, WARNING, withStatus(event, 1, BlockStatus.PROVISIONAL),
                    "/agenda/blocks/1");
            assertFindings(BLOCK_OUTSIDE_EVENT, withStatus(event, 1, BlockStatus.CANCELLED)).isEmpty();
        }

        @Test
        void aCancelledLastBlock_doesNotRunOverTheBudget_butOneThatTakesPlaceDoes() {
            Event event = event().withEnd(Optional.empty()).withMaximumDuration(Duration.ofMinutes(90))
                    .withAgenda(Agenda.compose()
                            .block(Duration.ofMinutes(60), TALK, "Conférence").speakers(ANA)
                            .block(Duration.ofMinutes(30), TALK, "Débat").speakers(BRUNO)
                            .block(Duration.ofMinutes(15), CLOSING, "Clôture")
                            .toAgenda());

            assertFindingsAt(DURATION_OVER_BUDGET, ERROR, event, "/agenda");
            assertFindings(DURATION_OVER_BUDGET, withStatus(event, 2, BlockStatus.CANCELLED)).isEmpty();
            // A cancelled block in the middle: the budget still runs from the first start to the last end.
            assertFindingsAt(DURATION_OVER_BUDGET, ERROR, withStatus(event, 1, BlockStatus.CANCELLED), "/agenda");
        }

        @Test
        void aCancelledBlock_stillCoversItsTime_forScheduleGap() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Conférence").speakers(ANA)
                    .block(t(10, 0), t(11, 0), TALK, "Atelier").speakers(BRUNO)
                    .block(t(11, 0), t(12, 0), CLOSING, "Clôture")
                    .toAgenda());

            assertFindings(SCHEDULE_GAP, withStatus(event, 1, BlockStatus.CANCELLED)).isEmpty();
            Event gap = event.withAgenda(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Conférence").speakers(ANA)
                    .block(t(11, 0), t(12, 0), CLOSING, "Clôture")
                    .toAgenda());
            assertFindingsAt(SCHEDULE_GAP, INFO, gap, "/agenda/blocks/1");
        }

        /**
         * A talk without a speaker, a panel without a moderator and an online workshop without access,
         * in an in-person seminar, each with a question time nested in it that lacks the same.
         */
        private Event unstaffed() {
            AgendaBlock talkQuestions = AgendaBlock.builder().id("q-talk").kind(TALK).title("Questions")
                    .timing(Timing.duration(Duration.ofMinutes(10))).build();
            AgendaBlock panelDebate = AgendaBlock.builder().id("q-panel").kind(PANEL).title("Débat")
                    .timing(Timing.duration(Duration.ofMinutes(10))).build();
            return event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Conférence").child(talkQuestions)
                    .block(t(10, 0), t(11, 0), PANEL, "Table ronde").panelists(BRUNO).child(panelDebate)
                    .block(t(11, 0), t(12, 0), WORKSHOP, "Atelier en ligne").attendanceMode(AttendanceMode.ONLINE)
                    .toAgenda());
        }

        @ParameterizedTest
        @EnumSource(value = BlockStatus.class, names = {"SCHEDULED", "PROVISIONAL", "RESCHEDULED"})
        void aBlockThatTakesPlace_stillNeedsItsSpeakerModeratorAndOnlineAccess(BlockStatus status) {
            Event event = withStatus(withStatus(withStatus(unstaffed(), 0, status), 1, status), 2, status);

            // The panel's debate has a speaker: the panelist of the panel it is part of.
            assertFindingsAt(SPEAKER_MISSING, WARNING, event, "/agenda/blocks/0", "/agenda/blocks/0/children/0");
            assertFindingsAt(MODERATOR_MISSING, WARNING, event, "/agenda/blocks/1", "/agenda/blocks/1/children/0");
            assertFindingsAt(BLOCK_ONLINE_ACCESS_MISSING, WARNING, event, "/agenda/blocks/2");
        }

        @ParameterizedTest
        @EnumSource(value = BlockStatus.class, names = {"CANCELLED", "POSTPONED"})
        void aCancelledOrPostponedBlock_andWhatIsNestedInIt_needNoSpeakerModeratorOrOnlineAccess(BlockStatus status) {
            Event event = withStatus(withStatus(withStatus(unstaffed(), 0, status), 1, status), 2, status);

            assertFindings(Validator.of(SPEAKER_MISSING, MODERATOR_MISSING, BLOCK_ONLINE_ACCESS_MISSING), event)
                    .isEmpty();
            // Only the withdrawn block and what it holds are exempt: the others are still reported.
            Event talkWithdrawn = withStatus(unstaffed(), 0, status);
            assertFindings(SPEAKER_MISSING, talkWithdrawn).isEmpty();
            assertFindingsAt(MODERATOR_MISSING, WARNING, talkWithdrawn, "/agenda/blocks/1",
                    "/agenda/blocks/1/children/0");
            assertFindingsAt(BLOCK_ONLINE_ACCESS_MISSING, WARNING, talkWithdrawn, "/agenda/blocks/2");
        }
    }

    @Nested
    class BlockDeadlineAfterStart {

        /** The seminar with a workshop from 10:00 to 11:00 whose own registration closes at {@code deadline}. */
        private Event workshop(Deadline deadline, BlockStatus status) {
            AgendaBlock workshop = AgendaBlock.builder().id("atelier").kind(WORKSHOP).title("Atelier cartographie")
                    .timing(Timing.slot(t(10, 0), t(11, 0))).status(status)
                    .registration(Registration.builder().required(true).capacity(Capacity.ofSeats(25))
                            .deadline(deadline).build())
                    .build();
            return event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Conférence").speakers(ANA)
                    .block(workshop)
                    .toAgenda());
        }

        @Test
        void aWorkshopsRegistrationClosingAfterItStarts_isAnError_atItsDeadline() {
            Event event = workshop(Deadline.at(DAY.atTime(10, 1), PARIS), BlockStatus.SCHEDULED);

            assertFindingsAt(BLOCK_DEADLINE_AFTER_START, ERROR, event, "/agenda/blocks/1/registration/deadline");
            assertThat(Validator.of(BLOCK_DEADLINE_AFTER_START).validate(event).violations())
                    .extracting(Violation::message).containsExactly("registration for block 'Atelier cartographie' "
                            + "closes at 10:01 (last day 2024-05-06), after the block starts at 10:00");
        }

        @Test
        void aRegistrationClosingExactlyWhenTheBlockStarts_isFine() {
            assertFindings(BLOCK_DEADLINE_AFTER_START, workshop(Deadline.at(DAY.atTime(10, 0), PARIS),
                    BlockStatus.SCHEDULED)).isEmpty();
            assertFindings(Validator.standard(), workshop(Deadline.until(DAY.minusDays(1), PARIS),
                    BlockStatus.SCHEDULED)).isEmpty();
        }

        @Test
        void theMessage_givesTheStartsDate_whenTheDeadlineClosesOnAnotherDay() {
            Event event = workshop(Deadline.until(DAY, PARIS), BlockStatus.SCHEDULED);
            ZonedDateTime cutoff = DAY.plusDays(1).atStartOfDay(PARIS);

            assertThat(Validator.of(BLOCK_DEADLINE_AFTER_START).validate(event).violations())
                    .extracting(Violation::message).containsExactly("registration for block 'Atelier cartographie' "
                            + "closes at " + cutoff.toLocalDate() + " 00:00 (last day " + DAY + "), after the block "
                            + "starts at " + DAY + " 10:00");
        }

        @ParameterizedTest
        @EnumSource(value = BlockStatus.class, names = {"CANCELLED", "POSTPONED"})
        void aBlockThatDoesNotTakePlace_isNotReported(BlockStatus status) {
            assertFindings(BLOCK_DEADLINE_AFTER_START, workshop(Deadline.until(DAY, PARIS), status)).isEmpty();
        }

        @Test
        void aDeadlineOfTheEventNamingTheBlock_mayCloseAfterItStarts() {
            // The submissions of a hackathon close during it: a deadline of the event, not a registration.
            Event event = workshop(Deadline.until(DAY.minusDays(1), PARIS), BlockStatus.SCHEDULED)
                    .withDeadlines(Deadline.at(DAY.atTime(10, 45), PARIS).withSubject("Rendu des cartes")
                            .withBlockId("atelier"));

            assertFindings(Validator.standard(), event).isEmpty();
        }

        @Test
        void aBlocksDeadlineInADaylightSavingGap_isReportedAtItsPlace() {
            LocalDate spring = LocalDate.of(2024, 3, 31);
            Event event = workshop(Deadline.at(spring.atTime(2, 30), PARIS), BlockStatus.SCHEDULED);

            assertFindingsAt(NONEXISTENT_LOCAL_TIME, ERROR, event, "/agenda/blocks/1/registration/deadline/dateTime");
        }
    }
}
