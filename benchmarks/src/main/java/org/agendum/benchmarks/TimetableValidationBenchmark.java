package org.agendum.benchmarks;

import java.util.concurrent.TimeUnit;
import org.agendum.core.model.Event;
import org.agendum.core.time.Timetable;
import org.agendum.core.validation.ValidationReport;
import org.agendum.core.validation.Validator;
import org.agendum.testing.RandomEvents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Timetable resolution and full standard validation at 1k, 10k and 100k blocks. The goal is a
 * 100k/10k time ratio under 13 (n log n) and a 100k validation well under a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TimetableValidationBenchmark {

    @Param({"1000", "10000", "100000"})
    public int blocks;

    private final Validator validator = Validator.standard();
    private Event event;

    @Setup
    public void setUp() {
        event = RandomEvents.seeded(7).withBlocks(blocks).withDays(Sizes.daysFor(blocks)).event(0);
    }

    @Benchmark
    public Timetable timetable() {
        return Timetable.of(event);
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(event);
    }
}
