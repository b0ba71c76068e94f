package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Timing;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A block's status after publication, its own registration, and a deadline that names a block,
 * against documents written by hand: where the writer puts each field, and that bad values are
 * refused at their place.
 */
class JsonBlockStatusTest {

    private static final JsonEventFormat COMPACT = JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    /** The block fields in the writer's order: status, note and previous start after timing; registration after track. */
    private static final String DOCUMENT = "{\"formatVersion\":1,\"id\":\"e\",\"title\":\"E\","
            + "\"status\":\"scheduled\",\"attendanceMode\":\"in-person\",\"zone\":\"Europe/Paris\","
            + "\"start\":\"2024-03-04T09:00\","
            + "\"deadlines\":[{\"kind\":\"at\",\"dateTime\":\"2024-03-04T17:00\",\"zone\":\"Europe/Paris\","
            + "\"subject\":\"Rendu des cartes\",\"block\":\"atelier\"}],"
            + "\"agenda\":{\"status\":\"confirmed\",\"blocks\":["
            + "{\"id\":\"conference\",\"kind\":\"talk\",\"title\":\"Conférence\",\"timing\":{\"duration\":\"PT1H\"},"
            + "\"status\":\"cancelled\",\"statusNote\":\"L'oratrice est malade.\"},"
            + "{\"id\":\"atelier\",\"kind\":\"workshop\",\"title\":\"Atelier\",\"timing\":{\"start\":\"14:00\",\"end\":\"16:00\"},"
            + "\"status\":\"rescheduled\",\"statusNote\":\"Déplacé l'après-midi, salle B\","
            + "\"previousStart\":\"2024-03-04T10:00\",\"room\":\"Salle B\","
            + "\"registration\":{\"required\":true,\"url\":\"https://example.org/atelier\",\"capacity\":25,"
            + "\"deadline\":{\"kind\":\"before\",\"date\":\"2024-03-04\",\"zone\":\"Europe/Paris\",\"block\":\"atelier\"}}},"
            + "{\"id\":\"cloture\",\"kind\":\"closing\",\"title\":\"Clôture\",\"timing\":{\"duration\":\"PT15M\"},"
            + "\"status\":\"postponed\"}]}}";

    private static Event expected() {
        AgendaBlock conference = AgendaBlock.builder().id("conference").kind(BlockKind.TALK).title("Conférence")
                .timing(Timing.minutes(60)).status(BlockStatus.CANCELLED).statusNote("L'oratrice est malade.").build();
        AgendaBlock atelier = AgendaBlock.builder().id("atelier").kind(BlockKind.WORKSHOP).title("Atelier")
                .timing(Timing.slot(LocalTime.of(14, 0), LocalTime.of(16, 0)))
                .status(BlockStatus.RESCHEDULED).statusNote("Déplacé l'après-midi, salle B")
                .previousStart(DAY.atTime(10, 0)).room("Salle B")
                .registration(Registration.builder().required(true).url(URI.create("https://example.org/atelier"))
                        .capacity(Capacity.ofSeats(25)).deadline(Deadline.before(DAY, PARIS).withBlockId("atelier"))
                        .build())
                .build();
        AgendaBlock cloture = AgendaBlock.builder().id("cloture").kind(BlockKind.CLOSING).title("Clôture")
                .timing(Timing.minutes(15)).status(BlockStatus.POSTPONED).build();
        return Event.builder().id("e").title("E").zone(PARIS).start(DAY.atTime(9, 0))
                .addDeadline(Deadline.at(DAY.atTime(17, 0), PARIS).withSubject("Rendu des cartes").withBlockId("atelier"))
                .agenda(Agenda.of(conference, atelier, cloture))
                .build();
    }

    @Test
    void aBlocksStatusRegistrationAndADeadlinesBlock_areReadFromTheDocument() throws EventFormatException {
        Event read = COMPACT.fromJson(DOCUMENT);

        assertThat(read).isEqualTo(expected());
        assertThat(read.agenda().blocks()).extracting(AgendaBlock::status)
                .containsExactly(BlockStatus.CANCELLED, BlockStatus.RESCHEDULED, BlockStatus.POSTPONED);
        assertThat(read.agenda().blocks().get(1).previousStart()).contains(LocalDateTime.of(2024, 3, 4, 10, 0));
        assertThat(read.deadlines().get(0).blockId()).contains("atelier");
    }

    @Test
    void theyAreWrittenInTheirPlaces() {
        assertThat(COMPACT.toJson(expected())).isEqualTo(DOCUMENT);
    }

    @Test
    void aScheduledBlockWithoutThem_writesNoneOfTheirFields() {
        String json = COMPACT.toJson(SeedEvents.gobiernosLocales2021());

        assertThat(json).doesNotContain("\"statusNote\"", "\"previousStart\"", "\"block\"", "\"cancelled\"");
        // The event's own status and registration, once each.
        assertThat(json.indexOf("\"status\":\"scheduled\"")).isEqualTo(json.lastIndexOf("\"status\":\"scheduled\""));
        assertThat(json.indexOf("\"registration\"")).isEqualTo(json.lastIndexOf("\"registration\""));
    }

    @Test
    void anUnknownStatus_isRefusedAtItsPlace() {
        EventFormatException e = refused(DOCUMENT.replace("\"status\":\"postponed\"", "\"status\":\"moved\""));

        assertThat(e.kind()).isEqualTo(EventFormatException.Kind.INVALID_VALUE);
        assertThat(e.pointer()).contains("/agenda/blocks/2/status");
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        // A deadline of the event that names no block of the agenda.
        "\"block\":\"atelier\"}] | \"block\":\"ateliers\"}] | /deadlines/0/block | UNKNOWN_BLOCK_REFERENCE",
        // A previous start on a block that is not rescheduled.
        "\"status\":\"rescheduled\" | \"status\":\"cancelled\" | /agenda/blocks/1/previousStart | PREVIOUS_START_NOT_RESCHEDULED",
        // A block's registration deadline that names another block.
        "\"block\":\"atelier\"}}} | \"block\":\"conference\"}}} | /agenda/blocks/1/registration/deadline/block | DEADLINE_BLOCK_MISMATCH",
    })
    void anImpossibleCombination_isRefusedAtItsPlace_withItsInvariant(String from, String to, String pointer, String code) {
        EventFormatException e = refused(DOCUMENT.replace(from, to));

        assertThat(e.kind()).isEqualTo(EventFormatException.Kind.INVARIANT);
        assertThat(e.pointer()).contains(pointer);
        assertThat(e.getMessage()).contains(code);
    }

    private static EventFormatException refused(String json) {
        EventFormatException e = catchThrowableOfType(EventFormatException.class, () -> COMPACT.fromJson(json));
        assertThat(e).as("refused: %s", json).isNotNull();
        return e;
    }
}
