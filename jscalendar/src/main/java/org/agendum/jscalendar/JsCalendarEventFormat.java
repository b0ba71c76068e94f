package org.agendum.jscalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.agendum.jscalendar.internal.JsCalendarReader;
import org.agendum.jscalendar.internal.JsCalendarWriter;
import org.agendum.jscalendar.internal.JsonTrees;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;

/**
 * JSCalendar (RFC 8984): {@code "jscalendar"}, {@code application/jscalendar+json}, {@code
 * .jscal.json}.
 *
 * <pre>{@code
 * JsCalendarEventFormat jscal = JsCalendarEventFormat.create().withClock(clock);
 * String group = jscal.toJsCalendar(event);   // a Group: the event, then one Event per block
 * Event read = jscal.fromJsCalendar(group);    // equal to event modulo docs/JSCALENDAR.md's loss table
 * }</pre>
 *
 * <p>An event is written as a JSCalendar {@code Group} whose first entry is the event and whose
 * other entries are its agenda blocks, one {@code Event} each, in agenda order, each related to its
 * parent by {@code relatedTo}. Their {@code uid}s are stable, derived from the event's and the
 * blocks' ids, so that a server that stores the entries updates them instead of adding copies; the
 * {@code updated} time comes from the format's {@link #withClock(Clock) clock}. A passcode of an
 * online location is never written. Output is deterministic: equal events and clocks give equal
 * bytes (two-space indents, {@code "\n"} line ends).
 *
 * <p>Reading takes a {@code Group} of that shape, or a single {@code Event}, as agendum and other
 * programs write them; what it refuses and what does not come back is in docs/JSCALENDAR.md. It is
 * bounded as the canonical JSON reader is: a UTF-8 document of at most {@value #MAX_DOCUMENT_BYTES}
 * bytes, nested at most {@value #MAX_NESTING_DEPTH} levels, strings of at most {@value
 * #MAX_STRING_LENGTH} characters, at most {@value #MAX_TOKEN_COUNT} tokens. Every error is an
 * {@link EventFormatException} with its {@link Kind} and the JSON Pointer of its place.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class JsCalendarEventFormat implements EventFormat {

    /** The name of this format. */
    public static final String NAME = "jscalendar";

    /** The media type of JSCalendar documents (RFC 8984 §3.1). */
    public static final String MEDIA_TYPE = "application/jscalendar+json";

    /** The largest document read, in bytes: 16 MiB. */
    public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    /** The most tokens a document may have: 1,000,000. */
    public static final long MAX_TOKEN_COUNT = 1_000_000;

    /** The deepest nesting read: a Group, its entries, and their objects' objects. */
    public static final int MAX_NESTING_DEPTH = 32;

    /** The longest string or property name read, in characters: 1 MiB. */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;

    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /**
     * Documents are read and written with jackson-core's streaming API and databind's tree nodes
     * ({@link JsonTrees}), without an {@code ObjectMapper}, so that applications on Jackson
     * 2.17–2.20, whose {@code jackson-annotations} are older than a Jackson 3 mapper needs, can use
     * the format.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .maxTokenCount(MAX_TOKEN_COUNT)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();

    /** Two spaces, "\n" on every platform, and {@code "name": value}. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** Gives each generator a printer of its own: a printer keeps the nesting it is at. */
    private static final ObjectWriteContext PRETTY_WRITING = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return PRETTY.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private final Clock clock;

    /**
     * Creates the format with its defaults (the system clock in UTC), as {@link
     * java.util.ServiceLoader} does; prefer {@link #create()}. The constructor is public only
     * because a provider found on the class path must have a public constructor without arguments.
     */
    public JsCalendarEventFormat() {
        this(Clock.systemUTC());
    }

    private JsCalendarEventFormat(Clock clock) {
        this.clock = clock;
    }

    /**
     * Obtains the format with its defaults: {@code updated} is the time of writing, from the system
     * clock.
     *
     * @return the format
     */
    public static JsCalendarEventFormat create() {
        return new JsCalendarEventFormat(Clock.systemUTC());
    }

    /**
     * Returns a copy of this format that takes the {@code updated} time of the objects it writes
     * (RFC 8984 §4.1.6) from a clock, as iCalendar's {@code DTSTAMP} is taken: a fixed clock makes
     * the output reproducible.
     *
     * @param clock the clock, read once per document and truncated to seconds
     * @return the format with this clock
     */
    public JsCalendarEventFormat withClock(Clock clock) {
        return new JsCalendarEventFormat(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Returns the clock the {@code updated} times are taken from.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    /**
     * Returns {@code "jscal.json"}: a compound extension, so that a JSCalendar file is not taken for
     * canonical JSON.
     *
     * @return the file extension, without a leading dot
     */
    @Override
    public String fileExtension() {
        return "jscal.json";
    }

    @Override
    public void write(Event event, OutputStream out) throws IOException {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(out, "out");
        JsonNode document = JsCalendarWriter.write(event, clock.instant());
        try (JsonGenerator generator = FACTORY.createGenerator(PRETTY_WRITING, out)) {
            JsonTrees.write(document, generator);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("a tree of strings, numbers and objects is always written", e);
        }
        out.write('\n');
        out.flush();
    }

    @Override
    public Event read(InputStream in) throws EventFormatException, IOException {
        Objects.requireNonNull(in, "in");
        byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw EventFormatException.atPointer(Kind.LIMIT,
                    "the document is longer than " + MAX_DOCUMENT_BYTES + " bytes", "", null);
        }
        if (!isUtf8(bytes)) {
            throw EventFormatException.atPointer(Kind.ENCODING, "the document is not UTF-8", "", null);
        }
        JsonNode tree;
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            try {
                tree = JsonTrees.read(parser);
            } catch (JacksonException e) {
                throw syntax(e, parser);
            }
        }
        if (tree == null || tree.isMissingNode()) {
            throw EventFormatException.atPointer(Kind.SYNTAX, "the document is empty", "", null);
        }
        return JsCalendarReader.read(tree);
    }

    /** RFC 8259 §8.1 and RFC 8984 §3.1: JSCalendar is exchanged as UTF-8; anything else is refused. */
    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static EventFormatException syntax(JacksonException e, JsonParser parser) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        Kind kind = e instanceof StreamConstraintsException ? Kind.LIMIT : Kind.SYNTAX;
        return EventFormatException.atPointer(kind, "not valid JSON" + where + ": " + e.getOriginalMessage(),
                parser.streamReadContext().pathAsPointer().toString(), e);
    }

    /**
     * Writes an event to a string.
     *
     * @param event the event
     * @return the JSCalendar document
     */
    public String toJsCalendar(Event event) {
        return new String(toBytes(event), StandardCharsets.UTF_8);
    }

    /**
     * Reads an event from a string.
     *
     * @param document the JSCalendar document
     * @return the event
     * @throws EventFormatException if the document is not an event this format reads
     */
    public Event fromJsCalendar(String document) throws EventFormatException {
        return fromBytes(document.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "JsCalendarEventFormat[" + clock + "]";
    }
}
