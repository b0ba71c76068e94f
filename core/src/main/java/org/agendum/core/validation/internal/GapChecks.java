package org.agendum.core.validation.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.agendum.core.validation.Reporter;
import org.agendum.core.validation.ValidationContext;
import org.agendum.core.validation.internal.ScheduleChecks.Keyed;

/**
 * SCHEDULE_GAP: unscheduled time between consecutive top-level blocks within one day's programme.
 * The blocks are sorted once by start and swept twice, so the cost grows as n log n.
 */
public final class GapChecks {

    private GapChecks() {}

    /** SCHEDULE_GAP: between consecutive top-level blocks, on one day of the event's zone. */
    public static void gaps(ValidationContext context, Reporter reporter) {
        Timetable timetable = context.timetable();
        List<Keyed> blocks = new ArrayList<>(timetable.topLevelBlocks().size());
        for (ScheduledBlock block : timetable.topLevelBlocks()) {
            blocks.add(Keyed.of(block));
        }
        blocks.sort(ScheduleChecks.BY_START);
        Optional<LocalTime> dayStart = dayStart(blocks);
        ZonedDateTime covered = null;
        // The day the block that ends last so far starts on. A block belongs to the day it starts:
        // a gap is a break within one day's programme, so the night after a block that ends at
        // midnight or runs past it (a dinner until 00:30) is no gap before the next morning.
        LocalDate coveredDay = null;
        for (Keyed keyed : blocks) {
            ScheduledBlock block = keyed.block();
            TimeSpan span = keyed.span();
            LocalDate day = span.start().toLocalDate();
            if (covered != null && span.start().isAfter(covered) && coveredDay.equals(day)
                    && !isNight(covered.toLocalTime(), span.start().toLocalTime(), dayStart)) {
                reporter.report(block.path(), Describe.duration(Duration.between(covered, span.start()))
                        + " unscheduled from " + Describe.time(covered, timetable) + " to "
                        + Describe.time(span.start(), timetable) + ", before " + Describe.block(block.block()));
            }
            if (covered == null || span.end().isAfter(covered)) {
                covered = span.end();
                coveredDay = day;
            }
        }
    }

    /**
     * Whether a gap within one date is the night between two days' programmes: it spans the time
     * at which the programme's days begin. That is how a congress whose talks start after midnight
     * is read (31C3: "Fnord News Show" from 00:15 to 01:45 on 29 December, belonging to the 28th's
     * programme, and the 29th's from 11:30); frab calls that time the "day change".
     */
    private static boolean isNight(LocalTime gapStart, LocalTime gapEnd, Optional<LocalTime> dayStart) {
        return dayStart.isPresent() && gapStart.isBefore(dayStart.get()) && !gapEnd.isBefore(dayStart.get());
    }

    /**
     * Returns the time of day at which the programme's days begin: the earliest start of the first
     * block of a date that nothing scheduled runs into &mdash; everything before it ended before that
     * date's midnight. The first date always counts; a date reached by a programme that runs to
     * midnight or past it does not, as its first block may be part of the night before (a talk at
     * 00:00 after talks until midnight).
     *
     * @param blocks the timed top-level blocks, by start
     * @return the time, or empty when there are no blocks
     */
    private static Optional<LocalTime> dayStart(List<Keyed> blocks) {
        LocalTime earliest = null;
        ZonedDateTime covered = null;
        LocalDate date = null;
        for (Keyed keyed : blocks) {
            ZonedDateTime start = keyed.span().start();
            if (!start.toLocalDate().equals(date)) {
                date = start.toLocalDate();
                boolean clean = covered == null || covered.toLocalDateTime().isBefore(date.atStartOfDay());
                if (clean && (earliest == null || start.toLocalTime().isBefore(earliest))) {
                    earliest = start.toLocalTime();
                }
            }
            if (covered == null || keyed.span().end().isAfter(covered)) {
                covered = keyed.span().end();
            }
        }
        return Optional.ofNullable(earliest);
    }
}
