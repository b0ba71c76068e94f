package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Room;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Track;
import org.agendum.core.model.Venue;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.agendum.core.validation.ValidationReport;
import org.agendum.core.validation.Validator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keeps the README true: its quick start is this code, and its example command runs. */
class ReadmeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static Event quickStart() {
        // tag::quick-start[]
        Organization mercociudades = Organization.of("mercociudades", "Mercociudades");
        Organization unam = Organization.builder()
                .id("unam").name("Universidad Nacional Autónoma de México").acronym("UNAM").country("MX").build();
        Person petrantonio = Person.builder()
                .id("marcela-petrantonio").honorific("Lic. Mag.").name("Marcela Petrantonio")
                .addPosition(Position.of("Secretaria Ejecutiva", mercociudades))
                .build();
        Person martinezJusto = Person.builder()
                .id("manuel-martinez-justo").honorific("Dr.").name("Manuel Martínez Justo")
                .addPosition(Position.of("Director de la FES Acatlán", unam))
                .build();
        Person herrera = Person.builder()
                .id("ricardo-herrera").name("Ricardo Herrera").city("Puebla").country("MX").build();

        ZoneId montevideo = ZoneId.of("America/Montevideo");
        Event seminar = Event.builder()
                .id("gobiernos-locales-2021")
                .title("Gobiernos locales en acción")
                .zone(montevideo)
                .start(LocalDateTime.of(2021, 6, 11, 13, 0))
                .maximumDuration(Duration.ofMinutes(90))
                .addDisplayZones(DisplayZone.of(montevideo, "Uruguay"),
                        DisplayZone.of(ZoneId.of("America/Mexico_City"), "México"))
                .addOrganizers(mercociudades)
                .registration(Registration.builder()
                        .required(true)
                        .deadline(Deadline.before(LocalDate.of(2021, 6, 9), montevideo)
                                .withWording("antes del próximo 9 de junio de 2021"))
                        .build())
                .agenda(Agenda.compose()
                        .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
                            .speakers(petrantonio)
                        .block(Duration.ofMinutes(35), BlockKind.PANEL,
                                "Alianzas estratégicas para el desarrollo local sostenible de la región")
                            .label("Panel 1")
                            .moderators(Moderator.facilitator(martinezJusto).withLabel("Facilitadora"))
                            .panelists(herrera)
                            .child(BlockKind.QUESTIONS_AND_ANSWERS, "Sesión de preguntas y respuestas")
                        .block(Duration.ofMinutes(10), BlockKind.CLOSING, "Cierre")
                        .toAgenda())
                .build();

        Timetable timetable = Timetable.of(seminar);
        TimeSpan panel = timetable.spanOf("panel-1").orElseThrow();   // 13:15–13:50 in Montevideo
        TimeSpan inMexico = panel.atZone(ZoneId.of("America/Mexico_City")); // 11:15–11:50 in Mexico
        List<ScheduledBlock> now = timetable.runningAt(Instant.parse("2021-06-11T16:30:00Z")); // [panel-1]
        // end::quick-start[]
        assertThat(now).extracting(ScheduledBlock::id).containsExactly("panel-1");
        assertThat(panel.start()).isEqualTo(ZonedDateTime.of(2021, 6, 11, 13, 15, 0, 0, montevideo));
        assertThat(inMexico.start().toLocalTime()).hasToString("11:15");
        assertThat(inMexico.end().toLocalTime()).hasToString("11:50");
        return seminar;
    }

    @Test
    void quickStart_composesTheSeminarAndPlacesPanel1() {
        Event seminar = quickStart();
        assertThat(seminar.agenda().blocks()).extracting(b -> b.id())
                .containsExactly("opening-1", "panel-1", "closing-1");
        assertThat(seminar.agenda().blocks().get(1).children()).extracting(b -> b.id())
                .containsExactly("panel-1-questions-and-answers-1");
        assertThat(seminar.registration().orElseThrow().deadline().orElseThrow().lastDay())
                .isEqualTo(LocalDate.of(2021, 6, 8));
    }

    static Event conference() {
        // tag::conference[]
        LocalDate saturday = LocalDate.of(2026, 10, 24);
        Person hanna = Person.of("hanna-lindqvist", "Hanna Lindqvist");
        Person marta = Person.of("marta-sousa", "Marta Sousa");
        Person david = Person.of("david-kim", "David Kim");
        Event conference = Event.builder()
                .id("lisbon-conference-2026")
                .title("Cidades em Movimento 2026")
                .zone(ZoneId.of("Europe/Lisbon"))
                .start(LocalDateTime.of(saturday, LocalTime.of(9, 30)))
                .end(LocalDateTime.of(saturday.plusDays(1), LocalTime.of(0, 30)))
                .venue(Venue.builder().name("Centro de Congressos do Cais").build())
                .revision(2)                                     // the programme's second change: SEQUENCE:2
                .addRooms(Room.builder().id("auditorio").name("Auditório Tejo").capacity(400).build(),
                        Room.builder().id("alfama").name("Sala Alfama").capacity(120).floor("First floor").build(),
                        Room.builder().id("belem").name("Sala Belém").capacity(80).floor("First floor").build())
                .addTracks(Track.builder().id("policy").name("Policy and planning").color("#1F77B4").build(),
                        Track.builder().id("data").name("Data and technology").color("#FF7F0E").build())
                .agenda(Agenda.compose()
                        .block(saturday, LocalTime.of(9, 30), LocalTime.of(11, 0), BlockKind.KEYNOTE, "The price of a street")
                            .id("keynote").room("auditorio").overflowRooms("alfama").speakers(hanna)
                        .block(LocalTime.of(11, 0), LocalTime.of(12, 30), BlockKind.TALK, "Parking reform in small cities")
                            .room("alfama").track("policy").speakers(marta)
                            .status(BlockStatus.CANCELLED, "The speaker cannot travel")
                        .block(LocalTime.of(11, 0), LocalTime.of(12, 30), BlockKind.TALK, "Digital twins of a tram line")
                            .id("digital-twins").room("belem").track("data").speakers(david)
                            .rescheduledFrom(LocalDateTime.of(2026, 10, 25, 10, 30))   // moved from Sunday
                        .blockToNextDay(LocalTime.of(20, 0), LocalTime.of(0, 30), BlockKind.MEAL, "Conference dinner")
                            .id("dinner").venue(Venue.builder().name("Restaurante O Miradouro").build())
                        .toAgenda())
                .build();

        Timetable timetable = Timetable.of(conference);
        TimeSpan dinner = timetable.spanOf("dinner").orElseThrow();            // Saturday 20:00 – Sunday 00:30
        List<ScheduledBlock> data = timetable.blocksInTrack("data");          // [digital-twins]
        // end::conference[]
        assertThat(dinner.end()).isEqualTo(ZonedDateTime.of(2026, 10, 25, 0, 30, 0, 0, ZoneId.of("Europe/Lisbon")));
        assertThat(dinner.end().toInstant()).hasToString("2026-10-24T23:30:00Z");
        assertThat(data).extracting(ScheduledBlock::id).containsExactly("digital-twins");
        return conference;
    }

    @Test
    void conference_hasRoomsTracksAChangedProgrammeAndADinnerPastMidnight() {
        Event conference = conference();
        assertThat(conference.rooms()).extracting(Room::id).containsExactly("auditorio", "alfama", "belem");
        assertThat(conference.agenda().blocks()).extracting(AgendaBlock::status).containsExactly(
                BlockStatus.SCHEDULED, BlockStatus.CANCELLED, BlockStatus.RESCHEDULED, BlockStatus.SCHEDULED);
        // The gap between the talks and the dinner is the only finding: the cancelled talk books no room.
        ReportAssert.assertThatEvent(conference).hasExactlyCodes("SCHEDULE_GAP");
    }

    static Event series() {
        // tag::series[]
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        AgendaBlock session = AgendaBlock.builder()
                .id("sesion").kind(BlockKind.DISCUSSION).title("Sesión del seminario")
                .timing(Timing.slot(LocalDate.of(2026, 9, 28), LocalTime.of(18, 0), LocalTime.of(19, 30)))
                .recurrence(Recurrence.weekly(11)                              // eleven Mondays (RRULE COUNT=11)
                        .withExcludedDates(LocalDate.of(2026, 10, 12)))       // less a holiday (EXDATE): ten sessions
                .addModerators(Moderator.moderator(Person.of("elena-ruiz", "Elena Ruiz Castaño")))
                .build();
        Event series = Event.builder()
                .id("madrid-seminar-series-2026")
                .title("Historia urbana de Madrid")
                .zone(madrid)
                .start(LocalDateTime.of(2026, 9, 28, 18, 0))
                .end(LocalDateTime.of(2026, 12, 7, 19, 30))
                .venue(Venue.builder().name("Ateneo de Estudios Urbanos").build())
                .agenda(Agenda.of(session))
                .build();

        List<ScheduledBlock> sessions = Timetable.of(series).blocks();       // ten, each Monday at 18:00 in Madrid
        ZonedDateTime afterDst = sessions.get(4).span().orElseThrow().start(); // 2 November 18:00, 17:00 UTC
        // end::series[]
        assertThat(sessions).hasSize(10);
        assertThat(afterDst.toInstant()).isEqualTo(ZonedDateTime.of(2026, 11, 2, 18, 0, 0, 0, madrid).toInstant())
                .hasToString("2026-11-02T17:00:00Z");
        return series;
    }

    @Test
    void series_hasTenSessions_noneOnTheHoliday() {
        Event series = series();
        assertThat(Timetable.of(series).blocks()).extracting(b -> b.span().orElseThrow().start().toLocalDate())
                .hasSize(10).doesNotContain(LocalDate.of(2026, 10, 12))
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
        ReportAssert.assertThatEvent(series).isEmpty();
    }

    // tag::validate[]
    @Test
    void seeds_validateAsExpected() {
        ReportAssert.assertThatEvent(SeedEvents.gobiernosLocales2021()).isEmpty();

        ValidationReport report = Validator.standard().validate(SeedEvents.parisSeminar2018());
        ReportAssert.assertThatReport(report)
                .hasNoErrors()
                .hasExactlyCodes("BLOCK_OUTSIDE_EVENT", "SCHEDULE_GAP", "SCHEDULE_GAP")
                .hasViolation("BLOCK_OUTSIDE_EVENT", "/agenda/blocks/8");
        assertThat(report.toString()).startsWith("3 violations (0 errors, 1 warning, 2 infos)");
        // 3 violations (0 errors, 1 warning, 2 infos)
        //   WARNING BLOCK_OUTSIDE_EVENT /agenda/blocks/8: block 'Conclusiones y cierre' ends at 17:15, after the event ends at 17:00
        //   INFO SCHEDULE_GAP /agenda/blocks/6: 10 min unscheduled from 13:20 to 13:30, before block 'Almuerzo libre'
        //   INFO SCHEDULE_GAP /agenda/blocks/7: 30 min unscheduled from 14:30 to 15:00, before block 'PARTE III: ...'
    }
    // end::validate[]

    // tag::property[]
    @TestFactory
    Stream<DynamicTest> randomEvents_haveNoErrors() {
        RandomEvents generator = RandomEvents.seeded(PropertyCases.seed(42));  // -Dagendum.seed=… changes it
        return PropertyCases.of(generator.smallestFirst(), g -> 5)             // 5 events of 0, 1, 2, 5, 20, 100 blocks
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> c.check(event ->
                        ReportAssert.assertThatEvent(event).as("seed %d, index %d", c.seed(), c.index()).hasNoErrors())));
    }
    // end::property[]

    @ParameterizedTest
    @CsvSource({
        "quick-start, testing/src/test/java/org/agendum/testing/ReadmeTest.java",
        "property,    testing/src/test/java/org/agendum/testing/ReadmeTest.java",
        "validate,    testing/src/test/java/org/agendum/testing/ReadmeTest.java",
        "conference,  testing/src/test/java/org/agendum/testing/ReadmeTest.java",
        "series,      testing/src/test/java/org/agendum/testing/ReadmeTest.java",
        "json,        json/src/test/java/org/agendum/json/ReadmeJsonTest.java",
        "ics,         ical/src/test/java/org/agendum/ical/ReadmeIcsTest.java",
        "web,         web/src/test/java/org/agendum/web/ReadmeWebTest.java",
    })
    void readme_showsTheSnippetVerbatim(String name, String file) throws IOException {
        String source = Files.readString(ROOT.resolve(file));
        Matcher tagged = Pattern.compile("// tag::" + name + "\\[]\\n(.*?)\\n\\s*// end::" + name + "\\[]",
                Pattern.DOTALL).matcher(source);
        assertThat(tagged.find()).isTrue();
        String snippet = dedent(tagged.group(1));

        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher block = Pattern.compile("<!-- " + name + " -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README.md has a java block after <!-- %s -->", name).isTrue();
        assertThat(block.group(1)).isEqualTo(snippet);
    }

    private static String dedent(String code) {
        String[] lines = code.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i].isBlank() ? "" : lines[i].substring(indent)).append(i + 1 < lines.length ? "\n" : "");
        }
        return out.toString();
    }
}
