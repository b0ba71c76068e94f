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
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
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
}
