package org.agendum.consumers.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormats;
import org.agendum.core.model.Event;
import org.agendum.ical.IcsEventFormat;
import org.agendum.jscalendar.JsCalendarEventFormat;
import org.agendum.json.JsonEventFormat;
import org.agendum.schedule.ScheduleJsonFormat;
import org.agendum.schedule.ScheduleXmlFormat;
import org.agendum.testing.GoldenFiles;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;

/**
 * Every agendum format works in an application on Jackson 2.17, beside its Jackson 2 mapper: each
 * writes what its module's golden files hold (written there with Jackson 3's own annotations) and
 * reads it back.
 */
class FormatsBesideJackson2Test {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();

    /** The application's own value, which its Jackson 2 mapper writes. */
    record Seat(String holder, int row) {}

    /** The names under which the golden files of the seed events are kept in every format module. */
    private static final Map<String, Event> SEEDS = Map.of(
            "gobiernos-locales-2021", SeedEvents.gobiernosLocales2021(),
            "paris-seminar-2018", SeedEvents.parisSeminar2018());

    @Test
    void json_writesTheGoldenFiles_andReadsThemBackEqual() throws Exception {
        JsonEventFormat json = JsonEventFormat.create();
        for (Map.Entry<String, Event> seed : SEEDS.entrySet()) {
            byte[] golden = Files.readAllBytes(Jackson2App.golden("json", seed.getKey() + ".json"));

            GoldenFiles.assertMatches(Jackson2App.golden("json", seed.getKey() + ".json"), json.toBytes(seed.getValue()));
            assertThat(json.fromBytes(golden)).isEqualTo(seed.getValue());
            Event compact = json.fromBytes(json.withLayout(JsonEventFormat.Layout.COMPACT).toBytes(seed.getValue()));
            assertThat(compact).isEqualTo(seed.getValue());
        }
    }

    @Test
    void jackson2Mapper_stillWritesTheApplicationsValues_andReadsAgendumsJson() throws Exception {
        Seat seat = new Seat("Ana", 3);
        String written = JACKSON2.writeValueAsString(seat);
        assertThat(written).isEqualTo("{\"holder\":\"Ana\",\"row\":3}");
        assertThat(JACKSON2.readValue(written, Seat.class)).isEqualTo(seat);

        Event seminar = SeedEvents.gobiernosLocales2021();
        JsonNode tree = JACKSON2.readTree(JsonEventFormat.create().toJson(seminar));
        assertThat(tree.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(tree.get("title").asText()).isEqualTo(seminar.title());
        assertThat(tree.get("zone").asText()).isEqualTo(seminar.zone().getId());
    }

    @Test
    void json_readsFieldsInAnyOrder_bufferingWhatComesLate() throws Exception {
        // Reordered by the application's Jackson 2 mapper: formatVersion and parties last, so the
        // reader buffers the document ahead of them.
        for (Map.Entry<String, Event> seed : SEEDS.entrySet()) {
            JsonNode golden = JACKSON2.readTree(Jackson2App.golden("json", seed.getKey() + ".json").toFile());
            List<String> names = new ArrayList<>();
            golden.fieldNames().forEachRemaining(names::add);
            Collections.reverse(names);
            ObjectNode reversed = JACKSON2.createObjectNode();
            names.forEach(name -> reversed.set(name, golden.get(name)));

            assertThat(names.get(names.size() - 1)).isEqualTo("formatVersion");
            assertThat(JsonEventFormat.create().fromBytes(JACKSON2.writeValueAsBytes(reversed))).isEqualTo(seed.getValue());
        }
    }

    @Test
    void json_badInput_isStillReportedAtItsPointer() {
        String broken = JsonEventFormat.create().toJson(SeedEvents.parisSeminar2018())
                .replaceFirst("\"title\": \"", "\"title\": 7, \"x\": \"");

        EventFormatException thrown = catchThrowableOfType(EventFormatException.class,
                () -> JsonEventFormat.create().fromJson(broken));

        assertThat(thrown.kind()).isEqualTo(EventFormatException.Kind.WRONG_TYPE);
        assertThat(thrown.pointer()).contains("/title");
    }

    @Test
    void ics_bothProfiles_writeTheGoldenFiles_andTheRichOneReadsBackEqual() throws IOException, EventFormatException {
        IcsEventFormat publish = IcsEventFormat.create().withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        IcsEventFormat rich = publish.withProfile(IcsEventFormat.Profile.RICH);
        for (Map.Entry<String, Event> seed : SEEDS.entrySet()) {
            GoldenFiles.assertMatches(Jackson2App.golden("ical", seed.getKey() + ".publish.ics"), publish.toBytes(seed.getValue()));
            GoldenFiles.assertMatches(Jackson2App.golden("ical", seed.getKey() + ".rich.ics"), rich.toBytes(seed.getValue()));
            byte[] golden = Files.readAllBytes(Jackson2App.golden("ical", seed.getKey() + ".rich.ics"));
            assertThat(rich.fromBytes(golden)).isEqualTo(seed.getValue());
        }
    }

    @Test
    void jscalendar_writesTheGoldenFiles_andReadsThemBack() throws IOException, EventFormatException {
        JsCalendarEventFormat jscalendar = JsCalendarEventFormat.create()
                .withClock(Clock.fixed(Instant.parse("2026-12-01T09:30:00Z"), ZoneOffset.UTC));
        for (Map.Entry<String, Event> seed : SEEDS.entrySet()) {
            byte[] golden = Files.readAllBytes(Jackson2App.golden("jscalendar", seed.getKey() + ".jscal.json"));

            GoldenFiles.assertMatches(Jackson2App.golden("jscalendar", seed.getKey() + ".jscal.json"), jscalendar.toBytes(seed.getValue()));
            Event read = jscalendar.fromBytes(golden);
            assertThat(read.title()).isEqualTo(seed.getValue().title());
            assertThat(jscalendar.fromBytes(jscalendar.toBytes(read))).as("read back again").isEqualTo(read);
        }
    }

    @Test
    void schedule_bothFormats_writeTheGoldenFiles_andReadThemBack() throws IOException, EventFormatException {
        for (EventFormat schedule : new EventFormat[] {ScheduleXmlFormat.create(), ScheduleJsonFormat.create()}) {
            String extension = schedule instanceof ScheduleXmlFormat ? ".schedule.xml" : ".schedule.json";
            for (Map.Entry<String, Event> seed : SEEDS.entrySet()) {
                GoldenFiles.assertMatches(Jackson2App.golden("schedule", seed.getKey() + extension), schedule.toBytes(seed.getValue()));
                Event read = schedule.fromBytes(Files.readAllBytes(Jackson2App.golden("schedule", seed.getKey() + extension)));
                assertThat(read.title()).isEqualTo(seed.getValue().title());
                assertThat(read.zone()).isEqualTo(seed.getValue().zone());
            }
        }
    }

    @Test
    void web_jsonLdAndHtml_writeTheGoldenFiles() {
        for (Map.Entry<String, Event> seed : SEEDS.entrySet()) {
            GoldenFiles.assertMatches(Jackson2App.golden("web", seed.getKey() + ".jsonld"), EventFormats.get("jsonld").toBytes(seed.getValue()));
            GoldenFiles.assertMatches(Jackson2App.golden("web", seed.getKey() + ".en.html"),
                    EventFormats.get("html").withOption("lang", "en").toBytes(seed.getValue()));
        }
    }

    @Test
    void everyFormat_isFoundAsAService() {
        assertThat(EventFormats.available()).extracting(EventFormat::name)
                .contains("json", "ics", "jscalendar", "schedule-xml", "schedule-json", "jsonld", "html");
    }
}
