package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Slots that end on the following day in the JSON format: {@code "endsNextDay": true} and {@code "24:00"}. */
class JsonMidnightTest {

    private static final JsonEventFormat JSON = JsonEventFormat.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The 2021 seed with its first block's timing replaced. */
    static String withFirstTiming(String timing) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(JSON.toJson(SeedEvents.gobiernosLocales2021()));
        ((ObjectNode) root.at("/agenda/blocks/0")).set("timing", MAPPER.readTree(timing));
        return MAPPER.writeValueAsString(root);
    }

    static Slot firstSlot(Event event) {
        return (Slot) event.agenda().blocks().get(0).timing().orElseThrow();
    }

    @Test
    void anEndAt2400_isMidnightOnTheFollowingDay_andIsWrittenBackAs2400() throws EventFormatException {
        Event event = JSON.fromJson(withFirstTiming("{\"start\": \"23:00\", \"end\": \"24:00\"}"));

        assertThat(firstSlot(event)).isEqualTo(Timing.slotToNextDay(LocalTime.of(23, 0), LocalTime.MIDNIGHT));
        assertThat(firstSlot(event).duration()).isEqualTo(Duration.ofHours(1));
        String written = JSON.toJson(event);
        assertThat(written).contains("\"start\": \"23:00\",\n          \"end\": \"24:00\"\n")
                .doesNotContain("endsNextDay");
        assertThat(JSON.toJson(JSON.fromJson(written))).isEqualTo(written);
    }

    @Test
    void anEndAt2400_withEndsNextDayTrue_orAt0000_withEndsNextDayTrue_isTheSameSlot() throws EventFormatException {
        Slot expected = Timing.slotToNextDay(LocalTime.of(23, 0), LocalTime.MIDNIGHT);

        assertThat(firstSlot(JSON.fromJson(withFirstTiming(
                "{\"start\": \"23:00\", \"end\": \"24:00\", \"endsNextDay\": true}")))).isEqualTo(expected);
        assertThat(firstSlot(JSON.fromJson(withFirstTiming(
                "{\"start\": \"23:00\", \"end\": \"24:00:00\"}")))).isEqualTo(expected);
        assertThat(firstSlot(JSON.fromJson(withFirstTiming(
                "{\"start\": \"23:00\", \"end\": \"00:00\", \"endsNextDay\": true}")))).isEqualTo(expected);
    }

    @Test
    void aSlotAcrossMidnight_isWrittenWithEndsNextDay_andReadsBackEqual() throws EventFormatException {
        Event event = JSON.fromJson(withFirstTiming(
                "{\"date\": \"2021-06-11\", \"start\": \"19:30\", \"end\": \"00:30\", \"endsNextDay\": true}"));

        Slot slot = firstSlot(event);
        assertThat(slot.endsNextDay()).isTrue();
        assertThat(slot.endOn(slot.date().orElseThrow())).isEqualTo(LocalDate.of(2021, 6, 12).atTime(0, 30));
        String written = JSON.toJson(event);
        JsonNode timing = MAPPER.readTree(written).at("/agenda/blocks/0/timing");
        assertThat(timing.toString())
                .isEqualTo("{\"date\":\"2021-06-11\",\"start\":\"19:30\",\"end\":\"00:30\",\"endsNextDay\":true}");
        assertThat(JSON.fromJson(written)).isEqualTo(event);
    }

    @Test
    void endsNextDayFalse_isTheDefault_andIsNotWritten() throws EventFormatException {
        Event event = JSON.fromJson(withFirstTiming("{\"start\": \"13:00\", \"end\": \"13:15\", \"endsNextDay\": false}"));

        assertThat(firstSlot(event).endsNextDay()).isFalse();
        assertThat(MAPPER.readTree(JSON.toJson(event)).at("/agenda/blocks/0/timing").toString())
                .isEqualTo("{\"start\":\"13:00\",\"end\":\"13:15\"}");
    }

    @Test
    void documentsWithoutSlotsAcrossMidnight_areWrittenAsBefore() throws EventFormatException {
        for (Event seed : SeedEvents.all()) {
            byte[] bytes = JSON.toBytes(seed);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("endsNextDay").doesNotContain("24:00");
            assertThat(JSON.fromBytes(bytes)).isEqualTo(seed);
        }
        AgendaBlock block = SeedEvents.parisSeminar2018().agenda().blocks().get(0);
        assertThat(((Slot) block.timing().orElseThrow()).endsNextDay()).isFalse();
    }
}
