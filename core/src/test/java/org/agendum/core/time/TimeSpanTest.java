package org.agendum.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.agendum.core.model.InvariantViolationException;
import org.junit.jupiter.api.Test;

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

    @Test
    void overlaps_whenTheySharePartOfTheTimeline() {
        TimeSpan a = span(13, 0, 14, 0);
        TimeSpan b = span(13, 30, 14, 30);

        assertThat(a.overlaps(b)).isTrue();
        assertThat(b.overlaps(a)).isTrue();
        assertThat(a.overlaps(a)).isTrue();
        assertThat(a.abuts(b)).isFalse();
    }

    @Test
    void touchingSpans_abut_butDoNotOverlap() {
        TimeSpan opening = span(13, 0, 13, 15);
        TimeSpan panel = span(13, 15, 13, 50);

        assertThat(opening.overlaps(panel)).isFalse();
        assertThat(panel.overlaps(opening)).isFalse();
        assertThat(opening.abuts(panel)).isTrue();
        assertThat(panel.abuts(opening)).isTrue();
    }

    @Test
    void separateSpans_neitherOverlapNorAbut() {
        TimeSpan morning = span(9, 0, 10, 0);
        TimeSpan afternoon = span(14, 0, 15, 0);

        assertThat(morning.overlaps(afternoon)).isFalse();
        assertThat(morning.abuts(afternoon)).isFalse();
        assertThat(afternoon.abuts(morning)).isFalse();
    }

    @Test
    void encloses_includesBothEnds() {
        TimeSpan panel = span(13, 15, 13, 50);

        assertThat(panel.encloses(panel)).isTrue();
        assertThat(panel.encloses(span(13, 15, 13, 30))).isTrue();
        assertThat(panel.encloses(span(13, 30, 13, 50))).isTrue();
        assertThat(panel.encloses(span(13, 14, 13, 30))).isFalse();
        assertThat(panel.encloses(span(13, 30, 13, 51))).isFalse();
        assertThat(span(13, 30, 13, 40).encloses(panel)).isFalse();
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
        return ZonedDateTime.of(2021, 6, 11, hour, minute, 0, 0, MONTEVIDEO);
    }

    private static TimeSpan span(int startHour, int startMinute, int endHour, int endMinute) {
        return TimeSpan.of(at(startHour, startMinute), at(endHour, endMinute));
    }
}
