package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.Person;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Venue;
import org.agendum.json.JsonEventFormat;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;

/**
 * What a calendar shows for a real programme: the right hour in zones whose rules ical4j's copy of
 * the tz data gets wrong, times clients disagree on written in UTC, each block's own room, a
 * cancellation on every entry, UIDs in the publisher's domain, and an event entry that stays
 * readable at conference size. Expected instants come from java.time applied to the model.
 */
class IcsPublishTest {

    private static final IcsEventFormat ICS = IcsEventFormat.create()
            .withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void saoPauloIn2026_isWrittenAtItsWallClockTime_notAnHourLate() throws Exception {
        // Brazil abolished daylight-saving time in 2019; ical4j 4.4.0's zone data still had it.
        Event event = event("America/Sao_Paulo", LocalDateTime.of(2026, 1, 13, 16, 0), LocalDateTime.of(2026, 1, 13, 17, 30));
        String ics = ICS.toIcs(event);

        assertThat(IcsChecks.contentLines(ics)).contains("DTSTART;TZID=America/Sao_Paulo:20260113T160000",
                "DTEND;TZID=America/Sao_Paulo:20260113T173000");
        assertThat(WrittenZone.of(ics, "America/Sao_Paulo").instant(LocalDateTime.of(2026, 1, 13, 16, 0)))
                .isEqualTo(Instant.parse("2026-01-13T19:00:00Z"));
        assertThat(ICS.fromBytes(ics.getBytes(StandardCharsets.UTF_8)).start()).isEqualTo(event.start());
    }

    @Test
    void ambiguousWallClockTimes_areWrittenInUtc_atTheInstantTheTimetableComputed() throws Exception {
        // 02:30 happens twice in Berlin on 26 October 2025; 01:45 twice on Lord Howe on 5 April 2026
        // (a 30-minute change). java.time and RFC 5545 take the first, some clients the second.
        Event berlin = event("Europe/Berlin", LocalDateTime.of(2025, 10, 26, 2, 30), LocalDateTime.of(2025, 10, 26, 4, 0));
        Event lordHowe = event("Australia/Lord_Howe", LocalDateTime.of(2026, 4, 5, 1, 45),
                LocalDateTime.of(2026, 4, 5, 3, 0));

        assertThat(IcsChecks.contentLines(ICS.toIcs(berlin))).contains("DTSTART:20251026T003000Z",
                "DTEND;TZID=Europe/Berlin:20251026T040000");
        LocalDateTime quarterToTwo = LocalDateTime.of(2026, 4, 5, 1, 45);
        ZoneId howe = ZoneId.of("Australia/Lord_Howe");
        assertThat(howe.getRules().getValidOffsets(quarterToTwo)).hasSize(2);
        assertThat(IcsChecks.contentLines(ICS.toIcs(lordHowe))).contains("DTSTART:"
                + LocalDateTime.ofInstant(quarterToTwo.atZone(howe).toInstant(), ZoneOffset.UTC).format(
                        java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")) + "Z");
        assertThat(LocalDateTime.of(2025, 10, 26, 2, 30).atZone(ZoneId.of("Europe/Berlin")).toInstant())
                .isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
        Event back = ICS.fromBytes(ICS.toBytes(berlin));
        assertThat(back.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(back.start()).isEqualTo(berlin.start());
    }

    @Test
    void wallClockTimeInAGap_isWrittenWhereTheTimetablePutIt() {
        // Clocks jumped from 02:00 to 03:00 in Berlin on 30 March 2025: 02:30 is 03:30 CEST.
        Event event = event("Europe/Berlin", LocalDateTime.of(2025, 3, 30, 2, 30), LocalDateTime.of(2025, 3, 30, 5, 0));

        assertThat(IcsChecks.contentLines(ICS.toIcs(event))).contains("DTSTART;TZID=Europe/Berlin:20250330T033000");
    }

    @Test
    void eventAtAFixedOffset_writesItsQuotedTzidAndReadsBackInThatOffset() throws Exception {
        for (String zone : List.of("+03:00", "UTC-05:30", "Z")) {
            Event event = event(zone, LocalDateTime.of(2026, 6, 1, 9, 0), LocalDateTime.of(2026, 6, 1, 10, 0));
            String ics = ICS.toIcs(event);
            String tzid = zone.contains(":") ? "\"" + zone + "\"" : zone;

            assertThat(IcsChecks.contentLines(ics)).as(zone).contains("DTSTART;TZID=" + tzid + ":20260601T090000",
                    "TZID:" + zone);
            Event back = ICS.fromBytes(ics.getBytes(StandardCharsets.UTF_8));
            assertThat(back.zone()).isEqualTo(ZoneId.of(zone));
            assertThat(back.start()).isEqualTo(event.start());
        }
    }

    @Test
    void eachBlock_isAtItsOwnRoom_withTheVenuesNameAndAddress() {
        Event event = event("Europe/Paris", LocalDateTime.of(2026, 5, 4, 9, 0), LocalDateTime.of(2026, 5, 4, 12, 0))
                .withVenue(Venue.builder().name("Maison de la Mutualité").room("Grand amphithéâtre")
                        .address(PostalAddress.builder().street("24 rue Saint-Victor").postalCode("75005")
                                .locality("Paris").country("FR").build())
                        .build())
                .withAgenda(Agenda.of(
                        block("plenary", LocalTime.of(9, 0), LocalTime.of(10, 0), null),
                        block("workshop", LocalTime.of(10, 0), LocalTime.of(12, 0), "Salle 3")));
        String ics = ICS.toIcs(event);

        assertThat(location(ics, "e.plenary")).isEqualTo("Grand amphithéâtre, Maison de la Mutualité, "
                + PostalAddress.builder().street("24 rue Saint-Victor").postalCode("75005").locality("Paris").country("FR")
                        .build().toSingleLine());
        assertThat(location(ics, "e.workshop")).startsWith("Salle 3, Maison de la Mutualité, 24 rue Saint-Victor");
    }

    /**
     * A block's subtitle, languages and links are lines of its DESCRIPTION, as {@code show} prints
     * them, in the calendar's language; SUMMARY stays its display title and URL the event's link, and
     * nothing else is added to the entry. Read back with biweekly.
     */
    @Test
    void aBlocksSubtitleLanguagesAndLinks_areLinesOfItsDescription() throws Exception {
        AgendaBlock talk = AgendaBlock.builder().id("talk").kind(BlockKind.TALK).label("Charla 1").title("Ciudades")
                .subtitle("lecciones de diez años")
                .addLanguages("es", "pt-BR")
                .timing(Timing.slot(LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .addLinks(Link.of(URI.create("https://example.org/d.pdf"), "Diapositivas (PDF)").withKind(LinkKind.SLIDES),
                        Link.of(URI.create("https://example.org/g")).withKind(LinkKind.RECORDING),
                        Link.of(URI.create("https://example.org/p")))
                .build();
        Event event = Event.builder().id("e").title("Event").zone(ZoneId.of("Europe/Paris"))
                .start(LocalDateTime.of(2026, 5, 4, 9, 0))
                .addLinks(Link.of(URI.create("https://example.org/web")).withKind(LinkKind.VIDEO))
                .agenda(Agenda.of(talk))
                .build();

        for (IcsEventFormat format : List.of(ICS, ICS.withProfile(IcsEventFormat.Profile.RICH))) {
            ICalendar calendar = IcsChecks.parseWithoutWarnings(format.toIcs(event));
            VEvent entry = calendar.getEvents().stream().filter(v -> v.getUid().getValue().equals("e.talk@agendum"))
                    .findFirst().orElseThrow();
            assertThat(entry.getSummary().getValue()).isEqualTo("Charla 1: Ciudades");
            assertThat(entry.getDescription().getValue().lines()).startsWith(
                    "09:00–10:00 Europe/Paris  Charla 1: Ciudades",
                    "    lecciones de diez años",
                    "    Languages: es, pt-BR",
                    "    Links:",
                    "      Diapositivas (PDF): https://example.org/d.pdf",
                    "      Recording: https://example.org/g",
                    "      https://example.org/p");
            assertThat(entry.getUrl().getValue()).isEqualTo("https://example.org/web");
            assertThat(entry.getAttachments()).isEmpty();
            VEvent whole = calendar.getEvents().stream().filter(v -> v.getUid().getValue().equals("e@agendum"))
                    .findFirst().orElseThrow();
            assertThat(whole.getDescription().getValue().lines()).contains("Links: Video: https://example.org/web");
        }
        // Read back: the publish profile loses them (docs/ICALENDAR.md), the rich profile keeps them.
        Event back = ICS.fromBytes(ICS.toBytes(event));
        assertThat(back.agenda().blocks()).singleElement().satisfies(b -> {
            assertThat(b.subtitle()).isEmpty();
            assertThat(b.languages()).isEmpty();
            assertThat(b.links()).isEmpty();
        });
        assertThat(back.links()).containsExactly(Link.of(URI.create("https://example.org/web")));
        IcsEventFormat rich = ICS.withProfile(IcsEventFormat.Profile.RICH);
        assertThat(rich.fromBytes(rich.toBytes(event))).isEqualTo(event);

        String spanish = ICS.withLocale(Locale.forLanguageTag("es")).toIcs(event).replace("\r\n ", "");
        assertThat(spanish).contains("\\n    Idiomas: es\\, pt-BR\\n    Enlaces:\\n      Diapositivas (PDF): "
                + "https://example.org/d.pdf\\n      Grabación: https://example.org/g\\n");
    }

    @Test
    void cancelledEvent_cancelsEveryEntry_theRegistrationDeadlineToo() {
        Event event = SeedEvents.gobiernosLocales2021().withStatus(EventStatus.CANCELLED);
        List<String> lines = IcsChecks.contentLines(ICS.toIcs(event));

        long entries = lines.stream().filter("BEGIN:VEVENT"::equals).count();
        assertThat(lines.stream().filter(l -> l.startsWith("STATUS:"))).hasSize((int) entries)
                .allMatch("STATUS:CANCELLED"::equals);
        assertThat(lines).contains("UID:gobiernos-locales-en-accion-2021+registration@agendum");
    }

    @Test
    void uidDomain_isThePublishersAndReadingRecognizesIt() throws Exception {
        Event seminar = SeedEvents.gobiernosLocales2021();
        IcsEventFormat ours = ICS.withUidDomain("events.example.org");
        String ics = ours.toIcs(seminar);

        assertThat(IcsChecks.contentLines(ics)).contains("UID:gobiernos-locales-en-accion-2021@events.example.org",
                "UID:gobiernos-locales-en-accion-2021.panel-1@events.example.org",
                "RELATED-TO:gobiernos-locales-en-accion-2021@events.example.org");
        assertThat(ics).doesNotContain("@agendum");
        Event back = ours.fromBytes(ics.getBytes(StandardCharsets.UTF_8));
        assertThat(back.id()).isEqualTo(seminar.id());
        assertThat(back.agenda().blocks()).extracting(AgendaBlock::id).contains("panel-1", "cierre");
        assertThat(ours.uidDomain()).isEqualTo("events.example.org");
        assertThat(ICS.uidDomain()).isEqualTo(IcsEventFormat.DEFAULT_UID_DOMAIN);
        for (String bad : List.of("", "example..org", "-example.org", "exa mple.org", "example.org@x", "ex_ample.org")) {
            assertThatThrownBy(() -> ICS.withUidDomain(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void eventEntryOfAConference_isABoundedOverview_andEveryBlockKeepsItsDetails() {
        List<AgendaBlock> talks = new ArrayList<>();
        String abstractText = "Un resumen largo de la charla. ".repeat(100);
        for (int i = 0; i < 900; i++) {
            LocalDate day = LocalDate.of(2026, 2, 1 + i / 300);
            LocalTime start = LocalTime.of(8, 0).plusMinutes(2L * (i % 300));
            talks.add(AgendaBlock.builder().id("talk-" + i).kind(BlockKind.TALK).title("Charla número " + i)
                    .description(abstractText).timing(Timing.slot(day, start, start.plusMinutes(2))).build());
        }
        Event conference = Event.builder().id("conf").title("Conferencia").zone(ZoneId.of("Europe/Brussels"))
                .start(LocalDateTime.of(2026, 2, 1, 8, 0)).description("Nota conceptual. ".repeat(1_000))
                .agenda(Agenda.builder().addAllBlocks(talks).build()).build();
        String ics = ICS.toIcs(conference);

        String overview = IcsChecks.textAfter(ics, "UID:conf@agendum", "DESCRIPTION").orElseThrow();
        assertThat(overview.length()).isLessThanOrEqualTo(10_000);
        assertThat(overview).contains("Charla número 0", "Charla número 99", "… and 800 more; each has its own calendar entry")
                .doesNotContain("Charla número 100\n", "Un resumen largo");
        assertThat(IcsChecks.textAfter(ics, "UID:conf.talk-899@agendum", "DESCRIPTION").orElseThrow())
                .contains(abstractText.strip());
        assertThat(IcsChecks.textAfter(ICS.withBlocks(false).toIcs(conference), "UID:conf@agendum", "DESCRIPTION")
                .orElseThrow()).contains("Charla número 899", abstractText.strip());
    }

    @Test
    void richProfile_writesNoControlCharacterTextForbids_andReadsBackEqual() throws Exception {
        Event seminar = SeedEvents.parisSeminar2018();
        Event event = seminar.withTitle(seminar.title() + " \u007F\u0085\u0001 fin");
        IcsEventFormat rich = ICS.withProfile(IcsEventFormat.Profile.RICH);
        byte[] written = rich.toBytes(event);

        for (int i = 0; i < written.length; i++) {
            int b = written[i] & 0xFF;
            assertThat(b == 0x7F || (b < 0x20 && b != '\r' && b != '\n' && b != '\t')).as("byte %d: 0x%02X", i, b)
                    .isFalse();
            assertThat(b == 0xC2 && i + 1 < written.length && (written[i + 1] & 0xFF) >= 0x80
                    && (written[i + 1] & 0xFF) <= 0x9F).as("a C1 control at byte %d", i).isFalse();
        }
        assertThat(rich.fromBytes(written)).isEqualTo(event);
    }

    @Test
    void blockEntries_repeatTheEventsLongTextsOnlyCut_soTheCalendarGrowsWithTheEvent() throws Exception {
        // Found by the long fuzz run: a 2 MB calendar of 10,000 entries whose event title was long
        // became 2 GB, each entry repeating the title; so could a venue, a display zone's label, a
        // moderator or a link. Each is written whole once; entries repeat at most 1,000 characters.
        String longText = "Ü".repeat(100_000);
        Person moderator = Person.of("ana", longText);
        List<AgendaBlock> blocks = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            LocalTime start = LocalTime.of(8, 0).plusMinutes(i);
            blocks.add(AgendaBlock.builder().id("b" + i).kind(BlockKind.TALK).title("Talk " + i)
                    .timing(Timing.slot(start, start.plusMinutes(1))).addModerators(Moderator.of(moderator,
                            ModeratorRole.MODERATOR)).build());
        }
        Event event = Event.builder().id("e").title(longText).zone(ZoneId.of("Europe/Madrid"))
                .start(LocalDateTime.of(2026, 3, 2, 8, 0))
                .venue(Venue.builder().name(longText).address(PostalAddress.builder().street(longText).build()).build())
                .addDisplayZones(DisplayZone.of(ZoneId.of("America/Mexico_City"), longText))
                .addLinks(Link.of(URI.create("https://example.org/?q=" + "a".repeat(100_000))))
                .agenda(Agenda.builder().addAllBlocks(blocks).build()).build();
        int eventBytes = JsonEventFormat.create().toBytes(event).length;

        for (IcsEventFormat format : List.of(ICS, ICS.withProfile(IcsEventFormat.Profile.RICH))) {
            byte[] written = format.toBytes(event);
            // Without the cuts: 500 entries × (title + venue + street + label + moderator + link) ≈ 550 MB.
            assertThat(written.length).as(format.profile().toString()).isLessThan(10 * eventBytes + 500 * 8_000);
            String ics = new String(written, StandardCharsets.UTF_8);
            String block = IcsChecks.textAfter(ics, "UID:e.b499@agendum", "DESCRIPTION").orElseThrow();
            assertThat(block).contains("Talk 499", "Part of: ÜÜÜ").hasSizeLessThan(4_000);
            assertThat(location(ics, "e.b499")).hasSizeLessThanOrEqualTo(1_000);
            assertThat(IcsChecks.textAfter(ics, "UID:e@agendum", "LOCATION").orElseThrow()).contains(longText);
        }
        Event back = ICS.withProfile(IcsEventFormat.Profile.RICH).fromBytes(
                ICS.withProfile(IcsEventFormat.Profile.RICH).toBytes(event));
        assertThat(back).isEqualTo(event);
    }

    @Test
    void registrationDeadlineOnTheLastDayICalendarCanWrite_isAOneDayEntryWithoutDtend() throws Exception {
        LocalDateTime start = LocalDateTime.of(9999, 12, 31, 10, 0);
        Event event = Event.builder().id("e").title("Event").zone(ZoneId.of("Europe/Paris")).start(start)
                .end(start.plusHours(1)).registration(Registration.builder().deadline(Deadline.until(
                        LocalDate.of(9999, 12, 31), ZoneId.of("Europe/Paris"))).build()).build();
        String ics = ICS.toIcs(event);

        assertThat(IcsChecks.contentLines(ics)).contains("DTSTART;VALUE=DATE:99991231")
                .doesNotContain("DTEND;VALUE=DATE:100000101");
        Event back = ICS.fromBytes(ics.getBytes(StandardCharsets.UTF_8));
        assertThat(back.registration().flatMap(Registration::deadline).map(Deadline::lastDay))
                .contains(LocalDate.of(9999, 12, 31));
    }

    private static String location(String ics, String uidPart) {
        return IcsChecks.textAfter(ics, "UID:" + uidPart + "@agendum", "LOCATION").orElseThrow();
    }

    private static AgendaBlock block(String id, LocalTime start, LocalTime end, String room) {
        AgendaBlock.Builder block = AgendaBlock.builder().id(id).kind(BlockKind.TALK).title("Block " + id)
                .timing(Timing.slot(start, end));
        if (room != null) {
            block.room(room);
        }
        return block.build();
    }

    private static Event event(String zone, LocalDateTime start, LocalDateTime end) {
        return Event.builder().id("e").title("Event").zone(ZoneId.of(zone)).start(start).end(end)
                .registration(Registration.builder().deadline(Deadline.until(start.toLocalDate().minusDays(3),
                        ZoneId.of(zone))).build())
                .build();
    }
}
