package org.agendum.core.validation;

import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Findings.assertFindingsAt;
import static org.agendum.core.validation.Seminar.ANA;
import static org.agendum.core.validation.Seminar.DAY;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Severity.ERROR;
import static org.agendum.core.validation.Severity.WARNING;
import static org.agendum.core.validation.StandardRule.BLOCK_OVER_ROOM_CAPACITY;
import static org.agendum.core.validation.StandardRule.PARTY_DOUBLE_BOOKED;
import static org.agendum.core.validation.StandardRule.ROOM_DOUBLE_BOOKED;
import static org.agendum.core.validation.StandardRule.ROOM_NAME_VARIANTS;
import static org.agendum.core.validation.StandardRule.TRACK_NAME_VARIANTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Event;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Room;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules about rooms and tracks: overflow rooms booked, names spelled two ways, and seats offered
 * beyond what the rooms hold.
 */
class RoomRulesTest {

    private static final Room AULA = Room.of("aula", "Aula Magna").withCapacity(120);
    private static final Room SALA_B = Room.of("sala-b", "Sala B").withCapacity(40);
    private static final Room SALA_C = Room.of("sala-c", "Sala C").withCapacity(30);

    /** A workshop from 10:00 to 11:00 in {@code room}, offering {@code seats} through its own registration. */
    private static AgendaBlock workshop(String room, int seats) {
        return AgendaBlock.builder().id("taller").kind(BlockKind.WORKSHOP).title("Taller de datos abiertos")
                .timing(Timing.slot(DAY, t(10, 0), t(11, 0))).room(room)
                .registration(Registration.builder().capacity(Capacity.ofSeats(seats)).build()).build();
    }

    /** The event with this one block and these declared rooms. */
    private static Event holding(AgendaBlock block, Room... rooms) {
        return event(Agenda.of(block)).withRooms(rooms);
    }

    @Test
    void blockOverRoomCapacity_moreSeatsThanTheRoomHolds_namesTheBlockTheSeatsAndTheRoom() {
        Event event = holding(workshop("sala-b", 41), AULA, SALA_B);

        assertFindingsAt(BLOCK_OVER_ROOM_CAPACITY, WARNING, event, "/agenda/blocks/0/registration/capacity");
        assertThat(Validator.of(BLOCK_OVER_ROOM_CAPACITY).validate(event).violations().get(0).message())
                .isEqualTo("block 'Taller de datos abiertos' offers 41 seats, more than its room 'Sala B' holds (40)");
    }

    @Test
    void blockOverRoomCapacity_nearMiss_exactlyTheRoomsCapacity() {
        assertFindings(BLOCK_OVER_ROOM_CAPACITY, holding(workshop("sala-b", 40), AULA, SALA_B)).isEmpty();
    }

    @Test
    void blockOverRoomCapacity_withOverflowRooms_comparesWithTheirSeatsTogether() {
        // 120 + 40 + 30 = 190 seats in the three rooms; the room listed again as an overflow room counts once.
        AgendaBlock block = workshop("aula", 191).withOverflowRooms("sala-b", "aula", "sala-c");
        Event event = holding(block, AULA, SALA_B, SALA_C);

        assertFindingsAt(BLOCK_OVER_ROOM_CAPACITY, WARNING, event, "/agenda/blocks/0/registration/capacity");
        assertThat(Validator.of(BLOCK_OVER_ROOM_CAPACITY).validate(event).violations().get(0).message())
                .isEqualTo("block 'Taller de datos abiertos' offers 191 seats, more than its room 'Aula Magna' (120)"
                        + " and its overflow rooms 'Sala B' (40), 'Sala C' (30) hold together (190)");
        assertFindings(BLOCK_OVER_ROOM_CAPACITY, holding(block.withRegistration(
                Registration.builder().capacity(Capacity.ofSeats(190)).build()), AULA, SALA_B, SALA_C)).isEmpty();
    }

    @Test
    void blockOverRoomCapacity_isSilentWhenASeatCountIsUnknown() {
        // An overflow room without a capacity: the rooms together hold an unknown number.
        assertFindings(BLOCK_OVER_ROOM_CAPACITY, holding(workshop("sala-b", 500).withOverflowRooms("sala-c"),
                SALA_B, Room.of("sala-c", "Sala C"))).isEmpty();
        // The room itself without one.
        assertFindings(BLOCK_OVER_ROOM_CAPACITY, holding(workshop("sala-c", 500), Room.of("sala-c", "Sala C"))).isEmpty();
        // Seats announced as limited, without a number.
        assertFindings(BLOCK_OVER_ROOM_CAPACITY, holding(workshop("sala-b", 500)
                .withRegistration(Registration.builder().capacity(Capacity.limited()).build()), SALA_B)).isEmpty();
        // No registration of its own: the event's is not the block's.
        assertFindings(BLOCK_OVER_ROOM_CAPACITY, holding(workshop("sala-b", 500).withRegistration(
                Optional.empty()), SALA_B)
                .withRegistration(Registration.builder().capacity(Capacity.ofSeats(500)).build())).isEmpty();
    }

    @Test
    void blockOverRoomCapacity_isSilentWhenTheEventDeclaresNoRooms() {
        // "Sala B" is a name as printed, not a declared room: nothing tells what it holds.
        assertFindings(BLOCK_OVER_ROOM_CAPACITY, event(Agenda.of(workshop("Sala B", 500)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = BlockStatus.class, names = {"CANCELLED", "POSTPONED"})
    void blockOverRoomCapacity_isSilentForABlockThatDoesNotTakePlace_andWhatIsNestedInIt(BlockStatus status) {
        assertFindings(BLOCK_OVER_ROOM_CAPACITY, holding(workshop("sala-b", 41).withStatus(status), SALA_B)).isEmpty();
        AgendaBlock session = AgendaBlock.builder().id("sesion").kind(BlockKind.OTHER).title("Sesión")
                .timing(Timing.slot(DAY, t(10, 0), t(11, 0))).status(status)
                .addChild(workshop("sala-b", 41)).build();
        assertFindings(BLOCK_OVER_ROOM_CAPACITY, holding(session, SALA_B)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = BlockStatus.class, names = {"SCHEDULED", "PROVISIONAL", "RESCHEDULED"})
    void blockOverRoomCapacity_reportsABlockThatTakesPlace_atAnyDepth(BlockStatus status) {
        AgendaBlock session = AgendaBlock.builder().id("sesion").kind(BlockKind.OTHER).title("Sesión")
                .timing(Timing.slot(DAY, t(10, 0), t(11, 0))).status(status)
                .addChild(workshop("sala-b", 41).withStatus(status)).build();
        assertFindingsAt(BLOCK_OVER_ROOM_CAPACITY, WARNING, holding(session, SALA_B),
                "/agenda/blocks/0/children/0/registration/capacity");
    }

    @Test
    void blockOverRoomCapacity_aSeries_isReportedOnce_atTheBlockAsWritten() {
        Event event = holding(workshop("sala-b", 41).withRecurrence(Recurrence.weekly(4)), SALA_B);

        assertFindingsAt(BLOCK_OVER_ROOM_CAPACITY, WARNING, event, "/agenda/blocks/0/registration/capacity");
    }

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
