package org.agendum.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.Room;
import org.junit.jupiter.api.Test;

/**
 * What a programme gives a layout beyond the text: each zone's time apart with its instants,
 * parallel blocks gathered in sessions, and a block's room by name (an HTML page's structure).
 */
class ProgrammeLayoutTest {

    private static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    private static Programme forum() {
        Event event = Event.builder().id("foro").title("Foro").zone(MONTEVIDEO)
                .start(LocalDateTime.of(2021, 6, 11, 9, 0))
                .addDisplayZones(DisplayZone.of(MONTEVIDEO, "Uruguay"), DisplayZone.of(MEXICO, "México"))
                .addRooms(Room.builder().id("aud").name("Auditorio").floor("Planta baja").build(), Room.of("b", "Sala B"))
                .agenda(Agenda.compose()
                        .block(LocalTime.of(9, 0), LocalTime.of(10, 0), BlockKind.TALK, "A").id("a").room("aud")
                        .block(LocalTime.of(9, 30), LocalTime.of(10, 30), BlockKind.TALK, "B").id("b").room("b")
                        .block(LocalTime.of(10, 15), LocalTime.of(11, 0), BlockKind.TALK, "C").id("c").room("aud")
                        .block(LocalTime.of(11, 0), LocalTime.of(12, 0), BlockKind.CLOSING, "D").id("d")
                        .toAgenda())
                .build();
        return Programme.of(event, Locale.ENGLISH);
    }

    @Test
    void zoneTimes_areEachZonesTimeApart_withTheInstantsOfJavaTime() {
        ProgrammeEntry a = forum().entry("a").orElseThrow();
        List<ProgrammeTime> times = a.zoneTimes();
        ZonedDateTime start = ZonedDateTime.of(2021, 6, 11, 9, 0, 0, 0, MONTEVIDEO);
        assertThat(times).extracting(t -> t.zone().label()).containsExactly("Uruguay", "México");
        assertThat(times.get(1).start()).isEqualTo(start.withZoneSameInstant(MEXICO));
        assertThat(times.get(1).end()).isEqualTo(start.plusHours(1).withZoneSameInstant(MEXICO));
        assertThat(times.get(1).from()).isEqualTo("07:00");
        assertThat(times.get(1).to()).contains("08:00");
        assertThat(String.join(" · ", times.stream().map(ProgrammeTime::text).toList())).isEqualTo(a.times().orElseThrow());
    }

    @Test
    void eventZoneTimes_joinAsTheHeaderTimes() {
        Programme programme = forum();
        assertThat(String.join(" · ", programme.zoneTimes().stream().map(ProgrammeTime::text).toList()))
                .isEqualTo(programme.times());
    }

    @Test
    void sessions_gatherBlocksThatOverlapInAChain_andLeaveTheOthersAlone() {
        List<List<ProgrammeEntry>> sessions = forum().days().get(0).sessions();
        assertThat(sessions).extracting(s -> s.stream().map(e -> e.block().id()).toList())
                .containsExactly(List.of("a", "b", "c"), List.of("d"));
    }

    @Test
    void room_isTheDeclaredRoomsName_withItsFloor() {
        Programme programme = forum();
        assertThat(programme.entry("a").orElseThrow().room()).contains("Auditorio, Planta baja");
        assertThat(programme.entry("b").orElseThrow().room()).contains("Sala B");
        assertThat(programme.entry("d").orElseThrow().room()).isEmpty();
    }
}
