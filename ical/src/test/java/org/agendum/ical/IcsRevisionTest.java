package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The event's revision as iCalendar's SEQUENCE on every VEVENT, read by biweekly (a second
 * implementation), and read back by agendum from its own files and from others'.
 */
class IcsRevisionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(IcsEventFormat.Profile.class)
    void aRevisedEvent_hasItsRevisionAsTheSequenceOfEveryVevent(IcsEventFormat.Profile profile) throws EventFormatException {
        Event revised = SeedEvents.gobiernosLocales2021().withRevision(2);
        IcsEventFormat ics = IcsEventFormat.create().withClock(CLOCK).withProfile(profile);
        String document = ics.toIcs(revised);

        ICalendar calendar = IcsChecks.parseWithoutWarnings(document);
        assertThat(calendar.getEvents()).hasSizeGreaterThan(1)
                .allSatisfy(vevent -> assertThat(vevent.getSequence().getValue()).isEqualTo(2));
        assertThat(ics.fromIcs(document).revision()).isEqualTo(2);
    }

    @Test
    void revisionZero_writesNoSequence_whichCalendarsReadAsZero() throws EventFormatException {
        IcsEventFormat ics = IcsEventFormat.create().withClock(CLOCK);
        String document = ics.toIcs(SeedEvents.parisSeminar2018());
        assertThat(document).doesNotContain("SEQUENCE");
        for (VEvent vevent : IcsChecks.parseWithoutWarnings(document).getEvents()) {
            assertThat(vevent.getSequence()).isNull();
        }
        assertThat(ics.fromIcs(document).revision()).isZero();
    }

    private static String thirdParty(String sequence) {
        return String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Example//Calendar//EN",
                "BEGIN:VEVENT",
                "UID:meeting-1@example.com",
                "DTSTAMP:20261201T090000Z",
                "DTSTART:20261210T090000Z",
                "DTEND:20261210T100000Z",
                "SUMMARY:Board meeting",
                sequence,
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    @Test
    void anotherCalendarsSequence_isTheImportedEventsRevision() throws EventFormatException {
        assertThat(IcsEventFormat.create().fromIcs(thirdParty("SEQUENCE:5")).revision()).isEqualTo(5);
        assertThat(IcsEventFormat.create().fromIcs(thirdParty("SEQUENCE:2147483647")).revision()).isEqualTo(Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SEQUENCE:-1", "SEQUENCE:2147483648", "SEQUENCE:1.5", "SEQUENCE:", "X-SEQUENCE:3"})
    void aSequenceThatIsNotARevision_leavesTheRevisionAtZero_andTheEventIsRead(String sequence) throws EventFormatException {
        Event event = IcsEventFormat.create().fromIcs(thirdParty(sequence));
        assertThat(event.title()).isEqualTo("Board meeting");
        assertThat(event.revision()).isZero();
    }
}
