package org.agendum.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.agendum.core.model.InvariantViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSpanTest {

    private static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void startAndEnd_areKept_andDurationIsTheElapsedTime() {
        TimeSpan panel = span(13, 15, 13, 50);

        assertThat(panel.start()).isEqualTo(at(13, 15));
        assertThat(panel.end()).isEqualTo(at(13, 50));
        assertThat(panel.duration()).isEqualTo(Duration.ofMinutes(35));
    }

    @ParameterizedTest(name = "{0}: {1}–{2} and {3}–{4} overlap: {5}, abut: {6}, either way round")
    @CsvSource({
        "sharing part of the time-line, 13:00, 14:00, 13:30, 14:30, true,  false",
        "touching,                      13:00, 13:15, 13:15, 13:50, false, true",
        "separate,                      09:00, 10:00, 14:00, 15:00, false, false",
    })
    void overlapsAndAbuts_areSymmetric_andTouchingSpansAbutWithoutOverlapping(String relation,
            LocalTime aStart, LocalTime aEnd, LocalTime bStart, LocalTime bEnd, boolean overlap, boolean abut) {
        TimeSpan a = span(aStart, aEnd);
        TimeSpan b = span(bStart, bEnd);

        assertThat(a.overlaps(b)).isEqualTo(overlap);
        assertThat(b.overlaps(a)).isEqualTo(overlap);
        assertThat(a.abuts(b)).isEqualTo(abut);
        assertThat(b.abuts(a)).isEqualTo(abut);
        assertThat(a.overlaps(a)).isTrue();
    }

    @ParameterizedTest(name = "{0}–{1} encloses {2}–{3}: {4}")
    @CsvSource({
        "13:15, 13:50, 13:15, 13:50, true",
        "13:15, 13:50, 13:15, 13:30, true",
        "13:15, 13:50, 13:30, 13:50, true",
        "13:15, 13:50, 13:14, 13:30, false",
        "13:15, 13:50, 13:30, 13:51, false",
        "13:30, 13:40, 13:15, 13:50, false",
    })
    void encloses_includesBothEnds(LocalTime outerStart, LocalTime outerEnd, LocalTime innerStart, LocalTime innerEnd,
            boolean encloses) {
        assertThat(span(outerStart, outerEnd).encloses(span(innerStart, innerEnd))).isEqualTo(encloses);
    }

    @Test
    void comparisons_acrossZones_areByInstant() {
        TimeSpan inMontevideo = span(13, 15, 13, 50);
        TimeSpan inMexico = TimeSpan.of(ZonedDateTime.of(2021, 6, 11, 11, 15, 0, 0, MEXICO),
                ZonedDateTime.of(2021, 6, 11, 11, 50, 0, 0, MEXICO));
        TimeSpan nextInMexico = TimeSpan.of(ZonedDateTime.of(2021, 6, 11, 11, 50, 0, 0, MEXICO),
                ZonedDateTime.of(2021, 6, 11, 12, 20, 0, 0, MEXICO));

        assertThat(inMontevideo).isNotEqualTo(inMexico);
        assertThat(inMontevideo.overlaps(inMexico)).isTrue();
        assertThat(inMontevideo.encloses(inMexico)).isTrue();
        assertThat(inMexico.encloses(inMontevideo)).isTrue();
        assertThat(inMontevideo.abuts(nextInMexico)).isTrue();
        assertThat(inMontevideo.overlaps(nextInMexico)).isFalse();
    }

    @Test
    void atZone_showsTheSameInstantsOnAnotherWallClock() {
        TimeSpan inMexico = span(13, 15, 13, 50).atZone(MEXICO);

        assertThat(inMexico.start()).isEqualTo(ZonedDateTime.of(2021, 6, 11, 11, 15, 0, 0, MEXICO));
        assertThat(inMexico.end()).isEqualTo(ZonedDateTime.of(2021, 6, 11, 11, 50, 0, 0, MEXICO));
        assertThat(inMexico.start().getZone()).isEqualTo(MEXICO);
        assertThat(inMexico.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2021, 6, 11, 11, 15));
        assertThat(inMexico.start().toInstant()).isEqualTo(at(13, 15).toInstant());
        assertThat(inMexico.atZone(MONTEVIDEO)).isEqualTo(span(13, 15, 13, 50));
    }

    @Test
    void duration_acrossADstChange_isTheElapsedTime() {
        // Clocks in Paris jump from 02:00 to 03:00 on 31 March 2024.
        TimeSpan night = TimeSpan.of(ZonedDateTime.of(2024, 3, 31, 1, 0, 0, 0, PARIS),
                ZonedDateTime.of(2024, 3, 31, 4, 0, 0, 0, PARIS));

        assertThat(night.duration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void emptySpan_isAllowed() {
        TimeSpan instant = TimeSpan.of(at(13, 0), at(13, 0));

        assertThat(instant.duration()).isZero();
        assertThat(instant.abuts(span(13, 0, 14, 0))).isTrue();
    }

    @Test
    void endBeforeStart_isRejected() {
        assertThatThrownBy(() -> TimeSpan.of(at(13, 50), at(13, 15)))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvariantViolationException.class);
        assertThatThrownBy(() -> TimeSpan.of(null, at(13, 15))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalSpans_areEqualValues() {
        assertThat(span(13, 15, 13, 50)).isEqualTo(span(13, 15, 13, 50)).hasSameHashCodeAs(span(13, 15, 13, 50));
        assertThat(span(13, 15, 13, 50)).isNotEqualTo(span(13, 15, 13, 51));
    }

    private static ZonedDateTime at(int hour, int minute) {
        return at(LocalTime.of(hour, minute));
    }

    private static ZonedDateTime at(LocalTime time) {
        return ZonedDateTime.of(LocalDate.of(2021, 6, 11), time, MONTEVIDEO);
    }

    private static TimeSpan span(int startHour, int startMinute, int endHour, int endMinute) {
        return span(LocalTime.of(startHour, startMinute), LocalTime.of(endHour, endMinute));
    }

    private static TimeSpan span(LocalTime start, LocalTime end) {
        return TimeSpan.of(at(start), at(end));
    }
}
