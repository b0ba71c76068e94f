package org.agendum.json;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.format.FormatOption;
import org.agendum.core.model.Event;
import org.agendum.json.internal.write.EventJsonWriter;
import org.agendum.json.internal.Utf8CheckingInputStream;
import org.agendum.json.internal.Utf8CheckingInputStream.MalformedUtf8Exception;
import org.agendum.json.internal.read.EventJsonReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The canonical JSON format: {@code "json"}, {@code application/json}, {@code .json}.
 *
 * <pre>{@code
 * JsonEventFormat json = JsonEventFormat.create();
 * String text = json.toJson(event);          // pretty, two-space indent, "\n" line ends
 * Event read = json.fromJson(text);          // equal to event
 * byte[] small = json.withLayout(JsonEventFormat.Layout.COMPACT).toBytes(event);
 * }</pre>
 *
 * <p>Reading is strict and bounded. A document must be UTF-8 JSON of at most {@value
 * #MAX_DOCUMENT_BYTES} bytes and {@value #MAX_TOKEN_COUNT} tokens, nested at most {@value
 * #MAX_NESTING_DEPTH} levels, with strings of at most {@value #MAX_STRING_LENGTH} characters and
 * numbers of at most {@value #MAX_NUMBER_LENGTH} characters; duplicate keys, unknown fields, unknown
 * or unused party references and values that break an invariant are errors. Every error is an
 * {@link EventFormatException} with the JSON Pointer of its place; a limit crossed is {@link
 * EventFormatException.Kind#LIMIT}, at the place where it was crossed. Together the limits bound
 * the memory a read needs: any document within them is read (or refused) in a heap of 512 MiB.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class JsonEventFormat implements EventFormat {

    /** The name of this format. */
    public static final String NAME = "json";

    /**
     * The largest document read, in bytes: 64 MiB. Within it, strings hold at most 64 MiB of
     * characters, which is what {@link #MAX_TOKEN_COUNT} leaves to bound.
     */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    /**
     * The most tokens a document may have: 4,000,000. Every value, field name, and start and end of
     * an array or object is one token; an event of 100,000 blocks without parties has about 2.3
     * million, a typical one about 18 a block. The size alone does not bound memory: 64 MiB of
     * one-character strings ({@code "a",}) are 16 million strings, some 900 MiB of heap. With this
     * limit, the costliest documents found (parties kept as tokens until they are referred to, and
     * the rest of the bytes in the longest strings) are read in 360 MiB; any document within the
     * limits is read, or refused, in a heap of 512 MiB.
     */
    public static final long MAX_TOKEN_COUNT = 4_000_000;

    /** The deepest nesting read: enough for child blocks 48 levels deep. */
    public static final int MAX_NESTING_DEPTH = 100;

    /** The longest string or field name read, in characters: 1 MiB, far beyond any concept note. */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;

    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final String SCHEMA_RESOURCE = "agendum-event.schema.json";

    /**
     * Documents are read and written with jackson-core's streaming API alone, without a databind
     * {@code ObjectMapper}: building one loads Jackson 3's annotation introspector, which needs
     * {@code jackson-annotations} 2.21 or newer, while an application on Jackson 2.17–2.20 has its
     * own older annotations on the class path (Jackson 2 and 3 share that artifact).
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            // Field names are looked up in the reader's tables; interned, they compare as references.
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
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

    /** Gives each pretty generator a printer of its own: a printer keeps the nesting it is at. */
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

    /** How a document is laid out; reading takes either. */
    public enum Layout {
        /** Two-space indents, {@code "\n"} line ends and a final line end: for people and diffs. */
        PRETTY,
        /** One line without spaces: for machines. */
        COMPACT
    }

    private static final List<FormatOption> OPTIONS = List.of(FormatOption.choice("layout",
            "How documents are written: pretty (indented lines) or compact (one line).", "pretty", "pretty", "compact"));

    private final boolean pretty;

    /**
     * Creates the format with its defaults (pretty printed), as {@link java.util.ServiceLoader}
     * does; prefer {@link #create()}. The constructor is public only because a provider found on
     * the class path ({@code META-INF/services}) must have a public constructor without arguments.
     */
    public JsonEventFormat() {
        this(true);
    }

    private JsonEventFormat(boolean pretty) {
        this.pretty = pretty;
    }

    /**
     * Obtains the format with its defaults: pretty printed.
     *
     * @return the format
     */
    public static JsonEventFormat create() {
        return new JsonEventFormat(true);
    }

    /**
     * Returns a copy of this format that writes its documents with a layout.
     *
     * @param layout {@link Layout#PRETTY} (the default) or {@link Layout#COMPACT}
     * @return the format with this layout
     */
    public JsonEventFormat withLayout(Layout layout) {
        return new JsonEventFormat(Objects.requireNonNull(layout, "layout") == Layout.PRETTY);
    }

    /**
     * Returns the layout of the documents this format writes.
     *
     * @return the layout
     */
    public Layout layout() {
        return pretty ? Layout.PRETTY : Layout.COMPACT;
    }

    /**
     * Returns the options of this format: {@code layout} ({@code pretty} or {@code compact}), as
     * {@link #withLayout(Layout)} sets it.
     *
     * @return the options
     */
    @Override
    public List<FormatOption> options() {
        return OPTIONS;
    }

    @Override
    public String option(String name) {
        FormatOption.find(this, name);
        return pretty ? "pretty" : "compact";
    }

    @Override
    public JsonEventFormat withOption(String name, String value) {
        FormatOption.find(this, name).check(value);
        return withLayout(value.equals("pretty") ? Layout.PRETTY : Layout.COMPACT);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void write(Event event, OutputStream out) throws IOException {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = FACTORY.createGenerator(pretty ? PRETTY_WRITING : ObjectWriteContext.empty(), out)) {
            EventJsonWriter.write(event, generator);
            if (pretty) {
                generator.writeRaw('\n');
            }
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw e;
        }
        out.flush();
    }

    @Override
    public Event read(InputStream in) throws EventFormatException, IOException {
        BufferedInputStream input = new BufferedInputStream(Objects.requireNonNull(in, "in"));
        requireUtf8(input);
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(ObjectReadContext.empty(), new Utf8CheckingInputStream(input));
            try (JsonParser reading = parser) {
                return EventJsonReader.read(reading);
            }
        } catch (JacksonException e) {
            if (e.getCause() instanceof MalformedUtf8Exception) {
                // Found while reading ahead of the parser: the place is a line, reported against the whole document.
                MalformedUtf8Exception bad = (MalformedUtf8Exception) e.getCause();
                throw EventFormatException.atPointer(Kind.ENCODING, bad.getMessage() + ", at line " + bad.line() + ", column "
                        + bad.column(), "", bad);
            }
            if (e.getCause() instanceof CharConversionException) {
                // Jackson's own decoding errors are bad input, not I/O failures.
                throw syntax(Kind.ENCODING, e, parser);
            }
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw syntax(e instanceof StreamConstraintsException ? Kind.LIMIT : Kind.SYNTAX, e, parser);
        }
    }

    /**
     * RFC 8259 §8.1: JSON exchanged between systems is UTF-8. Jackson would also detect UTF-16 and
     * UTF-32 from zero bytes or byte-order marks; refuse them instead of guessing.
     */
    private static void requireUtf8(BufferedInputStream input) throws IOException, EventFormatException {
        input.mark(4);
        byte[] start = input.readNBytes(4);
        input.reset();
        boolean utf16Bom = start.length >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
                || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE));
        boolean zeroByte = false;
        for (byte b : start) {
            zeroByte |= b == 0;
        }
        if (utf16Bom || zeroByte) {
            throw EventFormatException.atPointer(Kind.ENCODING, "the document is not UTF-8 (it looks like UTF-16 or UTF-32)",
                    "", null);
        }
    }

    /**
     * Writes an event to a string.
     *
     * @param event the event
     * @return the JSON document
     */
    public String toJson(Event event) {
        return new String(toBytes(event), StandardCharsets.UTF_8);
    }

    /**
     * Reads an event from a string.
     *
     * @param json the JSON document
     * @return the event
     * @throws EventFormatException if the document is not a valid event
     */
    public Event fromJson(String json) throws EventFormatException {
        return fromBytes(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the format, as shipped in this module.
     *
     * @return the schema document
     */
    public static String schema() {
        try (InputStream in = JsonEventFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + SCHEMA_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EventFormatException syntax(Kind kind, JacksonException e, JsonParser parser) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return EventFormatException.atPointer(kind, "not valid JSON" + where + ": " + e.getOriginalMessage(),
                pointerOf(e, parser), e);
    }

    /**
     * Where the parser stopped: from the exception's parser, else from the parser that was reading
     * (a limit of the stream's constraints names no parser), else the path databind recorded.
     */
    private static String pointerOf(JacksonException e, JsonParser reading) {
        if (e.processor() instanceof JsonParser) {
            return ((JsonParser) e.processor()).streamReadContext().pathAsPointer().toString();
        }
        if (reading != null && e.getPath().isEmpty()) {
            return reading.streamReadContext().pathAsPointer().toString();
        }
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    @Override
    public String toString() {
        return "JsonEventFormat[" + (pretty ? "pretty" : "compact") + "]";
    }
}
