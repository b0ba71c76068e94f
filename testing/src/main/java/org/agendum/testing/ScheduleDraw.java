package org.agendum.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.DurationOnly;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;

/**
 * Draws the times of an event for {@link EventDraw}: its start, end and maximum duration, and its
 * top-level blocks laid out day by day. One instance per event, used once, drawing from the
 * event's dice in the order the event's other draws expect. {@link #nightEnd()} is the end of the
 * last block on the following day, or null if it does not run past midnight.
 *
 * <p>Each day of the event is a window of wall-clock times between 06:30 and 21:30 on a date whose
 * zone has no clock change in those hours ({@link ZoneTransitions#isQuiet}), so that every
 * wall-clock time exists exactly once and wall-clock arithmetic equals elapsed time. Blocks are
 * laid out in that window one after another, each within an equal share of it; one event in
 * twenty or so leaves one gap. In about one event in eight, the last block runs past midnight when
 * it is on the last day: a slot that {@linkplain org.agendum.core.model.Slot#endsNextDay() ends on
 * the following day}, at 00:00 (written {@code 24:00}), 00:30, 01:00 or 02:00, when the zone's
 * clocks do not change between its start and that end. That choice is drawn from a dice of its own
 * ({@link #nightEnd(long)}), so that every other draw, and every event without such a night, is
 * what it was before slots could cross midnight.
 */
record ScheduleDraw(Dice dice, ZoneId zone, int blockCount, int dayCount, LocalTime nightEnd, BlockDraw blocks) {
    /** The latest wall-clock time a block of a generated event ends at. */
    static final LocalTime LAST_END = LocalTime.of(21, 0);
    private static final LocalTime EARLIEST_DAY_START = LocalTime.of(7, 0);
    private static final int MAX_DAY_START_STEPS = 12;

    /** When the last block may end, on the following day, if it runs past midnight. */
    private static final List<LocalTime> NIGHT_ENDS =
            List.of(LocalTime.MIDNIGHT, LocalTime.of(0, 30), LocalTime.of(1, 0), LocalTime.of(2, 0));
    /** Mixed into an event's seed for the dice of its night, so that the night does not shift other draws. */
    private static final String NIGHT = "NIGHT";

    /** The times of the event and its top-level blocks. */
    static final class Schedule {
        LocalDateTime start;
        Optional<LocalDateTime> end = Optional.empty();
        Optional<Duration> maximumDuration = Optional.empty();
        final List<AgendaBlock> blocks = new ArrayList<>();
    }

    /**
     * Draws whether an event's last block runs past midnight, from a dice of the event's own.
     *
     * @param eventSeed the event's seed
     * @return when it ends on the following day, or null if it does not run past midnight
     */
    static LocalTime nightEnd(long eventSeed) {
        Dice night = new Dice(Dice.seedOf(eventSeed, NIGHT));
        return night.chance(0.125) ? night.pick(NIGHT_ENDS) : null;
    }

    /** Draws the times of an event in its zone, its blocks drawn by {@link #blocks}. */
    Schedule schedule() {
        if (blockCount > (long) RandomEvents.MAX_BLOCKS_PER_DAY * dayCount) {
            throw new IllegalArgumentException(blockCount + " blocks do not fit in " + dayCount
                    + " day(s): at most " + RandomEvents.MAX_BLOCKS_PER_DAY + " a day");
        }
        LocalDate first = startDate();
        int[] perDay = perDay();
        Schedule schedule = new Schedule();
        LocalTime firstDayStart = dayStart();
        int early = perDay[0] > 0 && dice.chance(0.15) ? 15 * dice.between(1, 2) : 0;
        schedule.start = first.atTime(firstDayStart).minusMinutes(early);
        LocalDateTime previousEnd = schedule.start;
        LocalDateTime lastEnd = schedule.start;
        TrackEnds trackEnds = new TrackEnds(schedule.start);
        // A rare event leaves one gap in a day (SCHEDULE_GAP, an info), before this block.
        int gapBefore = blockCount > 1 && dice.chance(0.06) ? dice.between(1, blockCount - 1) : -1;
        int number = 0;
        for (int day = 0; day < dayCount; day++) {
            LocalDate date = first.plusDays(day);
            LocalTime dayStart = day == 0 ? firstDayStart : dayStart();
            int count = perDay[day];
            if (count == 0) {
                continue;
            }
            long window = Duration.between(dayStart, LAST_END).getSeconds();
            long typical = 60L * dice.pick(10, 15, 20, 30, 45, 60, 90);
            long budget = count * typical <= window ? typical : window / count;
            long unit = budget >= 600 ? 300 : budget >= 120 ? 60 : 1;
            long units = budget / unit;
            long used = 0;
            for (int b = 0; b < count; b++) {
                long duration = unit * (units - dice.below((int) Math.min(units / 2 + 1, Integer.MAX_VALUE)));
                long spare = (b + 1) * budget - used - duration;
                long gap = number == gapBefore && b > 0 && spare >= unit
                        ? unit * dice.between(1, (int) Math.min(spare / unit, 12)) : 0;
                LocalDateTime start = date.atTime(dayStart).plusSeconds(used + gap);
                LocalDateTime end = start.plusSeconds(duration);
                used += gap + duration;
                boolean followsPrevious = start.equals(previousEnd);
                Timing timing;
                if (followsPrevious && dice.chance(0.6)) {
                    timing = Timing.duration(Duration.ofSeconds(duration));
                } else if (dayCount > 1 || dice.chance(0.3)) {
                    timing = Timing.slot(date, start.toLocalTime(), end.toLocalTime());
                } else {
                    timing = Timing.slot(start.toLocalTime(), end.toLocalTime());
                }
                if (number == blockCount - 1 && day == dayCount - 1 && nightEnd != null && quietNight(start, date.plusDays(1).atTime(nightEnd))) {
                    // The last block runs past midnight: a dinner, a party, a hack night.
                    end = date.plusDays(1).atTime(nightEnd);
                    duration = Duration.between(start, end).getSeconds();
                    timing = timing instanceof Slot && ((Slot) timing).date().isEmpty()
                            ? Timing.slotToNextDay(start.toLocalTime(), nightEnd)
                            : Timing.slotToNextDay(date, start.toLocalTime(), nightEnd);
                }
                AgendaBlock block = blocks.block(number++, timing, duration);
                if (block.timing().orElseThrow() instanceof DurationOnly && !trackEnds.follows(block.track(), start)) {
                    // Its track's layout would start it elsewhere (Timetable): the same times, as a slot.
                    block = block.withTiming(Timing.slot(date, start.toLocalTime(), end.toLocalTime()));
                }
                trackEnds.placed(block.track(), end);
                schedule.blocks.add(block);
                previousEnd = end;
                lastEnd = end;
            }
        }
        LocalDate lastDate = first.plusDays(dayCount - 1L);
        LocalDateTime end = schedule.blocks.isEmpty() ? lastDate.atTime(12 + dice.below(8), 0)
                : lastEnd.plusMinutes(dice.chance(0.6) ? 0 : 15L * dice.between(1, 2));
        if (end.toLocalDate().isBefore(lastDate)) {
            end = lastDate.atTime(12 + dice.below(8), 0);
        }
        boolean hasEnd = dayCount > 1 || dice.chance(0.75);
        boolean hasMaximum = hasEnd ? dice.chance(0.3) : dice.chance(0.85);
        if (hasEnd) {
            schedule.end = Optional.of(end);
        }
        if (hasMaximum) {
            Duration span = Duration.between(schedule.start.atZone(zone), end.atZone(zone));
            schedule.maximumDuration = Optional.of(span.plusMinutes(dice.pick(0, 0, 10, 60)));
        }
        return schedule;
    }

    /**
     * Whether the zone's clocks keep still from a start to an end the next night, both of which
     * exist exactly once, so that wall-clock arithmetic still equals elapsed time.
     */
    private boolean quietNight(LocalDateTime start, LocalDateTime end) {
        ZoneRules rules = zone.getRules();
        if (rules.getValidOffsets(start).size() != 1 || rules.getValidOffsets(end).size() != 1) {
            return false;
        }
        ZoneOffsetTransition next = rules.nextTransition(start.atZone(zone).toInstant());
        return next == null || next.getInstant().isAfter(end.atZone(zone).toInstant());
    }

    /**
     * The first date: drawn in 1970&ndash;2037; one time in four replaced by the nearest date on
     * which the zone changes its clocks (if it ever does then); then moved on to the first date
     * from which the event's days are quiet. The two draws happen whatever the zone.
     */
    private LocalDate startDate() {
        LocalDate drawn = ZoneTransitions.FIRST_DATE.plusDays(dice.below(ZoneTransitions.DATES));
        boolean onChange = dice.chance(0.25);
        LocalDate date = onChange ? ZoneTransitions.nearestChange(zone, drawn).orElse(drawn) : drawn;
        return ZoneTransitions.quietDates(zone, date, dayCount);
    }

    private LocalTime dayStart() {
        return EARLIEST_DAY_START.plusMinutes(15L * dice.below(MAX_DAY_START_STEPS + 1));
    }

    /** Spreads the blocks over the days: evenly, the remainder on random days, in order. */
    private int[] perDay() {
        int[] perDay = new int[dayCount];
        if (blockCount < dayCount) {
            for (int placed = 0; placed < blockCount;) {
                int day = dice.below(dayCount);
                if (perDay[day] == 0) {
                    perDay[day] = 1;
                    placed++;
                }
            }
            return perDay;
        }
        Arrays.fill(perDay, blockCount / dayCount);
        for (int extra = blockCount % dayCount; extra > 0;) {
            int day = dice.below(dayCount);
            if (perDay[day] == blockCount / dayCount) {
                perDay[day]++;
                extra--;
            }
        }
        return perDay;
    }
}
