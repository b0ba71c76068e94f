package org.agendum.jscalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormats;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Timing;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the writer puts where: times worked out here with java.time from the model, uids from the
 * ids, {@code updated} from the clock, never a passcode; and the format found through the SPI.
 */
class JsCalendarExportTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static JsonNode tree(JsCalendarEventFormat format, Event event) {
        return MAPPER.readTree(format.toBytes(event));
    }

    private static JsonNode entry(JsonNode group, String uid) {
        for (JsonNode entry : group.get("entries")) {
            if (entry.get("uid").asString().equals(uid)) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + uid);
    }

    @Test
    void panel1OfTheSeminar_startsAfterFifteenMinutes_andLastsThirtyFive_inMontevideo() {
        Event seminar = SeedEvents.gobiernosLocales2021();
        JsonNode panel = entry(tree(JsCalendarProperties.FORMAT, seminar),
                "gobiernos-locales-en-accion-2021.panel-1@agendum");
        // The opening lasts 15 minutes from 13:00 (DESIGN.md); Panel 1 follows for 35.
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2021, 6, 11, 13, 0), ZoneId.of("America/Montevideo"))
                .plusMinutes(15);
        assertThat(panel.get("start").asString()).isEqualTo(start.toLocalDateTime().format(LOCAL));
        assertThat(panel.get("timeZone").asString()).isEqualTo("America/Montevideo");
        assertThat(panel.get("duration").asString()).isEqualTo("PT35M");
        // In Mexico City, the display zone, that is 11:15 (Mexico still had DST in 2021).
        assertThat(start.withZoneSameInstant(ZoneId.of("America/Mexico_City")).toLocalTime())
                .isEqualTo(LocalTime.of(11, 15));
        assertThat(panel.get("relatedTo").propertyNames()).containsExactly("gobiernos-locales-en-accion-2021@agendum");
        assertThat(panel.get("participants").get("manuel-martinez-justo").get("roles").propertyNames())
                .containsExactly("chair", "agendum.org:facilitator");
    }

    @Test
    void aBlockAcrossTheNightTheClocksGoBack_hasItsExactLength() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Event night = Event.builder().id("night").title("Night").zone(berlin).start(LocalDateTime.of(2025, 10, 25, 22, 0))
                .agenda(Agenda.of(AgendaBlock.builder().id("party").kind(BlockKind.NETWORKING).title("Party")
                        .timing(Timing.slotToNextDay(LocalTime.of(22, 0), LocalTime.of(4, 0))).build()))
                .build();
        JsonNode party = entry(tree(JsCalendarProperties.FORMAT, night), "night.party@agendum");
        Duration exact = Duration.between(ZonedDateTime.of(LocalDateTime.of(2025, 10, 25, 22, 0), berlin),
                ZonedDateTime.of(LocalDateTime.of(2025, 10, 26, 4, 0), berlin));
        assertThat(exact).isEqualTo(Duration.ofHours(7));
        assertThat(party.get("duration").asString()).isEqualTo("PT7H");
    }

    @Test
    void updated_isTheClocksTime_andUids_doNotDependOnIt() {
        Event seminar = SeedEvents.gobiernosLocales2021();
        Instant later = Instant.parse("2030-05-06T07:08:09.5Z");
        JsonNode first = tree(JsCalendarProperties.FORMAT, seminar);
        JsonNode second = tree(JsCalendarEventFormat.create().withClock(Clock.fixed(later, ZoneOffset.UTC)), seminar);
        assertThat(second.get("updated").asString()).isEqualTo("2030-05-06T07:08:09Z");
        for (int i = 0; i < first.get("entries").size(); i++) {
            assertThat(second.get("entries").get(i).get("uid")).isEqualTo(first.get("entries").get(i).get("uid"));
            assertThat(second.get("entries").get(i).get("updated").asString()).isEqualTo("2030-05-06T07:08:09Z");
        }
    }

    @Test
    void passcodes_areNeverWritten() {
        Event online = SeedEvents.gobiernosLocales2021().withOnlineLocation(OnlineLocation.builder()
                .url(URI.create("https://meet.example.org/j/123")).platform("Zoom").meetingId("123 456")
                .passcode("matatu-4711").build());
        String written = JsCalendarProperties.FORMAT.toJsCalendar(online);
        assertThat(written).contains("https://meet.example.org/j/123").doesNotContain("matatu-4711");
        JsCalendarChecker.assertValid(written.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFormat_isFoundByName_andHasItsMediaTypeAndExtension() {
        EventFormat format = EventFormats.get("jscalendar");
        assertThat(format).isInstanceOf(JsCalendarEventFormat.class);
        assertThat(format.mediaType()).isEqualTo("application/jscalendar+json");
        assertThat(format.fileExtension()).isEqualTo("jscal.json");
        assertThat(format.canRead() && format.canWrite()).isTrue();
        assertThat(EventFormats.forFileName("seminar.jscal.json")).containsInstanceOf(JsCalendarEventFormat.class);
    }
}
