package org.agendum.core.model;

import static org.agendum.core.model.Violations.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link Invariant} is reachable through a public construction path and reports its stable
 * code and the path of the offending attribute.
 */
class InvariantsTest {

    private static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final LocalDateTime START = LocalDateTime.of(2021, 6, 11, 13, 0);

    /** What breaks an invariant, and where the exception must say it is broken. */
    private record Trigger(String path, Executable action) {}

    /** One simple trigger per invariant; {@link #everyInvariant_hasATrigger()} keeps it complete. */
    private static final Map<Invariant, Trigger> TRIGGERS = triggers();

    private static Map<Invariant, Trigger> triggers() {
        Map<Invariant, Trigger> t = new EnumMap<>(Invariant.class);
        t.put(Invariant.INVALID_ID, new Trigger("/id", () -> Person.of("ana maria", "Ana María")));
        t.put(Invariant.BLANK_TEXT, new Trigger("/title", () -> block("b").title(" \t").build()));
        t.put(Invariant.SLOT_END_NOT_AFTER_START,
                new Trigger("/end", () -> Timing.slot(LocalTime.of(10, 0), LocalTime.of(9, 0))));
        t.put(Invariant.SLOT_LONGER_THAN_A_DAY,
                new Trigger("/end", () -> Timing.slotToNextDay(LocalTime.of(9, 0), LocalTime.of(10, 0))));
        t.put(Invariant.DURATION_NOT_POSITIVE, new Trigger("/duration", () -> Timing.minutes(0)));
        t.put(Invariant.EVENT_END_NOT_AFTER_START,
                new Trigger("/end", () -> event().end(START.minusMinutes(1)).build()));
        t.put(Invariant.CAPACITY_NOT_POSITIVE, new Trigger("/seats", () -> Capacity.ofSeats(0)));
        t.put(Invariant.DUPLICATE_BLOCK_ID,
                new Trigger("/blocks/1/id", () -> Agenda.of(talk("panel"), talk("panel"))));
        t.put(Invariant.CONFLICTING_PARTY_ID, new Trigger("/partners/0/id", () -> event()
                .addOrganizer(Person.of("ana", "Ana Pérez"))
                .addPartner(Organization.of("ana", "Asociación Nacional de Arquitectos"))
                .build()));
        t.put(Invariant.BLOCK_TIMING_MISSING,
                new Trigger("/blocks/0/timing", () -> Agenda.of(block("untimed").title("Sin hora").build())));
        t.put(Invariant.INVALID_COUNTRY_CODE,
                new Trigger("/country", () -> Person.builder().id("ana").name("Ana").country("Mexico").build()));
        t.put(Invariant.INVALID_LANGUAGE_TAG,
                new Trigger("/languages/1", () -> event().addLanguages("es", "es_MX").build()));
        t.put(Invariant.GEO_OUT_OF_RANGE, new Trigger("/latitude", () -> GeoPoint.of(90.5, 0)));
        t.put(Invariant.EMPTY_VALUE, new Trigger("", () -> PostalAddress.builder().build()));
        t.put(Invariant.RELATIVE_URI, new Trigger("/url", () -> Link.of(URI.create("programa.pdf"))));
        t.put(Invariant.DUPLICATE_DISPLAY_ZONE, new Trigger("/displayZones/1", () -> event()
                .addDisplayZone(DisplayZone.of(MEXICO, "México"))
                .addDisplayZone(DisplayZone.of(MEXICO, "CDMX"))
                .build()));
        t.put(Invariant.DATE_OUT_OF_RANGE,
                new Trigger("/date", () -> Deadline.until(LocalDate.MAX, MONTEVIDEO)));
        t.put(Invariant.UNPAIRED_SURROGATE, new Trigger("/title", () -> block("b").title("Panel \uD800").build()));
        t.put(Invariant.NEGATIVE_REVISION, new Trigger("/revision", () -> event().revision(-1).build()));
        t.put(Invariant.DUPLICATE_ROOM_ID, new Trigger("/rooms/1/id",
                () -> event().addRoom(Room.of("sala-a", "Sala A")).addRoom(Room.of("sala-a", "Sala B")).build()));
        t.put(Invariant.DUPLICATE_TRACK_ID, new Trigger("/tracks/1/id",
                () -> event().addTrack(Track.of("eje-1", "Eje 1")).addTrack(Track.of("eje-1", "Eje 2")).build()));
        t.put(Invariant.UNKNOWN_ROOM, new Trigger("/agenda/blocks/0/room", () -> event()
                .addRoom(Room.of("sala-a", "Sala A")).agenda(Agenda.of(talk("t").withRoom("sala-b"))).build()));
        t.put(Invariant.UNKNOWN_TRACK, new Trigger("/agenda/blocks/0/track", () -> event()
                .addTrack(Track.of("eje-1", "Eje 1")).agenda(Agenda.of(talk("t").withTrack("Eje 1"))).build()));
        t.put(Invariant.INVALID_COLOR,
                new Trigger("/color", () -> Track.builder().id("eje-1").name("Eje 1").color("#1F77B").build()));
        t.put(Invariant.PREVIOUS_START_NOT_RESCHEDULED, new Trigger("/previousStart",
                () -> block("b").title("Charla").status(BlockStatus.CANCELLED).previousStart(START).build()));
        t.put(Invariant.UNKNOWN_BLOCK_REFERENCE, new Trigger("/deadlines/0/block", () -> event()
                .agenda(Agenda.of(talk("taller")))
                .addDeadline(Deadline.until(START.toLocalDate(), MONTEVIDEO).withBlockId("tallr"))
                .build()));
        t.put(Invariant.DEADLINE_BLOCK_MISMATCH, new Trigger("/registration/deadline/block", () -> block("taller")
                .title("Taller")
                .registration(Registration.builder()
                        .deadline(Deadline.until(START.toLocalDate(), MONTEVIDEO).withBlockId("otro")).build())
                .build()));
        t.put(Invariant.DUPLICATE_LOCALIZATION, new Trigger("/localizations/1/language", () -> event()
                .addLanguages("es").addLocalizations(Localization.title("en", "Virtual seminar"),
                        Localization.title("EN", "Online seminar")).build()));
        t.put(Invariant.LOCALIZATION_OF_DEFAULT_LANGUAGE, new Trigger("/localizations/0/language", () -> event()
                .addLanguages("es", "en").addLocalization(Localization.title("es", "Seminario en línea")).build()));
        t.put(Invariant.LOCALIZATION_WITHOUT_DEFAULT_LANGUAGE, new Trigger("/localizations/0", () -> event()
                .addLocalization(Localization.title("en", "Virtual seminar")).build()));
        t.put(Invariant.PARENT_CHAIN_TOO_DEEP, new Trigger("/parent", () -> {
            Organization top = Organization.of("nivel-0", "Nivel 0");
            for (int level = 1; level <= Organization.MAX_PARENT_DEPTH; level++) {
                top = Organization.builder().id("nivel-" + level).name("Nivel " + level).parent(top).build();
            }
            Organization.builder().id("uno-de-mas").name("Uno de más").parent(top).build();
        }));
        t.put(Invariant.RECURRENCE_NOT_POSITIVE, new Trigger("/count", () -> Recurrence.weekly(0)));
        t.put(Invariant.RECURRENCE_END_NOT_ONE, new Trigger("/count",
                () -> Recurrence.builder().frequency(Recurrence.Frequency.WEEKLY).build()));
        t.put(Invariant.RECURRENCE_TOO_MANY_OCCURRENCES,
                new Trigger("/count", () -> Recurrence.weekly(Recurrence.MAX_OCCURRENCES + 1)));
        t.put(Invariant.RECURRENCE_UNTIL_BEFORE_START, new Trigger("/recurrence/until", () -> seminar()
                .recurrence(Recurrence.builder().frequency(Recurrence.Frequency.WEEKLY).until(LocalDate.of(2026, 9, 28))
                        .build()).build()));
        t.put(Invariant.RECURRENCE_EXCLUSION_NOT_OCCURRENCE, new Trigger("/recurrence/excludedDates/0",
                () -> seminar().recurrence(Recurrence.weekly(10).withExcludedDates(LocalDate.of(2026, 10, 7))).build()));
        t.put(Invariant.RECURRENCE_WITHOUT_DATED_SLOT, new Trigger("/timing", () -> AgendaBlock.builder().id("s")
                .kind(BlockKind.TALK).title("S").timing(Timing.slot(LocalTime.of(18, 0), LocalTime.of(20, 0)))
                .recurrence(Recurrence.weekly(10)).build()));
        t.put(Invariant.RECURRENCE_NESTED, new Trigger("/children/0/recurrence", () -> AgendaBlock.builder().id("p")
                .kind(BlockKind.OTHER).title("P").addChild(AgendaBlock.builder().id("c").kind(BlockKind.TALK).title("C")
                        .timing(Timing.slot(LocalDate.of(2026, 9, 29), LocalTime.of(18, 0), LocalTime.of(20, 0)))
                        .recurrence(Recurrence.weekly(2)).build()).build()));
        return t;
    }

    /** A weekly seminar's first session, on Tuesday 29 September 2026 from 18:00 to 20:00. */
    private static AgendaBlock.Builder seminar() {
        return AgendaBlock.builder().id("seminario").kind(BlockKind.TALK).title("Seminario")
                .timing(Timing.slot(LocalDate.of(2026, 9, 29), LocalTime.of(18, 0), LocalTime.of(20, 0)));
    }

    @Test
    void everyInvariant_hasATrigger() {
        assertThat(TRIGGERS.keySet()).isEqualTo(EnumSet.allOf(Invariant.class));
    }

    @ParameterizedTest
    @EnumSource(Invariant.class)
    void eachInvariant_isTriggeredThroughAPublicPath_withItsCodeAndPath(Invariant invariant) {
        Trigger trigger = TRIGGERS.get(invariant);
        assertThat(trigger).as("no trigger for %s", invariant).isNotNull();
        assertViolates(invariant, trigger.path(), trigger.action()::execute);
    }

    @Test
    void code_isTheConstantName() {
        for (Invariant invariant : Invariant.values()) {
            assertThat(invariant.code()).isEqualTo(invariant.name());
        }
    }

    // One example per invariant, through other construction paths than the table above.

    @Test
    void invalidId_emptyOrWithWhitespace_isRejectedOnEveryIdentifiedType() {
        assertViolates(Invariant.INVALID_ID, "/id", () -> Organization.of("", "Mercociudades"));
        assertViolates(Invariant.INVALID_ID, "/id", () -> block("panel 1").title("Panel 1").build());
        assertViolates(Invariant.INVALID_ID, "/id", () -> event().build().withId("seminario\u00a02021"));
        assertViolates(Invariant.INVALID_ID, "/id", () -> Person.of("ana", "Ana").withId("a\nna"));
    }

    @Test
    void invalidId_longerThanTheMaximum_isRejected_countingCodePoints() {
        String longest = "a".repeat(Event.MAX_ID_LENGTH);
        assertThat(Person.of(longest, "Ana").id()).hasSize(255);
        // 255 emoji are 510 UTF-16 units and 255 characters, as JSON Schema's maxLength counts them.
        String emoji = "\uD83D\uDE00".repeat(Event.MAX_ID_LENGTH);
        assertThat(block(emoji).title("Panel").build().id()).isEqualTo(emoji);
        assertViolates(Invariant.INVALID_ID, "/id", () -> Person.of(longest + "b", "Ana"));
        assertViolates(Invariant.INVALID_ID, "/id", () -> block(emoji + "b").title("Panel").build());
        assertViolates(Invariant.INVALID_ID, "/id", () -> event().build().withId("e".repeat(1_000_000)));
    }

    @Test
    void blankText_inOptionalAndListAttributes_reportsTheirPath() {
        assertViolates(Invariant.BLANK_TEXT, "/name", () -> Person.of("ana", "   "));
        assertViolates(Invariant.BLANK_TEXT, "/honorific", () -> Person.of("ana", "Ana").withHonorific(""));
        assertViolates(Invariant.BLANK_TEXT, "/topics/1", () -> talk("t").withTopics("Agenda 2030", " "));
        assertViolates(Invariant.BLANK_TEXT, "/subtitle", () -> event().subtitle("").build());
        assertViolates(Invariant.BLANK_TEXT, "/station",
                () -> TransitAccess.of(TransitMode.METRO, " ", "1", "11"));
        assertViolates(Invariant.BLANK_TEXT, "/lines/1",
                () -> TransitAccess.of(TransitMode.METRO, "Hôtel de Ville", "1", ""));
        assertViolates(Invariant.BLANK_TEXT, "/label", () -> DisplayZone.of(MEXICO, ""));
        assertViolates(Invariant.BLANK_TEXT, "/title", () -> Agenda.empty().withTitle(" "));
    }

    @Test
    void slotEndNotAfterStart_isCheckedByBuilderFactoryAndCopy() {
        assertViolates(Invariant.SLOT_END_NOT_AFTER_START, "/end",
                () -> Slot.builder().start(LocalTime.NOON).end(LocalTime.NOON).build());
        assertViolates(Invariant.SLOT_END_NOT_AFTER_START, "/end",
                () -> Timing.slot(LocalDate.of(2024, 6, 10), LocalTime.of(9, 30), LocalTime.of(9, 0)));

        Slot slot = Timing.slot(LocalTime.of(9, 0), LocalTime.of(9, 30));
        assertViolates(Invariant.SLOT_END_NOT_AFTER_START, "/end", () -> slot.withEnd(LocalTime.of(8, 59)));
        assertViolates(Invariant.SLOT_END_NOT_AFTER_START, "/end", () -> slot.withStart(LocalTime.of(9, 30)));
        assertThat(slot.end()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void slotEndingNextDay_mustEndAtOrBeforeItsStartByTheClock_andLastsAtMost24Hours() {
        Slot dinner = Timing.slotToNextDay(LocalTime.of(19, 30), LocalTime.of(0, 30));
        assertThat(dinner.endsNextDay()).isTrue();
        assertThat(dinner.duration()).isEqualTo(Duration.ofHours(5));
        assertThat(dinner.endOn(LocalDate.of(2024, 12, 31))).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 30));
        assertThat(Timing.slotToNextDay(LocalTime.of(23, 0), LocalTime.MIDNIGHT).duration())
                .isEqualTo(Duration.ofHours(1));
        assertThat(Timing.slotToNextDay(LocalTime.of(10, 0), LocalTime.of(10, 0)).duration())
                .isEqualTo(Duration.ofHours(24));
        assertThat(Timing.slot(LocalTime.of(9, 0), LocalTime.of(9, 30)).endOn(LocalDate.of(2024, 6, 10)))
                .isEqualTo(LocalDateTime.of(2024, 6, 10, 9, 30));

        assertViolates(Invariant.SLOT_LONGER_THAN_A_DAY, "/end",
                () -> Timing.slotToNextDay(LocalDate.of(2024, 6, 10), LocalTime.of(22, 0), LocalTime.of(22, 1)));
        assertViolates(Invariant.SLOT_LONGER_THAN_A_DAY, "/end", () -> dinner.withEnd(LocalTime.of(19, 31)));
        assertViolates(Invariant.SLOT_END_NOT_AFTER_START, "/end", () -> dinner.withEndsNextDay(false));
        assertThat(dinner.withEnd(LocalTime.of(19, 30)).duration()).isEqualTo(Duration.ofHours(24));
        Slot sameDay = Timing.slot(LocalTime.of(9, 0), LocalTime.of(9, 30));
        assertViolates(Invariant.SLOT_LONGER_THAN_A_DAY, "/end", () -> sameDay.withEndsNextDay(true));
    }

    @Test
    void slotEndNotAfterStart_hintsAtASlotEndingOnTheFollowingDay() {
        assertThatThrownBy(() -> Timing.slot(LocalTime.of(14, 0), LocalTime.of(13, 0)))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("slot end 13:00 must be after its start 14:00")
                .hasMessageContaining("endsNextDay");
    }

    @Test
    void durationNotPositive_forBlocksAndTheEventMaximum() {
        assertViolates(Invariant.DURATION_NOT_POSITIVE, "/duration", () -> Timing.duration(Duration.ofMinutes(-5)));
        assertViolates(Invariant.DURATION_NOT_POSITIVE, "/duration", () -> DurationOnly.of(Duration.ZERO));
        assertViolates(Invariant.DURATION_NOT_POSITIVE, "/maximumDuration",
                () -> event().maximumDuration(Duration.ZERO).build());
    }

    @Test
    void eventEndNotAfterStart_whenEqualOrMovedBeforeByACopy() {
        assertViolates(Invariant.EVENT_END_NOT_AFTER_START, "/end", () -> event().end(START).build());
        Event event = event().end(START.plusHours(2)).build();
        assertViolates(Invariant.EVENT_END_NOT_AFTER_START, "/end", () -> event.withStart(START.plusHours(3)));
    }

    @Test
    void capacityNotPositive_forNegativeSeats_whileLimitedIsFine() {
        assertViolates(Invariant.CAPACITY_NOT_POSITIVE, "/seats", () -> Capacity.ofSeats(-1));
        assertThat(Capacity.limited().seats()).isEmpty();
        assertThat(Capacity.ofSeats(1).seats()).hasValue(1);
    }

    @Test
    void duplicateBlockId_isFoundAtAnyDepth() {
        AgendaBlock panel = talk("panel").withChildren(block("qa").title("Preguntas").build());
        assertViolates(Invariant.DUPLICATE_BLOCK_ID, "/blocks/1/children/0/id", () -> Agenda.of(talk("qa"), panel));
        assertViolates(Invariant.DUPLICATE_BLOCK_ID, "/blocks/1/id", () -> Agenda.of(panel, talk("qa")));
        assertViolates(Invariant.DUPLICATE_BLOCK_ID, "/blocks/1/id",
                () -> Agenda.of(talk("a")).withBlocks(talk("a"), talk("a")));
    }

    @Test
    void conflictingPartyId_betweenAnOrganizerAndABlockParticipant() {
        Agenda agenda = Agenda.of(talk("t").withParticipants(Participant.speaker(Person.of("ana", "Ana Gómez"))));
        assertViolates(Invariant.CONFLICTING_PARTY_ID, "/agenda/blocks/0/participants/0/party/id",
                () -> event().addOrganizer(Person.of("ana", "Ana Pérez")).agenda(agenda).build());
    }

    @Test
    void blockTimingMissing_onlyForTopLevelBlocks() {
        AgendaBlock untimedChild = block("qa").title("Preguntas").build();
        assertThat(Agenda.of(talk("panel").withChildren(untimedChild)).blocks()).hasSize(1);
        assertViolates(Invariant.BLOCK_TIMING_MISSING, "/blocks/1/timing",
                () -> Agenda.of(talk("panel"), talk("cierre").withTiming(Optional.empty())));
    }

    @Test
    void invalidCountryCode_onPartiesAndAddresses() {
        assertViolates(Invariant.INVALID_COUNTRY_CODE, "/country",
                () -> Organization.builder().id("unam").name("UNAM").country("MEX").build());
        assertViolates(Invariant.INVALID_COUNTRY_CODE, "/country",
                () -> PostalAddress.builder().locality("Paris").country("France").build());
        assertViolates(Invariant.INVALID_COUNTRY_CODE, "/country", () -> Person.of("ana", "Ana").withCountry("ZZ"));
    }

    @Test
    void invalidLanguageTag_emptyOrMalformed() {
        assertViolates(Invariant.INVALID_LANGUAGE_TAG, "/languages/0", () -> event().addLanguage("").build());
        assertViolates(Invariant.INVALID_LANGUAGE_TAG, "/languages/0", () -> event().addLanguage("español").build());
        assertThat(event().addLanguages("es", "pt-BR", "fr").build().languages()).containsExactly("es", "pt-BR", "fr");
    }

    @Test
    void invalidLanguageTag_ofABlock_likeTheEvents_byBuilderCopyAndComposer() {
        assertViolates(Invariant.INVALID_LANGUAGE_TAG, "/languages/1", () -> talk("t").withLanguages("es", "pt_BR"));
        assertViolates(Invariant.INVALID_LANGUAGE_TAG, "/languages/0",
                () -> AgendaBlock.builder().id("t").kind(BlockKind.TALK).title("T").addLanguage("").build());
        assertViolates(Invariant.INVALID_LANGUAGE_TAG, "/languages/0",
                () -> Agenda.compose().block(Duration.ofMinutes(5), BlockKind.TALK, "T").languages("español").toAgenda());
        assertThat(talk("t").withLanguages("es", "pt-BR", "en-GB").languages()).containsExactly("es", "pt-BR", "en-GB");
    }

    @Test
    void aBlocksSubtitleAndLinks_areCheckedLikeTheEvents() {
        assertViolates(Invariant.BLANK_TEXT, "/subtitle", () -> talk("t").withSubtitle(" \t"));
        assertViolates(Invariant.UNPAIRED_SURROGATE, "/subtitle", () -> talk("t").withSubtitle("a\ud800b"));
        assertViolates(Invariant.RELATIVE_URI, "/url", () -> talk("t").withLinks(Link.of(URI.create("slides.pdf"))));
        assertViolates(Invariant.BLANK_TEXT, "/label",
                () -> Link.of(URI.create("https://example.org/s")).withKind(LinkKind.SLIDES).withLabel(""));
        Link slides = Link.of(URI.create("https://example.org/s"), "Diapositivas").withKind(LinkKind.SLIDES);
        assertThat(slides.kind()).hasValue(LinkKind.SLIDES);
        assertThat(slides.withKind(Optional.empty())).isEqualTo(Link.of(URI.create("https://example.org/s"), "Diapositivas"));
        assertThat(talk("t").withLinks(slides).links()).containsExactly(slides);
    }

    @Test
    void geoOutOfRange_forEachCoordinate_andNotANumber() {
        assertViolates(Invariant.GEO_OUT_OF_RANGE, "/latitude", () -> GeoPoint.of(-90.0001, 0));
        assertViolates(Invariant.GEO_OUT_OF_RANGE, "/latitude", () -> GeoPoint.of(Double.NaN, 0));
        assertViolates(Invariant.GEO_OUT_OF_RANGE, "/longitude", () -> GeoPoint.of(48.8566, 180.5));
        assertViolates(Invariant.GEO_OUT_OF_RANGE, "/longitude", () -> GeoPoint.of(48.8566, Double.NaN));
        GeoPoint corner = GeoPoint.of(-90, 180);
        assertThat(corner.latitude()).isEqualTo(-90);
        assertThat(corner.longitude()).isEqualTo(180);
    }

    @Test
    void emptyValue_forOnlineLocationAndPosition() {
        assertViolates(Invariant.EMPTY_VALUE, "", () -> OnlineLocation.builder().build());
        assertViolates(Invariant.EMPTY_VALUE, "", () -> Position.of("Profesora").withTitle(Optional.empty()));
        assertThat(OnlineLocation.builder().linkSentAfterRegistration(true).build().url()).isEmpty();
    }

    @Test
    void relativeUri_onPartiesVenuesRegistrationAndOnlineLocations() {
        URI relative = URI.create("/inscripcion");
        assertViolates(Invariant.RELATIVE_URI, "/url", () -> Person.of("ana", "Ana").withUrl(relative));
        assertViolates(Invariant.RELATIVE_URI, "/url", () -> Venue.builder().name("Alcaldía").url(relative).build());
        assertViolates(Invariant.RELATIVE_URI, "/url", () -> Registration.builder().url(relative).build());
        assertViolates(Invariant.RELATIVE_URI, "/url", () -> OnlineLocation.of(relative));
    }

    @Test
    void duplicateDisplayZone_evenWithTheEventsOwnZone() {
        Event event = event().addDisplayZone(DisplayZone.of(MONTEVIDEO, "Uruguay")).build();
        assertViolates(Invariant.DUPLICATE_DISPLAY_ZONE, "/displayZones/2", () -> event.withDisplayZones(
                DisplayZone.of(MONTEVIDEO, "Uruguay"), DisplayZone.of(MEXICO, "México"),
                DisplayZone.of(MONTEVIDEO, "Montevideo")));
    }

    // Copies re-run the checks; null fails fast.

    @Test
    void withCopies_rerunTheChecks_andLeaveTheOriginalUntouched() {
        Person ana = Person.builder().id("ana").name("Ana").country("UY").build();
        assertViolates(Invariant.INVALID_COUNTRY_CODE, "/country", () -> ana.withCountry("Uruguay"));
        assertViolates(Invariant.BLANK_TEXT, "/title", () -> talk("t").withTitle(""));
        assertViolates(Invariant.BLANK_TEXT, "/title", () -> event().build().withTitle("  "));
        assertThat(ana.country()).hasValue("UY");
    }

    @Test
    void nullArguments_throwNullPointerException() {
        assertThatThrownBy(() -> Person.of(null, "Ana")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Person.builder().name(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Timing.duration(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Deadline.before(null, MONTEVIDEO)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Deadline.until(LocalDate.of(2021, 6, 9), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Timing.slot(LocalTime.NOON, LocalTime.MIDNIGHT.minusMinutes(1)).withEnd(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> event().build().withTitle(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Agenda.of((AgendaBlock) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> event().addTopic(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void missingRequiredAttributes_areNotAnInvariant_butStillFail() {
        assertThatThrownBy(() -> Event.builder().id("e").title("t").build()).isInstanceOf(IllegalStateException.class);
    }

    private static Event.Builder event() {
        return Event.builder().id("seminario-2021").title("Seminario virtual").zone(MONTEVIDEO).start(START);
    }

    private static AgendaBlock.Builder block(String id) {
        return AgendaBlock.builder().id(id).kind(BlockKind.TALK);
    }

    private static AgendaBlock talk(String id) {
        return block(id).title("Charla " + id).timing(Timing.minutes(30)).build();
    }
}
