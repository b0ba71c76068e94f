package org.agendum.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.DurationOnly;
import org.agendum.core.model.Event;
import org.agendum.core.model.Slot;

/**
 * An event's agenda resolved to concrete instants in the event's zone.
 *
 * <p>Blocks are placed in agenda order, parents before their children:
 * <ul>
 *   <li>a {@link Slot} starts and ends at its wall-clock times on its date; without a date, on the
 *       day the block before it at the same level starts (or its parent, or the event). A slot
 *       that {@linkplain Slot#endsNextDay() ends on the following day} ends at its wall-clock end
 *       on the day after the one it starts, so that a dinner from 19:30 to 00:30 lasts five hours
 *       (four or six on a night the clocks change), and the block after it, without a date, is
 *       still on the day the dinner starts;
 *   <li>a {@link DurationOnly} block lasts its duration on the time-line from where the block it
 *       follows at the same level ends (the first one where its parent, or the event, starts). A
 *       block with a {@linkplain AgendaBlock#track() track} follows the latest block before it that
 *       is of its track or has no track (a plenary), so that parallel tracks run side by side. A
 *       block without a track follows the latest plenary before it and every block after that
 *       plenary: it starts at the latest end among them, when the last of the parallel tracks is
 *       over. In an agenda without tracks every block is a plenary, and each follows the one before
 *       it;
 *   <li>a child block without timing gets no span, and its own children start where a duration
 *       of its track would.
 * </ul>
 * So the 2021 virtual seminar, starting 13:00 in Montevideo with blocks of 15, 35, 30 and 10
 * minutes, places its Panel 1 at 13:15&ndash;13:50.
 *
 * <p>A top-level block with a {@linkplain AgendaBlock#recurrence() recurrence} is a series: each
 * session, on each of its {@linkplain org.agendum.core.model.Recurrence#sessionDatesFrom(LocalDate)
 * dates}, is a scheduled block of its own (with its {@linkplain ScheduledBlock#occurrence()
 * occurrence date}, the block's path and id), followed by its children placed from the session's
 * start; so {@link #blocksOn(LocalDate)}, {@link #runningAt(Instant)}, {@link #nextAfter(Instant)} and
 * the rules see every session. The block after a series, without a date, follows its first
 * occurrence as written. An event without series is placed exactly as before.
 *
 * <p>A wall-clock time that falls in a daylight-saving gap or overlap is placed by the rule of
 * {@link ZonedDateTime#ofLocal ZonedDateTime} and reported in {@link #localTimeIssues()}, except
 * an exclusive end at the very start of a gap, which is the instant of the jump, and a time in an
 * overlap whose slot states one of the overlap's two offsets ({@link Slot#startOffset()}, {@link
 * Slot#endOffset()}): it is placed at that offset, as {@link ZonedDateTime#withLaterOffsetAtOverlap()}
 * does for the later one. A stated offset the zone does not have at that time is ignored and
 * reported ({@link LocalTimeIssue.Kind#OFFSET_NOT_VALID}). Should a
 * slot's end fall before its start only because of such a gap, its span is empty (it ends where it
 * starts).
 *
 * <p>Besides each block's span, it answers what a programme's reader asks: the {@linkplain #days()
 * days}, the blocks {@linkplain #blocksOn(LocalDate) of a day}, {@linkplain #blocksInRoom(String) of
 * a room} and {@linkplain #blocksInTrack(String) of a track}, what is {@linkplain
 * #runningAt(Instant) running at} an instant and what starts {@linkplain #nextAfter(Instant) next}.
 *
 * <p>Resolution takes time linear in the number of blocks (each session of a series counting as
 * one, at most {@link org.agendum.core.model.Recurrence#MAX_OCCURRENCES} per series), and so does
 * each of these questions.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Timetable {
    private final ZoneId zone;
    private final ZonedDateTime eventStart;
    private final Optional<ZonedDateTime> eventEnd;
    private final List<ScheduledBlock> blocks;
    private final List<ScheduledBlock> topLevelBlocks;
    private final List<LocalTimeIssue> localTimeIssues;
    /** Built on the first lookup by id; racy on purpose: every thread would build an equal map. */
    private volatile Map<String, ScheduledBlock> byId;

    private Timetable(Resolution resolver) {
        this.zone = resolver.zone;
        this.eventStart = resolver.eventStart;
        this.eventEnd = resolver.eventEnd;
        this.blocks = Collections.unmodifiableList(resolver.blocks);
        this.topLevelBlocks = Collections.unmodifiableList(resolver.topLevel);
        this.localTimeIssues = Collections.unmodifiableList(resolver.issues);
    }

    /**
     * Obtains the timetable of an event.
     *
     * @param event the event
     * @return the timetable
     */
    public static Timetable of(Event event) {
        return new Timetable(new Resolution(Objects.requireNonNull(event, "event")));
    }

    /**
     * Returns the event's zone, the zone of every date-time in this timetable.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns when the event starts.
     *
     * @return the start, in the event's zone
     */
    public ZonedDateTime eventStart() {
        return eventStart;
    }

    /**
     * Returns when the event ends: its announced end, or else its start plus its maximum duration.
     *
     * @return the end, in the event's zone, if the event announces either
     */
    public Optional<ZonedDateTime> eventEnd() {
        return eventEnd;
    }

    /**
     * Returns the span of the event, from its start to its {@linkplain #eventEnd() end}.
     *
     * @return the span, if the event announces an end or a maximum duration
     */
    public Optional<TimeSpan> eventSpan() {
        return eventEnd.map(end -> TimeSpan.of(eventStart, end.isBefore(eventStart) ? eventStart : end));
    }

    /**
     * Returns every block of the agenda, depth first, each parent before its children.
     *
     * @return the scheduled blocks
     */
    public List<ScheduledBlock> blocks() {
        return blocks;
    }

    /**
     * Returns the top-level blocks, in agenda order.
     *
     * @return the top-level scheduled blocks
     */
    public List<ScheduledBlock> topLevelBlocks() {
        return topLevelBlocks;
    }

    /**
     * Returns the block with an id; for a series, its first session.
     *
     * @param id the id of the block
     * @return the scheduled block, if the agenda has one with this id
     */
    public Optional<ScheduledBlock> block(String id) {
        Objects.requireNonNull(id, "id");
        Map<String, ScheduledBlock> index = byId;
        if (index == null) {
            // Most users never look blocks up by id: the index is not worth its memory until then.
            index = new HashMap<>(Math.max(16, blocks.size() * 4 / 3 + 1));
            for (ScheduledBlock block : blocks) {
                index.putIfAbsent(block.id(), block);
            }
            byId = index;
        }
        return Optional.ofNullable(index.get(id));
    }

    /**
     * Returns the span of the block with an id.
     *
     * @param id the id of the block
     * @return the span, if there is such a block and it has a timing
     */
    public Optional<TimeSpan> spanOf(String id) {
        return block(id).flatMap(ScheduledBlock::span);
    }

    /**
     * Returns the span from the earliest start to the latest end of the top-level blocks.
     *
     * @return the span, if the agenda has blocks
     */
    public Optional<TimeSpan> agendaSpan() {
        ZonedDateTime first = null;
        ZonedDateTime last = null;
        for (ScheduledBlock block : topLevelBlocks) {
            TimeSpan span = block.span().orElseThrow();
            first = first == null || span.start().isBefore(first) ? span.start() : first;
            last = last == null || span.end().isAfter(last) ? span.end() : last;
        }
        return first == null ? Optional.empty() : Optional.of(TimeSpan.of(first, last));
    }

    /**
     * Returns the wall-clock times of the event that fall in a daylight-saving gap or overlap of
     * its zone, in the order they appear in the event.
     *
     * @return the issues, empty when every wall-clock time maps to exactly one instant
     */
    public List<LocalTimeIssue> localTimeIssues() {
        return localTimeIssues;
    }

    /**
     * Returns the dates on which blocks start, in the event's zone: the days of the programme.
     *
     * @return the dates, ascending, each once; empty if no block has a span
     */
    public List<LocalDate> days() {
        return blocks.stream().flatMap(b -> b.span().stream()).map(span -> span.start().toLocalDate())
                .distinct().sorted().collect(Collectors.toList());
    }

    /**
     * Returns the blocks that start on a date in the event's zone, as a programme groups them by day:
     * a block that runs past midnight belongs to the day it starts.
     *
     * @param date the date
     * @return the blocks, at every depth, in agenda order (each parent before its children)
     */
    public List<ScheduledBlock> blocksOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return select(b -> b.span().filter(span -> span.start().toLocalDate().equals(date)).isPresent());
    }

    /**
     * Returns the blocks held in a room.
     *
     * @param room the room as the blocks refer to it ({@link AgendaBlock#room()}): the id of one of the
     *     event's rooms, or its name where the event declares none
     * @return the blocks held there, at every depth, in agenda order; those without a span included, and
     *     not those only shown there ({@link AgendaBlock#overflowRooms()})
     */
    public List<ScheduledBlock> blocksInRoom(String room) {
        Objects.requireNonNull(room, "room");
        return select(b -> b.block().room().filter(room::equals).isPresent());
    }

    /**
     * Returns the blocks of a track.
     *
     * @param track the track as the blocks refer to it ({@link AgendaBlock#track()}): the id of one of the
     *     event's tracks, or its name where the event declares none
     * @return the blocks, at every depth, in agenda order; those without a span included
     */
    public List<ScheduledBlock> blocksInTrack(String track) {
        Objects.requireNonNull(track, "track");
        return select(b -> b.block().track().filter(track::equals).isPresent());
    }

    /**
     * Returns what runs at an instant: the blocks whose span {@linkplain TimeSpan#contains(Instant)
     * contains} it. A block and its child that runs then are both returned; parallel blocks are all
     * returned.
     *
     * @param instant the instant
     * @return the blocks, in agenda order; empty between blocks, before the first and after the last
     */
    public List<ScheduledBlock> runningAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return select(b -> b.span().filter(span -> span.contains(instant)).isPresent());
    }

    /**
     * Returns what starts next after an instant: the blocks with the earliest start strictly after
     * it (several when parallel blocks, or a block and its first child, start together).
     *
     * @param instant the instant
     * @return the blocks, in agenda order; empty if no block starts after {@code instant}
     */
    public List<ScheduledBlock> nextAfter(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        Instant next = null;
        for (ScheduledBlock block : blocks) {
            if (block.span().isPresent()) {
                Instant start = block.span().get().start().toInstant();
                if (start.isAfter(instant) && (next == null || start.isBefore(next))) {
                    next = start;
                }
            }
        }
        Instant earliest = next;
        return earliest == null ? List.of()
                : select(b -> b.span().filter(span -> span.start().toInstant().equals(earliest)).isPresent());
    }

    private List<ScheduledBlock> select(Predicate<ScheduledBlock> condition) {
        return blocks.stream().filter(condition).collect(Collectors.toUnmodifiableList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Timetable
                && zone.equals(((Timetable) other).zone)
                && eventStart.equals(((Timetable) other).eventStart)
                && eventEnd.equals(((Timetable) other).eventEnd)
                && blocks.equals(((Timetable) other).blocks)
                && localTimeIssues.equals(((Timetable) other).localTimeIssues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, eventStart, eventEnd, blocks, localTimeIssues);
    }

    @Override
    public String toString() {
        return "Timetable{zone=" + zone + ", eventStart=" + eventStart + ", eventEnd=" + eventEnd
                + ", blocks=" + blocks.size() + ", localTimeIssues=" + localTimeIssues + "}";
    }
}
