package org.agendum.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.json.JsonEventFormat;
import org.agendum.testing.RandomEvents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON write and read of an event with N blocks: agendum's {@link JsonEventFormat} (compact) against
 * plain Jackson databind on {@link PlainEvent} records holding the same data. Both sides share
 * one {@link State}, so their ratio comes from the same run.
 *
 * <p>The events have no parties ({@code withParties(0)}), so that the records mirror every field
 * the event's JSON holds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

    @Param({"10", "1000", "10000"})
    public int blocks;

    private final JsonEventFormat format = JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT);
    private final JsonMapper mapper = JsonMapper.builder()
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    private Event event;
    private PlainEvent plain;
    private byte[] eventJson;
    private byte[] plainJson;

    @Setup
    public void setUp() {
        event = RandomEvents.seeded(7).withBlocks(blocks).withParties(0).withDays(Sizes.daysFor(blocks)).event(0);
        plain = PlainEvent.of(event);
        eventJson = format.toBytes(event);
        plainJson = mapper.writeValueAsBytes(plain);
        // Empty lists are left out, so they come back null: compare the documents, not the records.
        if (!Arrays.equals(mapper.writeValueAsBytes(mapper.readValue(plainJson, PlainEvent.class)), plainJson)) {
            throw new IllegalStateException("the baseline does not round-trip");
        }
        System.out.printf("%n[json] blocks=%d agendum=%d bytes, baseline=%d bytes%n", blocks, eventJson.length,
                plainJson.length);
    }

    @Benchmark
    public byte[] writeAgendum() {
        return format.toBytes(event);
    }

    @Benchmark
    public byte[] writeBaseline() {
        return mapper.writeValueAsBytes(plain);
    }

    @Benchmark
    public Event readAgendum() throws EventFormatException {
        return format.fromBytes(eventJson);
    }

    @Benchmark
    public PlainEvent readBaseline() {
        return mapper.readValue(plainJson, PlainEvent.class);
    }
}
