package org.agendum.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;

/**
 * Every wall-clock time of an event, read from the model with local date-time arithmetic alone
 * (not through the timetable), each with the zone it is in: the event's start and end, the start
 * and end of each top-level block, and the time of each deadline given as a date-time. A
 * duration-only block starts where the block before it ends (the event's start for the first); a
 * slot without a date is on the date the block before it starts on.
 */
final class WallClockTimes {

    private WallClockTimes() {}

    /** A wall-clock time, where it comes from and its zone. */
    record Time(String path, ZoneId zone, LocalDateTime local) {

        /** Whether java.time finds exactly one offset for this time in its zone. */
        boolean existsOnce() {
            return zone.getRules().getValidOffsets(local).size() == 1;
        }
    }

    /** The times of an event, in the order above. */
    static List<Time> of(Event event) {
        List<Time> times = new ArrayList<>();
        ZoneId zone = event.zone();
        times.add(new Time("/start", zone, event.start()));
        event.end().ifPresent(end -> times.add(new Time("/end", zone, end)));
        times.addAll(blocks(event));
        List<Deadline> deadlines = new ArrayList<>(event.deadlines());
        event.registration().flatMap(Registration::deadline).ifPresent(deadlines::add);
        for (int i = 0; i < deadlines.size(); i++) {
            Deadline deadline = deadlines.get(i);
            String path = "deadline " + i;
            if (deadline instanceof Deadline.At at) {
                times.add(new Time(path, at.zone(), at.dateTime()));
            }
        }
        return times;
    }

    /** The start and end of each timed top-level block, in order. */
    static List<Time> blocks(Event event) {
        List<Time> times = new ArrayList<>();
        LocalDateTime cursor = event.start();
        LocalDate day = cursor.toLocalDate();
        List<AgendaBlock> blocks = event.agenda().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).timing().isEmpty()) {
                continue;
            }
            Timing timing = blocks.get(i).timing().get();
            LocalDateTime start;
            LocalDateTime end;
            if (timing instanceof Slot) {
                Slot slot = (Slot) timing;
                LocalDate date = slot.date().orElse(day);
                start = date.atTime(slot.start());
                // A slot that ends on the following day ends at its wall-clock end on the day after.
                end = (slot.endsNextDay() ? date.plusDays(1) : date).atTime(slot.end());
            } else {
                start = cursor;
                end = cursor.plus(timing.duration());
            }
            String path = "/agenda/blocks/" + i;
            times.add(new Time(path + " start", event.zone(), start));
            times.add(new Time(path + " end", event.zone(), end));
            cursor = end;
            day = start.toLocalDate();
        }
        return times;
    }
}
