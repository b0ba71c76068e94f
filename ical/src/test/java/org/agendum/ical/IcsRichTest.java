package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.agendum.json.JsonEventFormat;
import org.agendum.testing.PropertyCases;
import org.agendum.testing.RandomEvents;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rich profile: golden files for the seeds (regenerated like {@link IcsGoldenTest}, with
 * {@code -Dagendum.regenerateGolden=true}; checked as {@link GoldenFileContract} says, and here for
 * what only the rich profile carries), independent-parser checks and lossless round trips.
 */
class IcsRichTest extends GoldenFileContract {

    private static final long SEED = PropertyCases.seed(20261121L);
    private static final JsonEventFormat JSON = JsonEventFormat.create();
    private static final IcsEventFormat RICH =
            IcsEventFormat.create().withClock(CLOCK).withProfile(IcsEventFormat.Profile.RICH);

    @Override
    IcsEventFormat format() {
        return RICH;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void goldenFile_carriesTheParticipantsAndTheJson_andReadsBackEqual(GoldenFile golden) throws Exception {
        assertThat(IcsChecks.names(golden.text())).contains("STRUCTURED-DATA", "PARTICIPANT-TYPE")
                .doesNotContain("CALENDAR-ADDRESS");
        assertThat(RICH.fromBytes(golden.bytes())).isEqualTo(golden.seed());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void publish_remainsTheDefault(GoldenFile golden) {
        String publish = IcsEventFormat.create().withClock(CLOCK).toIcs(golden.seed());

        assertThat(IcsEventFormat.create().profile()).isEqualTo(IcsEventFormat.Profile.PUBLISH);
        assertThat(IcsChecks.names(publish)).doesNotContain("STRUCTURED-DATA", "PARTICIPANT-TYPE");
    }

    /**
     * Seeded random events round-trip equal, with and without blocks; each is a case of its own,
     * named by the expression that makes it, shrunk when it fails ({@link PropertyCases}: {@code
     * -Dagendum.seed} changes the seed, {@code -Dagendum.case} runs one case).
     */
    @TestFactory
    Stream<DynamicTest> randomEvent_roundTripsEqual() {
        return PropertyCases.of(Stream.of(RandomEvents.seeded(SEED)), generator -> 60)
                .map(c -> dynamicTest(c.name(), () -> c.check(IcsRichTest::roundTripsEqual, JSON::toJson)));
    }

    private static void roundTripsEqual(Event event) throws Exception {
        byte[] written = RICH.toBytes(event);
        String document = new String(written, StandardCharsets.UTF_8);

        IcsChecks.assertLinesFoldedAtOctets(written);
        IcsChecks.assertInstantsAgreeWithTimetable(event, document);
        // The passcodes (of the event and of its blocks) are withheld unless the format is asked for them.
        assertThat(RICH.fromBytes(written)).isEqualTo(event.withoutConfidential());
        IcsEventFormat whole = RICH.withBlocks(false).withConfidential(true);
        assertThat(whole.fromBytes(whole.toBytes(event))).isEqualTo(event);
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

        assertThat(refusedAtTheStructuredData(document, Kind.INVALID_VALUE)).hasMessageContaining("UID");
    }

    @Test
    void invalidJsonInStructuredData_isAFormatErrorWithTheLineAndThePointer() throws Exception {
        Event seed = SeedEvents.parisSeminar2018();
        String document = RichJson.edited(seed, json -> json.replace("\"title\":", "\"titel\":"));

        assertThat(refusedAtTheStructuredData(document, Kind.UNKNOWN_FIELD))
                .hasMessageContaining("STRUCTURED-DATA").hasMessageContaining("(at /titel)");
    }

    @Test
    void invariantBrokenInStructuredData_keepsTheInvariantsCode() throws Exception {
        Event seed = SeedEvents.parisSeminar2018();
        String document = RichJson.edited(seed, json -> {
            String blank = json.replace("\"title\":\"" + RichJson.escape(seed.title()) + "\"", "\"title\":\" \"");
            assertThat(blank).isNotEqualTo(json);
            return blank;
        });

        EventFormatException e = refused(document);

        assertThat(e.code()).hasValue("BLANK_TEXT");
        assertThat(e.kind()).isEqualTo(Kind.INVARIANT);
    }

    /** The error reading the document throws. */
    private static EventFormatException refused(String document) {
        return assertThrows(EventFormatException.class, () -> RICH.fromBytes(document.getBytes(StandardCharsets.UTF_8)));
    }

    /** The error reading the document throws, of a kind, at the line where STRUCTURED-DATA starts. */
    private static EventFormatException refusedAtTheStructuredData(String document, Kind kind) {
        EventFormatException e = refused(document);
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.line()).hasValue(lineOf(document, "STRUCTURED-DATA"));
        return e;
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

        /** The event's rich document, unfolded, with its escaped JSON edited. */
        static String edited(Event event, UnaryOperator<String> edit) {
            String json = escaped(event);
            return RICH.toIcs(event).replace("\r\n ", "").replace(json, edit.apply(json));
        }

        static String escape(String text) {
            return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,");
        }
    }
}
