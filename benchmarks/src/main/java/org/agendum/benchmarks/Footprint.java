package org.agendum.benchmarks;

import java.util.List;
import org.agendum.core.model.Event;
import org.agendum.core.time.Timetable;
import org.agendum.testing.RandomEvents;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained heap per block: the bytes an event's object graph holds, measured with JOL (every object
 * reachable from the event, counted once, with this JVM's object layout), and what its timetable
 * adds. The per-block figure is the marginal one, from the difference between two sizes, so what
 * every event holds once (its zone's rules, shared constants) drops out.
 *
 * <p>Run with {@code java -cp benchmarks/target/benchmarks.jar org.agendum.benchmarks.Footprint};
 * {@code FootprintTest} keeps the figures under {@link #EVENT_BUDGET} and {@link
 * #TIMETABLE_BUDGET}.
 */
public final class Footprint {

    /**
     * The most bytes an event may retain per block (791 measured on 2026-12-06 with blocks' rooms,
     * series, statuses, registrations, languages and hybrid attributes, plus 10 %).
     */
    public static final long EVENT_BUDGET = 870;

    /** The most bytes a timetable may add to its event per block (195 measured on 2026-11-21, plus 10 %). */
    public static final long TIMETABLE_BUDGET = 215;

    private Footprint() {}

    /**
     * The retained heap of the standard generated event with this many top-level blocks (the one
     * {@link TimetableValidationBenchmark} uses), and of its timetable on top of it.
     *
     * @param topLevelBlocks the number of top-level blocks
     * @return the sizes
     */
    public static Retained measure(int topLevelBlocks) {
        Event event = RandomEvents.seeded(7).withBlocks(topLevelBlocks).withDays(Sizes.daysFor(topLevelBlocks))
                .event(0);
        Timetable timetable = Timetable.of(event);
        long eventBytes = GraphLayout.parseInstance(event).totalSize();
        long bothBytes = GraphLayout.parseInstance(event, timetable).totalSize();
        return new Retained(timetable.blocks().size(), eventBytes, bothBytes - eventBytes);
    }

    /**
     * The retained heap of one event.
     *
     * @param blocks the number of blocks, children included
     * @param eventBytes the bytes the event retains
     * @param timetableBytes the bytes its timetable retains besides the event's
     */
    public record Retained(int blocks, long eventBytes, long timetableBytes) {

        /**
         * The event's bytes per block, from this event to a larger one.
         *
         * @param larger the larger event
         * @return the marginal bytes per block
         */
        public long eventBytesPerBlock(Retained larger) {
            return (larger.eventBytes - eventBytes) / (larger.blocks - blocks);
        }

        /**
         * The timetable's bytes per block, from this event to a larger one.
         *
         * @param larger the larger event
         * @return the marginal bytes per block
         */
        public long timetableBytesPerBlock(Retained larger) {
            return (larger.timetableBytes - timetableBytes) / (larger.blocks - blocks);
        }
    }

    /**
     * Prints the retained heap of events of 1k, 10k and 100k top-level blocks.
     *
     * @param args none
     */
    public static void main(String[] args) {
        List<Retained> sizes = List.of(measure(1_000), measure(10_000), measure(100_000));
        System.out.printf("Retained heap (JOL), %s %s%n%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        System.out.println("| blocks (all) | event bytes | timetable bytes | event B/block | timetable B/block |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int i = 0; i < sizes.size(); i++) {
            Retained s = sizes.get(i);
            String marginal = i == 0 ? "|  |  |" : "| " + sizes.get(i - 1).eventBytesPerBlock(s) + " | "
                    + sizes.get(i - 1).timetableBytesPerBlock(s) + " |";
            System.out.printf("| %d | %d | %d %s%n", s.blocks(), s.eventBytes(), s.timetableBytes(), marginal);
        }
        System.out.printf("%nBudgets (FootprintTest): event %d B/block, timetable %d B/block%n", EVENT_BUDGET,
                TIMETABLE_BUDGET);
    }
}
