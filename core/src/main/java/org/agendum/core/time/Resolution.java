package org.agendum.core.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;

/** The one-pass resolution of an event's timetable, kept out of the immutable {@link Timetable}. */
final class Resolution {
    final ZoneId zone;
    final ZoneRules rules;
    final List<ScheduledBlock> blocks = new ArrayList<>();
    final List<ScheduledBlock> topLevel = new ArrayList<>();
    final List<LocalTimeIssue> issues = new ArrayList<>();
    final ZonedDateTime eventStart;
    final Optional<ZonedDateTime> eventEnd;

    Resolution(Event event) {
        zone = event.zone();
        rules = zone.getRules();
        eventStart = resolve(event.start(), Optional.empty(), "/start", false);
        Optional<ZonedDateTime> end = event.end().map(e -> resolve(e, Optional.empty(), "/end", true));
        eventEnd = end.isPresent() ? end : event.maximumDuration().map(eventStart::plus);
        place(event.agenda().blocks(), "/agenda/blocks", 0, Optional.empty(), eventStart, Optional.empty());
    }

    private void place(List<AgendaBlock> level, String prefix, int depth, Optional<String> parentId,
            ZonedDateTime from, Optional<SeriesOccurrence> occurrence) {
        TrackCursors cursors = new TrackCursors(from);
        LocalDate day = from.toLocalDate();
        for (int i = 0; i < level.size(); i++) {
            AgendaBlock block = level.get(i);
            String path = prefix + "/" + i;
            Optional<String> track = block.track();
            ZonedDateTime cursor = cursors.next(track);
            Optional<TimeSpan> span;
            if (block.recurrence().isPresent()) {
                span = Optional.of(placeSeries(block, path));
            } else {
                span = block.timing().isPresent() ? Optional.of(span(block.timing().get(), path, cursor, day))
                        : Optional.empty();
                add(ScheduledBlock.of(block, path, depth, parentId, span, occurrence), depth);
                if (!block.children().isEmpty()) {
                    place(block.children(), path + "/children", depth + 1, Optional.of(block.id()),
                            span.map(TimeSpan::start).orElse(cursor), occurrence);
                }
            }
            if (span.isPresent()) {
                cursors.placed(track, span.get().end());
                day = span.get().start().toLocalDate();
            }
        }
    }

    private void add(ScheduledBlock scheduled, int depth) {
        blocks.add(scheduled);
        if (depth == 0) {
            topLevel.add(scheduled);
        }
    }

    /**
     * Places each session of a top-level series, each followed by its children; the blocks
     * after it follow the slot as written, the first occurrence (even if it is excluded).
     */
    private TimeSpan placeSeries(AgendaBlock block, String path) {
        Slot slot = (Slot) block.timing().orElseThrow();
        LocalDate first = slot.date().orElseThrow();
        TimeSpan written = null;
        for (LocalDate date : block.recurrence().orElseThrow().sessionDatesFrom(first)) {
            TimeSpan span = span(slot, date, path);
            written = date.equals(first) ? span : written;
            Optional<SeriesOccurrence> occurrence = Optional.of(SeriesOccurrence.of(block, date));
            add(ScheduledBlock.of(block, path, 0, Optional.empty(), Optional.of(span), occurrence), 0);
            if (!block.children().isEmpty()) {
                place(block.children(), path + "/children", 1, Optional.of(block.id()), span.start(), occurrence);
            }
        }
        return written != null ? written : span(slot, first, path);
    }

    private TimeSpan span(Timing timing, String path, ZonedDateTime cursor, LocalDate day) {
        if (timing instanceof Slot) {
            Slot slot = (Slot) timing;
            return span(slot, slot.date().orElse(day), path);
        }
        return TimeSpan.of(cursor, cursor.plus(timing.duration()));
    }

    private TimeSpan span(Slot slot, LocalDate date, String path) {
        ZonedDateTime start = resolve(date.atTime(slot.start()), slot.startOffset(), path + "/timing/start", false);
        ZonedDateTime end = resolve(slot.endOn(date), slot.endOffset(), path + "/timing/end", true);
        return TimeSpan.of(start, end.isBefore(start) ? start : end);
    }

    /**
     * Resolves a wall-clock time, reporting it if it falls in a gap or an overlap. An exclusive
     * end at the very start of a gap is not reported: "until 02:00" on the night the clocks
     * jump from 02:00 to 03:00 is the unambiguous instant of the jump. A stated offset that is
     * one of the time's valid offsets places it there, silently; one that is not is reported
     * and ignored.
     */
    private ZonedDateTime resolve(LocalDateTime local, Optional<ZoneOffset> stated, String path,
            boolean exclusiveEnd) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (stated.isPresent()) {
            if (offsets.contains(stated.get())) {
                return ZonedDateTime.ofLocal(local, zone, stated.get());
            }
            ZonedDateTime resolved = ZonedDateTime.ofLocal(local, zone, null);
            issues.add(LocalTimeIssue.of(LocalTimeIssue.Kind.OFFSET_NOT_VALID, path, local, stated,
                    Optional.ofNullable(rules.getTransition(local)), resolved));
            return resolved;
        }
        if (offsets.size() == 1) {
            return ZonedDateTime.ofLocal(local, zone, offsets.get(0));
        }
        ZonedDateTime resolved = ZonedDateTime.ofLocal(local, zone, null);
        if (exclusiveEnd && offsets.isEmpty() && rules.getTransition(local).getDateTimeBefore().equals(local)) {
            return resolved;
        }
        issues.add(LocalTimeIssue.of(offsets.isEmpty() ? LocalTimeIssue.Kind.GAP : LocalTimeIssue.Kind.OVERLAP,
                path, local, Optional.empty(), Optional.of(rules.getTransition(local)), resolved));
        return resolved;
    }
}
