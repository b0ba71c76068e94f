package org.agendum.schedule;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Participant;
import org.junit.jupiter.api.Test;

/** {@link ScheduleJsonFormat} on small schedules written here: what it reads, and bad input named by its JSON Pointer. */
class ScheduleJsonReadTest {

    /** A one-day schedule with one talk; {@code %s} is the talk's members. */
    private static String schedule(String conference, String talk) {
        return """
                {"schedule": {"version": "1", "conference": {"acronym": "camp2024", "title": "Camp"%s,
                  "days": [{"index": 1, "date": "2024-08-10", "day_start": "2024-08-10T10:00:00+02:00",
                    "day_end": "2024-08-11T04:00:00+02:00", "rooms": {"Tent": [{%s}]}}]}}}
                """.formatted(conference, talk);
    }

    private static final String TALK = """
            "id": 7, "guid": "3f1c2f7e-2a9b-4f0e-8d6c-5b7a9e1d2c40", "start": "01:30", "duration": "01:00",
            "room": "Tent", "title": "Hack night", "type": "workshop", "language": "de",
            "persons": [{"id": 3, "public_name": "Ada"}, {"code": "XKCD42", "name": "Grace"}],
            "links": [{"url": "https://example.org/slides.pdf", "title": "Slides"}, {"url": "example.org"}]""";

    private static EventFormatException refused(String json) {
        return assertThrows(EventFormatException.class, () -> ScheduleJsonFormat.create().fromBytes(json.getBytes(UTF_8)));
    }

    @Test
    void aTalk_isABlock_afterTheDayChangeOnTheNextDate_withItsSpeakersAndLinks() throws Exception {
        ScheduleImport imported = ScheduleJsonFormat.create().importSchedule(
                new java.io.ByteArrayInputStream(schedule(", \"time_zone_name\": \"Europe/Berlin\"", TALK).getBytes(UTF_8)));
        Event event = imported.event();

        assertThat(event.id()).isEqualTo("camp2024");
        assertThat(event.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        // 01:30 is before the day's 10:00 start: the night after 10 August.
        assertThat(event.agenda().blocks().get(0).timing().orElseThrow().toString()).contains("2024-08-11");
        assertThat(event.agenda().blocks().get(0).participants()).extracting(Participant::party)
                .extracting(p -> p.id() + " " + p.name()).containsExactly("person-3 Ada", "person-xkcd42 Grace");
        assertThat(event.agenda().blocks().get(0).links()).hasSize(1);
        assertThat(imported.skipped()).containsExactly(
                "/schedule/conference/days/0/rooms/Tent/0/links/1/url: 'example.org' is not an absolute URL");
        assertThat(event.start()).isEqualTo(LocalDateTime.of(2024, 8, 10, 10, 0));
    }

    @Test
    void withoutTimeZoneName_theTimesAreInTheFirstDaysOffset_orTheZoneGiven() throws Exception {
        byte[] json = schedule("", TALK).getBytes(UTF_8);

        assertThat(ScheduleJsonFormat.create().fromBytes(json).zone()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(ScheduleJsonFormat.create().withOption("zone", "Europe/Berlin").fromBytes(json).zone())
                .isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void badValues_areRefused_withTheirPointer() {
        EventFormatException duration = refused(schedule("", TALK.replace("\"01:00\"", "\"an hour\"")));
        EventFormatException type = refused(schedule("", TALK.replace("\"title\": \"Hack night\"", "\"title\": [1]")));
        EventFormatException missing = refused(schedule("", TALK.replace("\"start\": \"01:30\",", "")));
        EventFormatException days = refused(schedule("", TALK).replace("\"days\": [", "\"days\": {\"x\": [").replace("]}}}", "]}}}}"));
        EventFormatException zone = refused(schedule(", \"time_zone_name\": \"Mars/Olympus\"", TALK));

        assertThat(duration.kind()).isEqualTo(Kind.INVALID_VALUE);
        assertThat(duration.pointer()).hasValue("/schedule/conference/days/0/rooms/Tent/0/duration");
        assertThat(type.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(type.pointer()).hasValue("/schedule/conference/days/0/rooms/Tent/0/title");
        assertThat(missing.kind()).isEqualTo(Kind.MISSING_FIELD);
        assertThat(missing.pointer()).hasValue("/schedule/conference/days/0/rooms/Tent/0/start");
        assertThat(days.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(days.pointer()).hasValue("/schedule/conference/days");
        assertThat(zone.kind()).isEqualTo(Kind.INVALID_VALUE);
        assertThat(zone.pointer()).hasValue("/schedule/conference/time_zone_name");
    }

    @Test
    void notJson_duplicateKeys_andCrossedLimits_areRefused_neverAnotherException() {
        assertThat(refused("{\"schedule\": ").kind()).isEqualTo(Kind.SYNTAX);
        assertThat(refused("").kind()).isEqualTo(Kind.SYNTAX);
        assertThat(refused("{\"schedule\": {}, \"schedule\": {}}").kind()).isEqualTo(Kind.SYNTAX);
        assertThat(refused("[".repeat(40) + "]".repeat(40)).kind()).isEqualTo(Kind.LIMIT);
        assertThat(refused("{\"schedule\": \"" + "x".repeat(1024 * 1024 + 1) + "\"}").kind()).isEqualTo(Kind.LIMIT);
        assertThat(refused("[1]").kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(refused("{\"schedule\": {\"conference\": {\"title\": \"x\", \"days\": []}}}").kind())
                .isEqualTo(Kind.MISSING_FIELD);
    }
}
