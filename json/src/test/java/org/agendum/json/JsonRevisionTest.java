package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** An event's revision in the canonical JSON: written when above 0, read back, refused when not a revision. */
class JsonRevisionTest {

    private static final JsonEventFormat JSON = JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT);

    @Test
    void aRevision_isWrittenAfterTheAttendanceMode_andReadBack() throws EventFormatException {
        Event revised = SeedEvents.parisSeminar2018().withRevision(3);
        String json = JSON.toJson(revised);
        assertThat(json).contains("\"attendanceMode\":\"in-person\",\"revision\":3,\"zone\":");
        assertThat(JSON.fromJson(json)).isEqualTo(revised);
        assertThat(JSON.fromJson(json).revision()).isEqualTo(3);
    }

    @Test
    void revisionZero_isNotWritten_andAnAbsentRevisionIsZero() throws EventFormatException {
        Event seed = SeedEvents.parisSeminar2018();
        String json = JSON.toJson(seed);
        assertThat(json).doesNotContain("\"revision\"");
        assertThat(JSON.fromJson(json).revision()).isZero();
        String explicitZero = json.replace("\"attendanceMode\":\"in-person\",", "\"attendanceMode\":\"in-person\",\"revision\":0,");
        assertThat(explicitZero).contains("\"revision\":0");
        assertThat(JSON.fromJson(explicitZero)).isEqualTo(seed);
    }

    @ParameterizedTest(name = "\"revision\": {0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "-1         | INVALID_VALUE",
        "1.0        | INVALID_VALUE",
        "2147483648 | INVALID_VALUE",
        "'\"2\"'    | WRONG_TYPE",
        "true       | WRONG_TYPE",
        "null       | WRONG_TYPE",
    })
    void aValueThatIsNotARevision_isRefusedAtItsPointer(String value, EventFormatException.Kind kind) {
        String json = JSON.toJson(SeedEvents.parisSeminar2018())
                .replace("\"attendanceMode\":\"in-person\",", "\"attendanceMode\":\"in-person\",\"revision\":" + value + ",");
        EventFormatException e = catchThrowableOfType(EventFormatException.class, () -> JSON.fromJson(json));
        assertThat(e).as(json).isNotNull();
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.pointer()).contains("/revision");
        assertThat(e.getMessage()).contains("revision must be a whole number from 0 to 2147483647, not " + value);
    }

    @Test
    void theLargestRevision_roundTrips() throws EventFormatException {
        Event revised = SeedEvents.gobiernosLocales2021().withRevision(Integer.MAX_VALUE);
        assertThat(JSON.fromJson(JSON.toJson(revised))).isEqualTo(revised);
    }
}
