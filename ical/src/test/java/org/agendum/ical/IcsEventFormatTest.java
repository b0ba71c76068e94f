package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormats;
import org.agendum.core.format.FormatOption;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.time.Timetable;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;

class IcsEventFormatTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final IcsEventFormat ICS = IcsEventFormat.create().withClock(CLOCK);

    @Test
    void format_isNamedIcsAndReadsAndWrites() {
        assertThat(ICS.name()).isEqualTo("ics");
        assertThat(ICS.mediaType()).isEqualTo("text/calendar");
        assertThat(ICS.fileExtension()).isEqualTo("ics");
        assertThat(ICS.canWrite()).isTrue();
        assertThat(ICS.canRead()).isTrue();
        assertThatThrownBy(() -> ICS.read(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(org.agendum.core.format.EventFormatException.class);
    }

    @Test
    void serviceLoader_findsTheFormatByName() {
        EventFormat found = EventFormats.get("ics");

        assertThat(found).isInstanceOf(IcsEventFormat.class);
        assertThat(EventFormats.forFileName("seminar.ics")).containsInstanceOf(IcsEventFormat.class);
    }

    @Test
    void optionsByName_setWhatTheTypedMethodsSet() {
        EventFormat found = EventFormats.get("ics");

        assertThat(found.options()).extracting(FormatOption::name).containsExactly("profile", "blocks", "uid-domain",
                "locale", "confidential");
        assertThat(found.options()).extracting(FormatOption::defaultValue).containsExactly("publish", "true", "agendum",
                "en", "withhold");
        for (FormatOption option : found.options()) {
            assertThat(found.option(option.name())).as(option.name()).isEqualTo(option.defaultValue());
        }
        IcsEventFormat set = (IcsEventFormat) found.withOption("profile", "rich").withOption("blocks", "false")
                .withOption("uid-domain", "events.example.org").withOption("locale", "fr")
                .withOption("confidential", "include");
        assertThat(set.profile()).isEqualTo(IcsEventFormat.Profile.RICH);
        assertThat(set.blocks()).isFalse();
        assertThat(set.uidDomain()).isEqualTo("events.example.org");
        assertThat(set.locale()).isEqualTo(java.util.Locale.FRENCH);
        assertThat(set.confidential()).isTrue();
        assertThat(List.of(set.option("profile"), set.option("blocks"), set.option("uid-domain"), set.option("locale"),
                set.option("confidential"))).containsExactly("rich", "false", "events.example.org", "fr", "include");
        assertThatThrownBy(() -> found.withOption("locale", "de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option locale takes en, es, fr, not 'de'");
        assertThatThrownBy(() -> found.withOption("blocks", "yes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option blocks takes true, false, not 'yes'");
        assertThatThrownBy(() -> found.withOption("uid-domain", "not a domain"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a domain name");
        assertThatThrownBy(() -> found.withOption("layout", "compact")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the ics format has no option 'layout'; its options: profile, blocks, uid-domain, locale, confidential");
    }

    @Test
    void defaults_useTheSystemUtcClockAndBlocks() {
        IcsEventFormat defaults = IcsEventFormat.create();

        assertThat(defaults.clock().getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(defaults.blocks()).isTrue();
        assertThat(defaults.displayZones()).isEmpty();
        assertThat(ICS.withBlocks(false).blocks()).isFalse();
        assertThat(ICS.blocks()).isTrue();
    }

    @Test
    void equalEventsAndClock_writeIdenticalBytes() {
        assertThat(ICS.toBytes(SeedEvents.parisSeminar2018())).isEqualTo(
                IcsEventFormat.create().withClock(CLOCK).toBytes(SeedEvents.parisSeminar2018()));
    }

    @Test
    void fromIcs_readsWhatToIcsWrote_asFromBytesDoes() throws Exception {
        String ics = ICS.withProfile(IcsEventFormat.Profile.RICH).toIcs(SeedEvents.parisSeminar2018());

        assertThat(ICS.fromIcs(ics)).isEqualTo(SeedEvents.parisSeminar2018());
        assertThatThrownBy(() -> ICS.fromIcs("not a calendar")).isInstanceOf(EventFormatException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void dtstamp_comesFromTheClock() {
        String ics = ICS.toIcs(SeedEvents.gobiernosLocales2021());

        assertThat(IcsChecks.contentLines(ics)).contains("DTSTAMP:20260101T000000Z")
                .filteredOn(l -> l.startsWith("DTSTAMP")).containsOnly("DTSTAMP:20260101T000000Z");
    }

    @Test
    void seminar2021_startsAt1300MontevideoWhichIs1600Utc() {
        Event event = SeedEvents.gobiernosLocales2021();
        String ics = ICS.toIcs(event);
        Map<String, VEvent> byUid = IcsChecks.assertInstantsAgreeWithTimetable(event, ics);

        VEvent main = byUid.get("gobiernos-locales-en-accion-2021@agendum");
        assertThat(main.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2021-06-11T16:00:00Z"));
        assertThat(main.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2021-06-11T17:30:00Z"));
        String panel1 = Timetable.of(event).blocks().stream()
                .filter(b -> b.block().label().equals(java.util.Optional.of("Panel 1"))).findFirst().orElseThrow().id();
        VEvent panel = byUid.get("gobiernos-locales-en-accion-2021." + IcsChecks.uidPart(panel1) + "@agendum");
        assertThat(panel.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2021-06-11T16:15:00Z"));
        assertThat(panel.getRelatedTo()).extracting(r -> r.getValue())
                .containsExactly("gobiernos-locales-en-accion-2021@agendum");
        assertThat(panel.getStatus().getValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void parisSeminar_startsAt0900ParisWhichIs0700UtcAndItsProvisionalBlocksAreTentative() {
        Event event = SeedEvents.parisSeminar2018();
        String ics = ICS.toIcs(event);
        Map<String, VEvent> byUid = IcsChecks.assertInstantsAgreeWithTimetable(event, ics);

        VEvent main = byUid.get(IcsChecks.uidPart(event.id()) + "@agendum");
        assertThat(main.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2018-07-05T07:00:00Z"));
        assertThat(byUid.values()).filteredOn(v -> v != main && v.getRelatedTo().size() == 1
                        && v.getDateStart().getValue().hasTime())
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.getStatus().getValue()).isEqualTo("TENTATIVE"));
    }

    @Test
    void registrationDeadline_isAnAllDayEntryOnTheLastDay_withTheRegistrationLineOfTheDescription() {
        Event event = SeedEvents.gobiernosLocales2021();
        String ics = ICS.toIcs(event);
        VEvent marker = IcsChecks.parseWithoutWarnings(ics).getEvents().stream()
                .filter(v -> v.getUid().getValue().equals("gobiernos-locales-en-accion-2021+registration@agendum"))
                .findFirst().orElseThrow();

        assertThat(marker.getDateStart().getValue().hasTime()).isFalse();
        assertThat(IcsChecks.contentLines(ics)).contains("DTSTART;VALUE=DATE:20210608", "DTEND;VALUE=DATE:20210609");
        assertThat(marker.getUrl().getValue()).isEqualTo("https://forms.gle/t8GEM2KjH9gYQxtU6");
        // 8 June 2021, the day before "antes del próximo 9 de junio", was a Tuesday.
        assertThat(java.time.LocalDate.of(2021, 6, 8).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY);
        String line = "Registration: required — https://forms.gle/t8GEM2KjH9gYQxtU6 — last day Tuesday, June 8, 2021 "
                + "(“antes del próximo 9 de junio de 2021”)";
        assertThat(IcsChecks.textAfter(ics, "UID:gobiernos-locales-en-accion-2021+registration@agendum", "DESCRIPTION"))
                .hasValue(line);
        assertThat(IcsChecks.textAfter(ics, "UID:gobiernos-locales-en-accion-2021+registration@agendum", "SUMMARY"))
                .hasValue("Last day to register: Gobiernos locales en acción");
        assertThat(IcsChecks.textAfter(ics, "UID:gobiernos-locales-en-accion-2021@agendum", "DESCRIPTION")
                .orElseThrow().lines()).contains(line);
    }

    @Test
    void eventDescription_listsTheProgrammeInEveryDisplayZone_andBlockDescriptionsHaveThePeople() {
        String ics = ICS.toIcs(SeedEvents.gobiernosLocales2021());
        String overview = IcsChecks.textAfter(ics, "UID:gobiernos-locales-en-accion-2021@agendum",
                "DESCRIPTION").orElseThrow();
        String opening = IcsChecks.textAfter(ics, "UID:gobiernos-locales-en-accion-2021.inauguracion@agendum",
                "DESCRIPTION").orElseThrow();

        assertThat(overview).contains("13:00–13:15 Uruguay · 11:00–11:15 México  Inauguración")
                .doesNotContain("Marcela Petrantonio");
        assertThat(opening).contains("13:00–13:15 Uruguay · 11:00–11:15 México  Inauguración",
                "Lic. Mag. Marcela Petrantonio, Secretaria Ejecutiva, Mercociudades");
    }

    @Test
    void withoutBlocks_theEventDescriptionIsTheWholeProgrammeWithPeopleAndChildBlocks() {
        String ics = ICS.withBlocks(false).toIcs(SeedEvents.gobiernosLocales2021());
        String description = IcsChecks.textAfter(ics, "UID:gobiernos-locales-en-accion-2021@agendum",
                "DESCRIPTION").orElseThrow();

        assertThat(description).contains("13:00–13:15 Uruguay · 11:00–11:15 México  Inauguración",
                "Lic. Mag. Marcela Petrantonio, Secretaria Ejecutiva, Mercociudades",
                "Sesión de preguntas y respuestas");
    }

    @Test
    void displayZones_canBeChosenPerFormat() {
        String ics = ICS.withDisplayZones(List.of(DisplayZone.of(ZoneId.of("Asia/Tokyo"), "Tokio")))
                .toIcs(SeedEvents.gobiernosLocales2021());
        String description = IcsChecks.textAfter(ics, "UID:gobiernos-locales-en-accion-2021@agendum",
                "DESCRIPTION").orElseThrow();

        // 13:00 in Montevideo (UTC-3) is 01:00 the next day in Tokyo (UTC+9).
        assertThat(description).contains("13:00–13:15 Uruguay · Saturday, June 12, 01:00 – 01:15 Tokio")
                .doesNotContain("11:00–11:15 México");
    }

    @Test
    void texts_areInTheFormatsLanguage_englishByDefault_whateverTheDefaultLocale() {
        Event seminar = SeedEvents.gobiernosLocales2021();
        String spanish = ICS.withLocale(java.util.Locale.forLanguageTag("es-UY")).toIcs(seminar);

        assertThat(ICS.locale()).isEqualTo(java.util.Locale.ENGLISH);
        assertThat(ICS.withLocale(java.util.Locale.forLanguageTag("es-UY")).locale())
                .isEqualTo(java.util.Locale.forLanguageTag("es"));
        assertThat(IcsChecks.textAfter(spanish, "UID:gobiernos-locales-en-accion-2021@agendum", "DESCRIPTION")
                .orElseThrow()).startsWith("Viernes 11 de junio de 2021 · 13:00–14:30 Uruguay · 11:00–12:30 México\n"
                        + "Duración máxima: 1 h 30 min\nInscripción: obligatoria — ");
        assertThat(IcsChecks.textAfter(spanish, "UID:gobiernos-locales-en-accion-2021.panel-1@agendum", "DESCRIPTION")
                .orElseThrow()).contains("\n    Objetivo: Compartir experiencias", "\n    Panelista: Ricardo Herrera, ",
                        "\nParte de: Gobiernos locales en acción — ");
        assertThat(IcsChecks.textAfter(spanish, "UID:gobiernos-locales-en-accion-2021+registration@agendum", "SUMMARY"))
                .hasValue("Último día de inscripción: Gobiernos locales en acción");
        assertThat(IcsChecks.textAfter(ICS.toIcs(seminar), "UID:gobiernos-locales-en-accion-2021@agendum",
                "DESCRIPTION").orElseThrow()).startsWith("Friday, June 11, 2021 · ");
        assertThatThrownBy(() -> ICS.withLocale(java.util.Locale.JAPANESE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ja'");
        assertThat(ICS.withLocale(java.util.Locale.FRENCH).toString()).contains("locale=fr");
    }

    @Test
    void withoutBlocks_onlyTheEventAndTheDeadlineAreWritten() {
        ICalendar calendar = IcsChecks.parseWithoutWarnings(
                ICS.withBlocks(false).toIcs(SeedEvents.gobiernosLocales2021()));

        assertThat(calendar.getEvents()).extracting(v -> v.getUid().getValue()).containsExactly(
                "gobiernos-locales-en-accion-2021@agendum", "gobiernos-locales-en-accion-2021+registration@agendum");
    }

    @Test
    void calendar_hasProdIdVersionCalscaleAndAVtimezoneForTheEventZone() {
        String ics = ICS.toIcs(SeedEvents.parisSeminar2018());
        List<String> lines = IcsChecks.contentLines(ics);

        assertThat(lines).startsWith("BEGIN:VCALENDAR", "PRODID:-//agendum//agendum 0.1//EN", "VERSION:2.0",
                "CALSCALE:GREGORIAN");
        assertThat(lines).contains("TZID:Europe/Paris");
        assertThat(IcsChecks.names(ics)).doesNotContain("METHOD", "ATTENDEE", "ORGANIZER");
        // The trimmed definition holds 2018's two transitions after the last one of 2017 (in force on 1 January).
        assertThat(lines).contains("DTSTART:20171029T030000");
        assertThat(lines).contains("DTSTART:20180325T020000", "DTSTART:20181028T030000");
        assertThat(ics.getBytes(StandardCharsets.UTF_8).length).isLessThan(64 * 1024);
    }
}
