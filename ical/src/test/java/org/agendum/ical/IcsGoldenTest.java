package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.agendum.core.model.Event;
import org.agendum.testing.GoldenFiles;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed events in the publish profile, pinned byte for byte in {@code src/test/resources/golden/}.
 *
 * <p>To regenerate the files on purpose, after deciding that the new output is right, run from the
 * repository root
 *
 * <pre>
 * ./mvnw -B -q -pl ical -am verify -Dagendum.regenerateGolden=true
 * </pre>
 *
 * <p>and review the diff. With {@value GoldenFiles#REGENERATE} set the test writes the files instead of
 * comparing them; the independent-parser checks still run on them.
 */
class IcsGoldenTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    /** The DTSTAMP of every golden file. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static final IcsEventFormat ICS = IcsEventFormat.create().withClock(CLOCK);

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("gobiernos-locales-2021.publish.ics", (Supplier<Event>) SeedEvents::gobiernosLocales2021),
                Arguments.of("paris-seminar-2018.publish.ics", (Supplier<Event>) SeedEvents::parisSeminar2018));
    }

    @BeforeAll
    static void regenerate_onlyWhenAskedTo() {
        seeds().forEach(seed -> {
            @SuppressWarnings("unchecked")
            Supplier<Event> event = (Supplier<Event>) seed.get()[1];
            GoldenFiles.regenerateIfAsked(GOLDEN.resolve((String) seed.get()[0]), () -> ICS.toBytes(event.get()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seed_writesTheGoldenFileByteForByte(String file, Supplier<Event> seed) throws IOException {
        GoldenFiles.assertMatches(GOLDEN.resolve(file), ICS.toBytes(seed.get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void goldenFile_isReadByBiweeklyAndIcal4jWithTheTimetablesInstants(String file, Supplier<Event> seed)
            throws IOException {
        byte[] golden = Files.readAllBytes(GOLDEN.resolve(file));
        String document = new String(golden, StandardCharsets.UTF_8);

        IcsChecks.assertLinesFoldedAtOctets(golden);
        IcsChecks.assertInstantsAgreeWithTimetable(seed.get(), document);
        IcsChecks.assertIcal4jInstantsAgreeWithTimetable(seed.get(), document);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void goldenFile_writesEveryTimedDateInTheEventZone(String file, Supplier<Event> seed) throws IOException {
        String golden = Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);

        assertThat(IcsChecks.contentLines(golden))
                .filteredOn(l -> (l.startsWith("DTSTART") || l.startsWith("DTEND")) && !l.contains("VALUE=DATE")
                        && l.contains(";"))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains(";TZID=" + seed.get().zone().getId() + ":"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void goldenFile_hasNoInvitationProperties(String file, Supplier<Event> seed) throws IOException {
        String golden = Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);

        assertThat(IcsChecks.names(golden)).doesNotContain("METHOD", "ATTENDEE", "ORGANIZER");
    }
}
