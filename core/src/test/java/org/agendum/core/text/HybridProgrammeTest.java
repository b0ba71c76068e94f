package org.agendum.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.DialIn;
import org.agendum.core.model.Event;
import org.agendum.core.model.Interpretation;
import org.agendum.core.model.Localization;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Person;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Test;

/** Remote people, a block's own attendance and online access, interpretation and translated titles in the programme. */
class HybridProgrammeTest {

    private static final Person AMINA = Person.of("amina", "Amina Odhiambo");
    private static final Person WANJIKU = Person.of("wanjiku", "Wanjiku Kamau");

    static Event forum() {
        AgendaBlock plenary = AgendaBlock.builder().id("plenary").kind(BlockKind.PANEL).title("Opening plenary")
                .timing(Timing.slot(LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .addModerator(Moderator.moderator(WANJIKU))
                .addParticipant(Participant.panelist(AMINA).withRemote(true))
                .addInterpretation(Interpretation.builder().language("sw").sourceLanguage("en").channel("Channel 2").build())
                .addLocalization(Localization.title("sw", "Mkutano mkuu wa ufunguzi"))
                .build();
        AgendaBlock online = AgendaBlock.builder().id("data").kind(BlockKind.TALK).title("Data from the buses")
                .timing(Timing.slot(LocalTime.of(10, 0), LocalTime.of(10, 30)))
                .attendanceMode(AttendanceMode.ONLINE)
                .onlineLocation(OnlineLocation.builder().url(URI.create("https://meet.example.org/data")).platform("Jitsi")
                        .passcode("matatu").addDialIn(DialIn.of("+254 20 765 4321", "Kenya")).build())
                .addParticipant(Participant.speaker(WANJIKU))
                .addModerator(Moderator.moderator(AMINA).withRemote(true))
                .build();
        return Event.builder().id("forum").title("Urban mobility forum").addLanguages("en", "sw")
                .addLocalization(Localization.title("sw", "Jukwaa la usafiri mijini"))
                .addInterpretation(Interpretation.into("fr"))
                .zone(ZoneId.of("Africa/Nairobi")).start(LocalDateTime.of(2026, 3, 4, 9, 0))
                .agenda(Agenda.of(plenary, online)).build();
    }

    private static String render(Event event, String language) {
        return PlainTextProgramme.of(Programme.of(event, Locale.forLanguageTag(language))).render();
    }

    @Test
    void aRemoteSpeakerOrModerator_isSaidRemote_inTheProgrammesLanguage() {
        assertThat(render(forum(), "en")).contains("Panelist: Amina Odhiambo (remote)")
                .contains("Moderator: Amina Odhiambo (remote)").contains("Moderator: Wanjiku Kamau\n");
        assertThat(render(forum(), "es")).contains("Panelista: Amina Odhiambo (a distancia)");
        assertThat(render(forum(), "fr")).contains("Amina Odhiambo (à distance)");
    }

    @Test
    void aBlocksOwnAttendanceAndOnlineAccess_arePrinted_andItsPasscodeOnlyWhenNotWithheld() {
        String english = render(forum(), "en");
        assertThat(english).contains("Attendance: online only")
                .contains("Online: Jitsi, https://meet.example.org/data, Passcode: matatu")
                .contains("+254 20 765 4321 (Kenya)");
        assertThat(render(forum(), "es")).contains("Modalidad: solo en línea");
        assertThat(render(forum(), "fr")).contains("Modalité\u00a0: en ligne uniquement");

        assertThat(render(forum().withoutConfidential(), "en")).contains("Online: Jitsi, https://meet.example.org/data")
                .doesNotContain("matatu");
    }

    @Test
    void interpretation_isPrintedForTheEventAndTheBlock_inNoLanguagesWords() {
        String english = render(forum(), "en");
        assertThat(english).contains("Interpretation: en → sw (Channel 2)").contains("Interpretation: fr");
        assertThat(render(forum(), "es")).contains("Interpretación: en → sw (Channel 2)");
    }

    @Test
    void theEventLocalizedToALanguage_printsItsTitles_whereTranslated() {
        String swahili = render(forum().localizedTo("sw"), "en");

        assertThat(swahili).contains("Jukwaa la usafiri mijini").contains("Mkutano mkuu wa ufunguzi")
                .contains("Data from the buses").doesNotContain("Urban mobility forum").doesNotContain("Opening plenary");
    }
}
