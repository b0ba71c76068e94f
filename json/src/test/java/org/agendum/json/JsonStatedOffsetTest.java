package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneOffset;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A slot's {@code startOffset} and {@code endOffset}: which of two instants a time in an overlap means. */
class JsonStatedOffsetTest {

    private static final JsonEventFormat JSON = JsonEventFormat.create();

    @Test
    void statedOffsets_areRead_andWrittenBackAfterTheSlotsOtherFields() throws EventFormatException {
        Event event = JSON.fromJson(JsonMidnightTest.withFirstTiming(
                "{\"endOffset\": \"-03:00\", \"start\": \"13:00\", \"startOffset\": \"+00:19:32\", \"end\": \"13:15\"}"));

        assertThat(JsonMidnightTest.firstSlot(event).startOffset()).contains(ZoneOffset.ofHoursMinutesSeconds(0, 19, 32));
        assertThat(JsonMidnightTest.firstSlot(event).endOffset()).contains(ZoneOffset.ofHours(-3));
        String written = JSON.toJson(event);
        assertThat(written).contains("\"end\": \"13:15\",\n          \"startOffset\": \"+00:19:32\",\n"
                + "          \"endOffset\": \"-03:00\"\n");
        assertThat(JSON.fromJson(written)).isEqualTo(event);
    }

    @Test
    void aSlotWithoutOffsets_isWrittenWithout() throws EventFormatException {
        assertThat(JSON.toJson(SeedEvents.parisSeminar2018())).doesNotContain("Offset");
        Event unstated = JSON.fromJson(JsonMidnightTest.withFirstTiming("{\"start\": \"13:00\", \"end\": \"13:15\"}"));
        assertThat(JsonMidnightTest.firstSlot(unstated).startOffset()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1:00", "+0100", "UTC+01:00", "+19:00", "01:00", "z", ""})
    void anOffsetSpeltOtherwise_isAnErrorAtItsPointer(String offset) {
        EventFormatException e = catchThrowableOfType(EventFormatException.class, () -> JSON.fromJson(JsonMidnightTest.withFirstTiming(
                "{\"start\": \"13:00\", \"end\": \"13:15\", \"startOffset\": \"" + offset + "\"}")));

        assertThat(e.pointer()).contains("/agenda/blocks/0/timing/startOffset");
        assertThat(e.getMessage()).contains("an offset from UTC such as +01:00");
    }

    @Test
    void anOffsetBesideADuration_isAnError() {
        EventFormatException e = catchThrowableOfType(EventFormatException.class, () -> JSON.fromJson(JsonMidnightTest.withFirstTiming(
                "{\"duration\": \"PT15M\", \"endOffset\": \"+01:00\"}")));

        assertThat(e.pointer()).contains("/agenda/blocks/0/timing/endOffset");
    }
}
