package org.agendum.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.DialIn;
import org.agendum.core.model.Event;
import org.agendum.core.model.OnlineLocation;
import org.junit.jupiter.api.Test;

/** A hybrid forum's online access in the programme: the meeting id and the numbers to call, the passcode only when asked. */
class OnlineAccessTest {

    static Event forum() {
        return Event.builder().id("foro-nairobi").title("Urban Forum").zone(ZoneId.of("Africa/Nairobi"))
                .start(LocalDateTime.of(2026, 3, 2, 9, 0)).attendanceMode(AttendanceMode.MIXED)
                .onlineLocation(OnlineLocation.builder()
                        .url(URI.create("https://zoom.example.org/j/81234567890"))
                        .platform("Zoom")
                        .meetingId("812 3456 7890")
                        .passcode("kibera-2026")
                        .addDialIn(DialIn.builder().number("+254 20 123 4567").label("Kenya").pin("812 3456 7890#").build())
                        .addDialIn(DialIn.of("+1 646 558 8656"))
                        .build())
                .agenda(Agenda.builder().build())
                .build();
    }

    @Test
    void withoutConfidential_dropsThePasscode_andNothingElse() {
        Event forum = forum();
        Event shared = forum.withoutConfidential();
        assertThat(shared.onlineLocation().orElseThrow().passcode()).isEmpty();
        assertThat(shared.withOnlineLocation(shared.onlineLocation().orElseThrow().withPasscode("kibera-2026"))).isEqualTo(forum);
        Event nothingConfidential = shared.withTitle("Urban Forum 2026");
        assertThat(nothingConfidential.withoutConfidential()).isSameAs(nothingConfidential);
    }

    @Test
    void theProgramme_printsTheMeetingIdAndEveryNumber_andThePasscodeOnlyOfTheEventItIsGiven() {
        String full = PlainTextProgramme.of(Programme.of(forum(), Locale.ENGLISH)).render();
        assertThat(full).contains("Online: Zoom, https://zoom.example.org/j/81234567890, Meeting ID: 812 3456 7890,"
                + " Passcode: kibera-2026");
        assertThat(full).contains("+254 20 123 4567 (Kenya, PIN: 812 3456 7890#)").contains("+1 646 558 8656");

        String shared = PlainTextProgramme.of(Programme.of(forum().withoutConfidential(), Locale.ENGLISH)).render();
        assertThat(shared).contains("Meeting ID: 812 3456 7890").doesNotContain("kibera-2026").doesNotContain("Passcode");
    }

    @Test
    void theLabels_areInTheProgrammesLanguage() {
        String spanish = PlainTextProgramme.of(Programme.of(forum(), Locale.forLanguageTag("es"))).render();
        assertThat(spanish).contains("ID de reunión").contains("Código de acceso").contains("Por teléfono");
        String french = PlainTextProgramme.of(Programme.of(forum(), Locale.FRENCH)).render();
        assertThat(french).contains("ID de réunion").contains("Code secret").contains("Par téléphone");
    }
}
