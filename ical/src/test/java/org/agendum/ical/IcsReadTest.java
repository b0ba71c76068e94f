package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.agendum.testing.RandomEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading iCalendar: the sample corpus, round trips of the publish profile, and mutated files. */
class IcsReadTest {

    private static final Path SAMPLES = Path.of("src", "test", "resources", "samples");
    private static final long SEED = 20260105L;
    private static final long MUTATION_SEED = 20260106L;
    private static final IcsEventFormat ICS = IcsEventFormat.create()
            .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    /** Each valid sample with the title and start instant it must read as. */
    private static final Map<String, Expected> VALID = Map.ofEntries(
            Map.entry("rfc5545-3.6.1-conference.ics", new Expected("Annual Employee Review", "1997-09-03T16:30:00Z")),
            Map.entry("rfc5545-3.6.1-transparent.ics",
                    new Expected("Laurel is in sensitivity awareness class.", "1997-04-01T16:30:00Z")),
            Map.entry("rfc5545-3.6.1-anniversary.ics", new Expected("Our Blissful Anniversary", "1997-11-02T00:00:00Z")),
            Map.entry("rfc5545-3.6.1-multiday.ics",
                    new Expected("Festival International de Jazz de Montreal", "2007-06-28T00:00:00Z")),
            Map.entry("rfc5545-4-new-york.ics", new Expected("Event #2", "2006-01-02T17:00:00Z")),
            Map.entry("rfc5545-4-xyz-networld.ics",
                    new Expected("Calendaring Interoperability Planning Meeting", "1997-03-24T12:30:00Z")),
            Map.entry("all-day.ics", new Expected("Jornada de puertas abiertas", "2026-03-12T00:00:00Z")),
            Map.entry("utc.ics", new Expected("Seminario virtual", "2026-05-20T16:00:00Z")),
            Map.entry("floating.ics", new Expected("Taller de mapas", "2026-07-04T09:00:00Z")),
            Map.entry("floating-with-calendar-zone.ics", new Expected("Conversatorio", "2026-04-15T16:00:00Z")),
            Map.entry("multi-vevent.ics", new Expected("Foro de ciudades", "2026-10-15T16:00:00Z")),
            Map.entry("recurring.ics", new Expected("Curso semanal", "2026-01-05T17:00:00Z")),
            Map.entry("google-export.ics", new Expected("Reunión de la red", "2026-04-15T16:00:00Z")),
            Map.entry("unfolded-line-break.ics", new Expected("Reunión de coordinación", "2026-05-20T16:00:00Z")));

    /** Each invalid sample with the line its error must point at. */
    private static final Map<String, Integer> INVALID = Map.of(
            "not-icalendar.ics", 1,
            "missing-end-vcalendar.ics", 9,
            "no-vevent.ics", 9,
            "bad-dtstart.ics", 7,
            "unknown-tzid.ics", 7,
            "dtend-before-dtstart.ics", 8);

    record Expected(String title, String start) {}

    static Stream<String> validSamples() throws IOException {
        return list("valid");
    }

    static Stream<String> invalidSamples() throws IOException {
        return list("invalid");
    }

    private static Stream<String> list(String folder) throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES.resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ics")).sorted().toList()
                    .stream();
        }
    }

    @Test
    void everySample_hasItsExpectation() throws IOException {
        assertThat(validSamples().toList()).containsExactlyInAnyOrderElementsOf(VALID.keySet());
        assertThat(invalidSamples().toList()).containsExactlyInAnyOrderElementsOf(INVALID.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void validSample_readsAsAnEvent(String file) throws Exception {
        Event event = ICS.fromBytes(Files.readAllBytes(SAMPLES.resolve("valid").resolve(file)));

        Expected expected = VALID.get(file);
        assertThat(event.title()).isEqualTo(expected.title());
        assertThat(event.start().atZone(event.zone()).toInstant()).isEqualTo(Instant.parse(expected.start()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSamples")
    void invalidSample_isAFormatErrorWithItsLine(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("invalid").resolve(file));

        Throwable thrown = catchThrowable(() -> ICS.fromBytes(bytes));

        assertThat(thrown).isInstanceOf(EventFormatException.class);
        EventFormatException e = (EventFormatException) thrown;
        assertThat(e.getMessage()).contains("line " + INVALID.get(file));
    }

    @Test
    void bytesThatAreNotUtf8_areAFormatErrorAtTheirLine_notReplacementCharacters() throws IOException {
        String utc = Files.readString(SAMPLES.resolve("valid").resolve("utc.ics"));
        int summary = utc.indexOf("SUMMARY:");
        byte[] head = utc.substring(0, summary + "SUMMARY:".length()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = utc.substring(summary + "SUMMARY:".length()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bad, 0, head.length);
        bad[head.length] = (byte) 0xC0; // an overlong "/"
        bad[head.length + 1] = (byte) 0xAF;
        System.arraycopy(tail, 0, bad, head.length + 2, tail.length);
        long line = utc.substring(0, summary).chars().filter(c -> c == '\n').count() + 1;

        Throwable thrown = catchThrowable(() -> ICS.fromBytes(bad));

        assertThat(thrown).isInstanceOf(EventFormatException.class).hasMessageContaining("not UTF-8");
        assertThat(((EventFormatException) thrown).line()).hasValue((int) line);
    }

    @Test
    void zones_tzidIsTheIanaZoneZIsUtcFloatingFollowsXWrTimezone() throws Exception {
        assertThat(sample("rfc5545-4-new-york.ics").zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(sample("utc.ics").zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(sample("floating.ics").zone()).isEqualTo(ZoneOffset.UTC);
        Event conversatorio = sample("floating-with-calendar-zone.ics");
        assertThat(conversatorio.zone()).isEqualTo(ZoneId.of("America/Montevideo"));
        assertThat(conversatorio.start().toString()).isEqualTo("2026-04-15T13:00");
    }

    @Test
    void thirdPartyEvent_keepsStatusTopicsLinkAndDuration() throws Exception {
        Event utc = sample("utc.ics");
        assertThat(utc.status()).isEqualTo(EventStatus.PROVISIONAL);
        assertThat(utc.links()).extracting(l -> l.url().toString()).containsExactly("https://example.org/seminario");
        assertThat(utc.end()).hasValue(java.time.LocalDateTime.parse("2026-05-20T17:30"));

        assertThat(sample("rfc5545-3.6.1-conference.ics").topics()).containsExactly("BUSINESS", "HUMAN RESOURCES");
        // FREQ=DAILY;COUNT=5 with an RDATE: no series the model can hold, so its first occurrence.
        assertThat(sample("rfc5545-4-new-york.ics").end()).hasValue(java.time.LocalDateTime.parse("2006-01-02T13:00"));
        assertThat(sample("rfc5545-4-new-york.ics").description()).hasValueSatisfying(d -> assertThat(d)
                .contains("Not a series agendum can hold: its RDATEs add occurrences that are not in the rule"));
        Event allDay = sample("all-day.ics");
        assertThat(allDay.end()).hasValue(java.time.LocalDateTime.parse("2026-03-13T00:00"));
    }

    @Test
    void lineThatIsNotAContentLine_continuesTheTextBeforeItAfterALineBreak() throws Exception {
        Event meeting = sample("unfolded-line-break.ics");

        assertThat(meeting.description()).hasValue("Orden del día:\n1. Informe\n2. Presupuesto");
    }

    @Test
    void aRecurringEventTheModelCanHold_isASeries_andAnEndlessOne_itsFirstOccurrenceWithTheRuleInTheDescription()
            throws Exception {
        Event course = sample("recurring.ics");

        assertThat(course.start().toString()).isEqualTo("2026-01-05T18:00");
        assertThat(course.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        // RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10 from Monday 5 January 2026: BYDAY repeats DTSTART's day.
        org.agendum.core.model.AgendaBlock block = course.agenda().blocks().get(0);
        assertThat(block.recurrence()).hasValue(org.agendum.core.model.Recurrence.weekly(10));
        assertThat(course.end()).hasValue(java.time.LocalDateTime.parse("2026-03-09T19:30"));
        assertThat(sample("rfc5545-3.6.1-anniversary.ics").description()).hasValueSatisfying(d -> assertThat(d)
                .contains("FREQ=YEARLY").contains("Not a series agendum can hold: it has neither COUNT nor UNTIL"));
    }

    @Test
    void severalVevents_makeOneEventWithABlockEachSortedByStart() throws Exception {
        Event forum = sample("multi-vevent.ics");

        assertThat(forum.zone()).isEqualTo(ZoneId.of("America/Mexico_City"));
        assertThat(forum.end()).hasValue(java.time.LocalDateTime.parse("2026-10-15T13:30"));
        assertThat(forum.agenda().blocks()).extracting(AgendaBlock::id)
                .containsExactly("opening@example.org", "panel@example.org", "panel@example.org-2");
        assertThat(forum.agenda().blocks()).extracting(AgendaBlock::title)
                .containsExactly("Inauguración", "Panel", "Clausura");
        assertThat(forum.agenda().blocks()).extracting(AgendaBlock::kind).containsOnly(BlockKind.OTHER);
        assertThat(sample("multi-vevent.ics")).isEqualTo(forum);
    }

    @Test
    void notIcalendar_isAFormatErrorAtLineOne() {
        assertThatThrownBy(() -> ICS.fromBytes("{\"id\": \"json\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("line 1");
    }

    static Stream<GoldenFileContract.GoldenFile> seeds() {
        return GoldenFileContract.goldenFiles(ICS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void goldenFile_readsBackModuloTheLossTable(GoldenFileContract.GoldenFile golden) throws Exception {
        Event read = ICS.fromBytes(golden.bytes());

        assertThat(PublishProjection.of(read)).isEqualTo(PublishProjection.of(golden.seed()));
        assertThat(read.agenda().blocks()).isNotEmpty();
    }

    @Test
    void parisGolden_keepsTheRegistrationDeadlineAndTheProvisionalProgramme() throws Exception {
        Event read = ICS.fromBytes(Files.readAllBytes(GoldenFileContract.GOLDEN.resolve("paris-seminar-2018.publish.ics")));

        assertThat(read.registration().flatMap(r -> r.deadline()).map(d -> d.lastDay().toString()))
                .hasValue("2018-06-17");
        assertThat(read.agenda().status()).isEqualTo(org.agendum.core.model.AgendaStatus.PROVISIONAL);
        assertThat(read.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    static LongStream mutations() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "mutation {0}")
    @MethodSource("mutations")
    void mutatedFile_readsOrIsAFormatError(long mutation) throws IOException {
        Random random = new Random(MUTATION_SEED + mutation);
        byte[] original = mutation % 3 == 0
                ? Files.readAllBytes(GoldenFileContract.GOLDEN.resolve("paris-seminar-2018.publish.ics"))
                : ICS.toBytes(RandomEvents.seeded(SEED).event(mutation % 20));
        byte[] mutated = mutation % 2 == 0 ? flipBytes(original, random) : deleteLines(original, random);

        Throwable thrown = catchThrowable(() -> ICS.fromBytes(mutated));

        assertThat(thrown).as("mutation seed %d (mutation %d)", MUTATION_SEED, mutation)
                .satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(EventFormatException.class));
    }

    private static byte[] flipBytes(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(copy.length);
            copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
        }
        return copy;
    }

    private static byte[] deleteLines(byte[] bytes, Random random) {
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\r\n", -1)));
        int deletions = 1 + random.nextInt(4);
        for (int i = 0; i < deletions && lines.size() > 1; i++) {
            lines.remove(random.nextInt(lines.size()));
        }
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static Event sample(String file) throws Exception {
        return ICS.fromBytes(Files.readAllBytes(SAMPLES.resolve("valid").resolve(file)));
    }
}
