package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.component.VEvent;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.DialIn;
import org.agendum.core.model.Event;
import org.agendum.core.model.OnlineLocation;
import org.junit.jupiter.api.Test;

/** The online meeting's passcode is withheld from calendar files unless the format is asked to include it. */
class IcsConfidentialTest {

    private static final IcsEventFormat ICS =
            IcsEventFormat.create().withClock(Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));

    private static Event forum() {
        return Event.builder().id("foro-nairobi").title("Urban Forum").zone(ZoneId.of("Africa/Nairobi"))
                .start(LocalDateTime.of(2026, 3, 2, 9, 0)).end(LocalDateTime.of(2026, 3, 2, 17, 0))
                .attendanceMode(AttendanceMode.MIXED)
                .onlineLocation(OnlineLocation.builder().url(URI.create("https://zoom.example.org/j/81234567890"))
                        .platform("Zoom").meetingId("812 3456 7890").passcode("kibera-2026")
                        .addDialIn(DialIn.of("+254 20 123 4567", "Kenya")).build())
                .agenda(Agenda.builder().build())
                .build();
    }

    private static String description(String document) {
        VEvent event = IcsChecks.parseWithoutWarnings(document).getEvents().get(0);
        return event.getDescription().getValue();
    }

    @Test
    void aPublishFile_withholdsThePasscode_butKeepsTheMeetingIdAndNumbers() {
        String document = ICS.toIcs(forum());
        assertThat(document).doesNotContain("kibera-2026");
        assertThat(description(document)).contains("Meeting ID: 812 3456 7890").contains("+254 20 123 4567 (Kenya)");
        assertThat(ICS.confidential()).isFalse();
        assertThat(ICS.option("confidential")).isEqualTo("withhold");
    }

    @Test
    void askedToIncludeIt_thePublishFileHasThePasscode() {
        IcsEventFormat including = ICS.withOption("confidential", "include");
        assertThat(including.confidential()).isTrue();
        assertThat(description(including.toIcs(forum()))).contains("Passcode: kibera-2026");
        assertThat(ICS.withConfidential(true).toIcs(forum())).isEqualTo(including.toIcs(forum()));
    }

    @Test
    void aRichFile_readsBackWithoutThePasscode_unlessItWasIncluded() throws EventFormatException {
        IcsEventFormat rich = ICS.withProfile(IcsEventFormat.Profile.RICH);
        assertThat(rich.fromIcs(rich.toIcs(forum()))).isEqualTo(forum().withoutConfidential());
        IcsEventFormat richIncluding = rich.withConfidential(true);
        assertThat(richIncluding.fromIcs(richIncluding.toIcs(forum()))).isEqualTo(forum());
    }

    @Test
    void theOption_takesWithholdOrInclude_only() {
        assertThatThrownBy(() -> ICS.withOption("confidential", "yes")).isInstanceOf(IllegalArgumentException.class);
    }
}
