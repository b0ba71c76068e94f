package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.Timing;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;

/**
 * What a block says about itself &mdash; its subtitle, the languages it is held in, its links and
 * what each link is for &mdash; against documents written by hand: where the writer puts each field,
 * how a link's kind is spelt, and that documents without them read as before.
 */
class JsonBlockInfoTest {

    private static final JsonEventFormat COMPACT = JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT);

    /** The block fields in the writer's order: subtitle after title, languages after methodology, links after notes. */
    private static final String DOCUMENT = "{\"formatVersion\":1,\"id\":\"e\",\"title\":\"E\",\"languages\":[\"es\"],"
            + "\"status\":\"scheduled\",\"attendanceMode\":\"in-person\",\"zone\":\"Europe/Paris\","
            + "\"start\":\"2024-03-04T09:00\","
            + "\"links\":[{\"url\":\"https://example.org/feedback\",\"kind\":\"feedback\"}],"
            + "\"agenda\":{\"status\":\"confirmed\",\"blocks\":[{\"id\":\"talk-1\",\"kind\":\"talk\",\"title\":\"Ciudades\","
            + "\"subtitle\":\"y cooperación\",\"methodology\":[\"Charla.\"],\"languages\":[\"pt-BR\",\"es\"],"
            + "\"timing\":{\"duration\":\"PT30M\"},\"notes\":[\"Con traducción.\"],"
            + "\"links\":[{\"url\":\"https://example.org/slides.pdf\",\"label\":\"Diapositivas (PDF)\",\"kind\":\"slides\"},"
            + "{\"url\":\"https://example.org/v\",\"kind\":\"video\"},"
            + "{\"url\":\"https://example.org/r\",\"kind\":\"recording\"},"
            + "{\"url\":\"https://example.org/o\",\"label\":\"Otro\",\"kind\":\"other\"},"
            + "{\"url\":\"https://example.org/plain\"}]}]}}";

    private static Event expected() {
        AgendaBlock talk = AgendaBlock.builder()
                .id("talk-1")
                .kind(BlockKind.TALK)
                .title("Ciudades")
                .subtitle("y cooperación")
                .addMethodology("Charla.")
                .addLanguages("pt-BR", "es")
                .timing(Timing.duration(Duration.ofMinutes(30)))
                .addNotes("Con traducción.")
                .addLinks(Link.of(URI.create("https://example.org/slides.pdf"), "Diapositivas (PDF)").withKind(LinkKind.SLIDES),
                        Link.of(URI.create("https://example.org/v")).withKind(LinkKind.VIDEO),
                        Link.of(URI.create("https://example.org/r")).withKind(LinkKind.RECORDING),
                        Link.of(URI.create("https://example.org/o"), "Otro").withKind(LinkKind.OTHER),
                        Link.of(URI.create("https://example.org/plain")))
                .build();
        return Event.builder()
                .id("e")
                .title("E")
                .addLanguages("es")
                .zone(ZoneId.of("Europe/Paris"))
                .start(LocalDateTime.of(2024, 3, 4, 9, 0))
                .addLinks(Link.of(URI.create("https://example.org/feedback")).withKind(LinkKind.FEEDBACK))
                .agenda(Agenda.builder().addBlock(talk).build())
                .build();
    }

    @Test
    void aBlocksSubtitleLanguagesAndLinks_areReadFromTheDocument() throws EventFormatException {
        Event read = COMPACT.fromJson(DOCUMENT);

        assertThat(read).isEqualTo(expected());
        AgendaBlock talk = read.agenda().blocks().get(0);
        assertThat(talk.subtitle()).contains("y cooperación");
        assertThat(talk.languages()).containsExactly("pt-BR", "es");
        assertThat(talk.links()).extracting(l -> l.kind().orElse(null)).containsExactly(LinkKind.SLIDES, LinkKind.VIDEO,
                LinkKind.RECORDING, LinkKind.OTHER, null);
        assertThat(read.links().get(0).kind()).contains(LinkKind.FEEDBACK);
    }

    @Test
    void aBlocksSubtitleLanguagesAndLinks_areWrittenInTheirPlaces() {
        assertThat(COMPACT.toJson(expected())).isEqualTo(DOCUMENT);
    }

    @Test
    void aBlockWithoutThem_writesNoneOfTheirFields() {
        String json = COMPACT.toJson(SeedEvents.gobiernosLocales2021());
        // The event's own subtitle and languages, once each; no block has any, nor links.
        assertThat(json).contains("\"subtitle\":\"experiencias y buenas prácticas", "\"languages\":[\"es\"]");
        assertThat(json.indexOf("\"subtitle\"")).isEqualTo(json.lastIndexOf("\"subtitle\""));
        assertThat(json.indexOf("\"languages\"")).isEqualTo(json.lastIndexOf("\"languages\""));
        assertThat(json).doesNotContain("\"links\"");
    }

    @Test
    void aBlockHeldInNoLanguageOfItsOwn_hasNone_andTheEventsApply() throws EventFormatException {
        String withoutThem = DOCUMENT.replace(",\"languages\":[\"pt-BR\",\"es\"]", "");
        Event read = COMPACT.fromJson(withoutThem);
        assertThat(read.agenda().blocks().get(0).languages()).isEmpty();
        assertThat(read.languages()).containsExactly("es");
    }
}
