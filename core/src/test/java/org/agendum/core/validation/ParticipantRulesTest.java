package org.agendum.core.validation;

import static org.agendum.core.model.BlockKind.PANEL;
import static org.agendum.core.model.BlockKind.TALK;
import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Findings.assertFindingsAt;
import static org.agendum.core.validation.Seminar.ANA;
import static org.agendum.core.validation.Seminar.BRUNO;
import static org.agendum.core.validation.Seminar.CARLA;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Severity.WARNING;
import static org.agendum.core.validation.StandardRule.PARTY_LISTED_TWICE;
import static org.agendum.core.validation.StandardRule.SPEAKER_MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaComposer;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules about who takes part in each block. */
class ParticipantRulesTest {

    @Nested
    class PartyListedTwice {

        @Test
        void aPartyTwiceAmongTheParticipants_isReportedAtTheLaterEntry() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), PANEL, "Table ronde").moderators(Moderator.moderator(CARLA))
                    .panelists(ANA, BRUNO).participants(Participant.of(ANA, ParticipantRole.DISCUSSANT))
                    .toAgenda());

            assertFindingsAt(PARTY_LISTED_TWICE, WARNING, event, "/agenda/blocks/0/participants/2");
            assertThat(Validator.of(PARTY_LISTED_TWICE).validate(event).violations())
                    .extracting(Violation::message).containsExactly(
                            "'Dra. Ana Pérez' is listed twice among the participants of block 'Table ronde'"
                                    + " (also at participants/0)");
        }

        @Test
        void aPartyTwiceAmongTheModerators_ofAChild_isReported() {
            Organization cuf = Organization.of("cuf", "Cités Unies France");
            AgendaBlock debate = AgendaBlock.builder().id("debat").kind(BlockKind.DISCUSSION).title("Débat")
                    .timing(Timing.duration(Duration.ofMinutes(20)))
                    .addModerators(Moderator.moderator(cuf), Moderator.moderator(BRUNO), Moderator.facilitator(cuf))
                    .build();
            Event event = event(Agenda.compose().block(t(9, 0), t(10, 0), TALK, "Exposé").speakers(ANA)
                    .child(debate).toAgenda());

            assertFindingsAt(PARTY_LISTED_TWICE, WARNING, event, "/agenda/blocks/0/children/0/moderators/2");
        }

        @Test
        void threeEntries_areTwoFindings() {
            Event event = event(Agenda.compose().block(t(9, 0), t(10, 0), TALK, "Exposé").speakers(ANA, BRUNO, ANA, ANA)
                    .toAgenda());

            assertFindingsAt(PARTY_LISTED_TWICE, WARNING, event,
                    "/agenda/blocks/0/participants/2", "/agenda/blocks/0/participants/3");
        }

        @Test
        void aModeratorWhoAlsoSpeaks_theSamePartyInTwoBlocks_andNamesakes_areFine() {
            // Two different people with the same name are two parties: only ids are compared.
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Exposé").moderators(Moderator.moderator(ANA)).speakers(ANA)
                    .block(t(10, 0), t(11, 0), TALK, "Suite").speakers(ANA, ANA.withId("ana-perez-2"))
                    .toAgenda());

            assertFindings(PARTY_LISTED_TWICE, event).isEmpty();
            assertFindings(Validator.standard(), event).isEmpty();
        }
    }

    @Nested
    class SpeakerMissing {

        @Test
        void talksKeynotesAndPanels_withoutASpeaker_areReported_atAnyDepth() {
            AgendaBlock emptyTalk = AgendaBlock.builder().id("expose").kind(TALK).title("Exposé")
                    .timing(Timing.duration(Duration.ofMinutes(20))).build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(9, 30), BlockKind.KEYNOTE, "Conférence inaugurale")
                    .block(t(9, 30), t(10, 30), PANEL, "Table ronde").moderators(Moderator.moderator(CARLA))
                    .block(t(10, 30), t(11, 30), BlockKind.WORKSHOP, "Atelier").child(emptyTalk)
                    .toAgenda());

            assertFindingsAt(SPEAKER_MISSING, WARNING, event,
                    "/agenda/blocks/0", "/agenda/blocks/1", "/agenda/blocks/2/children/0");
            assertThat(Validator.of(SPEAKER_MISSING).validate(event).violations()).extracting(Violation::message)
                    .containsExactly("block 'Conférence inaugurale' is a keynote without a speaker",
                            "block 'Table ronde' is a panel without a speaker",
                            "block 'Exposé' is a talk without a speaker");
        }

        @Test
        void aSpeakerOfTheBlockAPartIsPartOf_givesThatPart() {
            AgendaBlock part = AgendaBlock.builder().id("partie-1").kind(TALK).title("Première partie")
                    .timing(Timing.duration(Duration.ofMinutes(20))).build();
            AgendaBlock session = AgendaBlock.builder().id("session").kind(BlockKind.OTHER).title("Session")
                    .timing(Timing.duration(Duration.ofMinutes(30))).addChild(part).build();
            Event given = event(Agenda.compose().block(t(9, 0), t(10, 0), BlockKind.KEYNOTE, "Conférence")
                    .speakers(ANA).child(session).toAgenda());
            Event hosted = event(Agenda.compose().block(t(9, 0), t(10, 0), BlockKind.WORKSHOP, "Atelier")
                    .participants(Participant.of(ANA, ParticipantRole.HOST)).child(session).toAgenda());

            assertFindings(SPEAKER_MISSING, given).isEmpty();
            assertFindingsAt(SPEAKER_MISSING, WARNING, hosted, "/agenda/blocks/0/children/0/children/0");
        }

        @Test
        void aProvisionalAgenda_isNotChecked() {
            // The Paris seminar of 2018 announced its panels with their moderators, the panelists to come.
            Agenda panels = Agenda.compose().provisional()
                    .block(t(9, 0), t(10, 0), PANEL, "PARTE I").moderators(Moderator.moderator(CARLA))
                    .toAgenda();

            assertFindings(SPEAKER_MISSING, event(panels)).isEmpty();
            assertFindingsAt(SPEAKER_MISSING, WARNING, event(panels.withStatus(AgendaStatus.CONFIRMED)),
                    "/agenda/blocks/0");
        }

        @Test
        void aHostOrAModerator_isNoSpeaker() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), TALK, "Exposé").moderators(Moderator.moderator(CARLA))
                    .participants(Participant.of(ANA, ParticipantRole.HOST)).toAgenda());

            assertFindingsAt(SPEAKER_MISSING, WARNING, event, "/agenda/blocks/0");
        }

        @Test
        void everyOtherRole_speaks_andSpeakersOnChildrenCount_andOtherKindsNeedNone() {
            AgendaBlock presentation = AgendaBlock.builder().id("presentation").kind(TALK).title("Présentation")
                    .timing(Timing.duration(Duration.ofMinutes(20))).addParticipant(Participant.speaker(BRUNO)).build();
            AgendaComposer.Step agenda = Agenda.compose()
                    .block(t(9, 0), t(9, 30), PANEL, "Table ronde").moderators(Moderator.moderator(CARLA))
                    .child(presentation);
            int minute = 30;
            for (ParticipantRole role : ParticipantRole.values()) {
                if (role != ParticipantRole.HOST) {
                    agenda = agenda.block(t(9, minute), t(9, minute + 4), TALK, "Exposé " + role)
                            .participants(Participant.of(ANA, role));
                    minute += 4;
                }
            }
            for (BlockKind kind : BlockKind.values()) {
                if (kind != TALK && kind != BlockKind.KEYNOTE && kind != PANEL && kind != BlockKind.DISCUSSION) {
                    agenda = agenda.block(Duration.ofMinutes(1), kind, kind.name());
                }
            }
            Event event = event(agenda.toAgenda());

            assertFindings(SPEAKER_MISSING, event).isEmpty();
        }
    }
}
