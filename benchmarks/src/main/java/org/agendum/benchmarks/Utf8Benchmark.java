package org.agendum.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.agendum.json.JsonEventFormat;
import org.agendum.json.internal.Utf8CheckingInputStream;
import org.agendum.testing.RandomEvents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether agendum's hand-written UTF-8 check ({@code Utf8CheckingInputStream}) earns its place
 * beside the JDK's strict decoder: Jackson's parser run over the whole canonical JSON of {@link
 * JsonBenchmark}'s event, every string decoded, with each way of refusing bytes that are not
 * UTF-8. The JDK's way is a {@link CharsetDecoder} that reports malformed input, which hands
 * Jackson characters instead of bytes; the baseline is Jackson on bytes without any check (its
 * own decoder lets overlong forms and surrogates through).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Utf8Benchmark {

    /** Top-level blocks of the event whose JSON is parsed. */
    @Param({"1000", "10000"})
    public int blocks;

    private final JsonMapper mapper = JsonMapper.builder().build();
    private byte[] document;

    /** Writes the event's compact JSON. */
    @Setup
    public void setUp() {
        document = JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT).toBytes(RandomEvents.seeded(7).withBlocks(blocks).withParties(0)
                .withDays(Sizes.daysFor(blocks)).event(0));
    }

    /**
     * Agendum's way: the bytes through the check, then Jackson's byte parser.
     *
     * @return the characters of the strings, so that nothing is optimized away
     * @throws IOException never: the document is UTF-8
     */
    @Benchmark
    public long checkedBytes() throws IOException {
        try (JsonParser parser = mapper.createParser(new Utf8CheckingInputStream(new ByteArrayInputStream(document)))) {
            return drain(parser);
        }
    }

    /**
     * The JDK's way: a strict decoder, then Jackson's character parser.
     *
     * @return the characters of the strings
     * @throws IOException never: the document is UTF-8
     */
    @Benchmark
    public long jdkDecoder() throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (JsonParser parser = mapper.createParser(new InputStreamReader(new ByteArrayInputStream(document), decoder))) {
            return drain(parser);
        }
    }

    /**
     * No check: Jackson's byte parser alone, the floor.
     *
     * @return the characters of the strings
     * @throws IOException never
     */
    @Benchmark
    public long uncheckedBytes() throws IOException {
        try (JsonParser parser = mapper.createParser(new ByteArrayInputStream(document))) {
            return drain(parser);
        }
    }

    private static long drain(JsonParser parser) {
        long characters = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
                characters += parser.getString().length();
            }
        }
        return characters;
    }
}
