package org.agendum.core.model;

import static org.agendum.core.model.Violations.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.agendum.core.model.Recurrence.Frequency;
import org.junit.jupiter.api.Test;

/**
 * The dates of a recurrence, as RFC 5545 §3.3.10 gives them; each expected list is written out from
 * a calendar (and the RFC's examples), not computed.
 */
class RecurrenceTest {

    private static Recurrence.Builder every(Frequency frequency) {
        return Recurrence.builder().frequency(frequency);
    }

    @Test
    void weekly_everyOtherWeek_untilAnInclusiveDate() {
        Recurrence recurrence = every(Frequency.WEEKLY).interval(2).until(LocalDate.of(2026, 10, 27)).build();

        assertThat(recurrence.datesFrom(LocalDate.of(2026, 9, 29)))
                .containsExactly(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 27));
    }

    @Test
    void monthlyOnThe31st_skipsTheMonthsWithoutOne_asRfc5545Does() {
        // RFC 5545: "if BYMONTHDAY=31 ... months without it are ignored"; the same holds for DTSTART's day.
        assertThat(every(Frequency.MONTHLY).count(5).build().datesFrom(LocalDate.of(2026, 1, 31)))
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31),
                        LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 31));
    }

    @Test
    void yearlyOn29February_meetsInLeapYearsOnly() {
        assertThat(every(Frequency.YEARLY).count(3).build().datesFrom(LocalDate.of(2096, 2, 29)))
                .containsExactly(LocalDate.of(2096, 2, 29), LocalDate.of(2104, 2, 29), LocalDate.of(2108, 2, 29));
    }

    @Test
    void theCount_countsOccurrencesBeforeExclusion() {
        Recurrence recurrence = every(Frequency.DAILY).count(4).addExcludedDates(LocalDate.of(2026, 3, 3)).build();

        assertThat(recurrence.datesFrom(LocalDate.of(2026, 3, 1))).hasSize(4);
        assertThat(recurrence.sessionDatesFrom(LocalDate.of(2026, 3, 1)))
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4));
    }

    @Test
    void theBound_isMaxOccurrences_exactlyAllowed_oneMoreRefused() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        assertThat(every(Frequency.DAILY).count(Recurrence.MAX_OCCURRENCES).build().datesFrom(first))
                .hasSize(Recurrence.MAX_OCCURRENCES).last().isEqualTo(first.plusDays(Recurrence.MAX_OCCURRENCES - 1));
        Recurrence daily = every(Frequency.DAILY).until(first.plusDays(Recurrence.MAX_OCCURRENCES)).build();

        assertViolates(Invariant.RECURRENCE_TOO_MANY_OCCURRENCES, "/recurrence", () -> daily.datesFrom(first));
        assertThat(every(Frequency.DAILY).until(first.plusDays(Recurrence.MAX_OCCURRENCES - 1)).build().datesFrom(first))
                .hasSize(Recurrence.MAX_OCCURRENCES);
    }

    @Test
    void aSeriesThatWouldRunPastTheYear9999_isRefused() {
        assertViolates(Invariant.DATE_OUT_OF_RANGE, "/recurrence/count",
                () -> every(Frequency.YEARLY).count(3).build().datesFrom(LocalDate.of(9998, 6, 1)));
    }

    @Test
    void bothCountAndUntil_orAZeroInterval_areRefused() {
        assertViolates(Invariant.RECURRENCE_END_NOT_ONE, "/until",
                () -> every(Frequency.DAILY).count(2).until(LocalDate.of(2026, 1, 1)).build());
        assertViolates(Invariant.RECURRENCE_NOT_POSITIVE, "/interval", () -> Recurrence.weekly(2).withInterval(0));
    }

    @Test
    void excludingEveryOccurrence_isRefused_excludingAllButOne_isNot() {
        AgendaBlock.Builder block = AgendaBlock.builder().id("s").kind(BlockKind.TALK).title("S")
                .timing(Timing.slot(LocalDate.of(2026, 3, 1), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0)));
        Recurrence two = every(Frequency.DAILY).count(2).build();

        assertViolates(Invariant.RECURRENCE_EXCLUSION_NOT_OCCURRENCE, "/recurrence/excludedDates",
                () -> block.recurrence(two.withExcludedDates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2))).build());
        AgendaBlock one = AgendaBlock.builder().id("s").kind(BlockKind.TALK).title("S")
                .timing(Timing.slot(LocalDate.of(2026, 3, 1), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0)))
                .recurrence(two.withExcludedDates(LocalDate.of(2026, 3, 1))).build();
        assertThat(one.recurrence().orElseThrow().sessionDatesFrom(LocalDate.of(2026, 3, 1)))
                .containsExactly(LocalDate.of(2026, 3, 2));
    }
}
