package org.agendum.core.model;

import static org.agendum.core.model.Violations.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Localizations, interpretation, remote people and blocks held otherwise than their event. */
class LanguagesAndHybridTest {

    private static final OnlineLocation ROOM_B = OnlineLocation.builder()
            .url(URI.create("https://stream.example.org/b")).passcode("kibera").build();

    private static Event.Builder forum() {
        return Event.builder().id("foro").title("Foro de movilidad").description("Dos días.")
                .zone(ZoneId.of("Africa/Nairobi")).start(LocalDateTime.of(2026, 3, 4, 9, 0));
    }

    /** A block from 09:00 to 10:00. */
    private static AgendaBlock.Builder block(String id, String title) {
        return untimed(id, title).timing(Timing.slot(LocalTime.of(9, 0), LocalTime.of(10, 0)));
    }

    private static AgendaBlock.Builder untimed(String id, String title) {
        return AgendaBlock.builder().id(id).kind(BlockKind.TALK).title(title);
    }

    @Nested
    class Localizations {

        @Test
        void theDefaultLanguage_isTheFirstOfTheEventsLanguages() {
            assertThat(forum().addLanguages("es", "en").build().defaultLanguage()).contains("es");
            assertThat(forum().build().defaultLanguage()).isEmpty();
        }

        @Test
        void aLocalizationInTheDefaultLanguage_isRefused_inAnyCase_onTheEventAndOnABlockAtAnyDepth() {
            assertViolates(Invariant.LOCALIZATION_OF_DEFAULT_LANGUAGE, "/localizations/0/language",
                    () -> forum().addLanguages("pt-BR").addLocalization(Localization.title("PT-br", "Fórum")).build());
            AgendaBlock child = block("hijo", "Hijo").addLocalization(Localization.title("es", "Hijo")).build();
            AgendaBlock parent = block("padre", "Padre").addChild(child).build();
            assertViolates(Invariant.LOCALIZATION_OF_DEFAULT_LANGUAGE,
                    "/agenda/blocks/0/children/0/localizations/0/language",
                    () -> forum().addLanguages("es").agenda(Agenda.of(parent)).build());
        }

        @Test
        void nearMiss_anotherRegionOfTheDefaultLanguage_isAnotherLanguage() {
            Event event = forum().addLanguages("es").addLocalization(Localization.title("es-MX", "Foro")).build();

            assertThat(event.localizations()).extracting(Localization::language).containsExactly("es-MX");
        }

        @Test
        void localizationsWithoutAnyLanguage_areRefused_whileAnEventWithALanguageTakesThem() {
            AgendaBlock localized = block("a", "Apertura").addLocalization(Localization.title("en", "Opening")).build();

            assertViolates(Invariant.LOCALIZATION_WITHOUT_DEFAULT_LANGUAGE, "/agenda/blocks/0/localizations/0",
                    () -> forum().agenda(Agenda.of(localized)).build());
            assertThat(forum().addLanguages("es").agenda(Agenda.of(localized)).build().agenda().blocks())
                    .containsExactly(localized);
        }

        @Test
        void twoLocalizationsInOneLanguage_areRefused_byTheBlockItself() {
            assertViolates(Invariant.DUPLICATE_LOCALIZATION, "/localizations/1/language",
                    () -> block("a", "Apertura").addLocalizations(Localization.title("en", "Opening"),
                            Localization.builder().language("En").description("The opening.").build()).build());
        }

        @Test
        void aLocalization_needsAText_andAWellFormedTag() {
            assertViolates(Invariant.EMPTY_VALUE, "", () -> Localization.builder().language("en").build());
            assertViolates(Invariant.INVALID_LANGUAGE_TAG, "/language", () -> Localization.title("en_GB", "Opening"));
            assertViolates(Invariant.BLANK_TEXT, "/subtitle",
                    () -> Localization.builder().language("en").subtitle(" ").build());
        }

        @Test
        void localizedTo_replacesTheTextsTranslated_keepsTheOthers_andDropsTheLocalizations() {
            AgendaBlock opening = block("a", "Apertura").description("Palabras de bienvenida.")
                    .addLocalization(Localization.title("en", "Opening")).build();
            AgendaBlock closing = untimed("b", "Cierre").timing(Timing.slot(LocalTime.of(10, 0), LocalTime.of(11, 0)))
                    .addLocalization(Localization.title("fr", "Clôture")).build();
            Event event = forum().addLanguages("es").subtitle("Nairobi")
                    .addLocalization(Localization.builder().language("en-GB").title("Mobility forum").build())
                    .agenda(Agenda.of(opening, closing)).build();

            Event english = event.localizedTo("en");

            assertThat(english.title()).isEqualTo("Mobility forum");
            assertThat(english.subtitle()).contains("Nairobi");
            assertThat(english.description()).contains("Dos días.");
            assertThat(english.agenda().blocks()).extracting(AgendaBlock::title).containsExactly("Opening", "Cierre");
            assertThat(english.agenda().blocks().get(0).description()).contains("Palabras de bienvenida.");
            assertThat(english.localizations()).isEmpty();
            assertThat(english.agenda().blocks()).allMatch(b -> b.localizations().isEmpty());
            assertThat(event.localizedTo("ES")).isSameAs(event);
        }

        @Test
        void localizedTo_prefersTheExactTag_overTheSamePrimaryLanguage() {
            Event event = forum().addLanguages("es").addLocalizations(Localization.title("fr", "Forum"),
                    Localization.title("fr-CA", "Forum québécois")).build();

            assertThat(event.localizedTo("fr-CA").title()).isEqualTo("Forum québécois");
            assertThat(event.localizedTo("fr-BE").title()).isEqualTo("Forum");
            assertThat(event.localizedTo("de").title()).isEqualTo("Foro de movilidad");
        }
    }

    @Nested
    class Hybrid {

        @Test
        void attendance_isTheBlocksOwn_elseTheNearestEnclosingBlocks_elseTheEvents() {
            OnlineLocation main = OnlineLocation.of(URI.create("https://stream.example.org/main"));
            AgendaBlock inPerson = block("taller", "Taller").attendanceMode(AttendanceMode.IN_PERSON).build();
            AgendaBlock withStream = block("sala-b", "Sala B").onlineLocation(ROOM_B)
                    .addChild(untimed("charla", "Charla").build()).build();
            Event event = forum().attendanceMode(AttendanceMode.MIXED).onlineLocation(main)
                    .agenda(Agenda.of(inPerson, withStream)).build();

            Attendance attendance = Attendance.of(event);

            assertThat(attendance.mode("taller")).isEqualTo(AttendanceMode.IN_PERSON);
            assertThat(attendance.isOnline("taller")).isFalse();
            assertThat(attendance.mode("charla")).isEqualTo(AttendanceMode.MIXED);
            assertThat(attendance.onlineLocation("charla")).contains(ROOM_B);
            assertThat(attendance.onlineLocation("taller")).contains(main);
            assertThatThrownBy(() -> attendance.mode("nada")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'nada'");
        }

        @Test
        void withoutConfidential_dropsTheBlocksPasscodes_atAnyDepth_andKeepsTheRest() {
            AgendaBlock child = untimed("hijo", "Hijo").onlineLocation(ROOM_B).build();
            AgendaBlock parent = block("padre", "Padre").onlineLocation(ROOM_B).addChild(child).build();
            Event event = forum().agenda(Agenda.of(parent)).build();

            Event shown = event.withoutConfidential();

            OnlineLocation withheld = ROOM_B.withPasscode(Optional.empty());
            assertThat(shown.agenda().blocks().get(0).onlineLocation()).contains(withheld);
            assertThat(shown.agenda().blocks().get(0).children().get(0).onlineLocation()).contains(withheld);
            assertThat(event.agenda().blocks().get(0).onlineLocation()).contains(ROOM_B);
            Event nothingConfidential = forum().agenda(Agenda.of(block("x", "X").onlineLocation(withheld).build())).build();
            assertThat(nothingConfidential.withoutConfidential()).isSameAs(nothingConfidential);
        }

        @Test
        void remote_isFalseByDefault_andSetByACopy() {
            Person ana = Person.of("ana", "Ana");

            assertThat(Participant.speaker(ana).remote()).isFalse();
            assertThat(Participant.speaker(ana).withRemote(true).remote()).isTrue();
            assertThat(Moderator.moderator(ana).withRemote(true)).isNotEqualTo(Moderator.moderator(ana));
        }

        @Test
        void interpretation_checksItsTags_andItsChannel() {
            assertViolates(Invariant.INVALID_LANGUAGE_TAG, "/sourceLanguage",
                    () -> Interpretation.builder().language("en").sourceLanguage("sw_KE").build());
            assertViolates(Invariant.BLANK_TEXT, "/channel",
                    () -> Interpretation.builder().language("en").channel("").build());
            assertThat(Interpretation.into("sw").sourceLanguage()).isEmpty();
        }

        @Test
        void theComposer_setsABlocksAttendance_onlineLocation_interpretations_andLocalizations() {
            Agenda agenda = Agenda.compose().block(LocalTime.of(9, 0), LocalTime.of(10, 0), BlockKind.WORKSHOP, "Taller")
                    .attendanceMode(AttendanceMode.ONLINE).onlineLocation(ROOM_B)
                    .interpretations(Interpretation.into("en")).localizations(Localization.title("en", "Workshop"))
                    .toAgenda();

            AgendaBlock block = agenda.blocks().get(0);
            assertThat(block.attendanceMode()).contains(AttendanceMode.ONLINE);
            assertThat(block.onlineLocation()).contains(ROOM_B);
            assertThat(block.interpretations()).containsExactly(Interpretation.into("en"));
            assertThat(block.localizations()).containsExactly(Localization.title("en", "Workshop"));
            assertThat(List.of(block.title())).containsExactly("Taller");
        }
    }
}
