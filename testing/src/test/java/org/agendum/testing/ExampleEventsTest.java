package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.agendum.core.model.Event;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.api.Test;

/**
 * The example events: each validates without any finding, each call returns an equal event, and
 * their timetables place sessions where {@code java.time} says the wall-clock times fall, on both
 * sides of the end of daylight-saving time.
 */
class ExampleEventsTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void examples_validateWithoutAnyFinding() {
        for (Event event : ExampleEvents.all()) {
            ReportAssert.assertThatEvent(event).as("%s", event.id()).isEmpty();
        }
    }

    @Test
    void eachCall_returnsAnEqualEvent() {
        assertThat(ExampleEvents.lisbonConference2026()).isEqualTo(ExampleEvents.lisbonConference2026());
        assertThat(ExampleEvents.madridSeminarSeries2026()).isEqualTo(ExampleEvents.madridSeminarSeries2026());
        assertThat(ExampleEvents.all()).extracting(Event::id)
                .containsExactly("lisbon-conference-2026", "madrid-seminar-series-2026");
    }

    @Test
    void seriesSessions_areTheMondaysAt1800_exceptTheHoliday_onBothSidesOfTheDstChange() {
        List<ScheduledBlock> sessions = Timetable.of(ExampleEvents.madridSeminarSeries2026()).blocks();

        LocalDate first = LocalDate.of(2026, 9, 28);
        List<ZonedDateTime> mondays = first.datesUntil(LocalDate.of(2026, 12, 8), java.time.Period.ofWeeks(1))
                .filter(d -> !d.equals(LocalDate.of(2026, 10, 12)))
                .map(d -> ZonedDateTime.of(d, LocalTime.of(18, 0), MADRID))
                .toList();
        assertThat(mondays).hasSize(10);
        assertThat(sessions).extracting(b -> b.span().orElseThrow().start().toInstant())
                .containsExactlyElementsOf(mondays.stream().map(ZonedDateTime::toInstant).toList());
        // 18:00 in Madrid is 16:00 UTC before the change on 25 October 2026, 17:00 UTC after it.
        assertThat(sessions.get(0).span().orElseThrow().start().toInstant())
                .hasToString("2026-09-28T16:00:00Z");
        assertThat(sessions.get(4).span().orElseThrow().start().toInstant())
                .hasToString("2026-11-02T17:00:00Z");
    }

    @Test
    void conference_placesTheDinnerPastMidnight_andSundayAfterTheDstChange() {
        Timetable timetable = Timetable.of(ExampleEvents.lisbonConference2026());

        var dinner = timetable.spanOf("dinner").orElseThrow();
        assertThat(dinner.start().toInstant())
                .isEqualTo(ZonedDateTime.of(LocalDateTime.of(2026, 10, 24, 20, 0), LISBON).toInstant());
        assertThat(dinner.end().toInstant())
                .isEqualTo(ZonedDateTime.of(LocalDateTime.of(2026, 10, 25, 0, 30), LISBON).toInstant())
                .hasToString("2026-10-24T23:30:00Z");
        ScheduledBlock closing = timetable.blocks().get(timetable.blocks().size() - 1);
        assertThat(closing.span().orElseThrow().start().toInstant()).hasToString("2026-10-25T12:00:00Z");
        assertThat(timetable.spanOf("keynote-okafor").orElseThrow().start().toInstant())
                .hasToString("2026-10-23T09:00:00Z");
    }
}
