package org.agendum.ical.internal.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Slot;

/**
 * A timed VEVENT on its way to becoming an event or a block.
 *
 * @param vevent the VEVENT
 * @param id the id it gets
 * @param title its title
 * @param start its start
 * @param end its end, not before the start
 * @param note a note for the block (the recurrence rule), if any, kept when the rule is no series
 *     the model can hold
 * @param series its RRULE and EXDATEs, if any
 */
record TimedEntry(Component vevent, String id, String title, When start, When end, Optional<String> note,
        Optional<SeriesRule> series) {

    /** Its start, then its place in the file. */
    static final Comparator<TimedEntry> BY_START = Comparator.comparing((TimedEntry t) -> t.start().instant())
            .thenComparingInt(t -> t.vevent().line());

    /**
     * The series this entry is, read in the event's zone.
     *
     * @param zone the event's zone
     * @return the recurrence, or why there is none; empty if the entry has no RRULE
     */
    Optional<SeriesRule.Reading> recurrence(ZoneId zone) {
        return series.map(rule -> rule.in(start, zone));
    }

    /**
     * When the entry's last session ends: its end, moved by the wall clock as many days as its last
     * session is after its first; its end if it is no series.
     *
     * @param zone the event's zone
     * @return the end of the last session
     */
    When lastEnd(ZoneId zone) {
        Optional<Recurrence> recurrence = recurrence(zone).flatMap(SeriesRule.Reading::recurrence);
        if (recurrence.isEmpty()) {
            return end;
        }
        LocalDate first = start.local(zone).toLocalDate();
        List<LocalDate> sessions = recurrence.get().sessionDatesFrom(first);
        LocalDate last = sessions.get(sessions.size() - 1);
        return new When(end.time().withZoneSameInstant(zone).plusDays(ChronoUnit.DAYS.between(first, last)), end.date());
    }

    /**
     * Blocks as top-level slots in the event's zone, in the order given. A block that ends on the
     * following day at or before its start time (a dinner until 00:30, a talk until midnight, a
     * 24-hour hackathon) is a slot that {@linkplain org.agendum.core.model.Slot#endsNextDay() ends
     * on the following day}; one that lasts longer keeps its start and ends at the end of its first
     * day (the real end goes into the block's notes); a block of no length is dropped. A start or end
     * at the later of the two instants of a wall-clock time in a daylight-saving overlap (written in
     * UTC, as agendum writes it) states its offset, so that it stays the later one.
     * A VEVENT's STATUS that says more than {@code implied} makes the block's status: CANCELLED a
     * cancelled block (a session a third-party calendar cancelled), TENTATIVE a provisional one.
     *
     * @param entries the entries, sorted by {@link #BY_START}
     * @param zone the event's zone
     * @param implied the STATUS the event (or its provisional agenda) already gives every block:
     *     CONFIRMED, TENTATIVE or CANCELLED
     * @return the agenda's builder, with the blocks
     * @throws IcsProblem if a block breaks an invariant, at its VEVENT's line
     */
    static Agenda.Builder agenda(List<TimedEntry> entries, ZoneId zone, String implied) {
        Agenda.Builder agenda = Agenda.builder();
        for (TimedEntry entry : entries) {
            LocalDateTime start = entry.start().local(zone);
            LocalDateTime end = entry.end().local(zone);
            if (!end.isAfter(start)) {
                continue;
            }
            try {
                AgendaBlock.Builder block = AgendaBlock.builder().id(entry.id()).kind(BlockKind.OTHER).title(entry.title());
                LocalTime endTime = end.toLocalTime();
                boolean nextDay = end.toLocalDate().equals(start.toLocalDate().plusDays(1))
                        && !endTime.isAfter(start.toLocalTime());
                if (!nextDay && !end.toLocalDate().equals(start.toLocalDate())) {
                    endTime = LocalTime.MAX;
                    block.addNotes("Ends " + end + " " + zone.getId());
                }
                block.status(status(entry.vevent(), implied));
                Optional<SeriesRule.Reading> series = entry.recurrence(zone);
                if (series.isPresent() && series.get().recurrence().isPresent()) {
                    block.recurrence(series.get().recurrence().get());
                } else {
                    entry.note().ifPresent(block::addNotes);
                    series.ifPresent(s -> block.addNotes("Not a series agendum can hold: " + s.reason()));
                }
                Slot.Builder slot = Slot.builder().date(start.toLocalDate()).start(start.toLocalTime()).end(endTime)
                        .endsNextDay(nextDay);
                entry.start().laterOffsetAtOverlap(zone).ifPresent(slot::startOffset);
                if (endTime.equals(end.toLocalTime())) {
                    entry.end().laterOffsetAtOverlap(zone).ifPresent(slot::endOffset);
                }
                block.timing(slot.build());
                agenda.addBlocks(block.build());
            } catch (InvariantViolationException e) {
                throw new IcsProblem(Kind.INVARIANT, "the VEVENT does not make a valid block: " + e.getMessage(), entry.vevent().line(), 0, e);
            }
        }
        return agenda;
    }

    /** A VEVENT's STATUS, upper case; CONFIRMED when absent or unknown (RFC 5545 gives no default). */
    static String statusOf(Component vevent) {
        String status = vevent.value("STATUS").map(s -> s.trim().toUpperCase(Locale.ROOT)).orElse("CONFIRMED");
        return status.equals("CANCELLED") || status.equals("TENTATIVE") ? status : "CONFIRMED";
    }

    private static BlockStatus status(Component vevent, String implied) {
        String status = statusOf(vevent);
        if (status.equals(implied)) {
            return BlockStatus.SCHEDULED;
        }
        return switch (status) {
            case "CANCELLED" -> BlockStatus.CANCELLED;
            case "TENTATIVE" -> BlockStatus.PROVISIONAL;
            default -> BlockStatus.SCHEDULED;
        };
    }
}
