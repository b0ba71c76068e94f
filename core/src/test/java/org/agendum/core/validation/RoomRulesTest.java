package org.agendum.core.validation;

import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Findings.assertFindingsAt;
import static org.agendum.core.validation.Seminar.ANA;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Severity.ERROR;
import static org.agendum.core.validation.Severity.WARNING;
import static org.agendum.core.validation.StandardRule.PARTY_DOUBLE_BOOKED;
import static org.agendum.core.validation.StandardRule.ROOM_DOUBLE_BOOKED;
import static org.agendum.core.validation.StandardRule.ROOM_NAME_VARIANTS;
import static org.agendum.core.validation.StandardRule.TRACK_NAME_VARIANTS;

import org.agendum.core.model.Agenda;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Room;
import org.agendum.core.model.Track;
import org.junit.jupiter.api.Test;

/** The rules about rooms and tracks: overflow rooms booked, and names spelled two ways. */
class RoomRulesTest {

    /** A keynote in the auditorium, shown live in room B, with a session in room B at {@code start}. */
    private static Event keynoteShownInRoomB(int hour, int minute) {
        return event(Agenda.compose()
                .block(t(9, 0), t(10, 0), BlockKind.KEYNOTE, "Apertura").room("aud").overflowRooms("sala-b")
                .speakers(ANA)
                .block(t(hour, minute), t(11, 0), BlockKind.WORKSHOP, "Taller").room("sala-b").track("talleres")
                .toAgenda())
                .withRooms(Room.of("aud", "Auditorio"), Room.of("sala-b", "Sala B"));
    }

    @Test
    void roomDoubleBooked_anOverflowRoomIsBookedByTheBlockShownThere() {
        assertFindingsAt(ROOM_DOUBLE_BOOKED, ERROR, keynoteShownInRoomB(9, 59), "/agenda/blocks/1");
    }

    @Test
    void roomDoubleBooked_nearMiss_aSessionInTheOverflowRoomOnceTheBlockIsOver() {
        assertFindings(ROOM_DOUBLE_BOOKED, keynoteShownInRoomB(10, 0)).isEmpty();
    }

    @Test
    void roomDoubleBooked_anOverflowRoomWithTheSameNameAsTheRoom_isOneBooking() {
        Event event = event(Agenda.compose()
                .block(t(9, 0), t(10, 0), BlockKind.KEYNOTE, "Apertura").room("Aula").overflowRooms("Aula", "Sala B")
                .speakers(ANA).toAgenda());

        assertFindings(ROOM_DOUBLE_BOOKED, event).isEmpty();
    }

    @Test
    void partyDoubleBooked_aSpeakerShownInAnOverflowRoom_isInOneBlock() {
        // The overflow room is an attribute of the one block, not a second block with the same speaker.
        assertFindings(Validator.standard(), keynoteShownInRoomB(10, 0)).isEmpty();
        assertFindings(PARTY_DOUBLE_BOOKED, keynoteShownInRoomB(10, 0)).isEmpty();
    }

    @Test
    void roomNameVariants_caseAndSpacing_atEveryDepthAndInOverflowRooms() {
        Event event = event(Agenda.compose()
                .block(t(9, 0), t(10, 0), BlockKind.WORKSHOP, "A").room("Sala B")
                .block(t(10, 0), t(11, 0), BlockKind.WORKSHOP, "B").room("Auditorio").overflowRooms("SALA B")
                .block(t(11, 0), t(12, 0), BlockKind.OTHER, "C")
                    .child(Seminar.talk("charla", t(11, 0), t(11, 30)).withRoom("SalaB"))
                .toAgenda());

        // "SALA B" is first in character order: the two other spellings are reported where they are used.
        assertFindingsAt(ROOM_NAME_VARIANTS, WARNING, event, "/agenda/blocks/0", "/agenda/blocks/2/children/0");
    }

    @Test
    void roomNameVariants_nearMiss_declaredRoomsAreIdsAndNotCompared() {
        Event event = event(Agenda.compose()
                .block(t(9, 0), t(10, 0), BlockKind.WORKSHOP, "A").room("sala-b")
                .block(t(10, 0), t(11, 0), BlockKind.WORKSHOP, "B").room("SALA-B").toAgenda())
                .withRooms(Room.of("sala-b", "Sala B"), Room.of("SALA-B", "Sala B (anexo)"));

        assertFindings(ROOM_NAME_VARIANTS, event).isEmpty();
    }

    @Test
    void trackNameVariants_spacingAlone_isReportedOncePerSpelling_atTheBlockWithTheSmallestId() {
        Event event = event(Agenda.compose()
                .block(t(9, 0), t(10, 0), BlockKind.WORKSHOP, "A").track("Eje  1")
                .block(t(10, 0), t(11, 0), BlockKind.WORKSHOP, "B").id("taller-z").track("Eje 1")
                .block(t(11, 0), t(12, 0), BlockKind.WORKSHOP, "C").id("taller-b").track("Eje 1").toAgenda());

        // "Eje  1" (a space before "1") comes first in character order; "Eje 1" is reported at taller-b.
        assertFindingsAt(TRACK_NAME_VARIANTS, WARNING, event, "/agenda/blocks/2");
    }

    @Test
    void trackNameVariants_nearMiss_declaredTracks() {
        Event event = event(Agenda.compose()
                .block(t(9, 0), t(10, 0), BlockKind.WORKSHOP, "A").track("A")
                .block(t(10, 0), t(11, 0), BlockKind.WORKSHOP, "B").track("a").toAgenda())
                .withTracks(Track.of("A", "Research"), Track.of("a", "Policy"));

        assertFindings(TRACK_NAME_VARIANTS, event).isEmpty();
    }
}
