package org.agendum.jscalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Invariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad documents are refused with an {@link EventFormatException} of the right {@link Kind} at the
 * JSON Pointer of the problem; the near misses beside them read.
 */
class JsCalendarReadErrorsTest {

    private static final JsCalendarEventFormat FORMAT = JsCalendarEventFormat.create();

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A simple event with properties set or replaced by {@code extra}: {@code , "name": value, ...}. */
    private static String event(String extra) {
        ObjectNode event = (ObjectNode) MAPPER.readTree("{\"@type\": \"Event\", \"uid\": \"e1\","
                + " \"updated\": \"2020-01-02T18:23:04Z\", \"title\": \"Some event\", \"start\": \"2020-01-15T13:00:00\","
                + " \"duration\": \"PT1H\", \"timeZone\": \"America/New_York\"}");
        if (!extra.isEmpty()) {
            event.setAll((ObjectNode) MAPPER.readTree("{" + extra.substring(1) + "}"));
        }
        return MAPPER.writeValueAsString(event);
    }

    private static String group(String blockExtra) {
        return "{\"@type\": \"Group\", \"uid\": \"g\", \"updated\": \"2020-01-02T18:23:04Z\", \"entries\": [" + event("")
                + ", {\"@type\": \"Event\", \"uid\": \"b1\", \"updated\": \"2020-01-02T18:23:04Z\", \"title\": \"Talk\","
                + " \"start\": \"2020-01-15T13:00:00\", \"duration\": \"PT30M\", \"timeZone\": \"America/New_York\","
                + " \"relatedTo\": {\"e1\": {\"@type\": \"Relation\", \"relation\": {\"parent\": true}}}" + blockExtra + "}]}";
    }

    private static EventFormatException refused(String document) {
        EventFormatException e = catchThrowableOfType(EventFormatException.class,
                () -> FORMAT.fromJsCalendar(document));
        assertThat(e).as("refused: " + document).isNotNull();
        return e;
    }

    @ParameterizedTest(name = "{1} at {2}: {0}")
    @CsvSource(delimiter = '|', value = {
        "{|SYNTAX|''",
        "''|SYNTAX|''",
        "{\"@type\": \"Event\", \"@type\": \"Event\"}|SYNTAX|/@type",
        "[]|WRONG_TYPE|''",
        "{\"uid\": \"e1\"}|MISSING_FIELD|/@type",
        "{\"@type\": \"Task\", \"uid\": \"t\", \"updated\": \"2020-01-02T18:23:04Z\"}|UNSUPPORTED|/@type",
        "{\"@type\": \"Calendar\"}|INVALID_VALUE|/@type",
        "{\"@type\": \"Group\", \"uid\": \"g\", \"updated\": \"2020-01-02T18:23:04Z\"}|MISSING_FIELD|/entries",
        "{\"@type\": \"Event\", \"uid\": \"e1\", \"title\": \"x\"}|MISSING_FIELD|/start",
        "{\"@type\": \"Event\", \"uid\": 5, \"start\": \"2020-01-15T13:00:00\"}|WRONG_TYPE|/uid",
    })
    void badDocuments_areRefused_withTheirKindAndPlace(String document, Kind kind, String pointer) {
        EventFormatException e = refused(document);
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.pointer()).contains(pointer);
    }

    @ParameterizedTest(name = "{1} at {2}: {0}")
    @CsvSource(delimiter = '|', value = {
        ", \"start\": \"2020-01-15T13:00:00Z\"|INVALID_VALUE|/start",
        ", \"timeZone\": \"America/Mexico\"|UNKNOWN_REFERENCE|/timeZone",
        ", \"timeZone\": \"/custom\"|UNSUPPORTED|/timeZone",
        ", \"duration\": \"PT1.5H\"|INVALID_VALUE|/duration",
        ", \"participants\": []|WRONG_TYPE|/participants",
        ", \"status\": \"done\"|INVALID_VALUE|/status",
        ", \"keywords\": {\"a\": false}|INVALID_VALUE|/keywords/a",
        ", \"locations\": {\"a\": {\"@type\": \"Location\", \"coordinates\": \"somewhere\"}}|INVALID_VALUE|/locations/a/coordinates",
        ", \"virtualLocations\": {\"a\": {\"@type\": \"VirtualLocation\"}}|MISSING_FIELD|/virtualLocations/a/uri",
        ", \"links\": {\"a\": {\"@type\": \"Link\", \"href\": \"relative/path\"}}|INVALID_VALUE|/links/a/href",
        ", \"recurrenceRules\": [{\"@type\": \"RecurrenceRule\", \"frequency\": \"weekly\", \"count\": 2, \"until\": \"2020-02-01T00:00:00\"}]|INVALID_VALUE|/recurrenceRules/0/until",
        ", \"recurrenceRules\": [{\"@type\": \"RecurrenceRule\", \"frequency\": \"weekly\", \"byDay\": []}]|UNSUPPORTED|/recurrenceRules/0/byDay",
        ", \"recurrenceRules\": [{\"@type\": \"RecurrenceRule\", \"frequency\": \"hourly\"}]|UNSUPPORTED|/recurrenceRules/0/frequency",
        ", \"recurrenceRules\": [{\"@type\": \"RecurrenceRule\", \"frequency\": \"weekly\", \"count\": 2000}]|INVARIANT|''",
        ", \"recurrenceOverrides\": {\"tomorrow\": {\"excluded\": true}}|INVALID_VALUE|/recurrenceOverrides/tomorrow",
        ", \"sequence\": -1|INVALID_VALUE|/sequence",
        ", \"agendum.org:kind\": \"party\"|INVALID_VALUE|/agendum.org:kind",
    })
    void badEvents_areRefused_withTheirKindAndPlace(String extra, Kind kind, String pointer) {
        EventFormatException e = refused(event(extra));
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.pointer().orElseThrow()).startsWith(pointer);
    }

    @Test
    void blankTitle_isTheModelsInvariant_atTheEntry() {
        EventFormatException e = refused(group(", \"title\": \" \"").replace("\"title\": \"Talk\",", ""));
        assertThat(e.kind()).isEqualTo(Kind.INVARIANT);
        assertThat(e.code()).contains(Invariant.BLANK_TEXT.code());
        assertThat(e.pointer()).contains("/entries/1");
    }

    @Test
    void blocksOfAGroup_read_andTwoEventsWithoutParent_areRefused() throws EventFormatException {
        assertThat(FORMAT.fromJsCalendar(group("")).agenda().blocks()).hasSize(1);
        EventFormatException two = refused(group("").replace("\"relatedTo\"", "\"example.com:relatedTo\""));
        assertThat(two.kind()).isEqualTo(Kind.UNSUPPORTED);
        assertThat(two.pointer()).contains("/entries/1");
    }

    @Test
    void aCycleOfParents_isRefused() {
        String cycle = "{\"@type\": \"Group\", \"uid\": \"g\", \"updated\": \"2020-01-02T18:23:04Z\", \"entries\": ["
                + event("") + ", " + block("b1", "b2") + ", " + block("b2", "b1") + "]}";
        EventFormatException e = refused(cycle);
        assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE);
        assertThat(e.pointer()).contains("/entries");
    }

    private static String block(String uid, String parent) {
        return "{\"@type\": \"Event\", \"uid\": \"" + uid + "\", \"updated\": \"2020-01-02T18:23:04Z\", \"title\": \"T\","
                + " \"start\": \"2020-01-15T13:00:00\", \"relatedTo\": {\"" + parent + "\": {\"@type\": \"Relation\","
                + " \"relation\": {\"parent\": true}}}}";
    }

    @Test
    void documentsThatAreNotUtf8_areRefused() {
        byte[] utf16 = event("").getBytes(StandardCharsets.UTF_16);
        EventFormatException e = catchThrowableOfType(EventFormatException.class, () -> FORMAT.fromBytes(utf16));
        assertThat(e.kind()).isEqualTo(Kind.ENCODING);
    }

    @Test
    void nestingBeyondTheLimit_isRefused_asALimit() {
        String deep = "[".repeat(JsCalendarEventFormat.MAX_NESTING_DEPTH + 1) + "]".repeat(JsCalendarEventFormat.MAX_NESTING_DEPTH + 1);
        assertThat(refused(deep).kind()).isEqualTo(Kind.LIMIT);
        String justInside = "{\"@type\": \"Event\", \"uid\": \"e1\", \"title\": \"x\", \"start\": \"2020-01-15T13:00:00\","
                + " \"example.com:deep\": " + "[".repeat(JsCalendarEventFormat.MAX_NESTING_DEPTH - 1)
                + "]".repeat(JsCalendarEventFormat.MAX_NESTING_DEPTH - 1) + "}";
        assertThat(catchThrowableOfType(EventFormatException.class, () -> FORMAT.fromJsCalendar(justInside))).isNull();
    }

    @Test
    void stringsBeyondTheLimit_areRefused_asALimit() {
        String longTitle = event("").replace("Some event", "x".repeat(JsCalendarEventFormat.MAX_STRING_LENGTH + 1));
        assertThat(refused(longTitle).kind()).isEqualTo(Kind.LIMIT);
    }
}
