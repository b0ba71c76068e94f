package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A block's status as its VEVENT's STATUS (RFC 5545 §3.8.1.11), read by biweekly (a second
 * implementation), with the note in the publish profile's DESCRIPTION; read back by agendum from
 * its own files and from others'.
 */
class IcsBlockStatusTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    private static AgendaBlock block(String title, int hour, BlockStatus status) {
        return AgendaBlock.builder().id(title.toLowerCase(java.util.Locale.ROOT)).kind(BlockKind.WORKSHOP).title(title)
                .timing(Timing.slot(LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0))).status(status).build();
    }

    /** One block of each status; the cancelled one has a note and a part, which is cancelled with it. */
    private static Event forum() {
        AgendaBlock cancelled = block("Mapping", 9, BlockStatus.CANCELLED).withStatusNote("The trainer could not travel.")
                .withChildren(AgendaBlock.builder().id("mapping-qa").kind(BlockKind.QUESTIONS_AND_ANSWERS)
                        .title("Mapping Q&A").timing(Timing.minutes(15)).build());
        return Event.builder().id("forum").title("Nairobi forum").zone(NAIROBI).start(DAY.atTime(9, 0))
                .agenda(Agenda.of(cancelled, block("Water", 10, BlockStatus.POSTPONED),
                        block("Housing", 11, BlockStatus.PROVISIONAL),
                        block("Transport", 12, BlockStatus.RESCHEDULED).withPreviousStart(DAY.atTime(15, 0)),
                        block("Closing", 13, BlockStatus.SCHEDULED)))
                .build();
    }

    /** Each VEVENT's STATUS by its SUMMARY, as biweekly reads them. */
    private static Map<String, String> statuses(String document) {
        ICalendar calendar = IcsChecks.parseWithoutWarnings(document);
        Map<String, String> statuses = new LinkedHashMap<>();
        for (VEvent vevent : calendar.getEvents()) {
            statuses.put(vevent.getSummary().getValue(), vevent.getStatus().getValue());
        }
        return statuses;
    }

    /** The SUMMARY of every VEVENT of {@link #forum()}, in the order written. */
    private static final List<String> SUMMARIES = List.of("Nairobi forum", "Mapping", "Mapping Q&A", "Water", "Housing",
            "Transport", "Closing");

    /** The expected STATUS of each VEVENT of {@link #forum()}, by SUMMARY. */
    private static Map<String, String> byTitle(String... statuses) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < statuses.length; i++) {
            expected.put(SUMMARIES.get(i), statuses[i]);
        }
        return expected;
    }

    private static IcsEventFormat ics(IcsEventFormat.Profile profile) {
        return IcsEventFormat.create().withClock(CLOCK).withProfile(profile);
    }

    @ParameterizedTest
    @EnumSource(IcsEventFormat.Profile.class)
    void eachBlocksStatus_isItsVeventsStatus(IcsEventFormat.Profile profile) {
        assertThat(statuses(ics(profile).toIcs(forum()))).isEqualTo(
                byTitle("CONFIRMED", "CANCELLED", "CANCELLED", "TENTATIVE", "TENTATIVE", "CONFIRMED", "CONFIRMED"));
    }

    @Test
    void aCancelledEvent_cancelsEveryBlock_andAProvisionalProgramme_leavesCancelledBlocksCancelled() {
        Event cancelled = forum().withStatus(EventStatus.CANCELLED);
        assertThat(statuses(ics(IcsEventFormat.Profile.PUBLISH).toIcs(cancelled)).values()).containsOnly("CANCELLED");

        Event provisional = forum().withAgenda(forum().agenda().withStatus(AgendaStatus.PROVISIONAL));
        assertThat(statuses(ics(IcsEventFormat.Profile.PUBLISH).toIcs(provisional))).isEqualTo(
                byTitle("CONFIRMED", "CANCELLED", "CANCELLED", "TENTATIVE", "TENTATIVE", "TENTATIVE", "TENTATIVE"));
    }

    @Test
    void thePublishDescription_marksTheBlock_withItsNote_andTheStartFirstAnnounced() {
        ICalendar calendar = IcsChecks.parseWithoutWarnings(ics(IcsEventFormat.Profile.PUBLISH).toIcs(forum()));
        Map<String, String> descriptions = new LinkedHashMap<>();
        calendar.getEvents().forEach(v -> descriptions.put(v.getSummary().getValue(), v.getDescription().getValue()));

        assertThat(descriptions.get("Mapping")).contains("Mapping — CANCELLED", "The trainer could not travel.");
        assertThat(descriptions.get("Water")).contains("Water — POSTPONED, new time to be announced");
        assertThat(descriptions.get("Transport")).contains("Transport — RESCHEDULED, first announced for 15:00");
        // The event's entry lists the blocks with their marks.
        assertThat(descriptions.get("Nairobi forum")).contains("Mapping — CANCELLED", "Housing — to be confirmed");
    }

    @Test
    void theRichProfile_readsEveryStatusBack() throws EventFormatException {
        IcsEventFormat rich = ics(IcsEventFormat.Profile.RICH);
        assertThat(rich.fromIcs(rich.toIcs(forum()))).isEqualTo(forum());
    }

    @Test
    void thePublishProfile_readsBackCancelledAndTentativeBlocks_moduloTheLossTable() throws EventFormatException {
        IcsEventFormat publish = ics(IcsEventFormat.Profile.PUBLISH);
        Event read = publish.fromIcs(publish.toIcs(forum()));

        Map<String, BlockStatus> byTitle = new LinkedHashMap<>();
        read.agenda().blocks().forEach(b -> byTitle.put(b.title(), b.status()));
        assertThat(byTitle).containsExactly(
                Map.entry("Mapping", BlockStatus.CANCELLED),
                Map.entry("Mapping Q&A", BlockStatus.CANCELLED),
                Map.entry("Water", BlockStatus.PROVISIONAL), // POSTPONED and PROVISIONAL are both TENTATIVE
                Map.entry("Housing", BlockStatus.PROVISIONAL),
                Map.entry("Transport", BlockStatus.SCHEDULED), // RESCHEDULED and SCHEDULED are both CONFIRMED
                Map.entry("Closing", BlockStatus.SCHEDULED));
        assertThat(read.agenda().status()).isEqualTo(AgendaStatus.CONFIRMED);
        assertThat(PublishProjection.of(read)).isEqualTo(PublishProjection.of(forum()));
    }

    @Test
    void aProgrammeWhoseBlocksAreAllTentative_readsBackAsAProvisionalAgenda() throws EventFormatException {
        Event provisional = forum().withAgenda(Agenda.builder().status(AgendaStatus.PROVISIONAL)
                .addBlocks(block("Water", 10, BlockStatus.SCHEDULED), block("Housing", 11, BlockStatus.SCHEDULED)).build());
        IcsEventFormat publish = ics(IcsEventFormat.Profile.PUBLISH);
        Event read = publish.fromIcs(publish.toIcs(provisional));

        assertThat(read.agenda().status()).isEqualTo(AgendaStatus.PROVISIONAL);
        assertThat(read.agenda().blocks()).extracting(AgendaBlock::status).containsOnly(BlockStatus.SCHEDULED);
    }

    @Test
    void anotherCalendarsCancelledAndTentativeEntries_importAsCancelledAndProvisionalBlocks() throws EventFormatException {
        String document = String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Example//Calendar//EN",
                "X-WR-CALNAME:Team week",
                "BEGIN:VEVENT",
                "UID:kickoff@example.com",
                "DTSTAMP:20261201T090000Z",
                "DTSTART:20261210T090000Z",
                "DTEND:20261210T100000Z",
                "SUMMARY:Kick-off",
                "STATUS:CANCELLED",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:review@example.com",
                "DTSTAMP:20261201T090000Z",
                "DTSTART:20261210T110000Z",
                "DTEND:20261210T120000Z",
                "SUMMARY:Review",
                "STATUS:tentative",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:lunch@example.com",
                "DTSTAMP:20261201T090000Z",
                "DTSTART:20261210T120000Z",
                "DTEND:20261210T130000Z",
                "SUMMARY:Lunch",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        Event read = IcsEventFormat.create().fromIcs(document);

        assertThat(read.agenda().blocks()).extracting(AgendaBlock::title, AgendaBlock::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kick-off", BlockStatus.CANCELLED),
                org.assertj.core.groups.Tuple.tuple("Review", BlockStatus.PROVISIONAL),
                org.assertj.core.groups.Tuple.tuple("Lunch", BlockStatus.SCHEDULED));
    }
}
