package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.agendum.core.model.Event;
import org.agendum.core.model.Registration;
import org.agendum.core.time.LocalTimeIssue;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The zones of {@link RandomEvents}: the list is every zone of the JDK's tz database and nothing
 * else, events are drawn across it, and the generator keeps its promises in every zone, checked
 * with java.time (how many offsets a wall-clock time has) rather than with the generator's own
 * helpers.
 */
class RandomEventsZonesTest {

    private static final long SEED = 20_111_230L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate FIRST = LocalDate.of(1970, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2037, 12, 31);

    /** 2,000 events of a generator with drawn sizes, drawn once for the tests. */
    private static final List<Event> MANY = LongStream.range(0, 2_000).mapToObj(RandomEvents.seeded(SEED)::event)
            .collect(Collectors.toUnmodifiableList());

    /** The {@code i}-th event of a generator that places every event in one zone. */
    private static Event inZone(ZoneId zone, long i) {
        int days = i % 4 == 3 ? 3 : -1;
        return EventDraw.draw(Dice.seedOf(SEED + zone.getId().hashCode(), i), i, -1, -1, days, List.of(zone));
    }

    private static String where(ZoneId zone, long i) {
        return "event " + i + " in " + zone;
    }

    // ---------------------------------------------------------------- the list

    @Test
    void zones_areEveryRegionOfTheJdksTzDatabaseFile_sortedById() throws IOException {
        Path file = Path.of(System.getProperty("java.home"), "lib", "tzdb.dat");
        assumeTrue(Files.isRegularFile(file), "this JDK has no lib/tzdb.dat");
        List<String> regions = tzdbRegions(file);
        regions.sort(Comparator.naturalOrder());
        assertThat(RandomEvents.zones()).extracting(ZoneId::getId).containsExactlyElementsOf(regions)
                .contains("Pacific/Apia", "Australia/Lord_Howe", "Europe/Dublin", "Etc/GMT+5", "UTC");
        assertThat(RandomEvents.zones()).hasSizeGreaterThan(590).isSortedAccordingTo(Comparator.comparing(ZoneId::getId));
    }

    /** The region ids in the JDK's tz database file, in the format its provider reads since JDK 8. */
    private static List<String> tzdbRegions(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            assertThat(in.readByte()).as("tzdb.dat format").isEqualTo((byte) 1);
            assertThat(in.readUTF()).isEqualTo("TZDB");
            for (int versions = in.readShort(); versions > 0; versions--) {
                in.readUTF();
            }
            List<String> regions = new ArrayList<>();
            for (int count = in.readShort(); count > 0; count--) {
                regions.add(in.readUTF());
            }
            return regions;
        }
    }

    @Test
    void zones_leaveOutIdsShapedLikeIcal4jsSyntheticOnes() {
        Set<String> registered = new HashSet<>(ZoneId.getAvailableZoneIds());
        registered.addAll(List.of("ical4j-local-5eed0c1d-0", "ical4j-local-5eed0c1d-1499",
                "ical4j~3f2a7c1e-9b4d-4e8a-a1c2-0d5e6f7a8b9c", "Not/A_Zone"));
        assertThat(JdkZones.of(registered)).isEqualTo(RandomEvents.zones());
    }

    /**
     * Registers 1,500 ids shaped like ical4j's in another JVM before anything there asks for the
     * zones, so that nothing global changes in this one.
     */
    @Test
    void zones_areTheSameInAJvmWhereAnotherLibraryRegisteredZoneIdsFirst() throws Exception {
        List<String> classPath = new ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            if (!value.isEmpty()) {
                classPath.add(value);
            }
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath), SyntheticZoneIds.class.getName())
                .redirectErrorStream(true).start();
        List<String> lines = lines(process.getInputStream());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();

        int available = Integer.parseInt(lines.get(0));
        assertThat(available).as("ids available there").isEqualTo(RandomEvents.zones().size() + SyntheticZoneIds.COUNT);
        assertThat(lines.subList(1, lines.size()))
                .containsExactlyElementsOf(RandomEvents.zones().stream().map(ZoneId::getId).toList());
    }

    private static List<String> lines(InputStream stream) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().collect(Collectors.toList());
        }
    }

    // ---------------------------------------------------------------- drawn across the list

    @Test
    void drawnEvents_spreadOverMostZones() {
        Set<ZoneId> eventZones = new HashSet<>();
        Set<ZoneId> anyZones = new HashSet<>();
        for (Event event : MANY) {
            eventZones.add(event.zone());
            anyZones.add(event.zone());
            event.displayZones().forEach(d -> anyZones.add(d.zone()));
            event.deadlines().forEach(d -> anyZones.add(d.zone()));
            event.registration().flatMap(Registration::deadline).ifPresent(d -> anyZones.add(d.zone()));
        }
        int all = RandomEvents.zones().size();
        assertThat(RandomEvents.zones()).containsAll(anyZones);
        assertThat(eventZones).as("zones of 2,000 events").hasSizeGreaterThan(all * 9 / 10);
        assertThat(anyZones).as("any zone of 2,000 events").hasSizeGreaterThan(all * 19 / 20);
    }

    @Test
    void drawnEvents_spanTheYears1970To2037_andOftenFallOnADayTheirZoneChangesItsClocks() {
        SortedSet<Integer> years = new TreeSet<>();
        Set<ZoneId> zonesOnChangeDays = new HashSet<>();
        int onChangeDays = 0;
        for (Event event : MANY) {
            LocalDate date = event.start().toLocalDate();
            years.add(date.getYear());
            if (changesOn(event.zone(), date)) {
                onChangeDays++;
                zonesOnChangeDays.add(event.zone());
            }
        }
        assertThat(years.first()).isEqualTo(1970);
        assertThat(years.last()).isEqualTo(2037);
        assertThat(years).hasSize(68);
        assertThat(onChangeDays).as("events on a day their zone changes its clocks").isGreaterThan(MANY.size() / 10);
        assertThat(zonesOnChangeDays).hasSizeGreaterThan(100);
    }

    /** Whether a zone changes its clocks between the start of a date and the start of the next. */
    private static boolean changesOn(ZoneId zone, LocalDate date) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(date.atStartOfDay(zone).toInstant().minusSeconds(1));
        return next != null && next.getInstant().isBefore(date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    // ---------------------------------------------------------------- in every zone

    @Test
    void everyZone_getsValidEvents_whoseWallClockTimesEachExistOnce() {
        for (ZoneId zone : RandomEvents.zones()) {
            for (long i = 0; i < 12; i++) {
                assertValidIn(zone, i, inZone(zone, i));
            }
        }
    }

    /**
     * The promises of valid events, read with java.time: every wall-clock time exists exactly
     * once in its zone; top-level blocks are where wall-clock arithmetic puts them (no clock
     * change inside one); dates in 1970&ndash;2037; nothing but a rare gap reported.
     */
    private static void assertValidIn(ZoneId zone, long i, Event event) {
        String where = where(zone, i);
        assertThat(event.zone()).as(where).isEqualTo(zone);
        for (WallClockTimes.Time time : WallClockTimes.of(event)) {
            assertThat(time.existsOnce()).as("%s: %s", where, time).isTrue();
        }
        List<ScheduledBlock> top = Timetable.of(event).topLevelBlocks();
        List<WallClockTimes.Time> blocks = WallClockTimes.blocks(event);
        for (int b = 0; b < top.size(); b++) {
            assertThat(top.get(b).span().orElseThrow().start().toLocalDateTime()).as("%s block %d", where, b)
                    .isEqualTo(blocks.get(2 * b).local());
            assertThat(top.get(b).span().orElseThrow().end().toLocalDateTime()).as("%s block %d", where, b)
                    .isEqualTo(blocks.get(2 * b + 1).local());
        }
        LocalDate last = blocks.isEmpty() ? event.start().toLocalDate() : blocks.get(blocks.size() - 1).local().toLocalDate();
        assertThat(event.start().toLocalDate()).as(where).isAfterOrEqualTo(FIRST);
        assertThat(event.end().map(LocalDate::from).orElse(last)).as(where).isBeforeOrEqualTo(LAST);
        assertThat(last).as(where).isBeforeOrEqualTo(LAST);
        assertThat(StructuralRules.codes(event)).as(where).isSubsetOf("SCHEDULE_GAP");
    }

    @Test
    void everyZone_getsLocalTimeVariantsInAGapOrOverlapAtNight() {
        int[] ownGaps = {0};
        int[] ownOverlaps = {0};
        for (ZoneId zone : RandomEvents.zones()) {
            for (long i = 0; i < 2; i++) {
                Event event = inZone(zone, i);
                for (boolean gap : new boolean[] {true, false}) {
                    Event broken = assertInTransition(zone, i, event, gap);
                    if (broken.zone().equals(zone)) {
                        (gap ? ownGaps : ownOverlaps)[0]++;
                    }
                }
            }
        }
        int all = 2 * RandomEvents.zones().size();
        assertThat(ownGaps[0]).as("variants in a gap of their own zone").isGreaterThan(all / 2);
        assertThat(ownOverlaps[0]).as("variants in an overlap of their own zone").isGreaterThan(all / 3);
    }

    /** Breaks a local-time rule and checks the start (and only it and the first block) is in a gap (overlap). */
    private static Event assertInTransition(ZoneId zone, long i, Event event, boolean gap) {
        String code = gap ? "NONEXISTENT_LOCAL_TIME" : "AMBIGUOUS_LOCAL_TIME";
        String where = where(zone, i) + " breaking " + code;
        Event broken = RuleBreaker.breaking(event, code, Dice.seedOf(SEED, code));
        assertThat(broken.zone()).as(where).isIn(zone, PARIS);
        assertThat(broken.zone().getRules().getValidOffsets(broken.start())).as(where).hasSize(gap ? 0 : 2);
        assertThat(broken.start().getHour()).as(where + " at night").isLessThan(6);
        LocalTimeIssue.Kind kind = gap ? LocalTimeIssue.Kind.GAP : LocalTimeIssue.Kind.OVERLAP;
        assertThat(Timetable.of(broken).localTimeIssues()).as(where).extracting(LocalTimeIssue::kind, LocalTimeIssue::path)
                .containsExactly(tuple(kind, "/start"), tuple(kind, "/agenda/blocks/0/timing/start"));
        for (WallClockTimes.Time time : WallClockTimes.of(broken)) {
            if (!time.path().equals("/start") && !time.path().equals("/agenda/blocks/0 start")) {
                assertThat(time.existsOnce()).as("%s: %s", where, time).isTrue();
            }
        }
        assertOnlyNew(where, code, event, broken);
        return broken;
    }

    @Test
    void everyZone_getsEveryOtherVariant() {
        for (ZoneId zone : RandomEvents.zones()) {
            Event event = inZone(zone, 0);
            for (String code : RuleBreaker.CODES) {
                Event broken = RuleBreaker.breaking(event, code, Dice.seedOf(SEED, code));
                String where = where(zone, 0) + " breaking " + code;
                if (code.equals("REGISTRATION_CLOSED")) {
                    assertThat(StructuralRules.codes(broken)).as(where).isEqualTo(StructuralRules.codes(event));
                    assertThat(RandomEvents.registrationCutoff(broken)).as(where)
                            .isBefore(Timetable.of(broken).eventStart().toInstant());
                } else if (!code.endsWith("_LOCAL_TIME")) {
                    assertOnlyNew(where, code, event, broken);
                }
            }
        }
    }

    private static void assertOnlyNew(String where, String code, Event event, Event broken) {
        SortedSet<String> after = StructuralRules.codes(broken);
        assertThat(after).as(where).contains(code);
        SortedSet<String> others = new TreeSet<>(after);
        others.remove(code);
        others.removeAll(StructuralRules.codes(event));
        others.removeAll(RandomEventsTest.sideEffectsOf(code));
        assertThat(others).as(where + ": other codes").isEmpty();
    }

    // ---------------------------------------------------------------- zones with an unusual history

    @ParameterizedTest
    @ValueSource(strings = {"Australia/Lord_Howe", "Europe/Dublin", "America/Santiago", "Asia/Tehran", "Pacific/Apia",
        "Pacific/Kwajalein", "Africa/Khartoum", "America/Nuuk", "Asia/Kathmandu"})
    void unusualZones_getEventsOnTheirChangeDays_whoseTimesStillExistOnce(String id) {
        ZoneId zone = ZoneId.of(id);
        int onChangeDays = 0;
        for (long i = 0; i < 200; i++) {
            Event event = inZone(zone, i);
            assertValidIn(zone, i, event);
            onChangeDays += changesOn(zone, event.start().toLocalDate()) ? 1 : 0;
        }
        assertThat(onChangeDays).as("events on change days in " + zone).isGreaterThan(10);
    }

    @Test
    void localTimeVariants_useHalfHourAndMidnightChanges_orMoveToParis() {
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        Event halfHour = assertInTransition(lordHowe, 0, inZone(lordHowe, 0), true);
        assertThat(halfHour.zone()).isEqualTo(lordHowe);
        assertThat(lordHowe.getRules().getTransition(halfHour.start()).getDuration()).isEqualTo(Duration.ofMinutes(30));

        ZoneId santiago = ZoneId.of("America/Santiago");
        Event midnight = assertInTransition(santiago, 0, inZone(santiago, 0), true);
        assertThat(midnight.zone()).isEqualTo(santiago);
        assertThat(midnight.start().getHour()).isZero();
        // Chile falls back from midnight to 23:00, in the evening: the overlap variant moves to Paris.
        assertThat(assertInTransition(santiago, 0, inZone(santiago, 0), false).zone()).isEqualTo(PARIS);

        ZoneId dublin = ZoneId.of("Europe/Dublin");
        assertThat(assertInTransition(dublin, 0, inZone(dublin, 0), false).zone()).isEqualTo(dublin);

        // Kwajalein's only change since 1970 skipped 21 August 1993 whole: no gap at night.
        ZoneId kwajalein = ZoneId.of("Pacific/Kwajalein");
        assertThat(assertInTransition(kwajalein, 0, inZone(kwajalein, 0), true).zone()).isEqualTo(PARIS);
    }
}
