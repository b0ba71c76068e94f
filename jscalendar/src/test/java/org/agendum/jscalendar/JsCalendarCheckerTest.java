package org.agendum.jscalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The strict checker rejects what RFC 8984 forbids, one minimal bad document per rule, and accepts
 * the near miss beside each and the RFC's own examples (§6).
 */
class JsCalendarCheckerTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** RFC 8984 §6.1, written from the RFC: the base every case changes one property of. */
    private static final String SIMPLE_EVENT = "{\"@type\": \"Event\", \"uid\": \"a8df6573-0474-496d-8496-033ad45d7fea\","
            + " \"updated\": \"2020-01-02T18:23:04Z\", \"title\": \"Some event\", \"start\": \"2020-01-15T13:00:00\","
            + " \"duration\": \"PT1H\", \"timeZone\": \"America/New_York\"}";

    /** The simple event with one property set (to JSON text) or, for an empty value, removed. */
    private static byte[] eventWith(String property, String json) {
        ObjectNode event = (ObjectNode) MAPPER.readTree(SIMPLE_EVENT);
        if (json == null || json.isEmpty()) {
            event.remove(property);
        } else {
            event.set(property, MAPPER.readTree(json));
        }
        return MAPPER.writeValueAsBytes(event);
    }

    @Test
    void simpleEvent_ofRfc8984Section6_1_isValid() {
        assertThat(JsCalendarChecker.check(eventWith("title", "\"Some event\""))).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // Mandatory properties (§4.1.1, §4.1.2, §4.1.6, §5.1.1).
        "@type|| MISSING",
        "uid|| MISSING",
        "updated|| MISSING",
        "start|| MISSING",
        // Unknown properties must carry a vendor prefix (§3.3).
        "summary|\"Some event\"| UNKNOWN_PROPERTY",
        // Types (§1.4).
        "title|5| WRONG_TYPE",
        "sequence|-1| WRONG_TYPE",
        "showWithoutTime|\"yes\"| WRONG_TYPE",
        "keywords|{\"a\": false}| WRONG_TYPE",
        "participants|[]| WRONG_TYPE",
        // UTCDateTime (§1.4.3).
        "updated|\"2020-01-02T18:23:04\"| SYNTAX",
        "updated|\"2020-01-02T18:23:04z\"| SYNTAX",
        "updated|\"2020-01-02T18:23:04.10Z\"| SYNTAX",
        "updated|\"2020-02-30T18:23:04Z\"| SYNTAX",
        // LocalDateTime (§1.4.4).
        "start|\"2020-01-15T13:00\"| SYNTAX",
        "start|\"2020-01-15T13:00:00+01:00\"| SYNTAX",
        "start|\"2020-01-15t13:00:00\"| SYNTAX",
        // Duration (§1.4.6).
        "duration|\"PT1.5H\"| SYNTAX",
        "duration|\"PT1H5S\"| SYNTAX",
        "duration|\"P1Y\"| SYNTAX",
        "duration|\"-PT1H\"| SYNTAX",
        "duration|\"P1DT\"| SYNTAX",
        "duration|\"P\"| SYNTAX",
        // SignedDuration (§1.4.7), in an alert's offset trigger.
        "alerts|{\"a\": {\"@type\": \"Alert\", \"trigger\": {\"@type\": \"OffsetTrigger\", \"offset\": \"PT-15M\"}}}| SYNTAX",
        // TimeZoneId (§1.4.8), language tags, geo: URIs, URIs.
        "timeZone|\"America/Mexico\"| SYNTAX",
        "timeZone|\"+01:00\"| SYNTAX",
        "locale|\"not a tag\"| SYNTAX",
        "locations|{\"a\": {\"@type\": \"Location\", \"coordinates\": \"40.78,-73.96\"}}| SYNTAX",
        "links|{\"a\": {\"@type\": \"Link\", \"href\": \"no scheme\"}}| SYNTAX",
        // Id (§1.4.1) as the keys of Id maps.
        "locations|{\"loc 1\": {\"@type\": \"Location\"}}| SYNTAX",
        "virtualLocations|{\"a.b\": {\"@type\": \"VirtualLocation\", \"uri\": \"https://x.example\"}}| SYNTAX",
        // Objects' own @type and mandatory properties.
        "locations|{\"a\": {\"name\": \"Room A\"}}| MISSING",
        "locations|{\"a\": {\"@type\": \"Place\"}}| TYPE",
        "participants|{\"a\": {\"@type\": \"Participant\", \"name\": \"Ada\"}}| MISSING",
        "links|{\"a\": {\"@type\": \"Link\"}}| MISSING",
        "virtualLocations|{\"a\": {\"@type\": \"VirtualLocation\"}}| MISSING",
        "recurrenceRules|[{\"@type\": \"RecurrenceRule\"}]| MISSING",
        // Enumerations.
        "status|\"done\"| ENUM",
        "freeBusyStatus|\"maybe\"| ENUM",
        "privacy|\"hidden\"| ENUM",
        "method|\"invite\"| ENUM",
        "participants|{\"a\": {\"@type\": \"Participant\", \"roles\": {\"speaker\": true}}}| ENUM",
        "participants|{\"a\": {\"@type\": \"Participant\", \"roles\": {\"chair\": true}, \"kind\": \"person\"}}| ENUM",
        "participants|{\"a\": {\"@type\": \"Participant\", \"roles\": {\"chair\": true}, \"participationStatus\": \"maybe\"}}| ENUM",
        "relatedTo|{\"x\": {\"@type\": \"Relation\", \"relation\": {\"sibling\": true}}}| ENUM",
        "recurrenceRules|[{\"@type\": \"RecurrenceRule\", \"frequency\": \"fortnightly\"}]| ENUM",
        "virtualLocations|{\"a\": {\"@type\": \"VirtualLocation\", \"uri\": \"https://x.example\", \"features\": {\"hologram\": true}}}| ENUM",
        // Ranges.
        "priority|10| RANGE",
        "recurrenceRules|[{\"@type\": \"RecurrenceRule\", \"frequency\": \"weekly\", \"interval\": 0}]| RANGE",
        // §4.3.3: count and until are exclusive.
        "recurrenceRules|[{\"@type\": \"RecurrenceRule\", \"frequency\": \"weekly\", \"count\": 2, \"until\": \"2020-02-01T00:00:00\"}]| COUNT_AND_UNTIL",
        // Patch objects (§1.4.9): the result must be valid, pointers must not overlap.
        "localizations|{\"de\": {\"title\": 5}}| PATCH",
        "localizations|{\"de\": {\"locations/a\": {\"@type\": \"Location\"}, \"locations/a/name\": \"x\"}}| PATCH",
        "localizations|{\"de\": {\"locations/a/name\": \"x\"}}| PATCH",
        "localizations|{\"de\": {\"/title\": \"Titel\"}}| SYNTAX",
        "localizations|{\"not a tag\": {\"title\": \"Titel\"}}| SYNTAX",
        "recurrenceOverrides|{\"2020-01-22T13:00\": {\"excluded\": true}}| SYNTAX",
        "recurrenceOverrides|{\"2020-01-22T13:00:00\": {\"duration\": \"1 hour\"}}| PATCH",
    })
    void eachRule_rejectsItsMinimalBadDocument(String property, String json, String code) {
        assertThat(JsCalendarChecker.codes(eventWith(property, json))).containsExactly(code);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "example.com:summary|\"Some event\"",
        "agendum.org:kind|\"panel\"",
        "updated|\"2020-01-02T18:23:04.1Z\"",
        "start|\"2020-01-15T13:00:00.5\"",
        "duration|\"PT1H0M5S\"",
        "duration|\"P2W\"",
        "duration|\"P1DT2H\"",
        "duration|\"PT0S\"",
        "alerts|{\"a\": {\"@type\": \"Alert\", \"trigger\": {\"@type\": \"OffsetTrigger\", \"offset\": \"-PT15M\"}}}",
        "timeZone|null",
        "locale|\"pt-BR\"",
        "locations|{\"a\": {\"@type\": \"Location\", \"coordinates\": \"geo:40.78,-73.96\"}}",
        "locations|{\"" + "L123456789L123456789L123456789L123456789L123456789L123456789L123456789L123456789L123456789"
                + "L123456789L123456789L123456789L123456789L123456789L123456789L123456789L123456789L123456789L123456789"
                + "L123456789L123456789L123456789L123456789L123456789L123456789L1234\": {\"@type\": \"Location\"}}",
        "status|\"example.com:rescheduled\"",
        "participants|{\"a\": {\"@type\": \"Participant\", \"roles\": {\"chair\": true, \"agendum.org:moderator\": true}, \"kind\": \"group\"}}",
        "priority|9",
        "recurrenceRules|[{\"@type\": \"RecurrenceRule\", \"frequency\": \"weekly\", \"interval\": 1, \"count\": 2}]",
        "localizations|{\"de\": {\"title\": \"Ein Ereignis\", \"locations\": {\"a\": {\"@type\": \"Location\"}}}}",
        "recurrenceOverrides|{\"2020-01-22T13:00:00\": {\"excluded\": true}}",
    })
    void nearMisses_areAccepted(String property, String json) {
        assertThat(JsCalendarChecker.check(eventWith(property, json))).isEmpty();
    }

    @Test
    void idOf256Characters_isRejected() {
        String key = "L".repeat(256);
        assertThat(JsCalendarChecker.codes(eventWith("locations", "{\"" + key + "\": {\"@type\": \"Location\"}}")))
                .containsExactly("SYNTAX");
    }

    @Test
    void groupWithoutEntries_andEntryOfAnotherType_areRejected() {
        assertThat(JsCalendarChecker.codes(("{\"@type\": \"Group\", \"uid\": \"g\", \"updated\": \"2020-01-02T18:23:04Z\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).containsExactly("MISSING");
        assertThat(JsCalendarChecker.codes(("{\"@type\": \"Group\", \"uid\": \"g\", \"updated\": \"2020-01-02T18:23:04Z\","
                + " \"entries\": [{\"@type\": \"Group\", \"uid\": \"h\", \"updated\": \"2020-01-02T18:23:04Z\", \"entries\": []}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).containsExactly("TYPE");
        assertThat(JsCalendarChecker.check(("{\"@type\": \"Group\", \"uid\": \"g\", \"updated\": \"2020-01-02T18:23:04Z\","
                + " \"entries\": [" + SIMPLE_EVENT + "]}").getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    }

    static List<Path> validSamples() {
        return SharedSamples.files("valid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void rfc8984Section6Examples_areValid(Path file) {
        assertThat(JsCalendarChecker.check(SharedSamples.read(file))).isEmpty();
    }

    /** What each invalid sample breaks, by its file name (samples/SOURCES.md: one change each). */
    private static final Map<String, Set<String>> INVALID = Map.of(
            "duration-fractional-hours.json", Set.of("SYNTAX"),
            "ical-style-property-names.json", Set.of("UNKNOWN_PROPERTY"),
            "location-without-type-and-bad-id.json", Set.of("MISSING", "SYNTAX"),
            "missing-updated.json", Set.of("MISSING"),
            "participant-without-roles.json", Set.of("MISSING"),
            "participants-as-array.json", Set.of("WRONG_TYPE"),
            "rrule-count-and-until.json", Set.of("COUNT_AND_UNTIL"),
            "start-with-utc-offset.json", Set.of("SYNTAX"),
            "unknown-timezone.json", Set.of("SYNTAX"));

    static List<Path> invalidSamples() {
        return SharedSamples.files("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSamples")
    void invalidSamples_areRejected_forWhatTheirNameSays(Path file) {
        String name = file.getFileName().toString();
        assertThat(INVALID).as("a known sample").containsKey(name);
        assertThat(JsCalendarChecker.codes(SharedSamples.read(file))).isEqualTo(INVALID.get(name));
    }

    @Test
    void problems_nameTheirPlace() {
        JsonNode bad = MAPPER.readTree(eventWith("locations", "{\"a\": {\"@type\": \"Location\", \"coordinates\": \"x\"}}"));
        assertThat(JsCalendarChecker.check(bad).stream().map(JsCalendarChecker.Problem::pointer)
                .collect(Collectors.toList())).containsExactly("/locations/a/coordinates");
    }
}
