package org.agendum.core.validation.internal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.Party;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.agendum.core.validation.Reporter;
import org.agendum.core.validation.ValidationContext;

/**
 * Checks of when things happen. Every check that compares blocks with each other sorts them once
 * by start and sweeps, so its cost grows as n log n, never n².
 */
public final class ScheduleChecks {

    private ScheduleChecks() {}

    /**
     * A timed block with its span's instants as numbers, read once: sorting and sweeping then
     * compare numbers instead of walking each block's date-time objects again and again, which on
     * 100,000 blocks is mostly waiting for memory.
     */
    record Keyed(ScheduledBlock block, long startSecond, int startNano, long endSecond, int endNano) {

        static Keyed of(ScheduledBlock block) {
            TimeSpan span = block.span().orElseThrow();
            return new Keyed(block, span.start().toEpochSecond(), span.start().getNano(), span.end().toEpochSecond(),
                    span.end().getNano());
        }

        TimeSpan span() {
            return block.span().orElseThrow();
        }

        /** Whether this block ends after the other ends. */
        boolean endsAfter(Keyed other) {
            return compare(endSecond, endNano, other.endSecond, other.endNano) > 0;
        }

        /** {@link TimeSpan#overlaps}: each starts before the other ends. */
        boolean overlaps(Keyed other) {
            return compare(startSecond, startNano, other.endSecond, other.endNano) < 0
                    && compare(other.startSecond, other.startNano, endSecond, endNano) < 0;
        }

        private static int compare(long second, int nano, long otherSecond, int otherNano) {
            int order = Long.compare(second, otherSecond);
            return order != 0 ? order : Integer.compare(nano, otherNano);
        }
    }

    /**
     * Blocks in start order, then end order, then id order: a total order that does not depend on
     * where blocks stand in the agenda, so neither do the findings.
     */
    static final Comparator<Keyed> BY_START = (a, b) -> {
        int order = Keyed.compare(a.startSecond, a.startNano, b.startSecond, b.startNano);
        if (order == 0) {
            order = Keyed.compare(a.endSecond, a.endNano, b.endSecond, b.endNano);
        }
        return order != 0 ? order : a.block.id().compareTo(b.block.id());
    };

    /** BLOCK_OVERLAP: siblings (same parent) in the same room and track, that take place. */
    public static void overlaps(ValidationContext context, Reporter reporter) {
        Map<List<String>, List<Keyed>> groups = new LinkedHashMap<>();
        Set<String> withdrawn = BlockChecks.withdrawn(context.timetable());
        for (ScheduledBlock block : context.timetable().blocks()) {
            if (block.span().isPresent() && !withdrawn.contains(block.id())) {
                List<String> key = List.of(block.parentId().orElse(""), block.block().room().orElse(""),
                        block.block().track().orElse(""));
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(Keyed.of(block));
            }
        }
        for (List<Keyed> group : groups.values()) {
            group.sort(BY_START);
            Keyed latest = null;
            for (Keyed keyed : group) {
                if (latest != null && keyed.overlaps(latest) && !sessionsOfOneSeries(keyed.block(), latest.block())) {
                    ScheduledBlock block = keyed.block();
                    reporter.report(block.path(), Describe.block(block.block()) + " ("
                            + Describe.span(keyed.span(), context.timetable()) + ") overlaps "
                            + Describe.block(latest.block().block()) + " ("
                            + Describe.span(latest.span(), context.timetable()) + ")"
                            + block.block().room().map(room -> " in room '" + room + "'").orElse(""));
                }
                if (latest == null || keyed.endsAfter(latest)) {
                    latest = keyed;
                }
            }
        }
    }

    /**
     * The rooms a block is booked in, as ROOM_DOUBLE_BOOKED compares rooms: the one place that says
     * what makes two blocks' rooms the same room (equal ids, or equal names where the event declares
     * no rooms). A block books its room and the overflow rooms it is shown in, each once.
     */
    static List<String> roomsOf(AgendaBlock block) {
        List<String> overflow = block.overflowRooms();
        if (overflow.isEmpty()) {
            return block.room().map(List::of).orElse(List.of());
        }
        List<String> rooms = new ArrayList<>(overflow.size() + 1);
        block.room().ifPresent(rooms::add);
        overflow.stream().filter(room -> !rooms.contains(room)).forEach(rooms::add);
        return rooms;
    }

    /**
     * ROOM_DOUBLE_BOOKED: timed blocks at any depth in the same room that overlap, across tracks
     * and nesting levels; not a block and the blocks nested in it, and not the pairs BLOCK_OVERLAP
     * reports (same parent, room and track); not a cancelled or postponed block. Each block is
     * reported once, at its path, against the first earlier block that still runs when it starts.
     */
    public static void roomDoubleBooked(ValidationContext context, Reporter reporter) {
        Map<String, List<Keyed>> rooms = new LinkedHashMap<>();
        Set<String> withdrawn = BlockChecks.withdrawn(context.timetable());
        for (ScheduledBlock block : context.timetable().blocks()) {
            if (block.span().isPresent() && !withdrawn.contains(block.id())) {
                for (String room : roomsOf(block.block())) {
                    rooms.computeIfAbsent(room, r -> new ArrayList<>()).add(Keyed.of(block));
                }
            }
        }
        for (Map.Entry<String, List<Keyed>> room : rooms.entrySet()) {
            List<Keyed> group = room.getValue();
            if (group.size() < 2) {
                continue;
            }
            group.sort(BY_START);
            List<Keyed> running = new ArrayList<>();
            for (Keyed keyed : group) {
                running.removeIf(earlier -> !earlier.overlaps(keyed));
                for (Keyed earlier : running) {
                    ScheduledBlock block = keyed.block();
                    ScheduledBlock other = earlier.block();
                    if (!partOf(block, other) && !partOf(other, block) && !siblingsInOneRoomAndTrack(block, other)
                            && !sessionsOfOneSeries(block, other)) {
                        reporter.report(block.path(), "room '" + room.getKey() + "' is booked for "
                                + Describe.block(block.block()) + " (" + Describe.span(keyed.span(), context.timetable())
                                + ") and for " + Describe.block(other.block()) + " ("
                                + Describe.span(earlier.span(), context.timetable()) + ") at the same time");
                        break;
                    }
                }
                running.add(keyed);
            }
        }
    }

    /** Whether BLOCK_OVERLAP compares the two blocks: same parent, room and track. */
    private static boolean siblingsInOneRoomAndTrack(ScheduledBlock a, ScheduledBlock b) {
        return a.parentId().equals(b.parentId()) && a.block().room().equals(b.block().room())
                && a.block().track().equals(b.block().track());
    }

    /** BLOCK_OUTSIDE_EVENT: top-level blocks that take place against the event's start and end. */
    public static void outsideEvent(ValidationContext context, Reporter reporter) {
        Timetable timetable = context.timetable();
        ZonedDateTime start = timetable.eventStart();
        Optional<ZonedDateTime> end = timetable.eventEnd();
        Set<String> withdrawn = BlockChecks.withdrawn(timetable);
        for (ScheduledBlock block : timetable.topLevelBlocks()) {
            if (withdrawn.contains(block.id())) {
                continue;
            }
            TimeSpan span = block.span().orElseThrow();
            if (span.start().isBefore(start)) {
                reporter.report(block.path(), Describe.block(block.block()) + " starts at "
                        + Describe.time(span.start(), timetable) + ", before the event starts at "
                        + Describe.time(start, timetable));
            }
            if (end.isPresent() && span.end().isAfter(end.get())) {
                reporter.report(block.path(), Describe.block(block.block()) + " ends at "
                        + Describe.time(span.end(), timetable) + ", after the event ends at "
                        + Describe.time(end.get(), timetable));
            }
        }
    }

    /**
     * DURATION_OVER_BUDGET: the span of the top-level blocks that take place against the maximum
     * duration; a cancelled closing block does not make the event run long.
     */
    public static void overBudget(ValidationContext context, Reporter reporter) {
        Optional<Duration> maximum = context.event().maximumDuration();
        if (maximum.isEmpty()) {
            return;
        }
        Set<String> withdrawn = BlockChecks.withdrawn(context.timetable());
        Optional<TimeSpan> agenda = withdrawn.isEmpty() ? context.timetable().agendaSpan()
                : spanOf(context.timetable().topLevelBlocks(), withdrawn);
        if (agenda.isPresent() && agenda.get().duration().compareTo(maximum.get()) > 0) {
            reporter.report("/agenda", "the blocks take " + Describe.duration(agenda.get().duration()) + " ("
                    + Describe.span(agenda.get(), context.timetable()) + "), longer than the maximum duration of "
                    + Describe.duration(maximum.get()));
        }
    }

    /** From the first start to the last end of the blocks but the withdrawn ones. */
    private static Optional<TimeSpan> spanOf(List<ScheduledBlock> blocks, Set<String> withdrawn) {
        ZonedDateTime first = null;
        ZonedDateTime last = null;
        for (ScheduledBlock block : blocks) {
            if (!withdrawn.contains(block.id())) {
                TimeSpan span = block.span().orElseThrow();
                first = first == null || span.start().isBefore(first) ? span.start() : first;
                last = last == null || span.end().isAfter(last) ? span.end() : last;
            }
        }
        return first == null ? Optional.empty() : Optional.of(TimeSpan.of(first, last));
    }

    /** EVENT_LONGER_THAN_MAXIMUM: the announced end against start plus maximum duration. */
    public static void longerThanMaximum(ValidationContext context, Reporter reporter) {
        Event event = context.event();
        if (event.end().isPresent() && event.maximumDuration().isPresent()) {
            TimeSpan announced = context.timetable().eventSpan().orElseThrow();
            Duration maximum = event.maximumDuration().get();
            if (announced.duration().compareTo(maximum) > 0) {
                reporter.report("/end", "the event is announced from " + Describe.span(announced, context.timetable())
                        + " (" + Describe.duration(announced.duration()) + "), longer than its maximum duration of "
                        + Describe.duration(maximum));
            }
        }
    }

    /**
     * CHILD_OUTSIDE_PARENT: each timed child against its nearest timed ancestor (an untimed parent
     * happens somewhere within its own parent).
     */
    public static void childOutsideParent(ValidationContext context, Reporter reporter) {
        Timetable timetable = context.timetable();
        // Blocks come depth first, parents before children: the open ancestors, indexed by depth.
        List<ScheduledBlock> ancestors = new ArrayList<>();
        for (ScheduledBlock child : timetable.blocks()) {
            int depth = child.depth();
            ancestors.subList(Math.min(depth, ancestors.size()), ancestors.size()).clear();
            ancestors.add(child);
            if (child.span().isEmpty()) {
                continue;
            }
            ScheduledBlock parent = null;
            for (int d = depth - 1; d >= 0 && parent == null; d--) {
                parent = ancestors.get(d).span().isPresent() ? ancestors.get(d) : null;
            }
            if (parent != null && !parent.span().get().encloses(child.span().get())) {
                reporter.report(child.path(), Describe.block(child.block()) + " ("
                        + Describe.span(child.span().get(), timetable) + ") does not fit in its parent "
                        + Describe.block(parent.block()) + " (" + Describe.span(parent.span().get(), timetable) + ")");
            }
        }
    }

    /**
     * PARTY_DOUBLE_BOOKED: a party in a block or any of its children takes part in that top-level
     * block; two overlapping top-level blocks with the same party are reported once per party.
     * Within one top-level block, two timed blocks nested in it that overlap, neither part of the
     * other (two parallel workshops of one session), with the same party are reported too. A
     * cancelled or postponed block, and what is nested in it, books nobody.
     */
    public static void doubleBooked(ValidationContext context, Reporter reporter) {
        Map<String, List<Booking>> bookings = new LinkedHashMap<>();
        Map<String, List<Booking>> nested = new LinkedHashMap<>();
        Set<String> withdrawn = BlockChecks.withdrawn(context.timetable());
        Keyed top = null;
        for (ScheduledBlock block : context.timetable().blocks()) {
            if (block.depth() == 0) {
                top = Keyed.of(block);
                nestedDoubleBookings(nested, context, reporter);
                nested.clear();
            }
            if (withdrawn.contains(block.id())) {
                continue; // the blocks nested in a withdrawn block are withdrawn too
            }
            AgendaBlock content = block.block();
            Keyed keyed = block.depth() > 0 && block.span().isPresent() ? Keyed.of(block) : null;
            for (int i = 0; i < content.moderators().size(); i++) {
                book(bookings, content.moderators().get(i).party(), top, block, "/moderators/", i);
                if (keyed != null) {
                    book(nested, content.moderators().get(i).party(), keyed, block, "/moderators/", i);
                }
            }
            for (int i = 0; i < content.participants().size(); i++) {
                book(bookings, content.participants().get(i).party(), top, block, "/participants/", i);
                if (keyed != null) {
                    book(nested, content.participants().get(i).party(), keyed, block, "/participants/", i);
                }
            }
        }
        nestedDoubleBookings(nested, context, reporter);
        Comparator<Booking> byStart = Comparator.comparing(Booking::top, BY_START);
        for (List<Booking> party : bookings.values()) {
            party.sort(byStart);
            Booking latest = null;
            for (Booking booking : party) {
                if (latest != null && booking.top().overlaps(latest.top())
                        && !sessionsOfOneSeries(booking.top().block(), latest.top().block())) {
                    reportDoubleBooking(booking, latest, context, reporter);
                }
                if (latest == null || booking.top().endsAfter(latest.top())) {
                    latest = booking;
                }
            }
        }
    }

    private static void reportDoubleBooking(Booking booking, Booking other, ValidationContext context,
            Reporter reporter) {
        reporter.report(booking.path(), "'" + booking.party().displayName() + "' is in "
                + Describe.block(booking.top().block().block()) + " ("
                + Describe.span(booking.top().span(), context.timetable()) + ") and in "
                + Describe.block(other.top().block().block()) + " ("
                + Describe.span(other.top().span(), context.timetable()) + ") at the same time");
    }

    /**
     * The nested blocks of one top-level block, per party (here a booking's {@code top} is the
     * nested block itself): each against the earlier ones that still run when it starts, but for
     * the blocks it is part of. Reported once per block and party, against the first such block.
     */
    private static void nestedDoubleBookings(Map<String, List<Booking>> nested, ValidationContext context,
            Reporter reporter) {
        Comparator<Booking> byStart = Comparator.comparing(Booking::top, BY_START);
        for (List<Booking> party : nested.values()) {
            if (party.size() < 2) {
                continue;
            }
            party.sort(byStart);
            List<Booking> running = new ArrayList<>();
            for (Booking booking : party) {
                running.removeIf(earlier -> !earlier.top().overlaps(booking.top()));
                for (Booking earlier : running) {
                    if (!partOf(booking.where(), earlier.where()) && !partOf(earlier.where(), booking.where())) {
                        reportDoubleBooking(booking, earlier, context, reporter);
                        break;
                    }
                }
                running.add(booking);
            }
        }
    }

    /**
     * Whether two scheduled blocks belong to two sessions of one series: the sessions of a block
     * never collide with each other, even when a daily 24-hour slot grows by the hour the clocks go
     * back.
     */
    static boolean sessionsOfOneSeries(ScheduledBlock a, ScheduledBlock b) {
        return a.seriesOccurrence().isPresent() && b.seriesOccurrence().isPresent()
                && a.seriesOccurrence().get().series() == b.seriesOccurrence().get().series()
                && !a.occurrence().equals(b.occurrence());
    }

    /** Whether {@code block} is nested, at any depth, in {@code ancestor}. */
    private static boolean partOf(ScheduledBlock block, ScheduledBlock ancestor) {
        return block.path().startsWith(ancestor.path() + "/");
    }

    private static void book(Map<String, List<Booking>> bookings, Party party, Keyed top, ScheduledBlock where,
            String list, int index) {
        List<Booking> partyBookings = bookings.computeIfAbsent(party.id(), id -> new ArrayList<>());
        Booking last = partyBookings.isEmpty() ? null : partyBookings.get(partyBookings.size() - 1);
        if (last == null || last.top() != top) {
            partyBookings.add(new Booking(party, Objects.requireNonNull(top), where, list, index));
        }
    }

    /**
     * A party's first appearance within a top-level block (or its children): in the {@code list}
     * ({@code /moderators/} or {@code /participants/}) of block {@code where}, at {@code index}.
     * The path is only spelled out when it is reported.
     */
    private record Booking(Party party, Keyed top, ScheduledBlock where, String list, int index) {
        String path() {
            return where.path() + list + index;
        }
    }
}
