package org.agendum.core.text;

import static org.agendum.core.text.Forum.MADRID;
import static org.agendum.core.text.Forum.MONDAY;
import static org.agendum.core.text.Forum.NEW_YORK;
import static org.agendum.core.text.Forum.SATURDAY;
import static org.agendum.core.text.Forum.SUNDAY;
import static org.agendum.core.text.Forum.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Timing;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.api.Test;

/**
 * The structure of a programme against what java.time says of the event's values and against
 * texts written out by hand.
 */
class ProgrammeTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Programme forum(Locale locale) {
        return Programme.of(Forum.event(), locale);
    }

    /** A wall-clock time in another zone, by java.time alone. */
    private static String hhmm(LocalDate date, int hour, int minute, ZoneId from, ZoneId to) {
        ZonedDateTime there = ZonedDateTime.of(date, LocalTime.of(hour, minute), from).withZoneSameInstant(to);
        return String.format(Locale.ROOT, "%02d:%02d", there.getHour(), there.getMinute());
    }

    @Test
    void dates_ofASixDayForum_areItsFirstAndLastDays_inEachLanguage() {
        assertThat(SATURDAY.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(THURSDAY.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);

        assertThat(forum(Locale.ENGLISH).dates()).isEqualTo("Saturday, November 1 – Thursday, November 6, 2025");
        assertThat(forum(SPANISH).dates()).isEqualTo("Sábado 1 de noviembre – jueves 6 de noviembre de 2025");
        assertThat(forum(Locale.FRENCH).dates()).isEqualTo("Samedi 1 novembre – jeudi 6 novembre 2025");
    }

    @Test
    void times_ofASixDayForum_endOnItsLastDay_inEveryZone() {
        // The New York end is on Thursday too, after the clocks went back: by java.time, not by the renderer.
        ZonedDateTime end = ZonedDateTime.of(THURSDAY, LocalTime.of(17, 30), MADRID).withZoneSameInstant(NEW_YORK);
        assertThat(end.toLocalDate()).isEqualTo(THURSDAY);

        assertThat(forum(Locale.ENGLISH).times()).isEqualTo("16:00 – Thursday, November 6, 17:30 Madrid · "
                + hhmm(SATURDAY, 16, 0, MADRID, NEW_YORK) + " – Thursday, November 6, "
                + hhmm(THURSDAY, 17, 30, MADRID, NEW_YORK) + " Nueva York");
        assertThat(forum(Locale.FRENCH).times()).startsWith("16:00 – jeudi 6 novembre, 17:30 Madrid · ");
    }

    @Test
    void aBlockThatEndsOnTheNextDay_showsThatDay() {
        ProgrammeEntry hackathon = forum(Locale.ENGLISH).entry("hackathon").orElseThrow();

        assertThat(hackathon.day()).isEqualTo(SUNDAY);
        assertThat(hackathon.times()).hasValue("10:30 – Monday, November 3, 10:30 Madrid · "
                + hhmm(SUNDAY, 10, 30, MADRID, NEW_YORK) + " – Monday, November 3, "
                + hhmm(MONDAY, 10, 30, MADRID, NEW_YORK) + " Nueva York");
        assertThat(forum(SPANISH).entry("hackathon").orElseThrow().times().orElseThrow())
                .startsWith("10:30 – lunes 3 de noviembre, 10:30 Madrid");
    }

    @Test
    void aTimeTheZonesClocksShowTwice_hasItsOffset() {
        // 06:30 and 07:30 in Madrid are both 01:30 in New York, once on summer time and once on winter time.
        LocalDateTime twice = LocalDateTime.of(SUNDAY, LocalTime.of(1, 30));
        assertThat(NEW_YORK.getRules().getValidOffsets(twice)).hasSize(2);
        assertThat(hhmm(SUNDAY, 6, 30, MADRID, NEW_YORK)).isEqualTo("01:30");
        assertThat(hhmm(SUNDAY, 7, 30, MADRID, NEW_YORK)).isEqualTo("01:30");

        assertThat(forum(Locale.ENGLISH).entry("carrera").orElseThrow().times())
                .hasValue("06:30–07:30 Madrid · 01:30 (UTC-04:00)–01:30 (UTC-05:00) Nueva York");
    }

    @Test
    void everyTimeAcrossAFallBackNight_hasItsOffsetExactlyWhenJavaTimeSaysItsWallClockTimeComesTwice() {
        // Five-minute blocks from 05:30 to 10:30 in Madrid: New York's clocks go back at 06:00 UTC (07:00 in Madrid).
        List<AgendaBlock> blocks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            blocks.add(AgendaBlock.builder().id("b" + i).kind(BlockKind.TALK).title("Charla " + i)
                    .timing(Timing.minutes(5)).build());
        }
        Event night = Forum.event().withStart(LocalDateTime.of(SUNDAY, LocalTime.of(5, 30))).withEnd(Optional.empty())
                .withAgenda(Agenda.builder().addAllBlocks(blocks).build());
        Programme programme = Programme.of(night, Locale.ENGLISH);

        int twice = 0;
        for (ScheduledBlock block : Timetable.of(night).blocks()) {
            ZonedDateTime start = block.span().orElseThrow().start().withZoneSameInstant(NEW_YORK);
            ZonedDateTime end = block.span().orElseThrow().end().withZoneSameInstant(NEW_YORK);
            String startText = String.format(Locale.ROOT, "%02d:%02d", start.getHour(), start.getMinute())
                    + (NEW_YORK.getRules().getValidOffsets(start.toLocalDateTime()).size() == 2
                            ? " (UTC" + start.getOffset().getId() + ")" : "");
            String endText = String.format(Locale.ROOT, "%02d:%02d", end.getHour(), end.getMinute())
                    + (NEW_YORK.getRules().getValidOffsets(end.toLocalDateTime()).size() == 2
                            ? " (UTC" + end.getOffset().getId() + ")" : "");
            twice += startText.contains("UTC") ? 1 : 0;
            assertThat(programme.entry(block.id()).orElseThrow().times().orElseThrow()).as(block.id())
                    .endsWith(" · " + startText + "–" + endText + " Nueva York");
        }
        assertThat(twice).isEqualTo(24); // the two hours 05:00–07:00 UTC: 01:00–01:55 EDT, then EST
    }

    @Test
    void aSlotInTheEventZonesOwnOverlap_isPlacedOnItsFirstOccurrence_andSaysSo() {
        LocalDate fallBack = LocalDate.of(2025, 10, 26);
        assertThat(MADRID.getRules().getValidOffsets(LocalDateTime.of(fallBack, LocalTime.of(2, 15)))).hasSize(2);
        Event night = Event.builder().id("noche").title("Noche en blanco").zone(MADRID)
                .start(LocalDateTime.of(fallBack, LocalTime.of(1, 0)))
                .agenda(Agenda.of(AgendaBlock.builder().id("concierto").kind(BlockKind.OTHER).title("Concierto")
                        .timing(Timing.slot(fallBack, LocalTime.of(2, 15), LocalTime.of(2, 45))).build()))
                .build();

        assertThat(Programme.of(night, Locale.ENGLISH).entry("concierto").orElseThrow().times())
                .hasValue("02:15 (UTC+02:00)–02:45 (UTC+02:00) Europe/Madrid");
    }

    @Test
    void days_groupTheTopLevelBlocksByTheDayTheyStart_inStartOrder() {
        Programme programme = forum(Locale.ENGLISH);

        assertThat(programme.days()).extracting(ProgrammeDay::date).containsExactly(SATURDAY, SUNDAY, MONDAY, THURSDAY);
        assertThat(programme.days().get(2).heading()).isEqualTo("Monday, November 3, 2025");
        assertThat(forum(SPANISH).days().get(2).heading()).isEqualTo("Lunes 3 de noviembre de 2025");
        // Listed track by track in the agenda; by start within the day, agenda order between equal starts.
        assertThat(programme.days().get(2).entries()).extracting(ProgrammeEntry::title)
                .containsExactly("Taller A1: Datos abiertos", "Taller B1: Calles para todos",
                        "Taller A2: Datos de movilidad", "Taller B2: Transporte público");
        assertThat(programme.days().get(1).entries()).extracting(e -> e.block().id())
                .containsExactly("carrera", "registro", "hackathon");
    }

    @Test
    void parallel_marksExactlyTheTopLevelBlocksWhoseSpansOverlapAnotherOfTheirDay() {
        Programme programme = forum(Locale.ENGLISH);
        List<ScheduledBlock> top = Timetable.of(Forum.event()).topLevelBlocks();

        for (ProgrammeDay day : programme.days()) {
            for (ProgrammeEntry entry : day.entries()) {
                TimeSpan span = entry.span().orElseThrow();
                boolean overlaps = top.stream().anyMatch(other -> !other.id().equals(entry.block().id())
                        && other.span().orElseThrow().start().toLocalDate().equals(day.date())
                        && other.span().orElseThrow().overlaps(span));
                assertThat(entry.parallel()).as(entry.title()).isEqualTo(overlaps);
            }
        }
        assertThat(programme.days().get(2).entries()).allMatch(ProgrammeEntry::parallel);
        assertThat(programme.entry("b2-qa").orElseThrow().parallel()).isFalse();
        // Every entry in agenda order, depth first, as the timetable lists the blocks.
        assertThat(programme.entries()).extracting(e -> e.block().id()).containsExactly("apertura", "carrera",
                "registro", "hackathon", "a1", "a2", "b1", "b2", "b2-qa", "clausura");
        assertThat(programme.entry("nothing")).isEmpty();
    }

    @Test
    void details_giveRoomTrackPeopleAndNotes_andChildrenHaveTheirOwnEntries() {
        Programme programme = forum(Locale.ENGLISH);

        assertThat(programme.entry("a1").orElseThrow().details()).containsExactly(
                ProgrammeItem.of(Label.ROOM, "Room", "Sala 1"),
                ProgrammeItem.of(Label.TRACK, "Track", "Datos"),
                ProgrammeItem.of(Label.PARTICIPANT, "Speaker", "Tom Baker (New York, US)"));
        assertThat(forum(Locale.FRENCH).entry("apertura").orElseThrow().details()).containsExactly(
                ProgrammeItem.of(Label.ROOM, "Salle", "Auditorio"),
                ProgrammeItem.of(Label.MODERATOR, "Modération", "Dra. Lucía Gómez, Coordinadora, Red de Ciudades (RC)"));
        assertThat(programme.entry("hackathon").orElseThrow().details())
                .contains(ProgrammeItem.of(Label.NOTES, "Notes", List.of("Traed portátil")));
        ProgrammeEntry b2 = programme.entry("b2").orElseThrow();
        assertThat(b2.children()).extracting(ProgrammeEntry::title).containsExactly("Preguntas");
        assertThat(b2.children().get(0).times()).isEmpty();
        assertThat(b2.children().get(0).day()).isEqualTo(MONDAY);
    }

    @Test
    void facts_giveTheVenueAccessOnlineRegistrationEveryDeadlineAndTheLinks() {
        assertThat(LocalDate.of(2025, 10, 20).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(LocalDate.of(2025, 9, 30).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(LocalDate.of(2025, 10, 14).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);

        assertThat(forum(Locale.ENGLISH).facts()).containsExactly(
                ProgrammeItem.of(Label.VENUE, "Venue", "Casa de la Villa, Plaza de la Villa 5, 28005 Madrid, ES"),
                ProgrammeItem.of(Label.ACCESS, "Access", List.of("Metro 2, 5 — Ópera", "Bus 3 — Plaza Mayor")),
                ProgrammeItem.of(Label.ONLINE, "Online", "YouTube, https://stream.example/foro"),
                ProgrammeItem.of(Label.REGISTRATION, "Registration",
                        "required, 300 seats — https://ciudades.example/inscripcion — last day Monday, October 20, 2025"),
                ProgrammeItem.of(Label.DEADLINES, "Deadlines", List.of(
                        "Resúmenes: until Tuesday, September 30, 2025, 18:00 Madrid",
                        "Becas: last day Tuesday, October 14, 2025 Nueva York (“before October 15”)")),
                ProgrammeItem.of(Label.LINKS, "Links", List.of("Web: https://ciudades.example/foro")));
        assertThat(forum(SPANISH).facts()).contains(
                ProgrammeItem.of(Label.ACCESS, "Acceso", List.of("Metro 2, 5 — Ópera", "Autobús 3 — Plaza Mayor")),
                ProgrammeItem.of(Label.DEADLINES, "Plazos", List.of(
                        "Resúmenes: hasta el martes 30 de septiembre de 2025, 18:00 Madrid",
                        "Becas: último día martes 14 de octubre de 2025 Nueva York («before October 15»)")));
        assertThat(forum(Locale.FRENCH).facts()).contains(
                ProgrammeItem.of(Label.ACCESS, "Accès", List.of("Métro 2, 5 — Ópera", "Bus 3 — Plaza Mayor")),
                ProgrammeItem.of(Label.REGISTRATION, "Inscription", "obligatoire, 300 places — "
                        + "https://ciudades.example/inscripcion — dernier jour lundi 20 octobre 2025"));
    }

    @Test
    void people_giveOrganizersPartnersAndContactsWithTheirPostalAddress() {
        assertThat(forum(Locale.ENGLISH).people()).containsExactly(
                ProgrammeItem.of(Label.ORGANIZERS, "Organized by", List.of("Red de Ciudades (RC) (Madrid, ES)")),
                ProgrammeItem.of(Label.PARTNERS, "Partners", List.of("Ayuntamiento de Madrid")),
                ProgrammeItem.of(Label.CONTACTS, "Contacts", List.of("Dra. Lucía Gómez, Coordinadora, Red de Ciudades "
                        + "(RC), Calle Mayor 71, 28013 Madrid, ES, lucia@ciudades.example")));
    }

    @Test
    void aRegistrationWithNothingToSay_givesNoItem_andOneThatIsOnlyRequiredSaysSo() {
        Event event = Forum.event();

        assertThat(Programme.of(event.withRegistration(Registration.builder().build()), Locale.ENGLISH).facts())
                .extracting(ProgrammeItem::kind).doesNotContain(Label.REGISTRATION);
        assertThat(Programme.of(event.withRegistration(Registration.builder().required(true).build()), Locale.FRENCH)
                .facts()).contains(ProgrammeItem.of(Label.REGISTRATION, "Inscription", "obligatoire"));
    }

    @Test
    void status_andTheAgendaHeading_areInTheLanguage() {
        Event event = Forum.event();
        Event provisional = event.withStatus(EventStatus.PROVISIONAL)
                .withAgenda(event.agenda().withStatus(AgendaStatus.PROVISIONAL).withTitle("Programa provisional"));

        assertThat(Programme.of(event, Locale.ENGLISH).status()).isEmpty();
        assertThat(Programme.of(event.withStatus(EventStatus.CANCELLED), SPANISH).status()).hasValue("CANCELADO");
        assertThat(Programme.of(provisional, Locale.FRENCH).status()).hasValue("à confirmer");
        assertThat(Programme.of(event, SPANISH).agendaHeading()).hasValue("Programa");
        assertThat(Programme.of(provisional, Locale.ENGLISH).agendaHeading()).hasValue("Programa provisional (provisional)");
        Programme empty = Programme.of(event.withAgenda(Agenda.empty()), Locale.ENGLISH);
        assertThat(empty.agendaHeading()).isEmpty();
        assertThat(empty.days()).isEmpty();
    }

    @Test
    void anEventWithoutAnEnd_showsItsStart_andAnEndAtMidnightEndsTheDayBefore() {
        Event event = Forum.event().withAgenda(Agenda.empty()).withEnd(Optional.empty());
        Programme open = Programme.of(event, Locale.ENGLISH);
        assertThat(open.dates()).isEqualTo("Saturday, November 1, 2025");
        assertThat(open.times()).isEqualTo("16:00 Madrid · " + hhmm(SATURDAY, 16, 0, MADRID, NEW_YORK) + " Nueva York");

        Programme toMidnight = Programme.of(event.withEnd(LocalDateTime.of(SUNDAY, LocalTime.MIDNIGHT)), Locale.ENGLISH);
        assertThat(toMidnight.dates()).isEqualTo("Saturday, November 1, 2025");
        assertThat(toMidnight.times()).startsWith("16:00 – Sunday, November 2, 00:00 Madrid");
    }

    @Test
    void aSlotThatEndsOnTheFollowingDay_isListedUnderItsStartDay_withItsEndsDay() {
        Event event = Forum.event().withEnd(Optional.empty()).withAgenda(Agenda.compose()
                .blockToNextDay(SATURDAY, LocalTime.of(19, 30), LocalTime.of(0, 30), BlockKind.MEAL, "Cena")
                .id("cena")
                .toAgenda());

        ProgrammeEntry dinner = Programme.of(event, Locale.ENGLISH).entry("cena").orElseThrow();

        assertThat(dinner.day()).isEqualTo(SATURDAY);
        assertThat(dinner.times()).hasValue("19:30 – Sunday, November 2, 00:30 Madrid · "
                + hhmm(SATURDAY, 19, 30, MADRID, NEW_YORK) + "–" + hhmm(SUNDAY, 0, 30, MADRID, NEW_YORK) + " Nueva York");
        assertThat(Programme.of(event, Locale.ENGLISH).dates()).isEqualTo("Saturday, November 1 – Sunday, November 2, 2025");
    }

    @Test
    void theLastDate_isTheAgendasWhenItRunsPastTheAnnouncedEnd() {
        Event event = Forum.event().withEnd(LocalDateTime.of(SATURDAY, LocalTime.of(18, 0)));

        assertThat(Programme.of(event, Locale.ENGLISH).dates()).isEqualTo("Saturday, November 1 – Thursday, November 6, 2025");
        assertThat(Programme.of(event, Locale.ENGLISH).times()).isEqualTo("16:00–18:00 Madrid · "
                + hhmm(SATURDAY, 16, 0, MADRID, NEW_YORK) + "–" + hhmm(SATURDAY, 18, 0, MADRID, NEW_YORK) + " Nueva York");
    }

    @Test
    void zonesGivenInsteadOfTheEvents_comeAfterTheEventZone_whichKeepsItsLabel() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Programme programme = Programme.of(Forum.event(), Locale.ENGLISH, List.of(DisplayZone.of(tokyo, "Tokio")));

        assertThat(programme.zones()).containsExactly(DisplayZone.of(MADRID, "Madrid"), DisplayZone.of(tokyo, "Tokio"));
        ZonedDateTime start = ZonedDateTime.of(SATURDAY, LocalTime.of(16, 0), MADRID).withZoneSameInstant(tokyo);
        assertThat(start.toLocalDate()).isEqualTo(SUNDAY);
        assertThat(programme.entry("apertura").orElseThrow().times()).hasValue("16:00–17:30 Madrid · Sunday, November 2, "
                + hhmm(SATURDAY, 16, 0, MADRID, tokyo) + " – " + hhmm(SATURDAY, 17, 30, MADRID, tokyo) + " Tokio");
        assertThat(Programme.of(Forum.event(), Locale.ENGLISH, List.of(DisplayZone.of(tokyo, "Tokio"),
                DisplayZone.of(MADRID, "Villa"), DisplayZone.of(tokyo, "Japón"))).zones())
                .containsExactly(DisplayZone.of(MADRID, "Villa"), DisplayZone.of(tokyo, "Tokio"));
        assertThat(Programme.of(Forum.event(), Locale.ENGLISH, List.of()).zones())
                .containsExactly(DisplayZone.of(MADRID, "Madrid"));
        assertThat(Programme.of(Forum.event().withDisplayZones(List.of()), Locale.ENGLISH).zones())
                .containsExactly(DisplayZone.of(MADRID, "Europe/Madrid"));
    }

    @Test
    void aLanguageWithoutLabels_isRefused_andACountryDoesNotMatter() {
        assertThatThrownBy(() -> Programme.of(Forum.event(), Locale.GERMAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'de'").hasMessageContaining("en, es, fr");
        assertThat(Programme.of(Forum.event(), Locale.forLanguageTag("es-MX")).labels().locale()).isEqualTo(SPANISH);
    }

    @Test
    void aProgrammeOfManyBlocks_isBuiltInOnePassWithoutRecursion() {
        List<AgendaBlock> blocks = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            blocks.add(AgendaBlock.builder().id("b" + i).kind(BlockKind.TALK).title("Talk " + i)
                    .timing(Timing.duration(Duration.ofMinutes(5))).build());
        }
        Event event = Forum.event().withAgenda(Agenda.builder().addAllBlocks(blocks).build());

        Programme programme = Programme.of(event, Locale.ENGLISH);

        assertThat(programme.days().stream().mapToInt(d -> d.entries().size()).sum()).isEqualTo(20_000);
        assertThat(programme.days()).allSatisfy(d -> assertThat(d.entries()).noneMatch(ProgrammeEntry::parallel));
    }
}
