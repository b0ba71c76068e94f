package org.agendum.core.model;

import static org.agendum.core.model.Violations.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate JUNE_9 = LocalDate.of(2021, 6, 9);

    @Test
    void cutoff_beforeDate_isStartOfThatDayInEventZone() {
        Deadline.Before deadline = Deadline.before(JUNE_9, MONTEVIDEO);

        assertThat(deadline.kind()).isEqualTo(Deadline.Kind.BEFORE);
        assertThat(deadline.date()).isEqualTo(JUNE_9);
        assertThat(deadline.zone()).isEqualTo(MONTEVIDEO);
        assertThat(deadline.cutoff())
                .isEqualTo(ZonedDateTime.of(2021, 6, 9, 0, 0, 0, 0, MONTEVIDEO).toInstant())
                .isEqualTo(Instant.parse("2021-06-09T03:00:00Z"));
    }

    @Test
    void lastDay_beforeDate_isTheDayBefore() {
        assertThat(Deadline.before(JUNE_9, MONTEVIDEO).lastDay()).isEqualTo(LocalDate.of(2021, 6, 8));
        assertThat(Deadline.before(LocalDate.of(2021, 3, 1), MONTEVIDEO).lastDay()).isEqualTo(LocalDate.of(2021, 2, 28));
    }

    @Test
    void isOpenAt_beforeDate_untilJustBeforeTheCutoff() {
        Deadline deadline = Deadline.before(JUNE_9, MONTEVIDEO);
        Instant cutoff = Instant.parse("2021-06-09T03:00:00Z");

        assertThat(deadline.isOpenAt(cutoff.minusNanos(1))).isTrue();
        assertThat(deadline.isOpenAt(cutoff)).isFalse();
        assertThat(deadline.isOpenAt(cutoff.plusSeconds(1))).isFalse();
        // 8 June, 23:30 in Montevideo is already 9 June in UTC: still open.
        assertThat(deadline.isOpenAt(Instant.parse("2021-06-09T02:30:00Z"))).isTrue();
    }

    @Test
    void until_isInclusive_closingWhenTheNextDayStartsInTheZone() {
        Deadline deadline = Deadline.until(JUNE_9, MONTEVIDEO);

        assertThat(deadline.kind()).isEqualTo(Deadline.Kind.UNTIL);
        assertThat(deadline.lastDay()).isEqualTo(JUNE_9);
        assertThat(deadline.cutoff()).isEqualTo(Instant.parse("2021-06-10T03:00:00Z"));
        assertThat(deadline.isOpenAt(Instant.parse("2021-06-10T02:59:59Z"))).isTrue();
        assertThat(deadline.isOpenAt(Instant.parse("2021-06-10T03:00:00Z"))).isFalse();
    }

    @Test
    void until_andBeforeTheNextDay_closeAtTheSameInstant_butStayDistinctValues() {
        Deadline until = Deadline.until(JUNE_9, MONTEVIDEO);
        Deadline before = Deadline.before(JUNE_9.plusDays(1), MONTEVIDEO);

        assertThat(until.cutoff()).isEqualTo(before.cutoff());
        assertThat(until.lastDay()).isEqualTo(before.lastDay());
        assertThat(until).isNotEqualTo(before);
    }

    @Test
    void at_localDateTimeInZone_closesAtThatMoment() {
        Deadline.At deadline = Deadline.at(LocalDateTime.of(2021, 6, 9, 18, 0), MONTEVIDEO);

        assertThat(deadline.kind()).isEqualTo(Deadline.Kind.AT);
        assertThat(deadline.dateTime()).isEqualTo(LocalDateTime.of(2021, 6, 9, 18, 0));
        assertThat(deadline.cutoff()).isEqualTo(Instant.parse("2021-06-09T21:00:00Z"));
        assertThat(deadline.lastDay()).isEqualTo(JUNE_9);
        assertThat(deadline.isOpenAt(Instant.parse("2021-06-09T20:59:59.999Z"))).isTrue();
        assertThat(deadline.isOpenAt(Instant.parse("2021-06-09T21:00:00Z"))).isFalse();
    }

    @Test
    void lastDay_atMidnight_isThePreviousDay() {
        Deadline deadline = Deadline.at(JUNE_9.atStartOfDay(), MONTEVIDEO);

        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2021, 6, 8));
        assertThat(deadline.cutoff()).isEqualTo(Deadline.before(JUNE_9, MONTEVIDEO).cutoff());
    }

    @Test
    void at_zonedDateTime_keepsTheRegionZoneNotTheOffset() {
        ZonedDateTime closing = ZonedDateTime.of(2021, 6, 9, 18, 0, 0, 0, MONTEVIDEO);
        Deadline.At deadline = Deadline.at(closing);

        assertThat(deadline.zone()).isEqualTo(MONTEVIDEO).isNotEqualTo(ZoneOffset.ofHours(-3));
        assertThat(deadline.dateTime()).isEqualTo(LocalDateTime.of(2021, 6, 9, 18, 0));
        assertThat(deadline.cutoff()).isEqualTo(closing.toInstant());
        assertThat(deadline).isEqualTo(Deadline.at(LocalDateTime.of(2021, 6, 9, 18, 0), MONTEVIDEO));
    }

    @Test
    void cutoff_beforeADateWhoseMidnightIsInADstGap_isTheFirstValidInstantOfThatDay() {
        // Brazil started DST on 4 November 2018 at midnight: the day began at 01:00 -02:00.
        LocalDate dstStart = LocalDate.of(2018, 11, 4);
        assertThat(SAO_PAULO.getRules().getValidOffsets(dstStart.atStartOfDay())).isEmpty();

        Deadline before = Deadline.before(dstStart, SAO_PAULO);
        Instant firstInstantOfTheDay = Instant.parse("2018-11-04T03:00:00Z");
        assertThat(before.cutoff()).isEqualTo(firstInstantOfTheDay);
        assertThat(firstInstantOfTheDay.atZone(SAO_PAULO).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2018, 11, 4, 1, 0));
        assertThat(before.lastDay()).isEqualTo(LocalDate.of(2018, 11, 3));
        assertThat(before.isOpenAt(firstInstantOfTheDay.minusNanos(1))).isTrue();

        Deadline until = Deadline.until(LocalDate.of(2018, 11, 3), SAO_PAULO);
        assertThat(until.cutoff()).isEqualTo(firstInstantOfTheDay);
        assertThat(until.lastDay()).isEqualTo(LocalDate.of(2018, 11, 3));
    }

    @Test
    void cutoff_atATimeInADstGap_movesLaterByTheGap() {
        Deadline deadline = Deadline.at(LocalDateTime.of(2024, 3, 31, 2, 30), PARIS);

        assertThat(deadline.cutoff()).isEqualTo(ZonedDateTime.of(2024, 3, 31, 3, 30, 0, 0, PARIS).toInstant())
                .isEqualTo(Instant.parse("2024-03-31T01:30:00Z"));
    }

    @Test
    void cutoff_atATimeInADstOverlap_usesTheEarlierInstant() {
        Deadline deadline = Deadline.at(LocalDateTime.of(2024, 10, 27, 2, 30), PARIS);

        assertThat(deadline.cutoff()).isEqualTo(Instant.parse("2024-10-27T00:30:00Z"));
    }

    @Test
    void eachKind_isItsOwnType_andCopiesKeepTheType() {
        Deadline before = Deadline.before(JUNE_9, MONTEVIDEO);
        Deadline until = Deadline.until(JUNE_9, MONTEVIDEO);
        Deadline at = Deadline.at(LocalDateTime.of(2021, 6, 9, 18, 0), MONTEVIDEO);

        assertThat(before).isInstanceOf(Deadline.Before.class).isNotEqualTo(until);
        assertThat(until).isInstanceOf(Deadline.Until.class);
        assertThat(at).isInstanceOf(Deadline.At.class);
        // Copies through the interface keep the kind: there is no way to ask a date of an At.
        assertThat(before.withWording("antes del 9").withZone(ZoneOffset.UTC)).isInstanceOf(Deadline.Before.class);
        assertThat(until.withSubject("Inscripción").kind()).isEqualTo(Deadline.Kind.UNTIL);
        assertThat(at.withSubject(Optional.empty())).isEqualTo(at);
    }

    @Test
    void copies_changeTheSemanticsTheyName() {
        Deadline.Before before = Deadline.before(JUNE_9, MONTEVIDEO);
        Deadline.At at = Deadline.at(LocalDateTime.of(2021, 6, 9, 18, 0), MONTEVIDEO);

        assertThat(before.withDate(JUNE_9.plusDays(1)).lastDay()).isEqualTo(JUNE_9);
        assertThat(before.withZone(ZoneOffset.UTC).cutoff()).isEqualTo(Instant.parse("2021-06-09T00:00:00Z"));
        assertThat(at.withDateTime(LocalDateTime.of(2021, 6, 9, 20, 0)).cutoff())
                .isEqualTo(Instant.parse("2021-06-09T23:00:00Z"));
        assertViolates(Invariant.DATE_OUT_OF_RANGE, "/dateTime", () -> at.withDateTime(LocalDateTime.of(10_000, 1, 1, 0, 0)));
        assertViolates(Invariant.DATE_OUT_OF_RANGE, "/date", () -> before.withDate(LocalDate.of(0, 12, 31)));
    }

    @Test
    void wordingAndSubject_areKept_andDoNotChangeTheCutoff() {
        Deadline plain = Deadline.before(JUNE_9, MONTEVIDEO);
        Deadline worded = plain.withWording("antes del próximo 9 de junio de 2021").withSubject("Inscripción");

        assertThat(worded.wording()).hasValue("antes del próximo 9 de junio de 2021");
        assertThat(worded.subject()).hasValue("Inscripción");
        assertThat(worded.cutoff()).isEqualTo(plain.cutoff());
        assertThat(worded.lastDay()).isEqualTo(plain.lastDay());
        assertThat(worded).isNotEqualTo(plain);
        assertThat(plain.wording()).isEmpty();
        assertViolates(Invariant.BLANK_TEXT, "/wording", () -> plain.withWording(" "));
        assertViolates(Invariant.BLANK_TEXT, "/subject", () -> plain.withSubject(""));
    }

    @Test
    void equalDeadlines_areEqualValues() {
        assertThat(Deadline.before(JUNE_9, MONTEVIDEO)).isEqualTo(Deadline.before(LocalDate.parse("2021-06-09"), MONTEVIDEO))
                .hasSameHashCodeAs(Deadline.before(JUNE_9, ZoneId.of("America/Montevideo")));
    }

    @Test
    void deadline_whoseCutoffIsOffTheTimeLine_isRejected() {
        assertViolates(Invariant.DATE_OUT_OF_RANGE, "/date", () -> Deadline.until(LocalDate.MAX, ZoneOffset.UTC));
        assertThat(Deadline.before(LocalDate.of(9999, 12, 31), ZoneOffset.UTC).lastDay()).isEqualTo(LocalDate.of(9999, 12, 30));
    }
}
