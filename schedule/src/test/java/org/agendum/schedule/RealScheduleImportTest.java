package org.agendum.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Slot;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.agendum.schedule.internal.BlockKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Node;

/**
 * FOSDEM 2020 and 31C3 as {@link ScheduleXmlFormat} imports them, against the XML itself: what
 * XPath finds in the document (talks, rooms, speakers, days, languages, links), instants that
 * java.time computes from the document's own dates and times, and the numbers SOURCES.md gives
 * (872 talks in 35 rooms and 841 speakers; 138 talks in 4 halls, 11 of them ending at midnight).
 */
class RealScheduleImportTest {

    private static Event event(RealSchedule schedule) {
        return schedule.imported().event();
    }

    private static Map<String, AgendaBlock> blocksById(Event event) {
        return event.agenda().blocks().stream().collect(Collectors.toMap(AgendaBlock::id, Function.identity()));
    }

    @ParameterizedTest
    @EnumSource(RealSchedule.class)
    void everyTalk_isABlock_inDocumentOrder_withItsRoomAndTrack(RealSchedule schedule) {
        List<AgendaBlock> blocks = event(schedule).agenda().blocks();

        assertThat(blocks).extracting(AgendaBlock::id).containsExactlyElementsOf(schedule.texts("//day/room/event/@id"));
        assertThat(blocks).extracting(b -> b.room().orElseThrow()).containsExactlyElementsOf(schedule.texts("//event/room"));
        assertThat(blocks).extracting(b -> b.track().orElseThrow()).containsExactlyElementsOf(schedule.texts("//event/track"));
        assertThat(blocks).extracting(AgendaBlock::title).containsExactlyElementsOf(schedule.texts("//event/title"));
        assertThat(blocks.stream().map(b -> b.room().orElseThrow()).collect(Collectors.toSet()))
                .isEqualTo(Set.copyOf(schedule.texts("//day/room[event]/@name")));
    }

    @Test
    void countsAreThoseTheSourcesGive() {
        Event fosdem = event(RealSchedule.FOSDEM_2020);
        Event congress = event(RealSchedule.CONGRESS_31C3);

        assertThat(fosdem.agenda().blocks()).hasSize(872);
        assertThat(fosdem.agenda().blocks().stream().map(b -> b.room().orElseThrow()).distinct()).hasSize(35);
        assertThat(fosdem.parties()).hasSize(841);
        assertThat(congress.agenda().blocks()).hasSize(138);
        assertThat(congress.agenda().blocks().stream().map(b -> b.room().orElseThrow()).distinct()).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(RealSchedule.class)
    void eachFrabPerson_isOneParty_speakingInEveryTalkThatListsThem(RealSchedule schedule) {
        Event event = event(schedule);
        Set<String> frabIds = new LinkedHashSet<>(schedule.texts("//event/persons/person/@id"));

        assertThat(event.parties()).extracting(p -> p.id()).containsExactlyElementsOf(
                frabIds.stream().map(id -> "person-" + id).toList());
        Map<String, AgendaBlock> blocks = blocksById(event);
        for (Node talk : schedule.select("//event")) {
            AgendaBlock block = blocks.get(RealSchedule.idOf(talk));
            List<String> names = RealSchedule.items(talk, "persons", "person");
            assertThat(block.participants()).extracting(p -> p.party().displayName()).containsExactlyElementsOf(names);
            assertThat(block.participants()).extracting(Participant::role).allMatch(ParticipantRole.SPEAKER::equals);
        }
    }

    @ParameterizedTest
    @EnumSource(RealSchedule.class)
    void theProgrammesDays_areTheSchedulesDays(RealSchedule schedule) {
        assertThat(Timetable.of(event(schedule)).days())
                .containsExactlyElementsOf(schedule.texts("//day/@date").stream().map(LocalDate::parse).toList());
    }

    @Test
    void fosdem_everyTalk_startsOnItsDayAtItsTime_inBrussels() {
        Timetable timetable = Timetable.of(event(RealSchedule.FOSDEM_2020));
        List<Node> talks = RealSchedule.FOSDEM_2020.select("//event");

        for (Node talk : talks) {
            LocalDate day = RealSchedule.dayOf(talk);
            LocalTime start = LocalTime.parse(RealSchedule.child(talk, "start"));
            // FOSDEM's day changes at 09:00 and no talk starts before it: every talk is on its day's date.
            assertThat(start).isAfterOrEqualTo(LocalTime.of(9, 0));
            ZonedDateTime expected = ZonedDateTime.of(day, start, ZoneId.of("Europe/Brussels"));
            TimeSpan span = timetable.spanOf(RealSchedule.idOf(talk)).orElseThrow();
            assertThat(span.start().toInstant()).isEqualTo(expected.toInstant());
            assertThat(span.end().toInstant()).isEqualTo(expected.plus(duration(RealSchedule.child(talk, "duration"))).toInstant());
        }
        // Read by hand: "Welcome to FOSDEM 2020" in Janson, 09:30 for 25 minutes, Brussels being UTC+1 in February.
        assertThat(timetable.spanOf("9025").orElseThrow().start().toInstant()).isEqualTo(Instant.parse("2020-02-01T08:30:00Z"));
        assertThat(timetable.spanOf("9025").orElseThrow().end().toInstant()).isEqualTo(Instant.parse("2020-02-01T08:55:00Z"));
    }

    @Test
    void congress_everyTalk_startsAtTheInstantOfItsDateElement() {
        Timetable timetable = Timetable.of(event(RealSchedule.CONGRESS_31C3));

        for (Node talk : RealSchedule.CONGRESS_31C3.select("//event")) {
            OffsetDateTime date = OffsetDateTime.parse(RealSchedule.child(talk, "date"));
            TimeSpan span = timetable.spanOf(RealSchedule.idOf(talk)).orElseThrow();
            assertThat(span.start().toInstant()).as(talk.getTextContent()).isEqualTo(date.toInstant());
            assertThat(span.end().toInstant()).isEqualTo(date.plus(duration(RealSchedule.child(talk, "duration"))).toInstant());
        }
    }

    @Test
    void congress_talksEndingAtMidnight_endAtTheStartOfTheNextDate() {
        Event congress = event(RealSchedule.CONGRESS_31C3);
        Timetable timetable = Timetable.of(congress);
        List<Node> atMidnight = RealSchedule.CONGRESS_31C3.select("//event").stream()
                .filter(talk -> OffsetDateTime.parse(RealSchedule.child(talk, "date"))
                        .plus(duration(RealSchedule.child(talk, "duration"))).toLocalTime().equals(LocalTime.MIDNIGHT))
                .toList();

        assertThat(atMidnight).hasSize(11);
        for (Node talk : atMidnight) {
            String id = RealSchedule.idOf(talk);
            LocalDate started = OffsetDateTime.parse(RealSchedule.child(talk, "date")).toLocalDate();
            assertThat(timetable.spanOf(id).orElseThrow().end().toLocalDateTime()).isEqualTo(started.plusDays(1).atStartOfDay());
            assertThat((Slot) blocksById(congress).get(id).timing().orElseThrow()).satisfies(slot -> {
                assertThat(slot.endsNextDay()).isTrue();
                assertThat(slot.end()).isEqualTo(LocalTime.MIDNIGHT);
            });
        }
    }

    @Test
    void congress_talksAfterMidnight_happenTheDateAfterTheDayTheyAreListedUnder() {
        Timetable timetable = Timetable.of(event(RealSchedule.CONGRESS_31C3));

        // Read by hand: "Citizenfour" is listed under 27 December at 00:00, "Fnord News Show" under the 28th at 00:15.
        assertThat(timetable.spanOf("6581").orElseThrow().start().toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2014-12-28T00:00:00+01:00"));
        assertThat(timetable.spanOf("6109")).contains(TimeSpan.of(
                ZonedDateTime.parse("2014-12-29T00:15:00+01:00[Europe/Berlin]"),
                ZonedDateTime.parse("2014-12-29T01:45:00+01:00[Europe/Berlin]")));
    }

    @Test
    void theEvents_runFromTheFirstStartToTheLastEnd() {
        Event fosdem = event(RealSchedule.FOSDEM_2020);
        Event congress = event(RealSchedule.CONGRESS_31C3);

        assertThat(fosdem.id()).isEqualTo("fosdem-2020");
        assertThat(fosdem.title()).isEqualTo("FOSDEM 2020");
        assertThat(fosdem.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(fosdem.start()).isEqualTo(LocalDateTime.parse("2020-02-01T09:30"));
        assertThat(fosdem.end()).contains(lastEnd(RealSchedule.FOSDEM_2020));
        assertThat(fosdem.venue().orElseThrow().name()).isEqualTo("ULB (Université Libre de Bruxelles)");
        assertThat(fosdem.venue().orElseThrow().address().orElseThrow().locality()).contains("Brussels");
        // 31C3's days say when they start and end (11:00 to 04:00 the next morning): the first and the last.
        assertThat(congress.id()).isEqualTo("31c3");
        assertThat(congress.title()).isEqualTo("31. Chaos Communication Congress");
        assertThat(congress.start()).isEqualTo(LocalDateTime.parse("2014-12-27T11:00"));
        assertThat(congress.end()).contains(LocalDateTime.parse("2014-12-31T04:00"));
        assertThat(congress.venue()).isEmpty();
    }

    /** The latest talk end of FOSDEM, from the document: every talk is on its day's date (see above). */
    private static LocalDateTime lastEnd(RealSchedule schedule) {
        return schedule.select("//event").stream()
                .map(talk -> RealSchedule.dayOf(talk)
                        .atTime(LocalTime.parse(RealSchedule.child(talk, "start")))
                        .plus(duration(RealSchedule.child(talk, "duration"))))
                .max(LocalDateTime::compareTo).orElseThrow();
    }

    @Test
    void kinds_followTheTable_typeByType() {
        assertThat(kindCounts(RealSchedule.FOSDEM_2020)).containsOnly(
                // devroom 754, maintrack 33, lightningtalk 42
                entry(BlockKind.TALK, 829L),
                entry(BlockKind.KEYNOTE, 5L),
                entry(BlockKind.WORKSHOP, 2L),
                // bof
                entry(BlockKind.DISCUSSION, 29L),
                // keysigning
                entry(BlockKind.NETWORKING, 1L),
                // certification
                entry(BlockKind.OTHER, 6L));
        // lecture 133, podium 1, other 4
        assertThat(kindCounts(RealSchedule.CONGRESS_31C3)).containsOnly(
                entry(BlockKind.TALK, 133L), entry(BlockKind.PANEL, 1L), entry(BlockKind.OTHER, 4L));
        Set<String> types = new LinkedHashSet<>(RealSchedule.FOSDEM_2020.texts("//event/type"));
        types.addAll(RealSchedule.CONGRESS_31C3.texts("//event/type"));
        // Every type is in the table: only "other" and "certification" (an exam) read as OTHER.
        assertThat(types).filteredOn(type -> BlockKinds.kindOf(type) == BlockKind.OTHER)
                .containsExactlyInAnyOrder("certification", "other");
    }

    private static Map<BlockKind, Long> kindCounts(RealSchedule schedule) {
        return event(schedule).agenda().blocks().stream()
                .collect(Collectors.groupingBy(AgendaBlock::kind, Collectors.counting()));
    }

    @ParameterizedTest
    @EnumSource(RealSchedule.class)
    void languagesAndSubtitles_areTheTalks(RealSchedule schedule) {
        List<AgendaBlock> blocks = event(schedule).agenda().blocks();
        List<Node> talks = schedule.select("//event");

        for (int i = 0; i < talks.size(); i++) {
            String language = RealSchedule.child(talks.get(i), "language");
            String subtitle = RealSchedule.child(talks.get(i), "subtitle");
            assertThat(blocks.get(i).languages()).isEqualTo(language.isEmpty() ? List.of() : List.of(language));
            assertThat(blocks.get(i).subtitle()).isEqualTo(subtitle.isEmpty() ? Optional.empty() : Optional.of(subtitle));
        }
    }

    @Test
    void links_areTheTalksLinksAndAttachments_butThoseThatAreNotAbsoluteUrls() {
        ScheduleImport fosdem = RealSchedule.FOSDEM_2020.imported();
        ScheduleImport congress = RealSchedule.CONGRESS_31C3.imported();
        List<Link> fosdemLinks = fosdem.event().agenda().blocks().stream().flatMap(b -> b.links().stream()).toList();

        // Read by hand: 762 talks have two "Video recording" links (WebM, mp4), one has "Video recording (YouTube)".
        // One FOSDEM link is just "https://", another is Markdown ("https://…/](https://…/");
        // five of 31C3's have no scheme ("www.axoloti.be").
        assertThat(fosdem.skipped()).hasSize(2).anySatisfy(line -> assertThat(line).contains("'https://'"))
                .anySatisfy(line -> assertThat(line).contains("/](https://"));
        assertThat(congress.skipped()).hasSize(5);
        assertThat(fosdemLinks).hasSize(RealSchedule.FOSDEM_2020.select("//event/links/link | //event/attachments/attachment").size() - 2);
        assertThat(fosdemLinks.stream().filter(l -> l.kind().equals(Optional.of(LinkKind.FEEDBACK)))).hasSize(872);
        assertThat(fosdemLinks.stream().filter(l -> l.kind().equals(Optional.of(LinkKind.RECORDING)))).hasSize(2 * 762 + 1);
        assertThat(congress.event().agenda().blocks().stream().flatMap(b -> b.links().stream()))
                .hasSize(RealSchedule.CONGRESS_31C3.select("//event/links/link").size() - 5);
    }

    /** frab's durations, hh:mm, read with java.time's ISO-8601 duration syntax. */
    private static Duration duration(String hoursMinutes) {
        String[] parts = hoursMinutes.split(":");
        return Duration.parse("PT" + Integer.parseInt(parts[0]) + "H" + Integer.parseInt(parts[1]) + "M");
    }
}
