package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.junit.jupiter.api.Test;

/**
 * The clock changes {@link RandomEvents} avoids and seeks, on zones whose history is unusual; the
 * expected facts are checked against java.time's own answer for a wall-clock time (how many
 * offsets it has), not against the code under test.
 */
class ZoneTransitionsTest {

    private static final ZoneId APIA = ZoneId.of("Pacific/Apia");
    private static final ZoneId KWAJALEIN = ZoneId.of("Pacific/Kwajalein");
    private static final ZoneId KHARTOUM = ZoneId.of("Africa/Khartoum");
    private static final ZoneId NUUK = ZoneId.of("America/Nuuk");
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
    private static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static int offsets(ZoneId zone, LocalDateTime local) {
        return zone.getRules().getValidOffsets(local).size();
    }

    @Test
    void isQuiet_isFalseOnADayAZoneSkipped() {
        assertThat(offsets(APIA, LocalDateTime.of(2011, 12, 30, 12, 0))).isZero();
        assertThat(ZoneTransitions.isQuiet(APIA, LocalDate.of(2011, 12, 30))).isFalse();
        assertThat(ZoneTransitions.isQuiet(APIA, LocalDate.of(2011, 12, 31))).isTrue();
        assertThat(offsets(KWAJALEIN, LocalDateTime.of(1993, 8, 21, 12, 0))).isZero();
        assertThat(ZoneTransitions.isQuiet(KWAJALEIN, LocalDate.of(1993, 8, 21))).isFalse();
    }

    @Test
    void isQuiet_isFalseWhenClocksChangeInTheDaytimeOrAt22() {
        assertThat(offsets(KHARTOUM, LocalDateTime.of(2000, 1, 15, 12, 30))).as("noon gap").isZero();
        assertThat(ZoneTransitions.isQuiet(KHARTOUM, LocalDate.of(2000, 1, 15))).isFalse();
        assertThat(ZoneTransitions.isQuiet(KHARTOUM, LocalDate.of(2000, 1, 16))).isTrue();
        assertThat(offsets(NUUK, LocalDateTime.of(1981, 3, 28, 22, 30))).as("22:00 gap").isZero();
        assertThat(ZoneTransitions.isQuiet(NUUK, LocalDate.of(1981, 3, 28))).isFalse();
    }

    @Test
    void isQuiet_isTrueOnANightChange() {
        assertThat(offsets(PARIS, LocalDateTime.of(2025, 3, 30, 2, 30))).isZero();
        assertThat(ZoneTransitions.isQuiet(PARIS, LocalDate.of(2025, 3, 30))).isTrue();
        assertThat(offsets(SANTIAGO, LocalDateTime.of(2022, 9, 11, 0, 30))).as("midnight gap").isZero();
        assertThat(ZoneTransitions.isQuiet(SANTIAGO, LocalDate.of(2022, 9, 11))).isTrue();
    }

    @Test
    void quietDates_passOverNoisyDays_andStayIn1970To2037() {
        assertThat(ZoneTransitions.quietDates(APIA, LocalDate.of(2011, 12, 29), 2)).isEqualTo(LocalDate.of(2011, 12, 31));
        assertThat(ZoneTransitions.quietDates(KHARTOUM, LocalDate.of(2000, 1, 15), 1)).isEqualTo(LocalDate.of(2000, 1, 16));
        assertThat(ZoneTransitions.quietDates(NUUK, LocalDate.of(1981, 3, 28), 1)).isEqualTo(LocalDate.of(1981, 3, 29));
        assertThat(ZoneTransitions.quietDates(ZoneId.of("UTC"), LocalDate.of(2037, 12, 31), 3))
                .isEqualTo(LocalDate.of(2037, 12, 29));
    }

    @Test
    void quietDates_giveEveryZoneTheMostDaysAnEventSpans() {
        for (ZoneId zone : RandomEvents.zones()) {
            LocalDate first = ZoneTransitions.quietDates(zone, LocalDate.of(1970, 1, 1), RandomEvents.MAX_DAYS);
            assertThat(first.plusDays(RandomEvents.MAX_DAYS - 1L)).as("%s", zone).isBeforeOrEqualTo(LocalDate.of(2037, 12, 31));
        }
    }

    @Test
    void nearestChange_isTheDateTheNewWallClockTimeStartsOn() {
        // Apia skipped 30 December 2011: its clocks went from the 29th to the 31st.
        assertThat(ZoneTransitions.nearestChange(APIA, LocalDate.of(2011, 12, 25))).contains(LocalDate.of(2011, 12, 31));
        assertThat(ZoneTransitions.nearestChange(KWAJALEIN, LocalDate.of(1975, 1, 1))).contains(LocalDate.of(1993, 8, 22));
        assertThat(ZoneTransitions.nearestChange(SANTIAGO, LocalDate.of(2022, 9, 8))).contains(LocalDate.of(2022, 9, 11));
        // Paris kept its clocks from 1946 to 1976.
        assertThat(ZoneTransitions.nearestChange(PARIS, LocalDate.of(1970, 1, 10))).contains(LocalDate.of(1976, 3, 28));
        assertThat(offsets(PARIS, LocalDateTime.of(1976, 3, 28, 1, 30))).isZero();
    }

    @Test
    void nearestChange_isEmptyForZonesWithoutChangesIn1970To2037() {
        assertThat(ZoneTransitions.nearestChange(ZoneId.of("UTC"), LocalDate.of(2000, 1, 1))).isEmpty();
        assertThat(ZoneTransitions.nearestChange(ZoneId.of("Etc/GMT+5"), LocalDate.of(2000, 1, 1))).isEmpty();
        assertThat(ZoneId.of("Asia/Kolkata").getRules().nextTransition(LocalDate.of(1970, 1, 1)
                .atStartOfDay(ZoneId.of("Asia/Kolkata")).toInstant())).isNull();
        assertThat(ZoneTransitions.nearestChange(ZoneId.of("Asia/Kolkata"), LocalDate.of(1970, 1, 1))).isEmpty();
    }

    @Test
    void nearestNightChange_findsHalfHourGapsAndNegativeSummerTime() {
        ZoneOffsetTransition lordHowe = ZoneTransitions.nearestNightChange(LORD_HOWE, LocalDate.of(2020, 1, 1), true, 1)
                .orElseThrow();
        assertThat(lordHowe.getDuration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(offsets(LORD_HOWE, lordHowe.getDateTimeBefore().plusMinutes(15))).isZero();
        ZoneOffsetTransition dublin = ZoneTransitions.nearestNightChange(DUBLIN, LocalDate.of(2020, 1, 1), false, 3)
                .orElseThrow();
        assertThat(offsets(DUBLIN, dublin.getDateTimeAfter().plusMinutes(30))).isEqualTo(2);
        assertThat(dublin.getDateTimeAfter().getHour()).isLessThan(6);
    }

    @Test
    void nearestNightChange_leavesOutWholeDaysAndEveningChanges() {
        // Kwajalein's only gap since 1970 skips a whole day; Santiago falls back from midnight to 23:00.
        assertThat(ZoneTransitions.nearestNightChange(KWAJALEIN, LocalDate.of(1993, 8, 1), true, 1)).isEmpty();
        assertThat(ZoneTransitions.nearestNightChange(SANTIAGO, LocalDate.of(2020, 1, 1), false, 1)).isEmpty();
        ZoneOffsetTransition midnight = ZoneTransitions.nearestNightChange(SANTIAGO, LocalDate.of(2022, 9, 1), true, 1)
                .orElseThrow();
        assertThat(midnight.getDateTimeBefore()).isEqualTo(LocalDateTime.of(2022, 9, 11, 0, 0));
    }

    @Test
    void nearestNightChange_leavesTheFollowingDaysQuiet() {
        // Nuuk: spring forward at 02:00 on 6 April 1980, then at 22:00 every March until 1995.
        ZoneRules rules = NUUK.getRules();
        ZoneOffsetTransition found = ZoneTransitions.nearestNightChange(NUUK, LocalDate.of(1981, 3, 28), true, 1)
                .orElseThrow();
        assertThat(found.getDateTimeBefore()).isEqualTo(LocalDateTime.of(1980, 4, 6, 2, 0));
        assertThat(rules.getValidOffsets(LocalDateTime.of(1981, 3, 28, 22, 30))).isEmpty();
    }

    @Test
    void existingOnce_movesATimeThatDoesNotExistToAnEarlierDay() {
        assertThat(ZoneTransitions.existingOnce(APIA, LocalDateTime.of(2011, 12, 30, 10, 0)))
                .isEqualTo(LocalDateTime.of(2011, 12, 29, 10, 0));
        assertThat(ZoneTransitions.existingOnce(KHARTOUM, LocalDateTime.of(2000, 1, 15, 12, 30)))
                .isEqualTo(LocalDateTime.of(2000, 1, 14, 12, 30));
        assertThat(ZoneTransitions.existingOnce(PARIS, LocalDateTime.of(2025, 6, 1, 12, 0)))
                .isEqualTo(LocalDateTime.of(2025, 6, 1, 12, 0));
    }
}
