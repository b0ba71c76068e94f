package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.agendum.core.model.Event;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's iCalendar snippet, compiled and run; ReadmeTest in the testing module checks it is in the README. */
class ReadmeIcsTest {

    @Test
    void exportingTheSeminarToIcs(@TempDir Path folder) throws Exception {
        // tag::ics[]
        Event seminar = SeedEvents.gobiernosLocales2021();

        IcsEventFormat ics = IcsEventFormat.create()
                .withUidDomain("events.example.org")                                             // UIDs
                .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)); // DTSTAMP
        Path file = folder.resolve("seminar.ics");
        try (var out = Files.newOutputStream(file)) {
            ics.write(seminar, out);  // one VEVENT for the seminar, one per block, the registration deadline
        }
        // end::ics[]
        String calendar = Files.readString(file);
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n")
                .contains("UID:gobiernos-locales-en-accion-2021@events.example.org\r\n")
                .contains("DTSTART;TZID=America/Montevideo:20210611T130000\r\n")
                .contains("DTSTAMP:20260101T000000Z\r\n")
                .doesNotContain("ATTENDEE", "ORGANIZER", "METHOD");
    }
}
