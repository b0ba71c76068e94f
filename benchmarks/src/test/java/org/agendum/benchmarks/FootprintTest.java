package org.agendum.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keeps the retained heap per block from growing unnoticed (docs/PERFORMANCE.md). */
class FootprintTest {

    private static final Footprint.Retained SMALL = Footprint.measure(1_000);
    private static final Footprint.Retained LARGE = Footprint.measure(10_000);

    @Test
    void anEventRetainsNoMoreThanItsBudgetPerBlock() {
        assertThat(SMALL.eventBytesPerBlock(LARGE)).isPositive().isLessThanOrEqualTo(Footprint.EVENT_BUDGET);
    }

    @Test
    void aTimetableAddsNoMoreThanItsBudgetPerBlock() {
        assertThat(SMALL.timetableBytesPerBlock(LARGE)).isPositive().isLessThanOrEqualTo(Footprint.TIMETABLE_BUDGET);
    }

    @Test
    void theGraphGrowsWithTheBlocks() {
        assertThat(LARGE.blocks()).isGreaterThan(9 * SMALL.blocks());
        assertThat(LARGE.eventBytes()).isGreaterThan(9 * SMALL.eventBytes());
    }
}
