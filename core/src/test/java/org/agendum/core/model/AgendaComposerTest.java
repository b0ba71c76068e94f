package org.agendum.core.model;

import static org.agendum.core.model.Violations.assertViolates;
import static org.agendum.core.model.Violations.withDefaultLocale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgendaComposerTest {

    private static final Organization MERCOCIUDADES = Organization.of("mercociudades", "Mercociudades");
    private static final Organization AL_LAS = Organization.builder().id("al-las").name("Proyecto AL-LAs")
            .acronym("AL-LAs").build();
    private static final Person PEREZ = Person.of("perez", "Juan Pérez");
    private static final Person PETRANTONIO = Person.builder().id("marcela-petrantonio").honorific("Lic. Mag.")
            .name("Marcela Petrantonio").addPosition(Position.of("Secretaria Ejecutiva", MERCOCIUDADES)).build();
    private static final Person ESCOBEDO = Person.of("escobedo", "Laura Escobedo");
    private static final Person MARTINEZ = Person.of("martinez-justo", "Mariana Martínez Justo");
    private static final Person HERNANDEZ = Person.of("hernandez-montoya", "Hernández Montoya");
    private static final Person HERRERA = Person.of("herrera", "Herrera");

    @ParameterizedTest
    @CsvSource({
        "REGISTRATION,          registration-1",
        "OPENING,               opening-1",
        "INTRODUCTION,          introduction-1",
        "KEYNOTE,               keynote-1",
        "PANEL,                 panel-1",
        "TALK,                  talk-1",
        "WORKSHOP,              workshop-1",
        "DISCUSSION,            discussion-1",
        "QUESTIONS_AND_ANSWERS, questions-and-answers-1",
        "BREAK,                 break-1",
        "MEAL,                  meal-1",
        "NETWORKING,            networking-1",
        "CLOSING,               closing-1",
        "OTHER,                 other-1",
    })
    void derivedId_isTheKindInLowerCaseWithHyphens_andItsOrdinal(BlockKind kind, String expectedId) {
        Agenda agenda = Agenda.compose().block(Duration.ofMinutes(10), kind, "Inauguración").toAgenda();

        assertThat(agenda.blocks()).singleElement().satisfies(block -> {
            assertThat(block.id()).isEqualTo(expectedId);
            assertThat(block.title()).isEqualTo("Inauguración");
        });
    }

    @Test
    void derivedIds_numberEachKindSeparately_inTheOrderOfTheProgramme() {
        Agenda agenda = Agenda.compose()
                .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
                .block(Duration.ofMinutes(35), BlockKind.PANEL, "Alianzas").label("Panel 1")
                .block(Duration.ofMinutes(15), BlockKind.BREAK, "Pausa café")
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Cooperación").label("Panel 2")
                .block(Duration.ofMinutes(15), BlockKind.BREAK, "Pausa café")
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Herramientas").label("Panel 3")
                .block(Duration.ofMinutes(10), BlockKind.CLOSING, "Cierre")
                .toAgenda();

        assertThat(ids(agenda)).containsExactly(
                "opening-1", "panel-1", "break-1", "panel-2", "break-2", "panel-3", "closing-1");
    }

    @Test
    void derivedIds_doNotDependOnTitlesOrLabels() {
        Agenda printed = Agenda.compose()
                .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
                .block(Duration.ofMinutes(35), BlockKind.PANEL, "Alianzas estratégicas").label("Panel 1")
                    .child(BlockKind.QUESTIONS_AND_ANSWERS, "Sesión de preguntas y respuestas")
                .block(Duration.ofMinutes(10), BlockKind.CLOSING, "Cierre")
                .toAgenda();
        Agenda corrected = Agenda.compose()
                .block(Duration.ofMinutes(15), BlockKind.OPENING, "Bienvenida")
                .block(Duration.ofMinutes(35), BlockKind.PANEL, "Alianzas estratégicas para la región")
                    .label("Panel A")
                    .child(BlockKind.QUESTIONS_AND_ANSWERS, "Preguntas")
                .block(Duration.ofMinutes(10), BlockKind.CLOSING, "Conclusiones y cierre").label("Fin")
                .toAgenda();

        assertThat(allIds(corrected)).isEqualTo(allIds(printed)).containsExactly(
                "opening-1", "panel-1", "panel-1-questions-and-answers-1", "closing-1");
    }

    @Test
    void derivedId_doesNotDependOnTheDefaultLocale() {
        withDefaultLocale(Locale.forLanguageTag("tr-TR"), () -> {
            Agenda agenda = Agenda.compose()
                    .block(Duration.ofMinutes(15), BlockKind.REGISTRATION, "REGISTRO")
                    .block(Duration.ofMinutes(15), BlockKind.INTRODUCTION, "İNTRODUCCIÓN")
                    .block(Duration.ofMinutes(15), BlockKind.DISCUSSION, "Diálogo")
                        .child(BlockKind.QUESTIONS_AND_ANSWERS, "PREGUNTAS")
                    .toAgenda();
            assertThat(allIds(agenda)).containsExactly("registration-1", "introduction-1", "discussion-1",
                    "discussion-1-questions-and-answers-1");
        });
    }

    @Test
    void everyBlockCounts_soGivingOneAnIdRenumbersNoOther() {
        AgendaBlock built = built("mesa-redonda", BlockKind.PANEL, "Mesa redonda", 30);

        Agenda agenda = Agenda.compose()
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Alianzas").id("alianzas")
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Cooperación")
                .block(built)
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Herramientas")
                .toAgenda();

        assertThat(ids(agenda)).containsExactly("alianzas", "panel-2", "mesa-redonda", "panel-4");
    }

    @Test
    void insertingABlock_renumbersTheLaterBlocksOfItsKindOnly() {
        Agenda before = Agenda.compose()
                .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Alianzas")
                    .child(BlockKind.QUESTIONS_AND_ANSWERS, "Preguntas")
                .block(Duration.ofMinutes(10), BlockKind.CLOSING, "Cierre")
                .toAgenda();
        Agenda after = Agenda.compose()
                .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Panel añadido")
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Alianzas")
                    .child(BlockKind.QUESTIONS_AND_ANSWERS, "Preguntas")
                .block(Duration.ofMinutes(10), BlockKind.CLOSING, "Cierre")
                .toAgenda();

        assertThat(allIds(before)).containsExactly(
                "opening-1", "panel-1", "panel-1-questions-and-answers-1", "closing-1");
        assertThat(allIds(after)).containsExactly(
                "opening-1", "panel-1", "panel-2", "panel-2-questions-and-answers-1", "closing-1");
    }

    @Test
    void explicitIds_areReservedFirst_soAnEarlierDerivedIdAvoidsThem() {
        Agenda agenda = Agenda.compose()
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Alianzas")
                .block(Duration.ofMinutes(30), BlockKind.TALK, "Charla").id("panel-1")
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Cooperación")
                .block(Duration.ofMinutes(10), BlockKind.CLOSING, "Cierre")
                .block(built("closing-1", BlockKind.CLOSING, "Cierre oficial", 5))
                .toAgenda();

        assertThat(ids(agenda)).containsExactly("panel-1-2", "panel-1", "panel-2", "closing-1-2", "closing-1");
    }

    @Test
    void idsOfChildrenOfABuiltBlock_areReservedToo() {
        AgendaBlock built = built("panel", BlockKind.PANEL, "Panel", 30).withChildren(AgendaBlock.builder()
                .id("questions-and-answers-1").kind(BlockKind.QUESTIONS_AND_ANSWERS).title("Preguntas").build());

        Agenda agenda = Agenda.compose()
                .block(Duration.ofMinutes(10), BlockKind.QUESTIONS_AND_ANSWERS, "Preguntas")
                .block(built)
                .toAgenda();

        assertThat(agenda.blocks().get(0).id()).isEqualTo("questions-and-answers-1-2");
        assertThat(agenda.blocks().get(1)).isSameAs(built);
    }

    @Test
    void childIds_areTheParentIdAndTheirKindAndOrdinalAmongTheirSiblings() {
        AgendaBlock builtChild = AgendaBlock.builder().id("relatoria").kind(BlockKind.DISCUSSION).title("Relatoría")
                .build();

        Agenda agenda = Agenda.compose()
                .block(Duration.ofMinutes(35), BlockKind.PANEL, "Alianzas").label("Panel 1")
                    .child(BlockKind.QUESTIONS_AND_ANSWERS, "Sesión de preguntas y respuestas")
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Cooperación").id("p2")
                    .child(BlockKind.QUESTIONS_AND_ANSWERS, "Sesión de preguntas y respuestas")
                    .child(builtChild)
                    .child(BlockKind.DISCUSSION, "Debate")
                    .child(BlockKind.QUESTIONS_AND_ANSWERS, "Sesión de preguntas y respuestas")
                .toAgenda();

        assertThat(agenda.blocks().get(0).children()).extracting(AgendaBlock::id)
                .containsExactly("panel-1-questions-and-answers-1");
        assertThat(agenda.blocks().get(1).children()).extracting(AgendaBlock::id)
                .containsExactly("p2-questions-and-answers-1", "relatoria", "p2-discussion-2",
                        "p2-questions-and-answers-2");
        assertThat(agenda.blocks().get(1).children().get(0).timing()).isEmpty();
        assertThat(agenda.blocks().get(1).children().get(0).kind()).isEqualTo(BlockKind.QUESTIONS_AND_ANSWERS);
    }

    @Test
    void builtChild_isKeptAsIs() {
        AgendaBlock qa = built("qa", BlockKind.QUESTIONS_AND_ANSWERS, "Preguntas", 10);

        Agenda agenda = Agenda.compose()
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Panel").child(qa)
                .toAgenda();

        assertThat(agenda.blocks().get(0).children()).containsExactly(qa);
    }

    @Test
    void provisionalAndTitled_setTheAgendaStatusAndHeading() {
        Agenda agenda = Agenda.compose().provisional().titled("Programme provisoire")
                .block(LocalTime.of(9, 0), LocalTime.of(9, 30), BlockKind.REGISTRATION, "Accueil")
                .toAgenda();

        assertThat(agenda.status()).isEqualTo(AgendaStatus.PROVISIONAL);
        assertThat(agenda.title()).hasValue("Programme provisoire");

        Agenda plain = Agenda.compose().toAgenda();
        assertThat(plain.status()).isEqualTo(AgendaStatus.CONFIRMED);
        assertThat(plain.title()).isEmpty();
        assertThat(plain.isEmpty()).isTrue();
        assertThat(plain).isEqualTo(Agenda.empty());
    }

    @Test
    void slotBlocks_keepTheirWallClockTimesAndDates() {
        LocalDate day2 = LocalDate.of(2024, 6, 11);
        Agenda agenda = Agenda.compose()
                .block(LocalTime.of(9, 0), LocalTime.of(9, 30), BlockKind.REGISTRATION, "Registro")
                .block(day2, LocalTime.of(10, 0), LocalTime.of(11, 0), BlockKind.TALK, "Charla")
                .toAgenda();

        assertThat(agenda.blocks().get(0).timing()).hasValue(Timing.slot(LocalTime.of(9, 0), LocalTime.of(9, 30)));
        assertThat(agenda.blocks().get(1).timing()).hasValue(Timing.slot(day2, LocalTime.of(10, 0), LocalTime.of(11, 0)));
        assertThat(agenda.blocks().get(1).timing().orElseThrow().duration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void moderatedBySpeakersAndPanelists_addTheRightRolesInOrder() {
        Agenda agenda = Agenda.compose()
                .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
                    .speakers(PEREZ, PETRANTONIO, ESCOBEDO)
                .block(Duration.ofMinutes(35), BlockKind.PANEL, "Alianzas").label("Panel 1")
                    .moderatedBy(AL_LAS, "Modera")
                    .moderators(Moderator.facilitator(MARTINEZ).withLabel("Facilitadora"))
                    .panelists(HERNANDEZ, HERRERA)
                    .participants(Participant.of(MERCOCIUDADES, ParticipantRole.HOST))
                .toAgenda();

        AgendaBlock opening = agenda.blocks().get(0);
        assertThat(opening.participants()).containsExactly(
                Participant.speaker(PEREZ), Participant.speaker(PETRANTONIO), Participant.speaker(ESCOBEDO));
        assertThat(opening.moderators()).isEmpty();

        AgendaBlock panel = agenda.blocks().get(1);
        assertThat(panel.moderators()).containsExactly(
                Moderator.of(AL_LAS, ModeratorRole.MODERATOR).withLabel("Modera"),
                Moderator.of(MARTINEZ, ModeratorRole.FACILITATOR).withLabel("Facilitadora"));
        assertThat(panel.participants()).extracting(Participant::role).containsExactly(
                ParticipantRole.PANELIST, ParticipantRole.PANELIST, ParticipantRole.HOST);
        assertThat(panel.participants()).extracting(p -> p.party().id())
                .containsExactly("hernandez-montoya", "herrera", "mercociudades");
    }

    @Test
    void describingSteps_setEveryAttribute() {
        AgendaBlock block = Agenda.compose()
                .block(Duration.ofMinutes(60), BlockKind.WORKSHOP, "Taller")
                    .objective("Identificar buenas prácticas")
                    .description("Trabajo en grupos")
                    .topics("Movilidad", "Vivienda")
                    .methodology("Grupos de cinco", "Plenario")
                    .notes("Traer computadora")
                    .room("Sala 2")
                    .track("B")
                    .subtitle("de la idea al proyecto")
                    .languages("es")
                    .languages("pt-BR")
                    .links(Link.of(URI.create("https://example.org/taller.pdf"), "Material").withKind(LinkKind.SLIDES))
                    .links(Link.of(URI.create("https://example.org/encuesta")).withKind(LinkKind.FEEDBACK))
                .toAgenda().blocks().get(0);

        assertThat(block.objective()).hasValue("Identificar buenas prácticas");
        assertThat(block.description()).hasValue("Trabajo en grupos");
        assertThat(block.topics()).containsExactly("Movilidad", "Vivienda");
        assertThat(block.methodology()).containsExactly("Grupos de cinco", "Plenario");
        assertThat(block.notes()).containsExactly("Traer computadora");
        assertThat(block.room()).hasValue("Sala 2");
        assertThat(block.track()).hasValue("B");
        assertThat(block.subtitle()).hasValue("de la idea al proyecto");
        assertThat(block.languages()).containsExactly("es", "pt-BR");
        assertThat(block.links()).containsExactly(
                Link.of(URI.create("https://example.org/taller.pdf"), "Material").withKind(LinkKind.SLIDES),
                Link.of(URI.create("https://example.org/encuesta")).withKind(LinkKind.FEEDBACK));
        assertThat(block.timing()).hasValue(Timing.minutes(60));
    }

    @Test
    void changeSteps_setTheStatusItsNoteThePreviousStartAndARegistration() {
        Registration seats = Registration.builder().capacity(Capacity.ofSeats(25)).build();
        List<AgendaBlock> blocks = Agenda.compose()
                .block(Duration.ofMinutes(60), BlockKind.TALK, "Charla").status(BlockStatus.CANCELLED, "Se suspende")
                .block(Duration.ofMinutes(60), BlockKind.WORKSHOP, "Taller")
                    .rescheduledFrom(java.time.LocalDateTime.of(2021, 6, 11, 16, 0)).registration(seats)
                .toAgenda().blocks();

        assertThat(blocks.get(0).status()).isEqualTo(BlockStatus.CANCELLED);
        assertThat(blocks.get(0).statusNote()).hasValue("Se suspende");
        assertThat(blocks.get(0).previousStart()).isEmpty();
        assertThat(blocks.get(1).status()).isEqualTo(BlockStatus.RESCHEDULED);
        assertThat(blocks.get(1).previousStart()).hasValue(java.time.LocalDateTime.of(2021, 6, 11, 16, 0));
        assertThat(blocks.get(1).registration()).hasValue(seats);
    }

    @Test
    void composedSeminar_equalsTheSameAgendaBuiltWithBuilders() {
        Agenda composed = Agenda.compose()
                .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
                    .speakers(PEREZ, PETRANTONIO, ESCOBEDO)
                .block(Duration.ofMinutes(35), BlockKind.PANEL,
                        "Alianzas estratégicas para el desarrollo local sostenible de la región")
                    .label("Panel 1")
                    .moderators(Moderator.facilitator(MARTINEZ).withLabel("Facilitadora"))
                    .panelists(HERNANDEZ, HERRERA)
                    .child(BlockKind.QUESTIONS_AND_ANSWERS, "Sesión de preguntas y respuestas")
                .block(Duration.ofMinutes(30), BlockKind.PANEL, "Cooperación descentralizada").label("Panel 2")
                    .moderatedBy(AL_LAS, "Modera")
                .block(Duration.ofMinutes(10), BlockKind.CLOSING, "Cierre")
                .toAgenda();

        Agenda built = Agenda.builder()
                .addBlock(AgendaBlock.builder().id("opening-1").kind(BlockKind.OPENING).title("Inauguración")
                        .timing(Timing.minutes(15))
                        .addParticipants(Participant.speaker(PEREZ), Participant.speaker(PETRANTONIO),
                                Participant.speaker(ESCOBEDO))
                        .build())
                .addBlock(AgendaBlock.builder().id("panel-1").kind(BlockKind.PANEL).label("Panel 1")
                        .title("Alianzas estratégicas para el desarrollo local sostenible de la región")
                        .timing(Timing.minutes(35))
                        .addModerator(Moderator.facilitator(MARTINEZ).withLabel("Facilitadora"))
                        .addParticipants(Participant.panelist(HERNANDEZ), Participant.panelist(HERRERA))
                        .addChild(AgendaBlock.builder().id("panel-1-questions-and-answers-1")
                                .kind(BlockKind.QUESTIONS_AND_ANSWERS).title("Sesión de preguntas y respuestas")
                                .build())
                        .build())
                .addBlock(AgendaBlock.builder().id("panel-2").kind(BlockKind.PANEL).label("Panel 2")
                        .title("Cooperación descentralizada").timing(Timing.duration(Duration.ofMinutes(30)))
                        .addModerator(Moderator.moderator(AL_LAS).withLabel("Modera"))
                        .build())
                .addBlock(AgendaBlock.builder().id("closing-1").kind(BlockKind.CLOSING).title("Cierre")
                        .timing(Timing.minutes(10)).build())
                .build();

        assertThat(composed).isEqualTo(built).hasSameHashCodeAs(built);
    }

    @Test
    void invariantViolations_surfaceFromToAgendaOrTheFactory() {
        assertViolates(Invariant.DUPLICATE_BLOCK_ID, "/blocks/1/id", () -> Agenda.compose()
                .block(Duration.ofMinutes(10), BlockKind.TALK, "A").id("a")
                .block(Duration.ofMinutes(10), BlockKind.TALK, "B").id("a")
                .toAgenda());
        assertViolates(Invariant.BLANK_TEXT, "/title",
                () -> Agenda.compose().block(Duration.ofMinutes(10), BlockKind.TALK, "  ").toAgenda());
        assertViolates(Invariant.DURATION_NOT_POSITIVE, "/duration",
                () -> Agenda.compose().block(Duration.ZERO, BlockKind.TALK, "Nada"));
        assertViolates(Invariant.BLOCK_TIMING_MISSING, "/blocks/0/timing", () -> Agenda.compose()
                .block(AgendaBlock.builder().id("x").kind(BlockKind.OTHER).title("Sin hora").build())
                .toAgenda());
        assertThatThrownBy(() -> Agenda.compose().block(Duration.ofMinutes(5), null, "x"))
                .isInstanceOf(NullPointerException.class);
    }

    /** A block built rather than composed, lasting some minutes. */
    private static AgendaBlock built(String id, BlockKind kind, String title, long minutes) {
        return AgendaBlock.builder().id(id).kind(kind).title(title).timing(Timing.minutes(minutes)).build();
    }

    private static List<String> ids(Agenda agenda) {
        return agenda.blocks().stream().map(AgendaBlock::id).collect(Collectors.toList());
    }

    /** The ids of every block, children after their parent. */
    private static List<String> allIds(Agenda agenda) {
        List<String> ids = new ArrayList<>();
        Agenda.forEachBlock(agenda.blocks(), "", (block, path) -> ids.add(block.id()));
        return ids;
    }
}
