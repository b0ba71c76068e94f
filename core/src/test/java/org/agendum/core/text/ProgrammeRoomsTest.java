package org.agendum.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Room;
import org.agendum.core.model.Track;
import org.agendum.core.model.Venue;
import org.junit.jupiter.api.Test;

/** A programme prints the rooms and tracks an event declares by name, never by id, with a block's own venue. */
class ProgrammeRoomsTest {

    private static Event forum(boolean declared) {
        Venue restaurant = Venue.builder().name("Restaurante El Puerto")
                .address(PostalAddress.builder().street("Rambla 25 de Agosto 1825").locality("Montevideo").build()).build();
        Event.Builder event = Event.builder().id("foro").title("Foro").zone(ZoneId.of("America/Montevideo"))
                .start(LocalDateTime.of(2025, 3, 4, 9, 0));
        if (declared) {
            event.addRooms(Room.builder().id("aud").name("Auditorio").floor("Planta baja").build(), Room.of("b", "Sala B"))
                    .addTrack(Track.of("t1", "Políticas públicas"));
        }
        return event.agenda(Agenda.compose()
                        .block(Duration.ofMinutes(45), BlockKind.WORKSHOP, "Taller").id("taller")
                        .room(declared ? "aud" : "Auditorio").overflowRooms(declared ? "b" : "Sala B")
                        .track(declared ? "t1" : "Políticas públicas")
                        .block(Duration.ofHours(2), BlockKind.MEAL, "Cena").id("cena").venue(restaurant)
                        .toAgenda())
                .build();
    }

    @Test
    void declaredRoomsAndTracks_arePrintedByName_theRoomWithItsFloor() {
        assertThat(Programme.of(forum(true), Locale.ENGLISH).entry("taller").orElseThrow().details()).containsExactly(
                ProgrammeItem.of(Label.ROOM, "Room", "Auditorio, Planta baja"),
                ProgrammeItem.of(Label.OVERFLOW_ROOMS, "Also shown live in", List.of("Sala B")),
                ProgrammeItem.of(Label.TRACK, "Track", "Políticas públicas"));
    }

    @Test
    void undeclaredRoomsAndTracks_arePrintedAsTheBlocksNameThem() {
        assertThat(Programme.of(forum(false), new Locale("es")).entry("taller").orElseThrow().details()).containsExactly(
                ProgrammeItem.of(Label.ROOM, "Sala", "Auditorio"),
                ProgrammeItem.of(Label.OVERFLOW_ROOMS, "También en directo en", List.of("Sala B")),
                ProgrammeItem.of(Label.TRACK, "Eje", "Políticas públicas"));
    }

    @Test
    void aBlockElsewhere_printsItsVenue_inTheProgrammesLanguage() {
        assertThat(Programme.of(forum(true), Locale.FRENCH).entry("cena").orElseThrow().details()).containsExactly(
                ProgrammeItem.of(Label.VENUE, "Lieu", "Restaurante El Puerto, Rambla 25 de Agosto 1825, Montevideo"));
    }
}
