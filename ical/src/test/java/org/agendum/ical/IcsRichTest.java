package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.agendum.json.JsonEventFormat;
import org.agendum.testing.RandomEvents;
import org.agendum.testing.GoldenFiles;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rich profile: golden files for the seeds (regenerated like {@link IcsGoldenTest}, with
 * {@code -Dagendum.regenerateGolden=true}), independent-parser checks and lossless round trips.
 */
class IcsRichTest {

    private static final long SEED = 20261121L;
    private static final IcsEventFormat RICH =
            IcsEventFormat.create().withClock(IcsGoldenTest.CLOCK).withProfile(IcsEventFormat.Profile.RICH);

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("gobiernos-locales-2021.rich.ics", (Supplier<Event>) SeedEvents::gobiernosLocales2021),
                Arguments.of("paris-seminar-2018.rich.ics", (Supplier<Event>) SeedEvents::parisSeminar2018));
    }

    @BeforeAll
    static void regenerate_onlyWhenAskedTo() {
        seeds().forEach(seed -> {
            @SuppressWarnings("unchecked")
            Supplier<Event> event = (Supplier<Event>) seed.get()[1];
            GoldenFiles.regenerateIfAsked(IcsGoldenTest.GOLDEN.resolve((String) seed.get()[0]), () -> RICH.toBytes(event.get()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seed_writesTheGoldenFileByteForByte(String file, Supplier<Event> seed) throws IOException {
        GoldenFiles.assertMatches(IcsGoldenTest.GOLDEN.resolve(file), RICH.toBytes(seed.get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void goldenFile_isReadByBiweeklyWithTheTimetablesInstantsAndReadsBackEqual(String file, Supplier<Event> seed)
            throws Exception {
        byte[] golden = Files.readAllBytes(IcsGoldenTest.GOLDEN.resolve(file));
        String document = new String(golden, StandardCharsets.UTF_8);

        IcsChecks.assertLinesFoldedAtOctets(golden);
        IcsChecks.assertInstantsAgreeWithTimetable(seed.get(), document);
        IcsChecks.assertIcal4jInstantsAgreeWithTimetable(seed.get(), document);
        assertThat(IcsChecks.names(document)).contains("STRUCTURED-DATA", "PARTICIPANT-TYPE")
                .doesNotContain("METHOD", "ATTENDEE", "ORGANIZER", "CALENDAR-ADDRESS");
        assertThat(RICH.fromBytes(golden)).isEqualTo(seed.get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void publish_remainsTheDefault(String file, Supplier<Event> seed) {
        String publish = IcsEventFormat.create().withClock(IcsGoldenTest.CLOCK).toIcs(seed.get());

        assertThat(IcsEventFormat.create().profile()).isEqualTo(IcsEventFormat.Profile.PUBLISH);
        assertThat(IcsChecks.names(publish)).doesNotContain("STRUCTURED-DATA", "PARTICIPANT-TYPE");
    }

    static LongStream indexes() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest(name = "event {0}")
    @MethodSource("indexes")
    void randomEvent_roundTripsEqual(long index) throws Exception {
        Event event = RandomEvents.seeded(SEED).event(index);
        byte[] written = RICH.toBytes(event);
        String document = new String(written, StandardCharsets.UTF_8);

        IcsChecks.assertLinesFoldedAtOctets(written);
        IcsChecks.assertInstantsAgreeWithTimetable(event, document);
        assertThat(RICH.fromBytes(written)).as("seed %d, event %d", SEED, index).isEqualTo(event);
        assertThat(RICH.withBlocks(false).fromBytes(RICH.withBlocks(false).toBytes(event))).isEqualTo(event);
    }

    @Test
    void participantsAndTheLocation_areInTheFormatsLanguage_andReadBackEqual() throws Exception {
        IcsEventFormat french = RICH.withLocale(java.util.Locale.FRENCH);
        byte[] written = french.toBytes(SeedEvents.parisSeminar2018());
        String unfolded = new String(written, StandardCharsets.UTF_8).replace("\r\n ", "");

        assertThat(unfolded).contains(
                "DESCRIPTION:Modération\u00a0: PARTE I: Elementos que permiten afianzar un proceso de internacionalización "
                        + "del territorio\r\n",
                "DESCRIPTION:Présentation\u00a0: INTRODUCCIÓN: Hacia una Acción Internacional Sostenible\r\n",
                "DESCRIPTION:Salle\u00a0: Auditórium\\nEntrée\u00a0: 5 rue Lobau\\, 75004 Paris\\, FR\\nMétro 1\\, 11 — Hôtel de "
                        + "ville\\nMétro 1\\, 4\\, 7\\, 11\\, 14 — Châtelet\r\n");
        assertThat(french.fromBytes(written)).isEqualTo(SeedEvents.parisSeminar2018());
    }

    @Test
    void emojiAndRightToLeftText_roundTripEqual() throws Exception {
        Event seed = SeedEvents.parisSeminar2018();
        Event event = seed.withTitle("مؤتمر \"الحكومات\" المحلية; a,b\\c 😀👩🏽‍💻 שלום")
                .withSubtitle("\u202Eטקסט\u202C; 🇺🇾, emoji\nsecond line");

        assertThat(RICH.fromBytes(RICH.toBytes(event))).isEqualTo(event);
    }

    @Test
    void structuredDataOfAnotherEvent_isRefusedAtItsLine() throws Exception {
        Event seed = SeedEvents.parisSeminar2018();
        String document = RICH.toIcs(seed).replace("UID:" + IcsChecks.uidPart(seed.id()) + "@agendum\r\n",
                "UID:other@agendum\r\n");
        int line = lineOf(document, "STRUCTURED-DATA");

        assertThatThrownBy(() -> RICH.fromBytes(document.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("UID")
                .satisfies(e -> assertThat(((EventFormatException) e).kind()).isEqualTo(Kind.INVALID_VALUE))
                .satisfies(e -> assertThat(((EventFormatException) e).line()).hasValue(line));
    }

    @Test
    void invalidJsonInStructuredData_isAFormatErrorWithTheLineAndThePointer() throws Exception {
        Event seed = SeedEvents.parisSeminar2018();
        String json = RichJson.escaped(seed);
        String broken = json.replace("\"title\":", "\"titel\":");
        String document = RICH.toIcs(seed).replace("\r\n ", "").replace(json, broken);
        int line = lineOf(document, "STRUCTURED-DATA");

        assertThatThrownBy(() -> RICH.fromBytes(document.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("STRUCTURED-DATA").hasMessageContaining("(at /titel)")
                .satisfies(e -> assertThat(((EventFormatException) e).kind()).isEqualTo(Kind.UNKNOWN_FIELD))
                .satisfies(e -> assertThat(((EventFormatException) e).line()).hasValue(line));
    }

    @Test
    void invariantBrokenInStructuredData_keepsTheInvariantsCode() throws Exception {
        Event seed = SeedEvents.parisSeminar2018();
        String json = RichJson.escaped(seed);
        String blank = json.replace("\"title\":\"" + RichJson.escape(seed.title()) + "\"", "\"title\":\" \"");
        assertThat(blank).isNotEqualTo(json);
        String document = RICH.toIcs(seed).replace("\r\n ", "").replace(json, blank);

        assertThatThrownBy(() -> RICH.fromBytes(document.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class)
                .satisfies(e -> assertThat(((EventFormatException) e).code()).hasValue("BLANK_TEXT"))
                .satisfies(e -> assertThat(((EventFormatException) e).kind()).isEqualTo(Kind.INVARIANT));
    }

    private static int lineOf(String document, String start) {
        String[] lines = document.split("\r\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not found");
    }

    /** The canonical JSON as the rich profile escapes it. */
    private static final class RichJson {
        static String escaped(Event event) {
            return escape(JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT).toJson(event));
        }

        static String escape(String text) {
            return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,");
        }
    }
}
