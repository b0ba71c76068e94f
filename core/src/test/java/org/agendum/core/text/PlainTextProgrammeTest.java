package org.agendum.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Person;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Test;

/** The plain-text layout, against programmes written out by hand. */
class PlainTextProgrammeTest {

    @Test
    void theForum_inEnglish_readsAsWrittenByHand() {
        // New York is 5 hours behind Madrid until Sunday 06:00 UTC, 6 hours after: 01:30 comes twice there.
        String expected = """
                Foro de Ciudades 2025
                Saturday, November 1 – Thursday, November 6, 2025 · 16:00 – Thursday, November 6, 17:30 Madrid · 11:00 – Thursday, November 6, 11:30 Nueva York
                Venue: Casa de la Villa, Plaza de la Villa 5, 28005 Madrid, ES
                Access:
                  Metro 2, 5 — Ópera
                  Bus 3 — Plaza Mayor
                Online: YouTube, https://stream.example/foro
                Registration: required, 300 seats — https://ciudades.example/inscripcion — last day Monday, October 20, 2025
                Deadlines:
                  Resúmenes: until Tuesday, September 30, 2025, 18:00 Madrid
                  Becas: last day Tuesday, October 14, 2025 Nueva York (“before October 15”)
                Links: Web: https://ciudades.example/foro
                Organized by: Red de Ciudades (RC) (Madrid, ES)
                Partners: Ayuntamiento de Madrid
                Contacts: Dra. Lucía Gómez, Coordinadora, Red de Ciudades (RC), Calle Mayor 71, 28013 Madrid, ES, lucia@ciudades.example

                Programme

                Saturday, November 1, 2025
                16:00–17:30 Madrid · 11:00–12:30 Nueva York  Apertura
                    Room: Auditorio
                    Moderator: Dra. Lucía Gómez, Coordinadora, Red de Ciudades (RC)

                Sunday, November 2, 2025
                06:30–07:30 Madrid · 01:30 (UTC-04:00)–01:30 (UTC-05:00) Nueva York  Carrera popular
                09:00–10:30 Madrid · 03:00–04:30 Nueva York  Registro del hackathon
                10:30 – Monday, November 3, 10:30 Madrid · 04:30 – Monday, November 3, 04:30 Nueva York  Hackathon
                    Room: Sala 3
                    Notes: Traed portátil

                Monday, November 3, 2025
                11:00–12:30 Madrid · 05:00–06:30 Nueva York  Taller A1: Datos abiertos (in parallel)
                    Room: Sala 1
                    Track: Datos
                    Speaker: Tom Baker (New York, US)
                11:00–12:30 Madrid · 05:00–06:30 Nueva York  Taller B1: Calles para todos (in parallel)
                    Room: Sala 2
                    Track: Movilidad
                12:30–13:30 Madrid · 06:30–07:30 Nueva York  Taller A2: Datos de movilidad (in parallel)
                    Room: Sala 1
                    Track: Datos
                12:30–13:30 Madrid · 06:30–07:30 Nueva York  Taller B2: Transporte público (in parallel)
                    Room: Sala 2
                    Track: Movilidad
                    Preguntas

                Thursday, November 6, 2025
                16:00–17:30 Madrid · 10:00–11:30 Nueva York  Clausura
                """;

        assertThat(PlainTextProgramme.of(Programme.of(Forum.event(), Locale.ENGLISH)).render()).isEqualTo(expected);
    }

    @Test
    void theForum_inFrench_hasFrenchLabelsDatesAndSpacing() {
        String text = PlainTextProgramme.of(Programme.of(Forum.event(), Locale.FRENCH)).render();

        assertThat(text.lines()).contains(
                "Samedi 1 novembre – jeudi 6 novembre 2025 · 16:00 – jeudi 6 novembre, 17:30 Madrid · 11:00 – jeudi 6 "
                        + "novembre, 11:30 Nueva York",
                "Lieu\u00a0: Casa de la Villa, Plaza de la Villa 5, 28005 Madrid, ES",
                "Accès\u00a0:",
                "  Métro 2, 5 — Ópera",
                "En ligne\u00a0: YouTube, https://stream.example/foro",
                "Inscription\u00a0: obligatoire, 300 places — https://ciudades.example/inscripcion — dernier jour lundi 20 "
                        + "octobre 2025",
                "Échéances\u00a0:",
                "  Resúmenes\u00a0: jusqu’au mardi 30 septembre 2025, 18:00 Madrid",
                "  Becas\u00a0: dernier jour mardi 14 octobre 2025 Nueva York («\u00a0before October 15\u00a0»)",
                "Liens\u00a0: Web\u00a0: https://ciudades.example/foro",
                "Organisé par\u00a0: Red de Ciudades (RC) (Madrid, ES)",
                "Partenaires\u00a0: Ayuntamiento de Madrid",
                "Lundi 3 novembre 2025",
                "10:30 – lundi 3 novembre, 10:30 Madrid · 04:30 – lundi 3 novembre, 04:30 Nueva York  Hackathon",
                "    Salle\u00a0: Sala 3",
                "11:00–12:30 Madrid · 05:00–06:30 Nueva York  Taller A1: Datos abiertos (en parallèle)",
                "    Parcours\u00a0: Datos",
                "    Intervention\u00a0: Tom Baker (New York, US)");
    }

    @Test
    void statusLines_andASingleDay_withoutDayHeadings() {
        ZoneId montevideo = ZoneId.of("America/Montevideo");
        Event seminar = Event.builder().id("s").title("Seminario").subtitle("Cooperación").zone(montevideo)
                .start(LocalDateTime.of(2021, 6, 11, 13, 0)).maximumDuration(Duration.ofMinutes(90))
                .addDisplayZones(DisplayZone.of(montevideo, "Uruguay"))
                .status(EventStatus.PROVISIONAL)
                .agenda(Agenda.of(AgendaBlock.builder().id("a").kind(BlockKind.OPENING).title("Apertura")
                        .description("Primer párrafo.\n\nSegundo párrafo.").timing(Timing.minutes(15)).build()))
                .build();

        assertThat(PlainTextProgramme.of(Programme.of(seminar, Locale.forLanguageTag("es"))).render()).isEqualTo("""
                Seminario
                Cooperación
                (a confirmar)
                Viernes 11 de junio de 2021 · 13:00–14:30 Uruguay
                Duración máxima: 1 h 30 min

                Programa
                13:00–13:15 Uruguay  Apertura
                    Primer párrafo.

                    Segundo párrafo.
                """);
        assertThat(PlainTextProgramme.of(Programme.of(seminar.withStatus(EventStatus.CANCELLED), Locale.ENGLISH))
                .status()).hasValue("CANCELLED");
    }

    /** A talk with a subtitle, two languages and a link of each sort, as the composer makes it. */
    private static Event talkWithLinks() {
        ZoneId montevideo = ZoneId.of("America/Montevideo");
        return Event.builder().id("s").title("Seminario").zone(montevideo)
                .start(LocalDateTime.of(2021, 6, 11, 13, 0))
                .addLinks(Link.of(URI.create("https://example.org/encuesta")).withKind(LinkKind.FEEDBACK))
                .agenda(Agenda.compose()
                        .block(Duration.ofMinutes(30), BlockKind.TALK, "Ciudades que cooperan")
                            .subtitle("lecciones de diez años")
                            .room("Sala 1")
                            .languages("es", "pt-BR")
                            .notes("Con interpretación.")
                            .links(Link.of(URI.create("https://example.org/d.pdf"), "Diapositivas (PDF)")
                                            .withKind(LinkKind.SLIDES),
                                    Link.of(URI.create("https://example.org/v")).withKind(LinkKind.VIDEO),
                                    Link.of(URI.create("https://example.org/g")).withKind(LinkKind.RECORDING),
                                    Link.of(URI.create("https://example.org/o")).withKind(LinkKind.OTHER),
                                    Link.of(URI.create("https://example.org/p")))
                        .toAgenda())
                .build();
    }

    @Test
    void aBlocksSubtitleLanguagesAndLinks_inEnglish_readAsWrittenByHand() {
        assertThat(PlainTextProgramme.of(Programme.of(talkWithLinks(), Locale.ENGLISH)).render()).isEqualTo("""
                Seminario
                Friday, June 11, 2021 · 13:00 America/Montevideo
                Links: Feedback: https://example.org/encuesta

                Programme
                13:00–13:30 America/Montevideo  Ciudades que cooperan
                    lecciones de diez años
                    Room: Sala 1
                    Languages: es, pt-BR
                    Notes: Con interpretación.
                    Links:
                      Diapositivas (PDF): https://example.org/d.pdf
                      Video: https://example.org/v
                      Recording: https://example.org/g
                      https://example.org/o
                      https://example.org/p
                """);
    }

    @Test
    void aBlocksLanguagesAndLinkKinds_inSpanishAndFrench() {
        String spanish = PlainTextProgramme.of(Programme.of(talkWithLinks(), Locale.forLanguageTag("es"))).render();
        assertThat(spanish.lines()).contains("Enlaces: Valoración: https://example.org/encuesta",
                "    lecciones de diez años", "    Idiomas: es, pt-BR", "    Enlaces:",
                "      Vídeo: https://example.org/v", "      Grabación: https://example.org/g");
        String french = PlainTextProgramme.of(Programme.of(talkWithLinks(), Locale.FRENCH)).render();
        assertThat(french.lines()).contains("Liens\u00a0: Avis\u00a0: https://example.org/encuesta",
                "    Langues\u00a0: es, pt-BR", "      Vidéo\u00a0: https://example.org/v",
                "      Enregistrement\u00a0: https://example.org/g",
                "      Diapositivas (PDF)\u00a0: https://example.org/d.pdf");
    }

    @Test
    void anOutline_listsAtMostSoManyBlocks_underTheirDays_andSaysHowManyMore() {
        PlainTextProgramme text = PlainTextProgramme.of(Programme.of(Forum.event(), Locale.ENGLISH));

        assertThat(text.outline(2)).containsExactly(
                "Programme",
                "",
                "Saturday, November 1, 2025",
                "16:00–17:30 Madrid · 11:00–12:30 Nueva York  Apertura",
                "",
                "Sunday, November 2, 2025",
                "06:30–07:30 Madrid · 01:30 (UTC-04:00)–01:30 (UTC-05:00) Nueva York  Carrera popular",
                "… and 7 more; each has its own calendar entry");
        assertThat(text.outline(9)).hasSize(1 + 4 * 2 + 9).doesNotContain("… and 0 more; each has its own calendar entry");
    }

    @Test
    void aRepeatedTextLimit_cutsTimesAndPeople_butNotTheBlocksOwnTexts() {
        String longName = "Ü".repeat(5_000);
        String abstractText = "Resumen. ".repeat(500).strip();
        Event event = Forum.event().withDisplayZones(DisplayZone.of(ZoneId.of("Europe/Madrid"), longName))
                .withAgenda(Agenda.of(AgendaBlock.builder().id("t").kind(BlockKind.TALK).title("Charla")
                        .description(abstractText).timing(Timing.minutes(30))
                        .addModerators(Moderator.moderator(Person.of("p", longName))).build()));
        Programme programme = Programme.of(event, Locale.ENGLISH);
        PlainTextProgramme text = PlainTextProgramme.of(programme).withRepeatedTextLimit(100);
        ProgrammeEntry talk = programme.entry("t").orElseThrow();

        assertThat(text.entry(talk)).containsExactly(
                "16:00–16:30 " + "Ü".repeat(87) + "…  Charla",
                "    " + abstractText,
                "    Moderator: " + "Ü".repeat(99) + "…");
        assertThatThrownBy(() -> text.withRepeatedTextLimit(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cut_endsInAnEllipsis_andNeverSplitsASurrogatePair() {
        assertThat(PlainTextProgramme.cut("abc", 3)).isEqualTo("abc");
        assertThat(PlainTextProgramme.cut("abcd", 3)).isEqualTo("ab…");
        assertThat(PlainTextProgramme.cut("a\uD83D\uDE00b", 3)).isEqualTo("a…");
        assertThat(PlainTextProgramme.cut("ab\uD83D\uDE00", 3)).isEqualTo("ab…");
    }
}
