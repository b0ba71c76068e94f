package org.agendum.testing;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.Slot;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/** Breaks LOCAL_TIME_OFFSET_INVALID for {@link RuleBreaker}: a slot's start states a wrong offset. */
final class OffsetBreak {

    private OffsetBreak() {}

    /**
     * Makes a random top-level block a slot with a date at the times it already had, its start
     * stating an offset an hour off its zone's: the timetable ignores it, so every span, and every
     * other rule's finding, stays as it was.
     */
    static Event offsetInvalid(Dice dice, Event event) {
        Event base = EventEdits.withBlocks(event, 1);
        int at = dice.below(base.agenda().blocks().size());
        AgendaBlock block = base.agenda().blocks().get(at);
        TimeSpan span = Timetable.of(base).spanOf(block.id()).orElseThrow();
        ZonedDateTime start = span.start();
        ZonedDateTime end = span.end();
        int seconds = start.getOffset().getTotalSeconds();
        ZoneOffset wrong = ZoneOffset.ofTotalSeconds(seconds + (seconds >= 0 ? -3600 : 3600));
        Slot slot = Slot.builder().date(start.toLocalDate()).start(start.toLocalTime()).end(end.toLocalTime())
                .endsNextDay(!end.toLocalDate().equals(start.toLocalDate())).startOffset(wrong).build();
        return base.withAgenda(EventEdits.replaceTopLevel(base.agenda(), at, block.withTiming(slot)));
    }
}
