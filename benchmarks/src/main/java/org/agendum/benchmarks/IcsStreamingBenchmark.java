package org.agendum.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.agendum.core.model.Event;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link IcsBenchmark}'s export streamed to a stream that discards it, in a JVM with 128 MiB of
 * heap: the event, its timetable and the writer's buffer are all it holds. A class of its own, so
 * that its fork builds only the event, not the baselines {@link IcsBenchmark} sets up (ical4j's
 * model of a 10,000-block calendar does not fit in 128 MiB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = "-Xmx128m")
public class IcsStreamingBenchmark {

    /** Top-level blocks, as in {@link IcsBenchmark}. */
    @Param({"10", "1000", "10000"})
    public int blocks;

    private Event event;

    /** Builds the event. */
    @Setup
    public void setUp() {
        event = IcsBenchmark.event(blocks);
    }

    /**
     * Writes the publish profile to a stream that counts the bytes and keeps none.
     *
     * @return the bytes written, so that nothing is optimized away
     * @throws IOException never: the stream does not fail
     */
    @Benchmark
    public long exportIn128m() throws IOException {
        long[] written = new long[1];
        OutputStream discard = new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                written[0] += length;
            }
        };
        IcsBenchmark.FORMAT.write(event, discard);
        return written[0];
    }
}
