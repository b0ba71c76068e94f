package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.ical.fuzz.ByteText;
import org.agendum.ical.fuzz.CaseCheck;
import org.agendum.ical.fuzz.Limit;
import org.agendum.ical.fuzz.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The old reader's failures, found by fuzzing it (100,000 mutated files at {@code -Xmx256m}: 97
 * hangs, 7 OutOfMemoryErrors, 77 StackOverflowErrors) and kept in {@code ../../shared/repro}
 * (its {@code INDEX.md} says what each did): every iCalendar file there is now read as an event or
 * refused with an {@link EventFormatException} at one of its lines, as {@link CaseCheck} judges
 * (an event read must also write back as iCalendar and JSON, read back from JSON and validate),
 * and the minimal ones give exactly what they should. Skipped when the directory is absent (a
 * clone outside this workplace).
 */
class IcsReproducersTest {

    static final Path REPRO = Path.of("..", "..", "shared", "repro");
    private static final IcsEventFormat ICS = IcsEventFormat.create();
    /** Twice the promise of one second, for "quickly": the old reader took 7 s, or ran out of memory. */
    private static final Duration QUICKLY = Duration.ofSeconds(2);

    static Stream<String> reproducers() throws IOException {
        if (!Files.isDirectory(REPRO)) {
            return Stream.of("(absent)");
        }
        List<String> files;
        try (Stream<Path> all = Files.walk(REPRO)) {
            files = all.filter(Files::isRegularFile).map(p -> REPRO.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.startsWith("minimal/ics-") || p.startsWith("ics-other/") || p.startsWith("ics-slow/")
                            || p.startsWith("ics-post/") || p.startsWith("ics-badplace/"))
                    .filter(p -> p.endsWith(".ics") || p.endsWith(".ics.gz")).sorted().toList();
        }
        return files.stream();
    }

    @BeforeEach
    void reproducersArePresent() {
        assumeTrue(Files.isDirectory(REPRO), "the shared reproducers are absent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reproducers")
    void reproducer_readsOrIsRefusedAtALine(String file) {
        Outcome outcome = CaseCheck.check(bytes(file));

        assertThat(outcome.kind()).as("%s: %s", file, outcome.message()).isNotEqualTo(Outcome.Kind.FAILED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Europe/Paris with RRULE:FREQ=SECONDLY, minimal/ics-vtimezone-rrule-secondly.ics",
        "W. Europe Standard Time with 600 yearly observances, minimal/ics-vtimezone-600-yearly-observances.ics"})
    void costlyZoneDefinitionTheEventDoesNotUse_isReadQuickly(String definition, String file) {
        byte[] document = bytes(file);

        Event event = assertTimeoutPreemptively(QUICKLY, () -> ICS.fromBytes(document));

        assertThat(startOf(event)).isEqualTo(Instant.parse("2021-06-11T13:00:00Z"));
    }

    /**
     * The same file with its VEVENT in its own zone, which the JDK does not know: its 600
     * observances (the same two rules, each 300 times) are evaluated, and give Central European
     * summer time, as java.time's Europe/Berlin does.
     */
    @Test
    void sixHundredYearlyObservancesUsedByTheEvent_areEvaluatedQuickly() {
        String file = new String(bytes("minimal/ics-vtimezone-600-yearly-observances.ics"), StandardCharsets.UTF_8);
        byte[] document = file.replace("DTSTART:20210611T130000Z", "DTSTART;TZID=W. Europe Standard Time:20210611T130000")
                .getBytes(StandardCharsets.UTF_8);

        Event event = assertTimeoutPreemptively(QUICKLY, () -> ICS.fromBytes(document));

        Instant expected = LocalDateTime.of(2021, 6, 11, 13, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        assertThat(startOf(event)).isEqualTo(expected);
    }

    @Test
    void twentyThousandEntriesWithOneUid_becomeBlocksWithDistinctIds() {
        byte[] document = bytes("minimal/ics-same-uid-20000.ics");

        Event event = assertTimeoutPreemptively(QUICKLY, () -> ICS.fromBytes(document));

        List<AgendaBlock> blocks = event.agenda().blocks();
        assertThat(blocks).hasSize(20_000);
        assertThat(blocks.stream().map(AgendaBlock::id).distinct().count()).isEqualTo(20_000);
    }

    @Test
    void descriptionOfTwoMillionCharacters_isRefusedAtItsLine() {
        byte[] document = bytes("minimal/ics-description-2mb.ics");

        EventFormatException e = assertThrows(EventFormatException.class, () -> ICS.fromBytes(document));

        assertThat(e.kind()).isEqualTo(Kind.LIMIT);
        assertThat(Limit.of(e.getMessage())).as(e.getMessage()).contains(Limit.TEXT_LENGTH);
        assertThat(e.line()).hasValue(lineStarting(document, "DESCRIPTION"));
    }

    @Test
    void parentChainInStructuredData_isRefusedWithItsInvariantsCode() {
        byte[] document = bytes("ics-other/ics-7d84f16a07c1.ics");

        EventFormatException e = assertThrows(EventFormatException.class, () -> ICS.fromBytes(document));

        assertThat(e.kind()).isEqualTo(Kind.INVARIANT);
        assertThat(e.code()).hasValue("PARENT_CHAIN_TOO_DEEP");
        assertThat(e.line()).hasValue(lineStarting(document, "STRUCTURED-DATA"));
    }

    /**
     * The old reader reported line 148, which a viewer counting only LF (the file has eight)
     * could not find. Line 148 is right: the file ends its lines with CR, as RFC 5545 readers
     * accept, and agendum counts CR, LF and CRLF each as one line end (as ical4j and biweekly do);
     * its line 141 opens a PARTICIPANT that a mutation cut short, and line 148, END:VEVENT, is the
     * first line that cannot close it.
     */
    @Test
    void unclosedParticipant_isRefusedAtTheEndThatCannotCloseIt() {
        byte[] document = bytes("ics-badplace/ics-a16e1206ba86.ics");
        List<String> lines = ByteText.physicalLines(ByteText.of(document)).stream().map(ByteText::content).toList();
        int participant = lines.lastIndexOf("BEGIN:PARTICIPANT") + 1;
        int end = lines.indexOf("END:VEVENT") + 1;

        EventFormatException e = assertThrows(EventFormatException.class, () -> ICS.fromBytes(document));

        assertThat(participant).isEqualTo(141);
        assertThat(end).isEqualTo(148);
        assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(e.line()).hasValue(end);
    }

    private static Instant startOf(Event event) {
        return event.start().atZone(event.zone()).toInstant();
    }

    /** The 1-based physical line that starts with a name (lines end with CR, LF or CRLF). */
    private static int lineStarting(byte[] document, String name) {
        List<String> lines = ByteText.physicalLines(ByteText.of(document));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(name + ":") || lines.get(i).startsWith(name + ";")) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + name);
    }

    /** A reproducer's bytes, gunzipped if it is a {@code .gz}. */
    private static byte[] bytes(String file) {
        try {
            byte[] bytes = Files.readAllBytes(REPRO.resolve(file));
            if (file.endsWith(".gz")) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    return in.readAllBytes();
                }
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
