package org.agendum.core.validation;

import static org.agendum.core.model.BlockKind.BREAK;
import static org.agendum.core.model.BlockKind.CLOSING;
import static org.agendum.core.model.BlockKind.OPENING;
import static org.agendum.core.model.BlockKind.PANEL;
import static org.agendum.core.model.BlockKind.QUESTIONS_AND_ANSWERS;
import static org.agendum.core.model.BlockKind.TALK;
import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Findings.assertFindingsAt;
import static org.agendum.core.validation.Seminar.ANA;
import static org.agendum.core.validation.Seminar.BRUNO;
import static org.agendum.core.validation.Seminar.CARLA;
import static org.agendum.core.validation.Seminar.DAY;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Seminar.talk;
import static org.agendum.core.validation.Severity.ERROR;
import static org.agendum.core.validation.Severity.WARNING;
import static org.agendum.core.validation.StandardRule.BLOCK_OUTSIDE_EVENT;
import static org.agendum.core.validation.StandardRule.BLOCK_OVERLAP;
import static org.agendum.core.validation.StandardRule.CHILD_OUTSIDE_PARENT;
import static org.agendum.core.validation.StandardRule.DURATION_OVER_BUDGET;
import static org.agendum.core.validation.StandardRule.EVENT_LONGER_THAN_MAXIMUM;
import static org.agendum.core.validation.StandardRule.PARTY_DOUBLE_BOOKED;
import static org.agendum.core.validation.StandardRule.ROOM_DOUBLE_BOOKED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules about when blocks happen: overlaps, blocks outside the event, the duration budget,
 * children outside their parents, and parties in two places at once. Gaps: {@link
 * ScheduleGapRuleTest}.
 */
class ScheduleRulesTest {

    /** Seed 000's shape: from 13:00, at most 90 minutes, blocks of 15, 35, 30 and a last one. */
    private static Event budgeted(long lastBlockMinutes, long panel2Minutes) {
        return event()
                .withEnd(Optional.empty())
                .withStart(DAY.atTime(13, 0))
                .withMaximumDuration(Duration.ofMinutes(90))
                .withAgenda(Agenda.compose()
                        .block(Duration.ofMinutes(15), OPENING, "Inauguración")
                        .block(Duration.ofMinutes(35), PANEL, "Alianzas estratégicas").label("Panel 1")
                            .moderators(Moderator.facilitator(ANA)).panelists(CARLA)
                            .child(QUESTIONS_AND_ANSWERS, "Sesión de preguntas y respuestas")
                        .block(Duration.ofMinutes(panel2Minutes), PANEL, "Cooperación descentralizada").label("Panel 2")
                            .moderators(Moderator.moderator(BRUNO)).panelists(CARLA)
                        .block(Duration.ofMinutes(lastBlockMinutes), CLOSING, "Cierre")
                        .toAgenda());
    }

    @Nested
    class BlockOverlap {

        @Test
        void overlappingSlots_inTheSameRoom_areAnError_atTheLaterBlock() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Atelier A").room("Salle Lumière")
                    .block(t(9, 30), t(10, 30), TALK, "Atelier B").room("Salle Lumière")
                    .toAgenda());

            assertFindingsAt(BLOCK_OVERLAP, ERROR, event, "/agenda/blocks/1");
            assertThat(Validator.of(BLOCK_OVERLAP).validate(event).violations().get(0).message()).isEqualTo(
                    "block 'Atelier B' (09:30–10:30) overlaps block 'Atelier A' (09:00–10:00) in room 'Salle Lumière'");
        }

        @Test
        void touchingSlots_doNotOverlap() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Atelier A")
                    .block(t(10, 0), t(11, 0), TALK, "Atelier B")
                    .toAgenda());

            assertFindings(BLOCK_OVERLAP, event).isEmpty();
        }

        @Test
        void overlappingSlots_inDifferentRoomsOrTracks_areParallelSessions() {
            Event rooms = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Atelier A").room("Salle Lumière")
                    .block(t(9, 30), t(10, 30), TALK, "Atelier B").room("Salle des Fêtes")
                    .toAgenda());
            Event tracks = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Atelier A").room("Salle Lumière").track("Coopération")
                    .block(t(9, 30), t(10, 30), TALK, "Atelier B").room("Salle Lumière").track("Climat")
                    .toAgenda());

            assertFindings(BLOCK_OVERLAP, rooms).isEmpty();
            assertFindings(BLOCK_OVERLAP, tracks).isEmpty();
        }

        @Test
        void aChild_doesNotOverlapItsParent() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), PANEL, "Panel").moderators(Moderator.moderator(ANA))
                        .child(talk("exposicion", t(9, 0), t(9, 40)))
                        .child(talk("preguntas", t(9, 40), t(10, 0)))
                    .toAgenda());

            assertFindings(BLOCK_OVERLAP, event).isEmpty();
        }

        @Test
        void overlappingChildren_ofOneParent_areReported() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), PANEL, "Panel").moderators(Moderator.moderator(ANA))
                        .child(talk("exposicion", t(9, 0), t(9, 45)))
                        .child(talk("preguntas", t(9, 40), t(10, 0)))
                    .toAgenda());

            assertFindingsAt(BLOCK_OVERLAP, ERROR, event, "/agenda/blocks/0/children/1");
        }

        @Test
        void aThirdBlock_overlappingTheFirstOfTwo_isReportedToo() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(12, 0), TALK, "Plénière")
                    .block(t(9, 30), t(10, 0), TALK, "Atelier A")
                    .block(t(10, 30), t(11, 0), TALK, "Atelier B")
                    .toAgenda());

            assertFindingsAt(BLOCK_OVERLAP, ERROR, event, "/agenda/blocks/1", "/agenda/blocks/2");
        }

        @Test
        void theBlockReported_isTheOneThatStartsLater_evenWhenListedFirst() {
            Event event = event(Agenda.compose()
                    .block(t(10, 0), t(11, 0), TALK, "Atelier B")
                    .block(t(9, 30), t(10, 15), TALK, "Atelier A")
                    .toAgenda());

            assertFindingsAt(BLOCK_OVERLAP, ERROR, event, "/agenda/blocks/0");
        }

        @Test
        void aDurationBlock_laidOutAfterASlot_overlapsTheNextSlot() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Ouverture")
                    .block(Duration.ofMinutes(45), TALK, "Exposé")
                    .block(t(10, 30), t(11, 0), BREAK, "Pause")
                    .toAgenda());

            assertFindingsAt(BLOCK_OVERLAP, ERROR, event, "/agenda/blocks/2");
        }
    }

    @Nested
    class BlockOutsideEvent {

        @Test
        void aBlockBeforeTheStart_andOneAfterTheEnd_areWarnings() {
            Event event = event(Agenda.compose()
                    .block(t(8, 30), t(9, 30), TALK, "Accueil")
                    .block(t(9, 30), t(11, 30), TALK, "Exposés")
                    .block(t(11, 30), t(12, 15), CLOSING, "Clôture")
                    .toAgenda());

            assertFindingsAt(BLOCK_OUTSIDE_EVENT, WARNING, event, "/agenda/blocks/0", "/agenda/blocks/2");
        }

        @Test
        void blocksFillingTheEventExactly_areInside() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 30), TALK, "Exposés")
                    .block(t(10, 30), t(12, 0), CLOSING, "Clôture")
                    .toAgenda());

            assertFindings(BLOCK_OUTSIDE_EVENT, event).isEmpty();
        }

        @Test
        void withoutAnAnnouncedEnd_theEndIsStartPlusMaximumDuration() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(11, 30), TALK, "Exposés")
                    .block(t(11, 30), t(12, 15), CLOSING, "Clôture")
                    .toAgenda())
                    .withEnd(Optional.empty())
                    .withMaximumDuration(Duration.ofHours(3));

            assertFindingsAt(BLOCK_OUTSIDE_EVENT, WARNING, event, "/agenda/blocks/1");
            assertFindings(BLOCK_OUTSIDE_EVENT, event.withMaximumDuration(Duration.ofMinutes(195))).isEmpty();
        }

        @Test
        void theAnnouncedEnd_winsOverTheMaximumDuration() {
            Event event = event(Agenda.compose().block(t(9, 0), t(12, 0), TALK, "Exposés").toAgenda())
                    .withMaximumDuration(Duration.ofHours(2));

            assertFindings(BLOCK_OUTSIDE_EVENT, event).isEmpty();
        }

        @Test
        void withNeitherEndNorMaximum_onlyTheStartBounds() {
            Event event = event(Agenda.compose()
                    .block(t(8, 0), t(9, 0), TALK, "Accueil")
                    .block(t(9, 0), t(23, 0), TALK, "Marathon")
                    .toAgenda())
                    .withEnd(Optional.empty());

            assertFindingsAt(BLOCK_OUTSIDE_EVENT, WARNING, event, "/agenda/blocks/0");
        }

        @Test
        void aBlockStartingBeforeAndEndingAfter_isReportedForEachSide() {
            Event event = event(Agenda.compose().block(t(8, 0), t(13, 0), TALK, "Journée").toAgenda());

            assertThat(Validator.of(BLOCK_OUTSIDE_EVENT).validate(event).violations()).extracting(Violation::toString)
                    .containsExactly(
                            "WARNING BLOCK_OUTSIDE_EVENT /agenda/blocks/0: block 'Journée' ends at 13:00, "
                                    + "after the event ends at 12:00",
                            "WARNING BLOCK_OUTSIDE_EVENT /agenda/blocks/0: block 'Journée' starts at 08:00, "
                                    + "before the event starts at 09:00");
        }

        @Test
        void childBlocks_areLeftToChildOutsideParent() {
            Event event = event(Agenda.compose()
                    .block(t(11, 0), t(12, 0), TALK, "Exposé").speakers(CARLA)
                        .child(talk("debat", t(11, 45), t(12, 30)))
                    .toAgenda());

            assertFindings(BLOCK_OUTSIDE_EVENT, event).isEmpty();
            assertFindings(Validator.standard(), event)
                    .containsExactly(tuple("CHILD_OUTSIDE_PARENT", ERROR, "/agenda/blocks/0/children/0"));
        }
    }

    @Nested
    class DurationOverBudget {

        @Test
        void blocksExactlyAtTheMaximum_areFine() {
            assertFindings(Validator.standard(), budgeted(10, 30)).isEmpty();
        }

        @Test
        void oneMinuteOver_isAnError_atTheAgenda_andTheLastBlockEndsAfterTheEvent() {
            Event event = budgeted(11, 30);

            assertFindingsAt(DURATION_OVER_BUDGET, ERROR, event, "/agenda");
            assertThat(Validator.of(DURATION_OVER_BUDGET).validate(event).violations().get(0).message()).isEqualTo(
                    "the blocks take 1 h 31 min (13:00–14:31), longer than the maximum duration of 1 h 30 min");
            assertFindings(Validator.standard(), event).containsExactly(
                    tuple("DURATION_OVER_BUDGET", ERROR, "/agenda"),
                    tuple("BLOCK_OUTSIDE_EVENT", WARNING, "/agenda/blocks/3"));
        }

        @Test
        void theBudgetCountsFromTheFirstBlock_evenBeforeTheEventStarts() {
            Event event = budgeted(10, 30).withAgenda(Agenda.compose()
                    .block(t(12, 45), t(13, 0), OPENING, "Acreditación")
                    .block(Duration.ofMinutes(80), TALK, "Exposiciones")
                    .toAgenda());

            assertFindingsAt(DURATION_OVER_BUDGET, ERROR, event, "/agenda");
        }

        @Test
        void withoutAMaximum_thereIsNoBudget() {
            assertFindings(DURATION_OVER_BUDGET, budgeted(600, 30).withMaximumDuration(Optional.empty())).isEmpty();
        }
    }

    @Nested
    class EventLongerThanMaximum {

        @Test
        void anAnnouncedEndPastTheMaximum_isAWarning_atTheEnd() {
            Event event = event().withMaximumDuration(Duration.ofHours(2));

            assertFindingsAt(EVENT_LONGER_THAN_MAXIMUM, WARNING, event, "/end");
        }

        @Test
        void anAnnouncedEndExactlyAtTheMaximum_isFine() {
            assertFindings(EVENT_LONGER_THAN_MAXIMUM, event().withMaximumDuration(Duration.ofHours(3))).isEmpty();
        }

        @Test
        void anEndOrAMaximumAlone_cannotDisagree() {
            assertFindings(EVENT_LONGER_THAN_MAXIMUM, event()).isEmpty();
            assertFindings(EVENT_LONGER_THAN_MAXIMUM,
                    event().withEnd(Optional.empty()).withMaximumDuration(Duration.ofMinutes(1))).isEmpty();
        }
    }

    @Nested
    class ChildOutsideParent {

        @Test
        void aSlottedChild_endingAfterItsParent_isAnError() {
            Event event = event(Agenda.compose()
                    .block(t(10, 0), t(11, 0), PANEL, "Panel").moderators(Moderator.moderator(ANA))
                        .child(talk("debat", t(10, 30), t(11, 15)))
                    .toAgenda());

            assertFindingsAt(CHILD_OUTSIDE_PARENT, ERROR, event, "/agenda/blocks/0/children/0");
        }

        @Test
        void aSlottedChild_startingBeforeItsParent_isAnError() {
            Event event = event(Agenda.compose()
                    .block(t(10, 0), t(11, 0), PANEL, "Panel").moderators(Moderator.moderator(ANA))
                        .child(talk("accueil", t(9, 45), t(10, 15)))
                        .child(talk("debat", t(10, 15), t(11, 0)))
                    .toAgenda());

            assertFindingsAt(CHILD_OUTSIDE_PARENT, ERROR, event, "/agenda/blocks/0/children/0");
        }

        @Test
        void durationChildren_runningPastTheParentsEnd_areReportedFromTheFirstThatDoes() {
            Event event = event(Agenda.compose()
                    .block(Duration.ofMinutes(35), PANEL, "Panel 1").moderators(Moderator.moderator(ANA))
                        .child(talk("exposicion", 20))
                        .child(talk("preguntas", 20))
                        .child(talk("cierre", 5))
                    .toAgenda());

            assertFindingsAt(CHILD_OUTSIDE_PARENT, ERROR, event,
                    "/agenda/blocks/0/children/1", "/agenda/blocks/0/children/2");
        }

        @Test
        void childrenFillingTheParentExactly_fit() {
            Event event = event(Agenda.compose()
                    .block(Duration.ofMinutes(35), PANEL, "Panel 1").moderators(Moderator.moderator(ANA))
                        .child(talk("exposicion", 20))
                        .child(talk("preguntas", 15))
                    .toAgenda());

            assertFindings(CHILD_OUTSIDE_PARENT, event).isEmpty();
        }

        @Test
        void untimedChildren_neverLieOutside() {
            Event event = event(Agenda.compose()
                    .block(Duration.ofMinutes(35), PANEL, "Panel 1").moderators(Moderator.moderator(ANA))
                        .child(QUESTIONS_AND_ANSWERS, "Preguntas")
                        .child(QUESTIONS_AND_ANSWERS, "Más preguntas")
                    .toAgenda());

            assertFindings(CHILD_OUTSIDE_PARENT, event).isEmpty();
        }

        @Test
        void aGrandchild_isCheckedAgainstItsOwnParent() {
            AgendaBlock child = talk("atelier", t(10, 0), t(10, 30))
                    .withChildren(talk("restitution", t(10, 20), t(10, 40)));
            Event event = event(Agenda.compose()
                    .block(t(10, 0), t(11, 0), TALK, "Matinée").child(child)
                    .toAgenda());

            assertFindingsAt(CHILD_OUTSIDE_PARENT, ERROR, event, "/agenda/blocks/0/children/0/children/0");
        }

        @Test
        void aTimedChildOfAnUntimedChild_isComparedWithItsNearestTimedAncestor() {
            AgendaBlock untimed = AgendaBlock.builder().id("table-ronde").kind(PANEL).title("Table ronde")
                    .addModerator(Moderator.moderator(ANA))
                    .addChild(talk("intervention", t(15, 0), t(16, 0)))
                    .build();
            Event event = event(Agenda.compose().block(t(10, 0), t(11, 0), TALK, "Matinée").child(untimed).toAgenda());

            assertFindingsAt(CHILD_OUTSIDE_PARENT, ERROR, event, "/agenda/blocks/0/children/0/children/0");
        }
    }

    @Nested
    class RoomDoubleBooked {

        private AgendaBlock session(String id, LocalTime start, LocalTime end, String room) {
            return AgendaBlock.builder().id(id).kind(BlockKind.WORKSHOP).title(id).timing(Timing.slot(start, end))
                    .room(room).build();
        }

        @Test
        void oneRoom_inTwoTracks_atOverlappingTimes_isAnError_atTheLaterBlock() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), BlockKind.WORKSHOP, "Sesión A1").room("Sala 1").track("A")
                    .block(t(9, 0), t(10, 0), BlockKind.WORKSHOP, "Sesión B1").room("Sala 2").track("B")
                    .block(t(9, 30), t(10, 30), BlockKind.WORKSHOP, "Sesión B2").room("Sala 1").track("B")
                    .toAgenda());

            assertFindingsAt(ROOM_DOUBLE_BOOKED, ERROR, event, "/agenda/blocks/2");
            assertThat(Validator.of(ROOM_DOUBLE_BOOKED).validate(event).violations()).extracting(Violation::message)
                    .containsExactly("room 'Sala 1' is booked for block 'Sesión B2' (09:30–10:30) and for block"
                            + " 'Sesión A1' (09:00–10:00) at the same time");
            assertFindings(BLOCK_OVERLAP, event).isEmpty();
        }

        @Test
        void aPlenary_againstATrackSession_inItsRoom() {
            Event event = event(Agenda.compose()
                    .block(t(10, 0), t(11, 0), BlockKind.KEYNOTE, "Plenaria").room("Aula Magna").speakers(ANA)
                    .block(t(10, 30), t(11, 30), BlockKind.WORKSHOP, "Sesión B1").room("Aula Magna").track("B")
                    .toAgenda());

            assertFindingsAt(ROOM_DOUBLE_BOOKED, ERROR, event, "/agenda/blocks/1");
        }

        @Test
        void blocksAtDifferentNestingLevels_andInDifferentParents_areCompared() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(11, 0), BlockKind.OTHER, "Ateliers")
                        .child(session("atelier-1", t(9, 0), t(10, 0), "Salle 1"))
                        .child(session("atelier-2", t(9, 0), t(10, 0), "Salle 2"))
                    .block(t(9, 30), t(10, 30), BlockKind.WORKSHOP, "Réunion").room("Salle 2")
                    .block(t(11, 0), t(12, 0), BlockKind.OTHER, "Suite")
                        .child(session("suite-1", t(11, 0), t(11, 30), "Salle 3"))
                    .block(t(11, 15), t(12, 0), BlockKind.OTHER, "Clôture")
                        .child(session("cloture-1", t(11, 15), t(11, 45), "Salle 3"))
                    .toAgenda());

            // 'Réunion' (a top-level block) overlaps 'atelier-2' (a child); 'cloture-1' overlaps
            // 'suite-1', a child of another top-level block, in the same room and track.
            assertFindingsAt(ROOM_DOUBLE_BOOKED, ERROR, event, "/agenda/blocks/1", "/agenda/blocks/3/children/0");
        }

        @Test
        void aBlockAndItsOwnParts_touchingBlocks_otherRooms_andBlocksWithoutARoomOrTime_areFine() {
            AgendaBlock untimed = AgendaBlock.builder().id("pause").kind(BlockKind.BREAK).title("Pause")
                    .room("Aula Magna").build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), BlockKind.KEYNOTE, "Plenaria").room("Aula Magna").speakers(ANA)
                        .child(session("preguntas", t(9, 45), t(10, 0), "Aula Magna"))
                        .child(untimed)
                    .block(t(9, 0), t(10, 0), BlockKind.WORKSHOP, "Sesión B1").room("Sala 2").track("B")
                    .block(t(9, 0), t(10, 0), BlockKind.WORKSHOP, "Sin sala").track("C")
                    .block(t(9, 30), t(10, 0), BlockKind.WORKSHOP, "Sin sala tampoco").track("D")
                    .block(t(10, 0), t(11, 0), BlockKind.WORKSHOP, "Sesión B2").room("Aula Magna").track("B")
                    .toAgenda());

            assertFindings(ROOM_DOUBLE_BOOKED, event).isEmpty();
        }

        @Test
        void siblingsInOneRoomAndTrack_areLeftToBlockOverlap() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), BlockKind.WORKSHOP, "A").room("Sala 1").track("A")
                    .block(t(9, 30), t(10, 30), BlockKind.WORKSHOP, "B").room("Sala 1").track("A")
                    .toAgenda());

            assertFindings(ROOM_DOUBLE_BOOKED, event).isEmpty();
            assertFindings(Validator.standard(), event).containsExactly(tuple("BLOCK_OVERLAP", ERROR, "/agenda/blocks/1"));
        }

        @Test
        void roomsAreComparedAsInstants_acrossADaylightSavingChange() {
            // On 27 October 2024 Paris goes back from 03:00 to 02:00: from 01:00 +02:00 (23:00 UTC) to
            // 03:30 +01:00 (02:30 UTC) is 3 h 30 min, not the 2 h 30 min the wall clock shows.
            Event night = Seminar.event().withEnd(Optional.empty()).withStart(LocalDate.of(2024, 10, 27).atTime(1, 0))
                    .withAgenda(Agenda.compose()
                            .block(Duration.ofMinutes(210), BlockKind.WORKSHOP, "Nuit").room("Salle 1").track("A")
                            .block(LocalDate.of(2024, 10, 27), t(3, 30), t(4, 0), BlockKind.WORKSHOP, "Aube")
                                .room("Salle 1").track("B")
                            .toAgenda());

            // 'Nuit' lasts 3 h 30 min: it ends when 'Aube' starts. One minute more and they overlap.
            assertFindings(ROOM_DOUBLE_BOOKED, night).isEmpty();
            assertFindingsAt(ROOM_DOUBLE_BOOKED, ERROR, night.withAgenda(Agenda.compose()
                            .block(Duration.ofMinutes(211), BlockKind.WORKSHOP, "Nuit").room("Salle 1").track("A")
                            .block(LocalDate.of(2024, 10, 27), t(3, 30), t(4, 0), BlockKind.WORKSHOP, "Aube")
                                .room("Salle 1").track("B")
                            .toAgenda()),
                    "/agenda/blocks/1");
        }
    }

    @Nested
    class PartyDoubleBooked {

        @Test
        void aPersonInTwoOverlappingBlocks_inDifferentRooms_isAWarning_atTheLaterBlocksEntry() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Atelier A").room("Salle 1").speakers(ANA)
                    .block(t(9, 30), t(10, 30), TALK, "Atelier B").room("Salle 2").speakers(BRUNO, ANA)
                    .toAgenda());

            assertFindingsAt(PARTY_DOUBLE_BOOKED, WARNING, event, "/agenda/blocks/1/participants/1");
        }

        @Test
        void aModeratorOfTheLaterBlock_isPointedToAsModerator() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Atelier A").room("Salle 1").speakers(ANA)
                    .block(t(9, 30), t(10, 30), PANEL, "Table ronde").room("Salle 2")
                        .moderators(Moderator.moderator(ANA)).panelists(ANA, BRUNO)
                    .toAgenda());

            assertFindingsAt(PARTY_DOUBLE_BOOKED, WARNING, event, "/agenda/blocks/1/moderators/0");
        }

        @Test
        void aPartyFirstSeenInAChild_isPointedToInThatChild() {
            AgendaBlock questions = AgendaBlock.builder().id("preguntas").kind(QUESTIONS_AND_ANSWERS).title("Preguntas")
                    .addParticipant(Participant.speaker(ANA)).build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Atelier A").room("Salle 1").speakers(ANA)
                    .block(t(9, 30), t(10, 30), PANEL, "Table ronde").room("Salle 2")
                        .moderators(Moderator.moderator(BRUNO)).child(questions)
                    .toAgenda());

            assertFindingsAt(PARTY_DOUBLE_BOOKED, WARNING, event, "/agenda/blocks/1/children/0/participants/0");
        }

        @Test
        void theModeratorOfAPanel_isAlsoInItsQuestionsAndAnswers_withoutBeingDoubleBooked() {
            AgendaBlock questions = AgendaBlock.builder().id("preguntas").kind(QUESTIONS_AND_ANSWERS).title("Preguntas")
                    .timing(Timing.minutes(10))
                    .addModerator(Moderator.moderator(ANA))
                    .addParticipant(Participant.panelist(BRUNO)).build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), PANEL, "Panel").moderators(Moderator.moderator(ANA)).panelists(BRUNO)
                        .child(questions)
                    .toAgenda());

            assertFindings(PARTY_DOUBLE_BOOKED, event).isEmpty();
        }

        /** Two parallel workshops nested in one session: the session is one top-level block. */
        private AgendaBlock workshop(String id, LocalTime start, LocalTime end, Party... speakers) {
            AgendaBlock.Builder block = AgendaBlock.builder().id(id).kind(BlockKind.WORKSHOP).title(id)
                    .timing(Timing.slot(start, end)).room("Salle " + id);
            for (Party speaker : speakers) {
                block.addParticipant(Participant.speaker(speaker));
            }
            return block.build();
        }

        @Test
        void aPersonInTwoParallelBlocks_nestedInOneParent_isAWarning_atTheLaterBlocksEntry() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(11, 0), BlockKind.OTHER, "Ateliers parallèles").moderators(Moderator.moderator(CARLA))
                        .child(workshop("A", t(9, 0), t(10, 0), ANA))
                        .child(workshop("B", t(9, 30), t(10, 30), BRUNO, ANA))
                    .toAgenda());

            assertFindingsAt(PARTY_DOUBLE_BOOKED, WARNING, event, "/agenda/blocks/0/children/1/participants/1");
            assertThat(Validator.of(PARTY_DOUBLE_BOOKED).validate(event).violations()).extracting(Violation::message)
                    .containsExactly("'Dra. Ana Pérez' is in block 'B' (09:30–10:30) and in block 'A' (09:00–10:00)"
                            + " at the same time");
        }

        @Test
        void parallelBlocksAtDifferentDepths_ofOneParent_areCompared() {
            AgendaBlock track = AgendaBlock.builder().id("track").kind(BlockKind.OTHER).title("Parcours")
                    .timing(Timing.slot(t(9, 0), t(11, 0)))
                    .addChild(workshop("A", t(9, 0), t(10, 0), ANA)).build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(11, 0), BlockKind.OTHER, "Journée").child(track)
                        .child(workshop("B", t(9, 59), t(10, 30), ANA))
                    .toAgenda());

            assertFindingsAt(PARTY_DOUBLE_BOOKED, WARNING, event, "/agenda/blocks/0/children/1/participants/0");
        }

        @Test
        void nestedBlocksThatTouch_aBlockAndItsOwnPart_andUntimedChildren_areNotDoubleBookings() {
            AgendaBlock part = workshop("A2", t(9, 15), t(9, 45), ANA);
            AgendaBlock withPart = workshop("A", t(9, 0), t(10, 0), ANA).withChildren(part);
            AgendaBlock untimed = AgendaBlock.builder().id("C").kind(BlockKind.QUESTIONS_AND_ANSWERS).title("C")
                    .addParticipant(Participant.speaker(ANA)).build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(11, 0), BlockKind.OTHER, "Ateliers")
                        .child(withPart)
                        .child(workshop("B", t(10, 0), t(11, 0), ANA))
                        .child(untimed)
                    .toAgenda());

            assertFindings(PARTY_DOUBLE_BOOKED, event).isEmpty();
            assertFindings(Validator.standard(), event).isEmpty();
        }

        @Test
        void onePersonInConsecutiveBlocks_isNotDoubleBooked() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Atelier A").room("Salle 1").speakers(ANA)
                    .block(t(10, 0), t(11, 0), TALK, "Atelier B").room("Salle 2").speakers(ANA)
                    .toAgenda());

            assertFindings(PARTY_DOUBLE_BOOKED, event).isEmpty();
        }

        @Test
        void twoPeopleInTheSameTwoBlocks_areEachReportedOnce() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Atelier A").room("Salle 1").speakers(ANA, BRUNO)
                    .block(t(9, 30), t(10, 30), TALK, "Atelier B").room("Salle 2").speakers(CARLA, BRUNO, ANA)
                    .toAgenda());

            assertFindingsAt(PARTY_DOUBLE_BOOKED, WARNING, event,
                    "/agenda/blocks/1/participants/1", "/agenda/blocks/1/participants/2");
        }

        /**
         * With three overlapping blocks the party is reported once for each block that overlaps an
         * earlier one (here the second and third), each against the block that ends last so far.
         */
        @Test
        void threeOverlappingBlocks_reportTheSecondAndTheThird_eachAgainstTheFirst() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(11, 0), TALK, "A").room("Salle 1").speakers(ANA)
                    .block(t(9, 30), t(10, 30), TALK, "B").room("Salle 2").speakers(ANA)
                    .block(t(10, 0), t(11, 0), TALK, "C").room("Salle 3").speakers(ANA)
                    .toAgenda());

            ValidationReport report = Validator.of(PARTY_DOUBLE_BOOKED).validate(event);

            assertFindings(report).containsExactly(
                    tuple("PARTY_DOUBLE_BOOKED", WARNING, "/agenda/blocks/1/participants/0"),
                    tuple("PARTY_DOUBLE_BOOKED", WARNING, "/agenda/blocks/2/participants/0"));
            assertThat(report.violations()).extracting(Violation::message).containsExactly(
                    "'Dra. Ana Pérez' is in block 'B' (09:30–10:30) and in block 'A' (09:00–11:00) at the same time",
                    "'Dra. Ana Pérez' is in block 'C' (10:00–11:00) and in block 'A' (09:00–11:00) at the same time");
        }

        /** Until issue 13 only top-level blocks were compared, and this was not reported. */
        @Test
        void overlappingChildrenOfOneBlock_doubleBookTheirParties() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Ateliers")
                        .child(talk("atelier-a", t(9, 0), t(10, 0)).withParticipants(
                                Participant.speaker(ANA)))
                        .child(talk("atelier-b", t(9, 0), t(10, 0)).withRoom("Salle 2").withParticipants(
                                Participant.speaker(ANA)))
                    .toAgenda());

            assertFindingsAt(PARTY_DOUBLE_BOOKED, WARNING, event, "/agenda/blocks/0/children/1/participants/0");
        }

        @Test
        void multiDayBlocksAtTheSameHours_areOnDifferentDays() {
            Event event = event(Agenda.compose()
                    .block(DAY, t(9, 0), t(10, 0), TALK, "Jour 1").speakers(ANA)
                    .block(DAY.plusDays(1), t(9, 0), t(10, 0), TALK, "Jour 2").speakers(ANA)
                    .toAgenda())
                    .withEnd(DAY.plusDays(1).atTime(12, 0));

            assertFindings(PARTY_DOUBLE_BOOKED, event).isEmpty();
        }
    }
}
