package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.core.model.Recurrence;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A block's {@code recurrence}: a series of sessions, read, written back, and refused with its place named. */
class JsonRecurrenceTest {

    private static final JsonEventFormat JSON = JsonEventFormat.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String FIRST_SESSION = "{\"date\": \"2021-06-11\", \"start\": \"13:00\", \"end\": \"13:15\"}";

    /** The 2021 seed with its first block's timing and recurrence replaced. */
    private static String withFirstBlock(String timing, String recurrence) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(JSON.toJson(SeedEvents.gobiernosLocales2021()));
        ObjectNode block = (ObjectNode) root.at("/agenda/blocks/0");
        block.set("timing", MAPPER.readTree(timing));
        block.set("recurrence", MAPPER.readTree(recurrence));
        return MAPPER.writeValueAsString(root);
    }

    @Test
    void aWeeklySeries_isRead_andWrittenBackTheSame() throws EventFormatException {
        String document = withFirstBlock(FIRST_SESSION,
                "{\"excludedDates\": [\"2021-06-25\"], \"count\": 4, \"frequency\": \"weekly\", \"interval\": 1}");

        Event event = JSON.fromJson(document);

        Recurrence recurrence = event.agenda().blocks().get(0).recurrence().orElseThrow();
        assertThat(recurrence.frequency()).isEqualTo(Recurrence.Frequency.WEEKLY);
        assertThat(recurrence.count()).contains(4);
        assertThat(recurrence.excludedDates()).containsExactly(LocalDate.of(2021, 6, 25));
        String written = JSON.toJson(event);
        // Fields in the writer's order; the interval of 1 is the default, left out.
        assertThat(written).contains("\"recurrence\": {\n          \"frequency\": \"weekly\",\n          \"count\": 4,\n"
                + "          \"excludedDates\": [\n            \"2021-06-25\"\n          ]\n        }");
        assertThat(JSON.fromJson(written)).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a count as a string            | {"frequency": "weekly", "count": "4"}                    | /agenda/blocks/0/recurrence/count            | WRONG_TYPE
        a fractional count             | {"frequency": "weekly", "count": 4.5}                    | /agenda/blocks/0/recurrence/count            | INVALID_VALUE
        a count beyond an int          | {"frequency": "weekly", "count": 4294967296}             | /agenda/blocks/0/recurrence/count            | INVALID_VALUE
        an unknown frequency           | {"frequency": "hourly", "count": 4}                      | /agenda/blocks/0/recurrence/frequency        | INVALID_VALUE
        no frequency                   | {"count": 4}                                             | /agenda/blocks/0/recurrence                  | MISSING_FIELD
        an unknown field               | {"frequency": "weekly", "count": 4, "byDay": "TU"}        | /agenda/blocks/0/recurrence/byDay            | UNKNOWN_FIELD
        a count of zero                | {"frequency": "weekly", "count": 0}                      | /agenda/blocks/0/recurrence/count            | INVARIANT
        both count and until           | {"frequency": "weekly", "count": 2, "until": "2021-07-01"} | /agenda/blocks/0/recurrence/until          | INVARIANT
        an excluded date not a session | {"frequency": "weekly", "count": 4, "excludedDates": ["2021-06-12"]} | /agenda/blocks/0/recurrence/excludedDates/0 | INVARIANT
        an until before the first      | {"frequency": "daily", "until": "2021-06-10"}            | /agenda/blocks/0/recurrence/until            | INVARIANT
        """)
    void aRecurrenceThatCannotBe_isAnErrorAtItsPlace(String what, String recurrence, String pointer, String kind) {
        EventFormatException e = catchThrowableOfType(EventFormatException.class,
                () -> JSON.fromJson(withFirstBlock(FIRST_SESSION, recurrence)));

        assertThat(e.pointer()).as(what).contains(pointer);
        assertThat(e.kind().name()).as(what).isEqualTo(kind);
    }

    @Test
    void aRecurrenceOfABlockWithoutADatedSlot_namesItsTiming() {
        EventFormatException e = catchThrowableOfType(EventFormatException.class, () -> JSON.fromJson(
                withFirstBlock("{\"duration\": \"PT15M\"}", "{\"frequency\": \"weekly\", \"count\": 4}")));

        assertThat(e.pointer()).contains("/agenda/blocks/0/timing");
        assertThat(e.code()).contains("RECURRENCE_WITHOUT_DATED_SLOT");
    }
}
