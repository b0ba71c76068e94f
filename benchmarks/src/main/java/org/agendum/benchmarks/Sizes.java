package org.agendum.benchmarks;

import org.agendum.testing.RandomEvents;

/** Sizes shared by the benchmarks. */
final class Sizes {

    private Sizes() {}

    /** Enough days for this many top-level blocks, at most half a day's capacity per day. */
    static int daysFor(int blocks) {
        return Math.max(1, (int) Math.ceil(blocks / (RandomEvents.MAX_BLOCKS_PER_DAY / 2.0)));
    }
}
