package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.agendum.core.model.Event;
import org.agendum.testing.ExampleEvents;
import org.agendum.testing.GoldenFiles;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the golden file of every seed event and {@linkplain ExampleEvents example event} is in every
 * profile, {@code src/test/resources/golden/<event>.<profile>.ics}: what the profile writes for the seed, byte for
 * byte; folded at 75 octets; read by biweekly and by ical4j at the instants of the seed's
 * timetable; every timed date in the event's zone; without invitation properties. A test class per profile names its format ({@link
 * IcsGoldenTest}, {@link IcsRichTest}) and adds what only that profile does; {@link IcsGoldenTest}
 * says how to regenerate the files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GoldenFileContract {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    /** The DTSTAMP of every golden file. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /**
     * A seed event's golden file in a profile, read when asked; a test case shows its name.
     *
     * @param name the file's name in {@link #GOLDEN}
     * @param event the seed event
     */
    record GoldenFile(String name, Supplier<Event> event) {

        Path path() {
            return GOLDEN.resolve(name);
        }

        Event seed() {
            return event.get();
        }

        byte[] bytes() throws IOException {
            return Files.readAllBytes(path());
        }

        String text() throws IOException {
            return Files.readString(path(), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The format that writes the golden files: its profile names them. */
    abstract IcsEventFormat format();

    /** The golden files of a format's profile. */
    static Stream<GoldenFile> goldenFiles(IcsEventFormat format) {
        String profile = format.profile().name().toLowerCase(Locale.ROOT);
        return Stream.of(
                new GoldenFile("gobiernos-locales-2021." + profile + ".ics", SeedEvents::gobiernosLocales2021),
                new GoldenFile("paris-seminar-2018." + profile + ".ics", SeedEvents::parisSeminar2018),
                new GoldenFile("lisbon-conference-2026." + profile + ".ics", ExampleEvents::lisbonConference2026),
                new GoldenFile("madrid-seminar-series-2026." + profile + ".ics", ExampleEvents::madridSeminarSeries2026));
    }

    Stream<GoldenFile> seeds() {
        return goldenFiles(format());
    }

    @BeforeAll
    void regenerate_onlyWhenAskedTo() {
        seeds().forEach(golden -> GoldenFiles.regenerateIfAsked(golden.path(), () -> format().toBytes(golden.seed())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seed_writesTheGoldenFileByteForByte(GoldenFile golden) {
        GoldenFiles.assertMatches(golden.path(), format().toBytes(golden.seed()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void goldenFile_isReadByBiweeklyAndIcal4jWithTheTimetablesInstants(GoldenFile golden) throws IOException {
        IcsChecks.assertLinesFoldedAtOctets(golden.bytes());
        IcsChecks.assertInstantsAgreeWithTimetable(golden.seed(), golden.text());
        IcsChecks.assertIcal4jInstantsAgreeWithTimetable(golden.seed(), golden.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void goldenFile_writesEveryTimedDateInTheEventZone(GoldenFile golden) throws IOException {
        assertThat(IcsChecks.contentLines(golden.text()))
                .filteredOn(l -> (l.startsWith("DTSTART") || l.startsWith("DTEND")) && !l.contains("VALUE=DATE")
                        && l.contains(";"))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains(";TZID=" + golden.seed().zone().getId() + ":"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void goldenFile_hasNoInvitationProperties(GoldenFile golden) throws IOException {
        assertThat(IcsChecks.names(golden.text())).doesNotContain("METHOD", "ATTENDEE", "ORGANIZER");
    }
}
