package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Event;
import org.agendum.core.model.Registration;
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
        List<ZonedDateTime> mondays = first.datesUntil(LocalDate.of(2026, 12, 8), Period.ofWeeks(1))
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

    @Test
    void conference_declaresRoomsAndTracks_andSaysWhatChanged() {
        Event conference = ExampleEvents.lisbonConference2026();

        assertThat(conference.revision()).isEqualTo(2);
        assertThat(conference.rooms()).extracting(r -> r.id())
                .containsExactly("auditorio-tejo", "sala-alfama", "sala-belem", "sala-estrela", "foyer");
        assertThat(conference.tracks()).extracting(t -> t.color().orElseThrow()).containsExactly("#1F77B4", "#FF7F0E");
        Timetable timetable = Timetable.of(conference);
        AgendaBlock cancelled = timetable.block("talk-parking").orElseThrow().block();
        assertThat(cancelled.status()).isEqualTo(BlockStatus.CANCELLED);
        assertThat(cancelled.statusNote()).isPresent();
        AgendaBlock moved = timetable.block("talk-digital-twins").orElseThrow().block();
        assertThat(moved.status()).isEqualTo(BlockStatus.RESCHEDULED);
        assertThat(moved.previousStart()).hasValue(LocalDateTime.of(2026, 10, 25, 10, 30));
        AgendaBlock keynote = timetable.block("keynote-okafor").orElseThrow().block();
        assertThat(keynote.overflowRooms()).containsExactly("sala-alfama");
        // English by default, Portuguese titles, the keynote interpreted into Portuguese, a remote panelist.
        assertThat(conference.languages()).containsExactly("en", "pt");
        assertThat(keynote.interpretations()).extracting(i -> i.language()).containsExactly("pt");
        assertThat(keynote.localizations()).extracting(l -> l.title().orElseThrow())
                .containsExactly("Ruas para as pessoas");
        assertThat(Timetable.of(conference).blocks()).flatExtracting(b -> b.block().participants())
                .filteredOn(p -> p.remote()).extracting(p -> p.party().id()).containsExactly("amara-okafor");
        assertThat(conference.onlineLocation().orElseThrow().url()).isPresent();
        // The workshop's 25 seats fit its room of 30; its sign-up closes two days before it starts.
        Registration workshop = timetable.block("workshop-gtfs").orElseThrow().block().registration().orElseThrow();
        assertThat(workshop.capacity().orElseThrow().seats()).hasValue(25);
        assertThat(conference.room("sala-estrela").orElseThrow().capacity()).hasValue(30);
        assertThat(workshop.deadline().orElseThrow().blockId()).hasValue("workshop-gtfs");
        assertThat(workshop.deadline().orElseThrow().cutoff())
                .isEqualTo(ZonedDateTime.of(LocalDateTime.of(2026, 10, 21, 18, 0), LISBON).toInstant())
                .isBefore(timetable.spanOf("workshop-gtfs").orElseThrow().start().toInstant());
    }

    @Test
    void series_isOneBlockOfElevenWeeksLessTheHoliday() {
        Event series = ExampleEvents.madridSeminarSeries2026();

        assertThat(series.agenda().blocks()).singleElement().satisfies(block -> {
            assertThat(block.recurrence().orElseThrow().count()).hasValue(11);
            assertThat(block.recurrence().orElseThrow().excludedDates()).containsExactly(LocalDate.of(2026, 10, 12));
            assertThat(block.moderators()).hasSize(1);
        });
        assertThat(series.venue()).isPresent();
        assertThat(series.registration().orElseThrow().deadline().orElseThrow().lastDay())
                .isEqualTo(LocalDate.of(2026, 9, 27));
    }
}
