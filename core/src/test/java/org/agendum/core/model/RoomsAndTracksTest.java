package org.agendum.core.model;

import static org.agendum.core.model.Violations.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rooms and tracks defined once on the event, and the blocks that refer to them. */
class RoomsAndTracksTest {

    private static final Room AUDITORIO = Room.builder().id("aud").name("Auditorio").capacity(220).floor("Planta baja")
            .accessibility("Acceso sin escalones").build();
    private static final Room SALA_B = Room.of("sala-b", "Sala B");
    private static final Track POLICY = Track.builder().id("policy").name("Políticas públicas").color("#1f77b4").build();

    private static Event.Builder event() {
        return Event.builder().id("foro-2025").title("Foro").zone(ZoneId.of("Africa/Nairobi"))
                .start(LocalDateTime.of(2025, 3, 4, 9, 0));
    }

    /** A session whose part takes place in {@code room}, shown live in {@code overflow}. */
    private static Agenda sessionWithPartIn(String room, String overflow) {
        return Agenda.compose()
                .block(Duration.ofHours(2), BlockKind.OTHER, "Sesión").room("aud").track("policy")
                .child(AgendaBlock.builder().id("parte").kind(BlockKind.TALK).title("Parte").room(room)
                        .addOverflowRoom(overflow).build())
                .toAgenda();
    }

    @Test
    void blocksReferToDeclaredRoomsAndTracks_atAnyDepth() {
        Event event = event().addRooms(AUDITORIO, SALA_B).addTrack(POLICY).agenda(sessionWithPartIn("sala-b", "aud")).build();

        assertThat(event.room("aud")).contains(AUDITORIO);
        assertThat(event.room("sala-b")).contains(SALA_B);
        assertThat(event.room("Sala B")).isEmpty();
        assertThat(event.track("policy")).contains(POLICY);
        assertThat(event.track("Políticas públicas")).isEmpty();
    }

    @Test
    void unknownRoom_namesTheBlockPath_ofAChildAndOfAnOverflowRoom() {
        assertViolates(Invariant.UNKNOWN_ROOM, "/agenda/blocks/0/children/0/room",
                () -> event().addRooms(AUDITORIO, SALA_B).agenda(sessionWithPartIn("sala-c", "aud")).build());
        assertViolates(Invariant.UNKNOWN_ROOM, "/agenda/blocks/0/children/0/overflowRooms/0",
                () -> event().addRooms(AUDITORIO, SALA_B).agenda(sessionWithPartIn("sala-b", "Auditorio")).build());
    }

    @Test
    void unknownTrack_isCheckedByEveryPath_copiesIncluded() {
        Event event = event().addRooms(AUDITORIO, SALA_B).addTrack(POLICY).agenda(sessionWithPartIn("sala-b", "aud")).build();

        assertViolates(Invariant.UNKNOWN_TRACK, "/agenda/blocks/0/track",
                () -> event.withTracks(Track.of("research", "Research")));
        assertViolates(Invariant.UNKNOWN_ROOM, "/agenda/blocks/0/room", () -> event.withRooms(SALA_B));
    }

    @Test
    void undeclaredRoomsAndTracks_areNamesAsPrinted_asBeforeTheyCouldBeDeclared() {
        Event event = event().agenda(sessionWithPartIn("Sala B", "Auditorio principal")).build();

        assertThat(event.rooms()).isEmpty();
        assertThat(event.agenda().blocks().get(0).children().get(0).overflowRooms()).containsExactly("Auditorio principal");
        assertThat(event.room("aud")).isEmpty();
    }

    @Test
    void declaringRoomsOnly_leavesTracksAsNames() {
        Event event = event().addRooms(AUDITORIO, SALA_B).agenda(sessionWithPartIn("sala-b", "aud")).build();

        assertThat(event.agenda().blocks().get(0).track()).contains("policy");
        assertThat(event.tracks()).isEmpty();
    }

    @Test
    void duplicateIds_amongRooms_andAmongTracks_butARoomAndATrackMayShareOne() {
        assertViolates(Invariant.DUPLICATE_ROOM_ID, "/rooms/2/id", () -> event().addRooms(AUDITORIO, SALA_B)
                .addRoom(Room.of("aud", "Aula magna")).build());
        assertViolates(Invariant.DUPLICATE_TRACK_ID, "/tracks/1/id", () -> event().addTrack(POLICY)
                .addTrack(Track.of("policy", "Policy")).build());
        assertThat(event().addRoom(Room.of("policy", "Sala Policy")).addTrack(POLICY).build().rooms()).hasSize(1);
    }

    @Test
    void roomCapacity_mustBePositive_oneSeatIsEnough() {
        assertViolates(Invariant.CAPACITY_NOT_POSITIVE, "/capacity", () -> SALA_B.withCapacity(0));
        assertThat(SALA_B.withCapacity(1).capacity()).contains(1);
    }

    @Test
    void trackColor_isHashAndSixHexDigits_inEitherCase() {
        assertThat(POLICY.withColor("#ABCDEF").color()).contains("#ABCDEF");
        assertViolates(Invariant.INVALID_COLOR, "/color", () -> POLICY.withColor("#ABCDEF0"));
        assertViolates(Invariant.INVALID_COLOR, "/color", () -> POLICY.withColor("ABCDEF"));
        assertViolates(Invariant.INVALID_COLOR, "/color", () -> POLICY.withColor("#ABCDEG"));
        assertViolates(Invariant.INVALID_COLOR, "/color", () -> POLICY.withColor("blue"));
    }

    @Test
    void roomDisplayName_isTheNameWithTheFloor() {
        assertThat(AUDITORIO.displayName()).isEqualTo("Auditorio, Planta baja");
        assertThat(SALA_B.displayName()).isEqualTo("Sala B");
    }

    @Test
    void aBlockElsewhere_hasItsOwnVenue_andTheComposerSetsItWithOverflowRooms() {
        Venue restaurant = Venue.builder().name("Restaurante El Puerto").build();
        Agenda agenda = Agenda.compose()
                .block(Duration.ofHours(2), BlockKind.MEAL, "Cena").venue(restaurant)
                .block(Duration.ofHours(1), BlockKind.CLOSING, "Cierre").room("aud").overflowRooms("sala-b")
                .toAgenda();

        List<AgendaBlock> blocks = agenda.blocks();
        assertThat(blocks.get(0).venue()).contains(restaurant);
        assertThat(blocks.get(1).venue()).isEmpty();
        assertThat(blocks.get(1).overflowRooms()).containsExactly("sala-b");
        assertThat(event().addRooms(AUDITORIO, SALA_B).agenda(agenda).build().agenda()).isEqualTo(agenda);
    }
}
