package org.agendum.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.TransitMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProgrammeLabelsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    static Stream<Locale> languages() {
        return ProgrammeLabels.locales().stream();
    }

    @Test
    void theLanguages_areEnglishSpanishAndFrench() {
        assertThat(ProgrammeLabels.locales()).containsExactly(Locale.ENGLISH, SPANISH, Locale.FRENCH);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguage_hasAWordForEveryLabel_andDistinctWordsForRolesAndModes(Locale locale) {
        ProgrammeLabels labels = ProgrammeLabels.of(locale);

        for (Label label : Label.values()) {
            assertThat(labels.get(label)).as(label.name()).isNotBlank().isEqualTo(labels.get(label).strip());
        }
        assertThat(labels.get(Label.MORE_ENTRIES)).contains("{0}");
        Set<String> roles = new HashSet<>();
        Arrays.stream(ModeratorRole.values()).forEach(r -> roles.add(labels.role(r)));
        Arrays.stream(ParticipantRole.values()).forEach(r -> roles.add(labels.role(r)));
        assertThat(roles).hasSize(ModeratorRole.values().length + ParticipantRole.values().length);
        assertThat(Arrays.stream(TransitMode.values()).map(labels::mode).distinct()).hasSize(TransitMode.values().length);
        assertThat(Arrays.stream(LinkKind.values()).map(labels::kind).distinct()).hasSize(LinkKind.values().length);
    }

    @Test
    void aLink_isItsLabel_elseTheWordForItsKind_elseItsUrl() {
        URI url = URI.create("https://example.org/x");
        assertThat(Stream.of(Locale.ENGLISH, SPANISH, Locale.FRENCH)
                .map(l -> ProgrammeLabels.of(l).link(Link.of(url).withKind(LinkKind.RECORDING))))
                .containsExactly("Recording: https://example.org/x", "Grabación: https://example.org/x",
                        "Enregistrement\u00a0: https://example.org/x");
        ProgrammeLabels english = ProgrammeLabels.of(Locale.ENGLISH);
        assertThat(english.link(Link.of(url, "Deck").withKind(LinkKind.SLIDES))).isEqualTo("Deck: https://example.org/x");
        assertThat(english.link(Link.of(url).withKind(LinkKind.OTHER))).isEqualTo("https://example.org/x");
        assertThat(english.link(Link.of(url))).isEqualTo("https://example.org/x");
        assertThat(english.kind(LinkKind.OTHER)).isEqualTo("Link");
    }

    @Test
    void words_areTheLanguages() {
        assertThat(Stream.of(Locale.ENGLISH, SPANISH, Locale.FRENCH).map(l -> ProgrammeLabels.of(l).get(Label.VENUE)))
                .containsExactly("Venue", "Lugar", "Lieu");
        assertThat(Stream.of(Locale.ENGLISH, SPANISH, Locale.FRENCH).map(l -> ProgrammeLabels.of(l).mode(TransitMode.TRAM)))
                .containsExactly("Tram", "Tranvía", "Tramway");
        assertThat(Stream.of(Locale.ENGLISH, SPANISH, Locale.FRENCH)
                .map(l -> ProgrammeLabels.of(l).role(ModeratorRole.MODERATOR))).containsExactly("Moderator", "Modera", "Modération");
        assertThat(ProgrammeLabels.of(Locale.FRENCH).transit(TransitAccess.of(TransitMode.METRO, "Hôtel de ville", "1", "11")))
                .isEqualTo("Métro 1, 11 — Hôtel de ville");
        assertThat(ProgrammeLabels.of(SPANISH).transit(TransitAccess.of(TransitMode.BUS, "Plaza Mayor")))
                .isEqualTo("Autobús — Plaza Mayor");
    }

    @Test
    void dates_areWrittenInFull_withTheLanguagesOwnOrder() {
        LocalDate date = LocalDate.of(2021, 6, 11);
        assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

        assertThat(ProgrammeLabels.of(Locale.ENGLISH).date(date)).isEqualTo("Friday, June 11, 2021");
        assertThat(ProgrammeLabels.of(SPANISH).date(date)).isEqualTo("viernes 11 de junio de 2021");
        assertThat(ProgrammeLabels.of(Locale.FRENCH).date(date)).isEqualTo("vendredi 11 juin 2021");
        assertThat(ProgrammeLabels.of(Locale.ENGLISH).day(date)).isEqualTo("Friday, June 11");
        assertThat(ProgrammeLabels.of(SPANISH).day(date)).isEqualTo("viernes 11 de junio");
        assertThat(ProgrammeLabels.of(Locale.FRENCH).day(date)).isEqualTo("vendredi 11 juin");
    }

    @Test
    void labelsQuotationsAndDurations_followEachLanguagesTypography() {
        assertThat(ProgrammeLabels.of(Locale.ENGLISH).labelled("Venue", "X")).isEqualTo("Venue: X");
        assertThat(ProgrammeLabels.of(Locale.FRENCH).labelled("Lieu", "X")).isEqualTo("Lieu\u00a0: X");
        assertThat(ProgrammeLabels.of(Locale.ENGLISH).quote("antes")).isEqualTo("“antes”");
        assertThat(ProgrammeLabels.of(SPANISH).quote("antes")).isEqualTo("«antes»");
        assertThat(ProgrammeLabels.of(Locale.FRENCH).quote("avant")).isEqualTo("«\u00a0avant\u00a0»");
        ProgrammeLabels labels = ProgrammeLabels.of(Locale.ENGLISH);
        assertThat(List.of(Duration.ofMinutes(90), Duration.ofHours(2), Duration.ofMinutes(45), Duration.ofHours(30)))
                .map(labels::duration).containsExactly("1 h 30 min", "2 h", "45 min", "30 h");
    }

    @Test
    void aLanguage_isFoundWhateverItsCountry_andAMissingOneIsRefused_neverTheDefaultLocale() {
        assertThat(ProgrammeLabels.of(Locale.forLanguageTag("es-MX")).locale()).isEqualTo(SPANISH);
        assertThat(ProgrammeLabels.of(Locale.CANADA_FRENCH).locale()).isEqualTo(Locale.FRENCH);
        assertThat(ProgrammeLabels.of(Locale.US)).hasToString("ProgrammeLabels[en]");
        assertThatThrownBy(() -> ProgrammeLabels.of(Locale.forLanguageTag("tr"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there are no programme labels in 'tr'; there are in en, es, fr");
        assertThatThrownBy(() -> ProgrammeLabels.of(Locale.ROOT)).isInstanceOf(IllegalArgumentException.class);
    }
}
