package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.TransitMode;
import org.agendum.core.model.Venue;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeedEventsTest {

    private static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void everyCall_returnsAnEqualEvent() {
        assertThat(SeedEvents.gobiernosLocales2021()).isEqualTo(SeedEvents.gobiernosLocales2021())
                .hasSameHashCodeAs(SeedEvents.gobiernosLocales2021());
        assertThat(SeedEvents.parisSeminar2018()).isEqualTo(SeedEvents.parisSeminar2018());
        assertThat(SeedEvents.all()).containsExactly(SeedEvents.gobiernosLocales2021(), SeedEvents.parisSeminar2018());
    }

    @Nested
    class GobiernosLocales2021 {
        private final Event event = SeedEvents.gobiernosLocales2021();
        private final Timetable timetable = Timetable.of(event);

        @Test
        void titleSubtitleAndFraming() {
            assertThat(event.title()).isEqualTo("Gobiernos locales en acción");
            assertThat(event.subtitle()).contains("experiencias y buenas prácticas de cooperación entre ciudades de "
                    + "México y de la región del Cono sur");
            assertThat(event.description()).hasValueSatisfying(d -> assertThat(List.of(d.split("\n\n"))).hasSize(7)
                    .first().asString().startsWith("El pasado 11 de noviembre Mercociudades"));
            assertThat(event.topics()).containsExactly("Turismo", "Reactivación económica post Covid-19",
                    "Violencia basada en género", "Movilidad", "Desarrollo Urbano Sustentable y Cambio climático");
            assertThat(event.frameworks()).hasSize(3).first().asString().startsWith("Agenda 2030, Objetivo 11");
            assertThat(event.methodology()).containsExactly("Diálogo entre los participantes moderado por un facilitador.");
            assertThat(event.audiences()).hasSize(4);
            assertThat(event.objectives()).hasSize(3);
            assertThat(event.languages()).containsExactly("es");
            assertThat(event.attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
            assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
            assertThat(event.agenda().status()).isEqualTo(AgendaStatus.CONFIRMED);
        }

        @Test
        void organizers_areMercociudadesAndTheSreDirectorate() {
            assertThat(event.organizers()).extracting(Party::name)
                    .containsExactly("Mercociudades", "Dirección General de Coordinación Política");
            Organization directorate = (Organization) event.organizers().get(1);
            assertThat(directorate.parent()).map(Organization::displayName)
                    .contains("Secretaría de Relaciones Exteriores (SRE)");
        }

        @Test
        void timesInBothZones_withTheirLabels() {
            assertThat(event.zone()).isEqualTo(MONTEVIDEO);
            assertThat(event.labelOf(MONTEVIDEO)).contains("Uruguay");
            assertThat(event.labelOf(MEXICO_CITY)).contains("México");
            TimeSpan whole = timetable.eventSpan().orElseThrow();
            assertThat(whole.atZone(ZoneOffset.UTC)).isEqualTo(TimeSpan.of(
                    ZonedDateTime.of(2021, 6, 11, 16, 0, 0, 0, ZoneOffset.UTC),
                    ZonedDateTime.of(2021, 6, 11, 17, 30, 0, 0, ZoneOffset.UTC)));
            TimeSpan inMexico = whole.atZone(MEXICO_CITY);
            assertThat(inMexico.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2021, 6, 11, 11, 0));
            assertThat(inMexico.end().toLocalDateTime()).isEqualTo(LocalDateTime.of(2021, 6, 11, 12, 30));
        }

        @Test
        void panel1_resolvesTo1315_1350InMontevideo_and1115_1150InMexico() {
            TimeSpan panel1 = timetable.spanOf("panel-1").orElseThrow();
            assertThat(panel1.start()).isEqualTo(ZonedDateTime.of(2021, 6, 11, 13, 15, 0, 0, MONTEVIDEO));
            assertThat(panel1.end()).isEqualTo(ZonedDateTime.of(2021, 6, 11, 13, 50, 0, 0, MONTEVIDEO));
            TimeSpan inMexico = panel1.atZone(MEXICO_CITY);
            assertThat(inMexico.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2021, 6, 11, 11, 15));
            assertThat(inMexico.end().toLocalDateTime()).isEqualTo(LocalDateTime.of(2021, 6, 11, 11, 50));
        }

        @Test
        void blocks_fillExactlyTheMaximumDuration() {
            List<AgendaBlock> blocks = event.agenda().blocks();
            assertThat(blocks).extracting(b -> b.timing().orElseThrow().duration())
                    .containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(35), Duration.ofMinutes(30),
                            Duration.ofMinutes(10));
            Duration total = blocks.stream().map(b -> b.timing().orElseThrow().duration())
                    .reduce(Duration.ZERO, Duration::plus);
            assertThat(event.maximumDuration()).contains(Duration.ofMinutes(90)).contains(total);
            assertThat(timetable.agendaSpan()).isEqualTo(timetable.eventSpan());
            assertThat(timetable.topLevelBlocks()).extracting(b -> b.span().orElseThrow().start().toLocalTime())
                    .containsExactly(LocalTime.of(13, 0), LocalTime.of(13, 15), LocalTime.of(13, 50), LocalTime.of(14, 20));
            assertThat(timetable.localTimeIssues()).isEmpty();
        }

        @Test
        void agenda_readsLikeThePrintedProgramme() {
            assertThat(event.agenda().blocks()).extracting(AgendaBlock::id, AgendaBlock::kind, AgendaBlock::displayTitle)
                    .containsExactly(
                            tuple("inauguracion", BlockKind.OPENING, "Inauguración"),
                            tuple("panel-1", BlockKind.PANEL,
                                    "Panel 1: Alianzas estratégicas para el desarrollo local sostenible de la región"),
                            tuple("panel-2", BlockKind.PANEL,
                                    "Panel 2: Oportunidades para desarrollar la cooperación internacional en clave local"),
                            tuple("cierre", BlockKind.CLOSING, "Cierre"));
        }

        @Test
        void opening_hasThreeSpeakersWithHonorificsAndPositions() {
            AgendaBlock opening = event.agenda().blocks().get(0);
            assertThat(opening.participants()).extracting(Participant::role).containsOnly(ParticipantRole.SPEAKER);
            List<Person> speakers = persons(opening);
            assertThat(speakers).extracting(Person::displayName).containsExactly(
                    "Ana Laura Pérez", "Lic. Mag. Marcela Petrantonio", "Lic. Ximena Escobedo");
            assertThat(speakers.get(0).jobTitle())
                    .contains("Directora de Coordinación de Gestión y Análisis para América Latina y el Caribe");
            assertThat(speakers.get(0).affiliation().flatMap(Organization::acronym)).contains("SRE");
            assertThat(speakers.get(1).jobTitle()).contains("Secretaria Ejecutiva");
            assertThat(speakers.get(1).affiliation()).map(Party::name).contains("Mercociudades");
            assertThat(speakers.get(2).jobTitle()).contains("Directora General de Coordinación Política");
        }

        @Test
        void panel1_hasObjectiveFacilitatorSixPanelistsAndQuestions() {
            AgendaBlock panel = event.agenda().blocks().get(1);
            assertThat(panel.objective()).hasValueSatisfying(o -> assertThat(o).startsWith("Compartir experiencias"));
            assertThat(panel.moderators()).singleElement().satisfies(m -> {
                assertThat(m.role()).isEqualTo(ModeratorRole.FACILITATOR);
                assertThat(m.label()).contains("Facilitadora");
                Person facilitator = (Person) m.party();
                assertThat(facilitator.displayName()).isEqualTo("Dr. Manuel Martínez Justo");
                Organization fes = facilitator.affiliation().orElseThrow();
                assertThat(fes.name()).isEqualTo("FES Acatlán");
                assertThat(fes.parent()).map(Organization::name).contains("Universidad Nacional Autónoma de México");
            });
            assertThat(panel.participants()).extracting(Participant::role).containsOnly(ParticipantRole.PANELIST);
            assertThat(persons(panel)).extracting(Person::name, p -> p.city().orElse(""), p -> p.country().orElse(""))
                    .containsExactly(
                            tuple("María Dolores Hernández Montoya", "Guadalajara", "MX"),
                            tuple("Ricardo Herrera", "Puebla", "MX"),
                            tuple("Ericka Hernández", "Toluca", "MX"),
                            tuple("Carina Lucero", "General Alvear", "AR"),
                            tuple("Sofía Arce", "Cuenca", "EC"),
                            tuple("Ricardo Sondermann", "Porto Alegre", "BR"));
            assertThat(panel.children()).singleElement().satisfies(qa -> {
                assertThat(qa.kind()).isEqualTo(BlockKind.QUESTIONS_AND_ANSWERS);
                assertThat(qa.title()).isEqualTo("Sesión de preguntas y respuestas");
                assertThat(qa.timing()).isEmpty();
            });
            assertThat(timetable.block(panel.children().get(0).id()).orElseThrow().span()).isEmpty();
        }

        @Test
        void panel2_hasFacilitatorFromMercociudadesAndFourPanelists() {
            AgendaBlock panel = event.agenda().blocks().get(2);
            assertThat(panel.objective()).hasValueSatisfying(o -> assertThat(o).startsWith("Dar a conocer herramientas"));
            Person facilitator = (Person) panel.moderators().get(0).party();
            assertThat(facilitator.name()).isEqualTo("Jorge Rodríguez");
            assertThat(panel.moderators().get(0).label()).contains("Facilitador");
            assertThat(facilitator.affiliation()).map(Party::name).contains("Secretaría Técnica Permanente de Mercociudades");
            assertThat(persons(panel)).extracting(Person::displayName).containsExactly(
                    "Lic. Carlos Castillo Pérez", "Lic. Monserrat Iglesias Servin", "Lic. Mariela Couto",
                    "Lic. María del Huerto Romero");
            Person romero = persons(panel).get(3);
            assertThat(romero.affiliation()).hasValueSatisfying(o -> {
                assertThat(o.name()).isEqualTo("Dirección General de Relaciones Internacionales");
                assertThat(o.parent()).map(Party::name).contains("Municipalidad de Rosario");
                assertThat(o.country()).contains("AR");
            });
            assertThat(panel.children()).extracting(AgendaBlock::kind).containsExactly(BlockKind.QUESTIONS_AND_ANSWERS);
        }

        @Test
        void closing_isFabianaGoyenecheWithBothRoles() {
            Person goyeneche = persons(event.agenda().blocks().get(3)).get(0);
            assertThat(goyeneche.positions()).extracting(p -> p.title().orElse("")).containsExactly(
                    "Directora de Relaciones Internacionales y Cooperación", "Vicepresidencia de Relaciones Institucionales");
            assertThat(goyeneche.affiliation()).map(Party::name).contains("Intendencia de Montevideo");
            assertThat(goyeneche.city()).contains("Montevideo");
            assertThat(goyeneche.country()).contains("UY");
        }

        @Test
        void registration_throughAFormBefore9June() {
            assertThat(event.registration()).hasValueSatisfying(r -> {
                assertThat(r.required()).isTrue();
                assertThat(r.url()).contains(URI.create("https://forms.gle/t8GEM2KjH9gYQxtU6"));
                Deadline deadline = r.deadline().orElseThrow();
                assertThat(deadline.kind()).isEqualTo(Deadline.Kind.BEFORE);
                assertThat(deadline.wording()).contains("antes del próximo 9 de junio de 2021");
                assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2021, 6, 8));
                assertThat(deadline.cutoff()).isEqualTo(ZonedDateTime.of(2021, 6, 9, 0, 0, 0, 0, MONTEVIDEO).toInstant());
                assertThat(deadline.isOpenAt(ZonedDateTime.of(2021, 6, 8, 23, 59, 59, 0, MONTEVIDEO).toInstant())).isTrue();
                assertThat(deadline.isOpenAt(deadline.cutoff())).isFalse();
            });
            assertThat(event.onlineLocation()).isEmpty();
        }

        @Test
        void mercociudades_isOnePartyWherever_itAppears() {
            Party organizer = event.organizers().get(0);
            Person petrantonio = persons(event.agenda().blocks().get(0)).get(1);
            assertThat(petrantonio.affiliation()).containsSame((Organization) organizer);
        }
    }

    @Nested
    class ParisSeminar2018 {
        private final Event event = SeedEvents.parisSeminar2018();
        private final Timetable timetable = Timetable.of(event);

        @Test
        void titleDateAndProvisionalProgramme() {
            assertThat(event.title()).isEqualTo("Hacia una acción internacional sostenible");
            assertThat(event.subtitle()).contains("Miradas entre América Latina y Europa");
            assertThat(event.zone()).isEqualTo(PARIS);
            assertThat(event.start()).isEqualTo(LocalDateTime.of(2018, 7, 5, 9, 0));
            assertThat(event.end()).contains(LocalDateTime.of(2018, 7, 5, 17, 0));
            assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
            assertThat(event.agenda().status()).isEqualTo(AgendaStatus.PROVISIONAL);
            assertThat(event.agenda().title()).contains("Programme provisoire");
            assertThat(event.topics()).singleElement().asString().contains("(AmLat)");
            assertThat(event.audiences()).containsExactly(
                    "Autoridades locales y representantes de oficinas de asuntos internacionales y/o cooperación de "
                            + "gobiernos locales europeos y latinoamericanos",
                    "Academias", "Sociedad civil");
            assertThat(event.description()).hasValueSatisfying(
                    d -> assertThat(d).contains("¿Cómo asegurar la sostenibilidad de dichos procesos?"));
        }

        @Test
        void venue_hasEntranceAndMetroLines() {
            Venue venue = event.venue().orElseThrow();
            assertThat(venue.name()).isEqualTo("Alcaldía de Paris");
            assertThat(venue.room()).contains("Auditórium");
            assertThat(venue.entrance()).hasValueSatisfying(
                    e -> assertThat(e.toSingleLine()).isEqualTo("5 rue Lobau, 75004 Paris, FR"));
            assertThat(venue.transit()).extracting(TransitAccess::mode, TransitAccess::station, TransitAccess::lines)
                    .containsExactly(
                            tuple(TransitMode.METRO, "Hôtel de ville", List.of("1", "11")),
                            tuple(TransitMode.METRO, "Châtelet",
                                    List.of("1", "4", "7", "11", "14")));
        }

        @Test
        void contacts_atCitesUniesFrance_withEmailsAndPhones() {
            Organization cuf = (Organization) event.organizers().get(0);
            assertThat(cuf.displayName()).isEqualTo("Cités Unies France (CUF)");
            assertThat(cuf.address()).hasValueSatisfying(
                    a -> assertThat(a.toSingleLine()).isEqualTo("9 rue Christiani, 75018 Paris, FR"));
            assertThat(event.contacts()).extracting(c -> c.party().name(), c -> c.party().email().orElse(""),
                            c -> c.party().phone().orElse(""))
                    .containsExactly(
                            tuple("Felicia MEDINA", "f.medina@cites-unies-france.org",
                                    "+33 (0)1 53 41 81 92"),
                            tuple("Jérémie COURTINOT", "a.latine@cites-unies-france.org",
                                    "+33 (0)1 53 41 86 81"));
            assertThat(event.contacts()).allSatisfy(
                    c -> assertThat(((Person) c.party()).affiliation()).containsSame(cuf));
        }

        @Test
        void registration_isRequired_withLimitedSeats_before18June() {
            assertThat(event.registration()).hasValueSatisfying(r -> {
                assertThat(r.required()).isTrue();
                assertThat(r.capacity()).hasValueSatisfying(c -> assertThat(c.seats()).isEmpty());
                assertThat(r.deadline().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2018, 6, 17));
                assertThat(r.deadline().orElseThrow().cutoff())
                        .isEqualTo(ZonedDateTime.of(2018, 6, 18, 0, 0, 0, 0, PARIS).toInstant());
            });
        }

        @Test
        void nineSlots_asPrinted() {
            assertThat(timetable.topLevelBlocks()).extracting(
                            b -> b.span().orElseThrow().start().toLocalTime() + "-" + b.span().orElseThrow().end().toLocalTime()
                                    + " " + b.block().kind())
                    .containsExactly("09:00-09:30 REGISTRATION", "09:30-09:40 OPENING", "09:40-10:00 INTRODUCTION",
                            "10:00-11:20 PANEL", "11:20-11:40 BREAK", "11:40-13:20 PANEL", "13:30-14:30 MEAL",
                            "15:00-17:00 PANEL", "17:00-17:15 CLOSING");
        }

        @Test
        void partII_is1140_1320InParis_and0940_1120Utc() {
            AgendaBlock partII = event.agenda().blocks().get(5);
            assertThat(partII.label()).contains("PARTE II");
            TimeSpan span = timetable.spanOf(partII.id()).orElseThrow();
            assertThat(span.start()).isEqualTo(ZonedDateTime.of(2018, 7, 5, 11, 40, 0, 0, PARIS));
            assertThat(span.end()).isEqualTo(ZonedDateTime.of(2018, 7, 5, 13, 20, 0, 0, PARIS));
            assertThat(span.atZone(ZoneOffset.UTC)).isEqualTo(TimeSpan.of(
                    ZonedDateTime.of(2018, 7, 5, 9, 40, 0, 0, ZoneOffset.UTC),
                    ZonedDateTime.of(2018, 7, 5, 11, 20, 0, 0, ZoneOffset.UTC)));
        }

        @Test
        void closing_endsAt1715_afterTheAnnounced1700_andTheModelHoldsIt() {
            AgendaBlock closing = event.agenda().blocks().get(8);
            assertThat(closing.title()).isEqualTo("Conclusiones y cierre");
            assertThat(closing.participants()).singleElement().satisfies(p -> {
                assertThat(p.role()).isEqualTo(ParticipantRole.HOST);
                assertThat(p.party().id()).isEqualTo("cites-unies-france");
            });
            TimeSpan span = timetable.spanOf(closing.id()).orElseThrow();
            assertThat(span.end()).isEqualTo(ZonedDateTime.of(2018, 7, 5, 17, 15, 0, 0, PARIS));
            assertThat(span.end()).isAfter(timetable.eventEnd().orElseThrow());
        }

        @Test
        void twoGaps_between1320_1330_and1430_1500() {
            assertThat(gaps(timetable)).containsExactly("13:20-13:30", "14:30-15:00");
        }

        @Test
        void parts_haveTopicsMethodologyAndOrganizationsThatModerate() {
            List<AgendaBlock> blocks = event.agenda().blocks();
            AgendaBlock intro = blocks.get(2);
            assertThat(intro.label()).contains("INTRODUCCIÓN");
            assertThat(intro.topics()).singleElement().asString().startsWith("¿Por qué es importante");
            assertThat(intro.participants()).extracting(p -> p.party().name(), Participant::role).containsExactly(
                    tuple("Coordinación General", ParticipantRole.PRESENTER),
                    tuple("Glocal Solutions", ParticipantRole.PRESENTER));
            assertThat(((Organization) intro.participants().get(0).party()).parent()).map(Party::name).contains("AL-LAs");

            AgendaBlock partI = blocks.get(3);
            assertThat(partI.topics()).hasSize(2);
            assertThat(partI.methodology()).hasSize(3).first().asString().contains("Cuaderno No 8");
            assertThat(List.of(partI, blocks.get(5), blocks.get(7))).extracting(
                            b -> b.moderators().get(0).party().name() + "/" + b.moderators().get(0).label().orElse("")
                                    + "/" + (b.moderators().get(0).party() instanceof Organization))
                    .containsExactly("AL-LAs/Modera/true", "Mercociudades/Modera/true", "Plataforma/Modera/true");
            assertThat(partI.title()).isEqualTo(blocks.get(5).title());
            assertThat(blocks.get(7).topics()).containsExactly(
                    "¿Por qué medir y evaluar los procesos de internacionalización?", "¿Qué tipos de medición buscamos?");
            assertThat(blocks.get(1).description()).contains("a cargo de entidades convocantes");
            assertThat(blocks.get(4).title()).isEqualTo("Pausa Café");
            assertThat(blocks.get(6).title()).isEqualTo("Almuerzo libre");
        }
    }

    private static List<Person> persons(AgendaBlock block) {
        return block.participants().stream().map(p -> (Person) p.party()).collect(Collectors.toList());
    }

    /** Unscheduled time between consecutive top-level blocks, as wall-clock times "from-to". */
    private static List<String> gaps(Timetable timetable) {
        List<TimeSpan> spans = timetable.topLevelBlocks().stream().map(b -> b.span().orElseThrow())
                .collect(Collectors.toList());
        List<String> gaps = new ArrayList<>();
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).start().isAfter(spans.get(i - 1).end())) {
                gaps.add(spans.get(i - 1).end().toLocalTime() + "-" + spans.get(i).start().toLocalTime());
            }
        }
        return gaps;
    }
}
