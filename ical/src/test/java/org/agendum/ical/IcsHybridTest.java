package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.component.VEvent;
import biweekly.property.Conference;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Interpretation;
import org.agendum.core.model.Localization;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Person;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Venue;
import org.junit.jupiter.api.Test;

/**
 * A hybrid forum in two languages as calendars see it: each block's CONFERENCE is the online
 * location that applies to it, SUMMARY says its language, the blocks' passcodes are withheld. What
 * is written is read back by biweekly, a second implementation.
 */
class IcsHybridTest {

    private static final IcsEventFormat ICS =
            IcsEventFormat.create().withClock(Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC));
    private static final URI MAIN = URI.create("https://stream.example.org/main");
    private static final URI WORKSHOP_MEETING = URI.create("https://meet.example.org/workshop");

    private static AgendaBlock.Builder block(String id, int hour) {
        return AgendaBlock.builder().id(id).kind(BlockKind.WORKSHOP).title("Block " + id)
                .timing(Timing.slot(LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0)));
    }

    static Event forum() {
        return Event.builder().id("forum").title("Urban mobility forum").addLanguages("en", "sw")
                .addLocalization(Localization.title("sw", "Jukwaa la usafiri mijini"))
                .addInterpretation(Interpretation.builder().language("sw").channel("Channel 2").build())
                .zone(ZoneId.of("Africa/Nairobi")).start(LocalDateTime.of(2026, 3, 4, 9, 0))
                .attendanceMode(AttendanceMode.MIXED).venue(Venue.builder().name("KICC").build())
                .onlineLocation(OnlineLocation.of(MAIN))
                .agenda(Agenda.of(
                        block("plenary", 9).addParticipant(Participant.speaker(Person.of("amina", "Amina")).withRemote(true))
                                .build(),
                        block("mapping", 10).attendanceMode(AttendanceMode.IN_PERSON).build(),
                        block("remote", 11).attendanceMode(AttendanceMode.ONLINE)
                                .onlineLocation(OnlineLocation.builder().url(WORKSHOP_MEETING).platform("Jitsi")
                                        .passcode("matatu").build())
                                .build()))
                .build();
    }

    private static Map<String, VEvent> byUid(String document) {
        return IcsChecks.parseWithoutWarnings(document).getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e));
    }

    private static List<String> conferences(VEvent event) {
        return event.getProperties(Conference.class).stream().map(Conference::getUri).collect(Collectors.toList());
    }

    @Test
    void eachBlock_hasTheConferenceThatAppliesToIt_andNoneWhenHeldInPersonOnly() {
        Map<String, VEvent> events = byUid(ICS.toIcs(forum()));

        assertThat(conferences(events.get("forum@agendum"))).containsExactly(MAIN.toString());
        assertThat(conferences(events.get("forum.plenary@agendum"))).containsExactly(MAIN.toString());
        assertThat(conferences(events.get("forum.mapping@agendum"))).isEmpty();
        assertThat(conferences(events.get("forum.remote@agendum"))).containsExactly(WORKSHOP_MEETING.toString());
        assertThat(events.get("forum.remote@agendum").getLocation().getValue()).isEqualTo("Online (Jitsi)");
        assertThat(events.get("forum.mapping@agendum").getLocation().getValue()).isEqualTo("KICC");
    }

    @Test
    void aBlocksPasscode_isWithheld_unlessAsked() {
        String withheld = ICS.toIcs(forum());
        String included = ICS.withConfidential(true).toIcs(forum());

        assertThat(withheld).doesNotContain("matatu");
        assertThat(byUid(included).get("forum.remote@agendum").getDescription().getValue())
                .contains("Passcode: matatu");
    }

    @Test
    void summary_isInTheDefaultLanguage_andDescription_tooWhenTheCalendarsLocaleIsThatLanguage() {
        Map<String, VEvent> english = byUid(ICS.toIcs(forum()));
        assertThat(english.get("forum@agendum").getSummary().getLanguage()).isEqualTo("en");
        assertThat(english.get("forum.remote@agendum").getSummary().getLanguage()).isEqualTo("en");
        assertThat(english.get("forum.remote@agendum").getDescription().getLanguage()).isEqualTo("en");

        Map<String, VEvent> spanishLabels = byUid(ICS.withLocale(Locale.forLanguageTag("es")).toIcs(forum()));
        assertThat(spanishLabels.get("forum.remote@agendum").getSummary().getLanguage()).isEqualTo("en");
        assertThat(spanishLabels.get("forum.remote@agendum").getDescription().getLanguage()).isNull();

        Map<String, VEvent> noLanguage = byUid(ICS.toIcs(forum().withLocalizations().withLanguages()));
        assertThat(noLanguage.get("forum@agendum").getSummary().getLanguage()).isNull();
    }

    @Test
    void theProgrammeTexts_sayWhoIsRemote_andTheBlocksAttendance() {
        Map<String, VEvent> events = byUid(ICS.toIcs(forum()));

        assertThat(events.get("forum.plenary@agendum").getDescription().getValue()).contains("Amina (remote)");
        assertThat(events.get("forum.mapping@agendum").getDescription().getValue())
                .contains("Attendance: in person only");
        assertThat(events.get("forum@agendum").getDescription().getValue()).contains("Interpretation: sw (Channel 2)");
    }

    @Test
    void theRichProfile_readsEveryAttributeBack() throws EventFormatException {
        IcsEventFormat rich = ICS.withProfile(IcsEventFormat.Profile.RICH).withConfidential(true);

        assertThat(rich.fromIcs(rich.toIcs(forum()))).isEqualTo(forum());
    }
}
