package org.agendum.core.text;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.chrono.ChronoZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/**
 * How a {@link Programme} arranges its timetable: top-level blocks by the day they start, each day
 * by start, blocks that overlap marked parallel, and every block's entry with its children.
 */
final class ProgrammeArrangement {

    private ProgrammeArrangement() {}

    /**
     * Groups the top-level blocks by the day they start, sorts each day by start, marks the ones
     * that overlap, and makes every entry into {@code all}, children before their parents so that
     * no step recurses.
     */
    static List<ProgrammeDay> arrange(Programme programme, ProgrammeEntry[] all) {
        Timetable timetable = programme.timetable();
        ProgrammeLabels labels = programme.labels();
        List<ScheduledBlock> blocks = timetable.blocks();
        // Blocks come depth first, parents before children: a block's parent is the last block seen
        // one level up, and its day is its top-level block's.
        int[] parentAt = new int[blocks.size()];
        LocalDate[] dayAt = new LocalDate[blocks.size()];
        List<Integer> lastAtDepth = new ArrayList<>();
        TreeMap<LocalDate, List<Integer>> byDay = new TreeMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            int depth = blocks.get(i).depth();
            parentAt[i] = depth == 0 ? -1 : lastAtDepth.get(depth - 1);
            dayAt[i] = depth == 0 ? blocks.get(i).span().orElseThrow().start().toLocalDate() : dayAt[parentAt[i]];
            if (lastAtDepth.size() == depth) {
                lastAtDepth.add(i);
            } else {
                lastAtDepth.set(depth, i);
            }
            if (depth == 0) {
                byDay.computeIfAbsent(dayAt[i], d -> new ArrayList<>()).add(i);
            }
        }
        boolean[] parallel = new boolean[blocks.size()];
        for (List<Integer> day : byDay.values()) {
            // A stable sort: blocks that start together keep their agenda order.
            day.sort(Comparator.comparing(i -> blocks.get(i).span().orElseThrow().start(),
                    ChronoZonedDateTime.timeLineOrder()));
            markParallel(blocks, day, parallel);
        }
        List<Deque<ProgrammeEntry>> childrenAt = new ArrayList<>(Collections.nCopies(blocks.size(), null));
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Deque<ProgrammeEntry> children = childrenAt.get(i);
            all[i] = new ProgrammeEntry(programme, blocks.get(i), dayAt[i], parallel[i],
                    children == null ? List.of() : List.copyOf(children));
            if (parentAt[i] >= 0) {
                if (childrenAt.get(parentAt[i]) == null) {
                    childrenAt.set(parentAt[i], new ArrayDeque<>());
                }
                childrenAt.get(parentAt[i]).addFirst(all[i]);
            }
        }
        List<ProgrammeDay> result = new ArrayList<>();
        byDay.forEach((day, indexes) -> result.add(new ProgrammeDay(day, Programme.capitalized(labels.date(day)),
                indexes.stream().map(i -> all[i]).toList())));
        return List.copyOf(result);
    }

    /**
     * Marks the blocks of one day, sorted by start, whose spans overlap another's, in one sweep:
     * a block overlaps an earlier one if the latest end so far is after its start, and a later one
     * if the next block starts before it ends. Blocks of no duration are moments, never parallel.
     */
    private static void markParallel(List<ScheduledBlock> blocks, List<Integer> day, boolean[] parallel) {
        List<Integer> lasting = new ArrayList<>(day.size());
        for (int i : day) {
            TimeSpan span = blocks.get(i).span().orElseThrow();
            if (span.end().isAfter(span.start())) {
                lasting.add(i);
            }
        }
        ZonedDateTime latestEnd = null;
        for (int k = 0; k < lasting.size(); k++) {
            TimeSpan span = blocks.get(lasting.get(k)).span().orElseThrow();
            boolean earlier = latestEnd != null && latestEnd.isAfter(span.start());
            boolean later = k + 1 < lasting.size()
                    && blocks.get(lasting.get(k + 1)).span().orElseThrow().start().isBefore(span.end());
            parallel[lasting.get(k)] = earlier || later;
            latestEnd = latestEnd == null || span.end().isAfter(latestEnd) ? span.end() : latestEnd;
        }
    }

}
