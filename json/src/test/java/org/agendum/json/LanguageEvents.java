package org.agendum.json;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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

/** A hybrid forum in two languages, with every attribute of languages and hybrid sessions set. */
final class LanguageEvents {

    private LanguageEvents() {}

    static final Person WANJIKU = Person.builder().id("wanjiku").name("Wanjiku Kamau").build();
    static final Person AMINA = Person.builder().id("amina").name("Amina Odhiambo").build();

    /**
     * A hybrid forum in Nairobi, in English and Swahili: interpretation for the whole event, a plenary
     * with its own stream and a remote speaker, an online-only talk, a workshop in person only.
     */
    static Event nairobiForum() {
        return Event.builder()
                .id("nairobi-forum")
                .title("Forum on urban mobility")
                .description("Two days on how Nairobi moves.")
                .addLanguages("en", "sw")
                .addInterpretation(Interpretation.builder().language("sw").sourceLanguage("en").channel("Channel 2")
                        .build())
                .addLocalization(Localization.builder().language("sw").title("Jukwaa la usafiri mijini")
                        .subtitle("Nairobi").description("Siku mbili kuhusu jinsi Nairobi inavyosafiri.").build())
                .attendanceMode(AttendanceMode.MIXED)
                .onlineLocation(OnlineLocation.of(URI.create("https://stream.example.org/forum")))
                .zone(ZoneId.of("Africa/Nairobi"))
                .start(LocalDateTime.of(2026, 3, 4, 9, 0))
                .agenda(Agenda.of(
                        AgendaBlock.builder().id("plenary").kind(BlockKind.PANEL).title("Opening plenary")
                                .timing(Timing.slot(LocalTime.of(9, 0), LocalTime.of(10, 30)))
                                .addModerator(Moderator.moderator(WANJIKU))
                                .addParticipant(Participant.speaker(AMINA).withRemote(true))
                                .addInterpretation(Interpretation.builder().language("fr").channel("Channel 3").build())
                                .addLocalization(Localization.title("sw", "Mkutano mkuu wa ufunguzi"))
                                .onlineLocation(OnlineLocation.builder().url(URI.create("https://meet.example.org/plenary"))
                                        .platform("Zoom").meetingId("812 3456 7890").passcode("matatu")
                                        .addDialIn(DialIn.of("+254 20 123 4567", "Kenya")).build())
                                .build(),
                        AgendaBlock.builder().id("talk-online").kind(BlockKind.TALK).title("Data from the buses")
                                .timing(Timing.slot(LocalTime.of(11, 0), LocalTime.of(11, 30)))
                                .attendanceMode(AttendanceMode.ONLINE)
                                .addModerator(Moderator.moderator(WANJIKU).withRemote(true))
                                .build(),
                        AgendaBlock.builder().id("workshop").kind(BlockKind.WORKSHOP).title("Mapping matatu routes")
                                .timing(Timing.slot(LocalTime.of(14, 0), LocalTime.of(16, 0)))
                                .attendanceMode(AttendanceMode.IN_PERSON)
                                .addLocalization(Localization.builder().language("SW")
                                        .description("Warsha ya ramani.").build())
                                .build()))
                .build();
    }
}
