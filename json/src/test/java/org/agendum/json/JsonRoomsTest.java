package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Room;
import org.agendum.core.model.Track;
import org.agendum.core.model.Venue;
import org.agendum.core.validation.StandardRule;
import org.agendum.core.validation.ValidationReport;
import org.agendum.core.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rooms and tracks defined once, and a block's venue and overflow rooms, in the canonical JSON: written
 * (and read by plain Jackson, a second reader), read back equal, and refused where a document refers to
 * a room or a track it does not define.
 */
class JsonRoomsTest {

    private static final JsonEventFormat JSON = JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT);
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private static Event conference() {
        Venue restaurant = Venue.builder().name("Restaurante El Puerto").room("Salón del río").build();
        return Event.builder().id("foro-2025").title("Foro").zone(ZoneId.of("Africa/Nairobi"))
                .start(LocalDateTime.of(2025, 3, 4, 9, 0))
                .venue(Venue.builder().name("KICC").build())
                .addRooms(Room.builder().id("aud").name("Auditorio").capacity(220).floor("Planta baja")
                                .accessibility("Acceso sin escalones").build(),
                        Room.builder().id("anexo").name("Anexo").venue(Venue.builder().name("Hotel Hilton").build()).build())
                .addTracks(Track.builder().id("policy").name("Policy").color("#1F77B4").description("Public policy").build(),
                        Track.of("research", "Research"))
                .agenda(Agenda.compose()
                        .block(Duration.ofMinutes(30), BlockKind.KEYNOTE, "Apertura").room("aud").overflowRooms("anexo")
                        .block(Duration.ofMinutes(45), BlockKind.WORKSHOP, "Taller A").room("aud").track("policy")
                        .block(Duration.ofMinutes(45), BlockKind.WORKSHOP, "Taller B").room("anexo").track("research")
                        .block(Duration.ofHours(2), BlockKind.MEAL, "Cena").venue(restaurant)
                        .toAgenda())
                .build();
    }

    @Test
    void roomsTracksVenuesAndOverflowRooms_areWrittenAsDocumented_andReadBackEqual() throws EventFormatException {
        Event conference = conference();
        String json = JSON.toJson(conference);

        JsonNode root = PLAIN.readTree(json);
        assertThat(root.get("rooms").get(0).toString()).isEqualTo("{\"id\":\"aud\",\"name\":\"Auditorio\",\"capacity\":220,"
                + "\"floor\":\"Planta baja\",\"accessibility\":\"Acceso sin escalones\"}");
        assertThat(root.get("rooms").get(1).get("venue").get("name").asString()).isEqualTo("Hotel Hilton");
        assertThat(root.get("tracks").toString()).isEqualTo("[{\"id\":\"policy\",\"name\":\"Policy\",\"color\":\"#1F77B4\","
                + "\"description\":\"Public policy\"},{\"id\":\"research\",\"name\":\"Research\"}]");
        JsonNode blocks = root.get("agenda").get("blocks");
        assertThat(blocks.get(0).get("room").asString()).isEqualTo("aud");
        assertThat(blocks.get(0).get("overflowRooms").toString()).isEqualTo("[\"anexo\"]");
        assertThat(blocks.get(2).get("track").asString()).isEqualTo("research");
        assertThat(blocks.get(3).get("venue").toString())
                .isEqualTo("{\"name\":\"Restaurante El Puerto\",\"room\":\"Salón del río\"}");
        assertThat(json).contains("\"venue\":{\"name\":\"KICC\"},\"rooms\":[");

        assertThat(JSON.fromJson(json)).isEqualTo(conference);
    }

    @Test
    void aDocumentWithoutRoomsOrTracks_readsItsBlocksRoomsAndTracksAsNames_asBefore() throws EventFormatException {
        String old = "{\"formatVersion\":1,\"id\":\"e\",\"title\":\"Foro\",\"zone\":\"Africa/Nairobi\","
                + "\"start\":\"2025-03-04T09:00\",\"agenda\":{\"blocks\":["
                + "{\"id\":\"a\",\"kind\":\"talk\",\"title\":\"A\",\"timing\":{\"duration\":\"PT30M\"},\"room\":\"Sala B\","
                + "\"track\":\"Eje 1: clima\"}]}}";

        Event event = JSON.fromJson(old);

        assertThat(event.rooms()).isEmpty();
        assertThat(event.tracks()).isEmpty();
        AgendaBlock block = event.agenda().blocks().get(0);
        assertThat(block.room()).contains("Sala B");
        assertThat(block.track()).contains("Eje 1: clima");
        assertThat(block.overflowRooms()).isEmpty();
        assertThat(block.venue()).isEmpty();
        assertThat(JSON.fromJson(JSON.toJson(event))).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @CsvSource(delimiter = '|', value = {
        "\"room\":\"aud\"              | \"room\":\"Auditorio\"         | /agenda/blocks/0/room            | UNKNOWN_ROOM",
        "\"overflowRooms\":[\"anexo\"] | \"overflowRooms\":[\"Anexo\"] | /agenda/blocks/0/overflowRooms/0 | UNKNOWN_ROOM",
        "\"track\":\"research\"        | \"track\":\"Research\"        | /agenda/blocks/2/track           | UNKNOWN_TRACK",
        "\"capacity\":220              | \"capacity\":0                | /rooms/0/capacity                | CAPACITY_NOT_POSITIVE",
        "\"color\":\"#1F77B4\"         | \"color\":\"#1F77B\"          | /tracks/0/color                  | INVALID_COLOR",
        "{\"id\":\"research\"          | {\"id\":\"policy\"            | /tracks/1/id                     | DUPLICATE_TRACK_ID",
    })
    void aReferenceToAnUndefinedRoomOrTrack_andABadRoomOrTrack_areRefusedAtTheirPointer(String written, String edited,
            String pointer, String code) {
        String json = JSON.toJson(conference());
        assertThat(json).contains(written);
        String broken = json.replaceFirst(Pattern.quote(written), Matcher.quoteReplacement(edited));

        EventFormatException e = catchThrowableOfType(EventFormatException.class, () -> JSON.fromJson(broken));

        assertThat(e).as(broken).isNotNull();
        assertThat(e.kind()).isEqualTo(EventFormatException.Kind.INVARIANT);
        assertThat(e.code()).contains(code);
        assertThat(e.pointer()).contains(pointer);
    }

    @ParameterizedTest(name = "capacity {0} is {1}")
    @CsvSource(delimiter = '|', value = {"1.5 | INVALID_VALUE", "2147483648 | INVALID_VALUE", "'\"220\"' | WRONG_TYPE"})
    void aCapacityThatIsNotAWholeNumberOfSeats_isRefused(String value, EventFormatException.Kind kind) {
        String broken = JSON.toJson(conference()).replace("\"capacity\":220", "\"capacity\":" + value);

        EventFormatException e = catchThrowableOfType(EventFormatException.class, () -> JSON.fromJson(broken));

        assertThat(e).as(broken).isNotNull();
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.pointer()).contains("/rooms/0/capacity");
    }

    @Test
    void aBlockOverItsRoomsCapacity_isReportedAtTheSeatsItOffers_inTheDocument() throws EventFormatException {
        // Taller A offers 221 seats in the auditorium of 220, by its own registration.
        String json = JSON.toJson(conference()).replace("\"title\":\"Taller A\",",
                "\"title\":\"Taller A\",\"registration\":{\"capacity\":221},");

        ValidationReport report = Validator.of(StandardRule.BLOCK_OVER_ROOM_CAPACITY).validate(JSON.fromJson(json));

        assertThat(report.violations()).hasSize(1);
        String path = report.violations().get(0).path();
        assertThat(path).isEqualTo("/agenda/blocks/1/registration/capacity");
        assertThat(PLAIN.readTree(json).at(path).asInt()).as(json).isEqualTo(221);
    }
}
