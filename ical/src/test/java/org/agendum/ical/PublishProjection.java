package org.agendum.ical;

import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.Link;
import org.agendum.core.model.Registration;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/**
 * What the publish profile keeps of an event (the "kept" column of docs/ICALENDAR.md), so that an
 * event and the event read back from its publish export can be compared modulo the loss table.
 */
record PublishProjection(
        String id,
        String title,
        ZoneId zone,
        Instant start,
        Optional<Instant> end,
        EventStatus status,
        List<String> topics,
        Optional<URI> url,
        Optional<java.time.LocalDate> registrationLastDay,
        List<BlockProjection> blocks) {

    /**
     * A timed block: id, title as shown, its span (clipped at the end of its first day when it
     * ends later than the same time on the following day), and its calendar STATUS.
     */
    record BlockProjection(String id, String title, Instant start, Instant end, String status) {}

    /**
     * A block's calendar STATUS, RFC 5545's three: CANCELLED if the event, the block or a block it is
     * part of is cancelled; else TENTATIVE if the event is provisional or postponed, the agenda
     * provisional, or the block or one it is part of provisional or postponed; else CONFIRMED.
     */
    private static String status(Event event, ScheduledBlock block, Map<String, ScheduledBlock> byId) {
        boolean cancelled = event.status() == EventStatus.CANCELLED;
        boolean tentative = event.status() == EventStatus.PROVISIONAL || event.status() == EventStatus.POSTPONED
                || event.agenda().status() == AgendaStatus.PROVISIONAL;
        for (ScheduledBlock b = block; b != null; b = b.parentId().map(byId::get).orElse(null)) {
            BlockStatus own = b.block().status();
            cancelled |= own == BlockStatus.CANCELLED;
            tentative |= own == BlockStatus.PROVISIONAL || own == BlockStatus.POSTPONED;
        }
        return cancelled ? "CANCELLED" : tentative ? "TENTATIVE" : "CONFIRMED";
    }

    static PublishProjection of(Event event) {
        Timetable timetable = Timetable.of(event);
        ZonedDateTime start = timetable.eventStart();
        Optional<Instant> end = timetable.eventSpan().map(TimeSpan::end)
                .or(() -> timetable.agendaSpan().map(TimeSpan::end))
                .filter(e -> e.isAfter(start)).map(ZonedDateTime::toInstant);
        List<String> topics = new ArrayList<>();
        for (String topic : event.topics()) {
            String t = IcsChecks.asText(topic);
            if (!t.isBlank() && !topics.contains(t)) {
                topics.add(t);
            }
        }
        List<BlockProjection> blocks = new ArrayList<>();
        Map<String, ScheduledBlock> byId = new HashMap<>();
        timetable.blocks().forEach(b -> byId.put(b.id(), b));
        for (ScheduledBlock block : timetable.blocks()) {
            if (block.span().isEmpty() || !block.span().get().end().isAfter(block.span().get().start())) {
                continue;
            }
            TimeSpan span = block.span().get();
            ZonedDateTime blockStart = span.start().withZoneSameInstant(timetable.zone());
            ZonedDateTime blockEnd = span.end().withZoneSameInstant(timetable.zone());
            boolean nextDay = blockEnd.toLocalDate().equals(blockStart.toLocalDate().plusDays(1))
                    && !blockEnd.toLocalTime().isAfter(blockStart.toLocalTime());
            if (!nextDay && !blockEnd.toLocalDate().equals(blockStart.toLocalDate())) {
                blockEnd = ZonedDateTime.of(blockStart.toLocalDate(), LocalTime.MAX, timetable.zone());
            }
            blocks.add(new BlockProjection(block.id(), IcsChecks.asText(block.block().displayTitle()),
                    blockStart.toInstant(), blockEnd.toInstant(), status(event, block, byId)));
        }
        blocks.sort(Comparator.comparing(BlockProjection::start).thenComparing(BlockProjection::id));
        return new PublishProjection(
                event.id(),
                IcsChecks.asText(event.title() + event.subtitle().map(s -> " — " + s).orElse("")),
                event.zone(),
                start.toInstant(),
                end,
                switch (event.status()) {
                    case POSTPONED -> EventStatus.PROVISIONAL; // both TENTATIVE
                    case RESCHEDULED -> EventStatus.SCHEDULED; // both CONFIRMED
                    default -> event.status();
                },
                List.copyOf(topics),
                event.registration().flatMap(Registration::url)
                        .or(() -> event.links().stream().findFirst().map(Link::url)),
                event.registration().flatMap(Registration::deadline).map(Deadline::lastDay),
                List.copyOf(blocks));
    }
}
