package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Venue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A series is one VEVENT with RRULE and EXDATE. ical4j's own recurrence expansion, reading the
 * written file and its VTIMEZONE, is the second implementation; the expected sessions are dates
 * written out from a calendar, placed by {@code ZonedDateTime.of} in the event's zone.
 */
class IcsSeriesTest {

    private static final IcsEventFormat ICS = IcsEventFormat.create()
            .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    /** A series, in a zone, and the dates of its sessions, counted by hand. */
    record Series(String name, ZoneId zone, LocalTime start, LocalTime end, LocalDate first, Recurrence recurrence,
            List<LocalDate> sessions) {
        @Override
        public String toString() {
            return name;
        }

        Event event() {
            AgendaBlock block = AgendaBlock.builder().id("sesion").kind(BlockKind.WORKSHOP).title("Sesión")
                    .timing(Timing.slot(first, start, end)).recurrence(recurrence)
                    .addChild(AgendaBlock.builder().id("cierre").kind(BlockKind.CLOSING).title("Cierre")
                            .timing(Timing.minutes(15)).build())
                    .build();
            LocalDate last = sessions.get(sessions.size() - 1);
            return Event.builder().id("serie").title("Serie").zone(zone).venue(Venue.builder().name("Aula").build())
                    .start(first.atTime(start)).end(last.atTime(end)).agenda(Agenda.of(block)).build();
        }

        List<Instant> starts(LocalTime time) {
            return sessions.stream().map(d -> ZonedDateTime.of(d.atTime(time), zone).toInstant()).collect(Collectors.toList());
        }
    }

    static Stream<Series> series() {
        return Stream.of(
                // Tuesdays in Paris from 29 September 2026, ten weeks, Armistice week off; clocks go back on 25 October.
                new Series("weekly, count, excluded date", ZoneId.of("Europe/Paris"), LocalTime.of(18, 0),
                        LocalTime.of(20, 0), LocalDate.of(2026, 9, 29),
                        Recurrence.weekly(10).withExcludedDates(LocalDate.of(2026, 11, 10)),
                        dates("2026-09-29", "2026-10-06", "2026-10-13", "2026-10-20", "2026-10-27", "2026-11-03",
                                "2026-11-17", "2026-11-24", "2026-12-01")),
                // Every other Thursday in New York until 10 December 2026; clocks go back on 1 November.
                new Series("every other week, until", ZoneId.of("America/New_York"), LocalTime.of(9, 30),
                        LocalTime.of(11, 0), LocalDate.of(2026, 10, 15),
                        Recurrence.builder().frequency(Recurrence.Frequency.WEEKLY).interval(2)
                                .until(LocalDate.of(2026, 12, 10)).build(),
                        dates("2026-10-15", "2026-10-29", "2026-11-12", "2026-11-26", "2026-12-10")),
                // The 31st of each month in Sydney: months without one have no session (RFC 5545).
                new Series("monthly on the 31st", ZoneId.of("Australia/Sydney"), LocalTime.of(12, 0),
                        LocalTime.of(13, 0), LocalDate.of(2026, 1, 31),
                        Recurrence.builder().frequency(Recurrence.Frequency.MONTHLY).count(5)
                                .addExcludedDates(LocalDate.of(2026, 5, 31)).build(),
                        dates("2026-01-31", "2026-03-31", "2026-07-31", "2026-08-31")),
                // Daily at 02:30 in Berlin across the night the clocks jump: 29 March's 02:30 does not exist.
                new Series("daily, through a gap", ZoneId.of("Europe/Berlin"), LocalTime.of(2, 30), LocalTime.of(4, 0),
                        LocalDate.of(2026, 3, 28), Recurrence.builder().frequency(Recurrence.Frequency.DAILY)
                                .count(3).build(),
                        dates("2026-03-28", "2026-03-29", "2026-03-30")));
    }

    private static List<LocalDate> dates(String... dates) {
        return Stream.of(dates).map(LocalDate::parse).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("series")
    void aSeriesIsOneVevent_thatIcal4jExpandsToItsSessions(Series series) throws Exception {
        Event event = series.event();
        String document = ICS.withBlocks(true).toIcs(event);

        List<VEvent> sessions = vevents(document, "serie.sesion@agendum");
        assertThat(sessions).hasSize(1);
        assertThat(expandedStarts(sessions.get(0))).containsExactlyElementsOf(series.starts(series.start()));
        // The block nested in it (15 minutes from each session's start) repeats with it; the event, one
        // series block, is the series too.
        assertThat(expandedStarts(vevents(document, "serie.cierre@agendum").get(0)))
                .containsExactlyElementsOf(series.starts(series.start()));
        assertThat(expandedStarts(vevents(document, "serie@agendum").get(0)))
                .containsExactlyElementsOf(series.starts(series.start()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("series")
    void aSeries_comesBackFromBothProfiles(Series series) throws Exception {
        Event event = series.event();

        Event rich = ICS.withProfile(IcsEventFormat.Profile.RICH).fromBytes(
                ICS.withProfile(IcsEventFormat.Profile.RICH).toBytes(event));
        assertThat(rich).isEqualTo(event);
        Event publish = ICS.fromBytes(ICS.withBlocks(true).toIcs(event).getBytes(StandardCharsets.UTF_8));
        assertThat(publish.end()).isEqualTo(event.end());
        assertThat(publish.agenda().blocks()).filteredOn(b -> b.id().equals("sesion")).singleElement()
                .satisfies(b -> assertThat(b.recurrence()).contains(series.recurrence()));
    }

    @Test
    void aThirdPartySeries_withByDayUntilAndExdate_importsAsARecurrence() throws Exception {
        String google = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                "BEGIN:VEVENT", "UID:abc123@google.com", "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=Europe/Madrid:20260105T180000", "DTEND;TZID=Europe/Madrid:20260105T193000",
                "RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20260202T165959Z;BYDAY=MO",
                "EXDATE;TZID=Europe/Madrid:20260119T180000,20260120T180000", "SUMMARY:Curso", "END:VEVENT",
                "END:VCALENDAR", "");

        Event course = ICS.fromBytes(google.getBytes(StandardCharsets.UTF_8));

        // UNTIL 16:59:59 UTC is 17:59:59 in Madrid on 2 February: before that day's 18:00, so a session
        // may start until 1 February; 19 January is excluded, 20 January (no session) ignored.
        Recurrence recurrence = course.agenda().blocks().get(0).recurrence().orElseThrow();
        assertThat(recurrence.until()).contains(LocalDate.of(2026, 2, 1));
        assertThat(recurrence.excludedDates()).containsExactly(LocalDate.of(2026, 1, 19));
        assertThat(recurrence.sessionDatesFrom(LocalDate.of(2026, 1, 5)))
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 26));
        assertThat(course.end()).contains(LocalDate.of(2026, 1, 26).atTime(19, 30));
    }

    @Test
    void aThirdPartySeriesOfSeveralDaysAWeek_isItsFirstOccurrence_withTheReasonInANote() throws Exception {
        String outlook = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft//Outlook//EN",
                "BEGIN:VEVENT", "UID:xyz@example.com", "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=Europe/Madrid:20260105T180000", "DTEND;TZID=Europe/Madrid:20260105T193000",
                "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=MO,WE", "SUMMARY:Curso", "END:VEVENT", "END:VCALENDAR", "");

        Event course = ICS.fromBytes(outlook.getBytes(StandardCharsets.UTF_8));

        assertThat(course.agenda().blocks()).isEmpty();
        assertThat(course.end()).contains(LocalDate.of(2026, 1, 5).atTime(19, 30));
        assertThat(course.description()).hasValueSatisfying(d -> assertThat(d).contains("FREQ=WEEKLY;COUNT=6;BYDAY=MO,WE")
                .contains("Not a series agendum can hold: BYDAY=MO,WE says more than the first session's day"));
    }

    private static List<VEvent> vevents(String document, String uid) throws Exception {
        net.fortuna.ical4j.model.Calendar calendar = new CalendarBuilder().build(new StringReader(document));
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(v -> v.<Property>getProperty(Property.UID).orElseThrow().getValue().equals(uid))
                .collect(Collectors.toList());
    }

    /** ical4j's expansion of a VEVENT's RRULE and EXDATE over 1970 to 2100, as sorted instants. */
    private static List<Instant> expandedStarts(VEvent vevent) {
        Period<ZonedDateTime> all = new Period<>(ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                ZonedDateTime.of(2100, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        return vevent.<Temporal>calculateRecurrenceSet(all).stream().map(p -> Instant.from(p.getStart())).sorted()
                .collect(Collectors.toList());
    }
}
