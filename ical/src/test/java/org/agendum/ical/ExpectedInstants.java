package org.agendum.ical;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.DurationOnly;
import org.agendum.core.model.Event;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;

/**
 * The instants an export of an event must carry, worked out here with java.time from the model and
 * the rules its Javadoc states ({@link Timing}, {@link Slot}, {@code Timetable}), not by core's
 * {@code Timetable}, which the writer itself uses: an oracle that shares no code with what it
 * judges.
 *
 * <ul>
 *   <li>a wall-clock time is placed by {@link ZonedDateTime#of(LocalDateTime, ZoneId)} (the
 *       earlier offset in an overlap, moved forward by the gap's length in a gap); a slot's time
 *       that states an offset the zone has then is placed at it ({@link
 *       ZonedDateTime#ofStrict(LocalDateTime, ZoneOffset, ZoneId)}), one it does not have is
 *       ignored;
 *   <li>a slot is on its date, else on the day the block before it at the same level starts (the
 *       first one on the day its parent, or the event, starts), and ends on that day or, if it ends
 *       on the following day, on the next; one that ends before it starts (only through a gap)
 *       ends where it starts;
 *   <li>a duration lasts its duration on the time-line from a start found by looking back over the
 *       timed blocks before it at the same level: for a block of a track, the end of the nearest one
 *       that is of the same track or has no track; for a block without a track, the latest end
 *       among the blocks back to and including the nearest one without a track; where the look-back
 *       finds nothing, the start of the parent, or of the event (for a block without a track, the
 *       latest of that start and every end looked at);
 *   <li>a child without timing has no time and is skipped by the look-back; its children start
 *       where a duration of its track would;
 *   <li>the event ends at its end, else its start plus its maximum duration, else when its last
 *       top-level block ends; an end not after the start is no end;
 *   <li>an event whose agenda is one series block (a block with a recurrence) that starts with the
 *       event is written as that series (docs/ICALENDAR.md, "A series"): its VEVENT has the first
 *       session's start and end.
 * </ul>
 */
final class ExpectedInstants {

    private final Map<String, Optional<IcsChecks.Times>> byUid = new LinkedHashMap<>();
    private final ZoneId zone;
    private final String eventUid;

    private ExpectedInstants(Event event) {
        this.zone = event.zone();
        this.eventUid = IcsChecks.uidPart(event.id());
    }

    /**
     * The start and end of the event's VEVENT and of every block's, by UID (as {@code
     * IcsEventFormat} derives UIDs in the default domain), in agenda order; empty for a block
     * without timing, which has no VEVENT. An end is empty where it would not be after the start.
     */
    static Map<String, Optional<IcsChecks.Times>> of(Event event) {
        ExpectedInstants expected = new ExpectedInstants(event);
        ZonedDateTime start = expected.at(event.start());
        Optional<ZonedDateTime> lastBlockEnd = expected.place(event.agenda().blocks(), start);
        Optional<ZonedDateTime> end = event.end().map(expected::at)
                .or(() -> event.maximumDuration().map(start::plus))
                .or(() -> lastBlockEnd)
                .filter(e -> e.isAfter(start));
        Optional<IcsChecks.Times> eventTimes =
                Optional.of(new IcsChecks.Times(start.toInstant(), end.map(ZonedDateTime::toInstant)));
        List<AgendaBlock> top = event.agenda().blocks();
        if (top.size() == 1 && top.get(0).recurrence().isPresent()) {
            Optional<IcsChecks.Times> series = expected.byUid.get(expected.uidOf(top.get(0)));
            if (series.isPresent() && series.get().start().equals(start.toInstant())) {
                eventTimes = series;
            }
        }
        Map<String, Optional<IcsChecks.Times>> all = new LinkedHashMap<>();
        all.put(expected.eventUid + "@agendum", eventTimes);
        all.putAll(expected.byUid);
        return all;
    }

    /** A timed block already placed at the level being placed: its track and its end. */
    private record Placed(Optional<String> track, ZonedDateTime end) {}

    /** Places one level of blocks from a start; returns the latest end among them. */
    private Optional<ZonedDateTime> place(List<AgendaBlock> level, ZonedDateTime from) {
        List<Placed> placed = new ArrayList<>();
        LocalDate day = from.toLocalDate();
        ZonedDateTime latest = null;
        for (AgendaBlock block : level) {
            String uid = uidOf(block);
            byUid.put(uid, Optional.empty());
            ZonedDateTime follows = follows(placed, block.track(), from);
            ZonedDateTime childrenFrom = follows;
            if (block.timing().isPresent()) {
                Timing timing = block.timing().get();
                ZonedDateTime start;
                ZonedDateTime end;
                if (timing instanceof Slot) {
                    Slot slot = (Slot) timing;
                    LocalDate date = slot.date().orElse(day);
                    start = at(date.atTime(slot.start()), slot.startOffset());
                    // A slot that ends on the following day ends at its wall-clock end on the day after.
                    ZonedDateTime slotEnd = at((slot.endsNextDay() ? date.plusDays(1) : date).atTime(slot.end()),
                            slot.endOffset());
                    end = slotEnd.isBefore(start) ? start : slotEnd;
                } else {
                    start = follows;
                    end = follows.plus(((DurationOnly) timing).duration());
                }
                byUid.put(uid, Optional.of(new IcsChecks.Times(start.toInstant(),
                        end.isAfter(start) ? Optional.of(end.toInstant()) : Optional.empty())));
                placed.add(new Placed(block.track(), end));
                day = start.toLocalDate();
                latest = latest == null || end.isAfter(latest) ? end : latest;
                childrenFrom = start;
            }
            place(block.children(), childrenFrom);
        }
        return Optional.ofNullable(latest);
    }

    /** The UID of a block's VEVENT. */
    private String uidOf(AgendaBlock block) {
        return eventUid + "." + IcsChecks.uidPart(block.id()) + "@agendum";
    }

    /** Where a duration of a track (none: a plenary) starts after the blocks placed so far: a look-back. */
    private static ZonedDateTime follows(List<Placed> placed, Optional<String> track, ZonedDateTime from) {
        ZonedDateTime latest = null;
        for (int i = placed.size() - 1; i >= 0; i--) {
            Placed before = placed.get(i);
            if (track.isPresent()) {
                if (before.track().isEmpty() || before.track().equals(track)) {
                    return before.end();
                }
            } else {
                latest = latest == null || before.end().isAfter(latest) ? before.end() : latest;
                if (before.track().isEmpty()) {
                    return latest;
                }
            }
        }
        // Nothing to follow: the level's start, which a block without a track follows with every end since.
        return latest == null || from.isAfter(latest) ? from : latest;
    }

    private ZonedDateTime at(LocalDateTime wallClock) {
        return ZonedDateTime.of(wallClock, zone);
    }

    private ZonedDateTime at(LocalDateTime wallClock, Optional<ZoneOffset> stated) {
        if (stated.isPresent()) {
            try {
                return ZonedDateTime.ofStrict(wallClock, stated.get(), zone);
            } catch (DateTimeException e) {
                // Not an offset of the zone then: ignored.
            }
        }
        return at(wallClock);
    }
}
