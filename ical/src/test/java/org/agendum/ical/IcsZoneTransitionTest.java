package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.component.VEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.agendum.core.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Events on the day of a zone's transition keep their instants through biweekly and ical4j. */
class IcsZoneTransitionTest {

    private static final IcsEventFormat ICS = IcsEventFormat.create()
            .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    static Stream<Arguments> transitionDays() {
        return Stream.of(
                // Clocks jumped 02:00 to 03:00 that morning.
                Arguments.of("Australia/Sydney", "2009-10-04T09:00", "2009-10-04T12:00", "2009-10-03T22:00:00Z"),
                Arguments.of("Australia/Sydney", "2009-10-04T01:00", "2009-10-04T23:30", "2009-10-03T15:00:00Z"),
                Arguments.of("Australia/Sydney", "2009-04-05T09:00", "2009-04-05T17:00", "2009-04-04T23:00:00Z"),
                // A year that starts in daylight time: before its first transition.
                Arguments.of("Australia/Sydney", "2009-02-10T09:00", "2009-02-10T17:00", "2009-02-09T22:00:00Z"),
                Arguments.of("America/Sao_Paulo", "2005-02-10T09:15", "2005-02-10T17:00", "2005-02-10T11:15:00Z"),
                Arguments.of("Europe/Paris", "2024-03-31T09:00", "2024-03-31T17:00", "2024-03-31T07:00:00Z"),
                Arguments.of("Europe/Paris", "2024-03-31T01:30", "2024-03-31T04:00", "2024-03-31T00:30:00Z"),
                Arguments.of("Europe/Paris", "2024-10-27T09:00", "2024-10-27T17:00", "2024-10-27T08:00:00Z"),
                Arguments.of("Europe/Paris", "2024-10-26T22:00", "2024-10-27T04:00", "2024-10-26T20:00:00Z"),
                // Chile moves its clocks at midnight: 00:00 became 01:00 on 8 September, 23:00 of
                // the 6th on 7 April.
                Arguments.of("America/Santiago", "2024-09-08T09:00", "2024-09-08T18:00", "2024-09-08T12:00:00Z"),
                Arguments.of("America/Santiago", "2024-09-07T20:00", "2024-09-08T10:00", "2024-09-08T00:00:00Z"),
                Arguments.of("America/Santiago", "2024-04-07T09:00", "2024-04-07T18:00", "2024-04-07T13:00:00Z"),
                Arguments.of("America/Santiago", "2024-04-06T20:00", "2024-04-07T10:00", "2024-04-06T23:00:00Z"),
                Arguments.of("America/New_York", "2033-11-06T09:00", "2033-11-06T17:00", "2033-11-06T14:00:00Z"),
                // No DST at all.
                Arguments.of("Asia/Tokyo", "2024-03-31T09:00", "2024-03-31T17:00", "2024-03-31T00:00:00Z"),
                Arguments.of("Asia/Kolkata", "2024-10-27T09:00", "2024-10-27T17:00", "2024-10-27T03:30:00Z"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("transitionDays")
    void eventOnATransitionDay_isReadWithTheTimetablesInstants(String zone, String start, String end,
            String utcStart) {
        Event event = event(ZoneId.of(zone), LocalDateTime.parse(start), LocalDateTime.parse(end));
        String document = ICS.toIcs(event);

        IcsChecks.assertInstantsAgreeWithTimetable(event, document);
        IcsChecks.assertIcal4jInstantsAgreeWithTimetable(event, document);
        assertThat(IcsChecks.instant(IcsChecks.line(document, "transition-day@agendum", "DTSTART"), document))
                .isEqualTo(Instant.parse(utcStart));
        assertThat(IcsChecks.instant(IcsChecks.line(document, "transition-day@agendum", "DTEND"), document))
                .isEqualTo(LocalDateTime.parse(end).atZone(ZoneId.of(zone)).toInstant());
    }

    /**
     * biweekly 0.6.8's own {@code toInstant()} reads 09:00 Sydney on 2009-10-04 an hour late, whatever
     * the VTIMEZONE's shape (see {@link IcsChecks#assertInstantsAgreeWithTimetable}). When this
     * fails, biweekly has been fixed: check instants with its {@code toInstant()} again.
     */
    @Test
    void biweekly068_misreadsTheHoursAfterATransition() {
        Event event = event(ZoneId.of("Australia/Sydney"), LocalDateTime.parse("2009-10-04T09:00"),
                LocalDateTime.parse("2009-10-04T12:00"));
        VEvent main = IcsChecks.parseWithoutWarnings(ICS.toIcs(event)).getEvents().get(0);

        assertThat(main.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2009-10-03T23:00:00Z"))
                .isNotEqualTo(event.start().atZone(event.zone()).toInstant());
    }

    private static Event event(ZoneId zone, LocalDateTime start, LocalDateTime end) {
        return Event.builder().id("transition-day").title("Transition day").zone(zone).start(start).end(end)
                .build();
    }
}
