package org.agendum.jscalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Event;
import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.Localization;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Person;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Slot;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.api.Test;

/**
 * RFC 8984 §6's examples, as others extracted them ({@code shared/formats/samples/jscal/valid}),
 * import: the Events and the Group with the values the RFC gives, the Tasks refused as not events.
 * Expected instants are worked out here with java.time from the RFC's text.
 */
class JsCalendarRfcExamplesTest {

    private static Event read(String name) throws EventFormatException {
        Path file = SharedSamples.files("valid").stream().filter(f -> f.getFileName().toString().startsWith(name))
                .findFirst().orElseThrow();
        return JsCalendarEventFormat.create().fromBytes(SharedSamples.read(file));
    }

    @Test
    void simpleEvent_6_1_isAnHourInNewYork() throws EventFormatException {
        Event event = read("rfc8984-6.1-");
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(event.id()).isEqualTo("a8df6573-0474-496d-8496-033ad45d7fea");
        assertThat(event.title()).isEqualTo("Some event");
        assertThat(Timetable.of(event).eventStart().toInstant())
                .isEqualTo(ZonedDateTime.of(2020, 1, 15, 13, 0, 0, 0, newYork).toInstant());
        assertThat(Timetable.of(event).eventEnd().orElseThrow().toInstant())
                .isEqualTo(ZonedDateTime.of(2020, 1, 15, 14, 0, 0, 0, newYork).toInstant());
        assertThat(event.agenda().blocks()).isEmpty();
    }

    @Test
    void tasks_6_2_and_6_5_areRefused_asNotEvents() {
        for (String task : List.of("rfc8984-6.2-", "rfc8984-6.5-")) {
            assertThatThrownBy(() -> read(task)).isInstanceOfSatisfying(EventFormatException.class, e -> {
                assertThat(e.kind()).isEqualTo(EventFormatException.Kind.UNSUPPORTED);
                assertThat(e.pointer()).contains("/@type");
            });
        }
    }

    @Test
    void group_6_3_isItsEvent_theTaskPassedOver() throws EventFormatException {
        Event event = read("rfc8984-6.3-");
        assertThat(event.title()).isEqualTo("Some event");
        assertThat(event.start()).isEqualTo(LocalDateTime.of(2020, 1, 15, 13, 0));
        assertThat(event.agenda().blocks()).isEmpty();
    }

    @Test
    void allDayYearlyEvent_6_4_isASeriesOfWholeDays_inFloatingTimeReadAsUtc() throws EventFormatException {
        Event event = read("rfc8984-6.4-");
        assertThat(event.zone()).isEqualTo(ZoneOffset.UTC);
        AgendaBlock series = event.agenda().blocks().get(0);
        Slot slot = (Slot) series.timing().orElseThrow();
        assertThat(slot.date()).contains(LocalDate.of(1900, 4, 1));
        assertThat(slot.duration()).hasDays(1);
        assertThat(series.recurrence()).contains(Recurrence.builder().frequency(Recurrence.Frequency.YEARLY)
                .count(Recurrence.MAX_OCCURRENCES).build());
    }

    @Test
    void flight_6_6_endsTenHoursThirtyLater_atTheFirstLocation() throws EventFormatException {
        Event event = read("rfc8984-6.6-");
        ZonedDateTime departure = ZonedDateTime.of(2020, 4, 1, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));
        assertThat(Timetable.of(event).eventEnd().orElseThrow().toInstant())
                .isEqualTo(departure.plusHours(10).plusMinutes(30).toInstant());
        assertThat(event.venue().orElseThrow().name()).isEqualTo("Frankfurt Airport (FRA)");
    }

    @Test
    void dailyYoga_6_7_isABoundedDailySeries() throws EventFormatException {
        AgendaBlock series = read("rfc8984-6.7-").agenda().blocks().get(0);
        assertThat(series.recurrence().orElseThrow().frequency()).isEqualTo(Recurrence.Frequency.DAILY);
        assertThat(((Slot) series.timing().orElseThrow()).start()).isEqualTo(LocalTime.of(7, 0));
    }

    @Test
    void musicBowl_6_8_hasItsPlace_itsStream_andItsGermanLocalization() throws EventFormatException {
        Event event = read("rfc8984-6.8-");
        assertThat(event.venue().orElseThrow().geo()).contains(GeoPoint.of(40.7829, -73.9654));
        assertThat(event.onlineLocation()).contains(OnlineLocation.builder()
                .url(URI.create("https://stream.example.com/the_band_2020")).platform("Free live Stream from Music Bowl")
                .build());
        assertThat(event.attendanceMode()).isEqualTo(AttendanceMode.MIXED);
        assertThat(event.languages()).containsExactly("en", "de");
        assertThat(event.localizations()).containsExactly(Localization.builder().language("de")
                .title("Live von der Music Bowl: The Band!").description("Schau dir das größte Musikereignis an!").build());
    }

    @Test
    void calculus_6_9_isWeeklyUntilTheLastWednesday_withoutTheExcludedDay() throws EventFormatException {
        AgendaBlock series = read("rfc8984-6.9-").agenda().blocks().get(0);
        Recurrence recurrence = series.recurrence().orElseThrow();
        // "until": 2020-06-24T09:00:00, the start of a session: that day is the last one.
        assertThat(recurrence.until()).contains(LocalDate.of(2020, 6, 24));
        assertThat(recurrence.excludedDates()).containsExactly(LocalDate.of(2020, 4, 1));
        assertThat(((Slot) series.timing().orElseThrow()).duration()).hasMinutes(90);
    }

    @Test
    void teamMeeting_6_10_hasItsOwnerAsOrganizer_andItsChairAsModerator() throws EventFormatException {
        Event event = read("rfc8984-6.10-");
        Person zoe = Person.of("em9lQGZvb2GFtcGxlLmNvbQ", "Zoe Zelda");
        assertThat(event.organizers()).containsExactly(zoe);
        AgendaBlock series = event.agenda().blocks().get(0);
        assertThat(series.moderators()).containsExactly(Moderator.moderator(zoe));
        assertThat(event.onlineLocation().flatMap(OnlineLocation::url))
                .contains(URI.create("https://chatme.example.com?id=1234567&pw=a8a24627b63d"));
        assertThat(event.zone()).isEqualTo(ZoneId.of("Africa/Johannesburg"));
        assertThat(Optional.of(event.start())).contains(LocalDateTime.of(2020, 1, 8, 9, 0));
    }
}
