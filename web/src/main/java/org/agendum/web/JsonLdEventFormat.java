package org.agendum.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.agendum.core.format.EventFormat;
import org.agendum.core.model.Event;
import org.agendum.web.internal.JsonLdWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * schema.org {@code Event} markup as JSON-LD: {@code "jsonld"}, {@code application/ld+json},
 * {@code .jsonld}. What search engines read from an event's web page, and what
 * {@link HtmlEventFormat} embeds in the page it writes.
 *
 * <pre>{@code
 * String markup = JsonLdEventFormat.create().toJsonLd(event);
 * }</pre>
 *
 * <p>The event is one {@code Event} (or {@code EducationEvent}, {@code BusinessEvent} by its kind)
 * with its dates and their offsets, status, attendance mode, location ({@code Place} with a {@code
 * PostalAddress} and {@code GeoCoordinates}, {@code VirtualLocation}, or both), organizers,
 * performers, registration as an {@code Offer} valid through its deadline, and one {@code subEvent}
 * per block; {@code docs/WEB.md} has the whole mapping and what it loses. The format only writes:
 * JSON-LD markup carries too little of an event to read one back.
 *
 * <p>Output is pretty-printed with two-space indents and {@code "\n"} line ends, and deterministic.
 * The event's {@linkplain Event#withoutConfidential() confidential data} is never written (no
 * property of the mapping holds it).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class JsonLdEventFormat implements EventFormat {

    /** The name of this format. */
    public static final String NAME = "jsonld";

    /** The media type of JSON-LD (W3C JSON-LD 1.1, §C). */
    public static final String MEDIA_TYPE = "application/ld+json";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Two spaces, "\n" on every platform, and {@code "name": value}: the json module's layout. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private static final JsonLdEventFormat DEFAULT = new JsonLdEventFormat();

    /**
     * Creates the format; for {@link java.util.ServiceLoader}. Use {@link #create()}.
     */
    public JsonLdEventFormat() {}

    /**
     * Obtains the format.
     *
     * @return the format
     */
    public static JsonLdEventFormat create() {
        return DEFAULT;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String fileExtension() {
        return "jsonld";
    }

    /**
     * Returns false: JSON-LD markup is not read back into events.
     *
     * @return false
     */
    @Override
    public boolean canRead() {
        return false;
    }

    /**
     * Writes an event as JSON-LD in UTF-8, ending with a line end.
     *
     * @param event the event
     * @param out the stream to write to; flushed, not closed
     * @throws IOException if the stream cannot be written
     */
    @Override
    public void write(Event event, OutputStream out) throws IOException {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = FACTORY.createGenerator(PRETTY, out)) {
            JsonLdWriter.write(event, generator);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        out.write('\n');
        out.flush();
    }

    /**
     * Returns an event as JSON-LD text.
     *
     * @param event the event
     * @return the document, ending with a line end
     */
    public String toJsonLd(Event event) {
        return new String(toBytes(event), StandardCharsets.UTF_8);
    }

    /**
     * Not supported: JSON-LD markup is not read back into events.
     *
     * @param in not read
     * @return never
     * @throws UnsupportedOperationException always
     */
    @Override
    public Event read(InputStream in) {
        throw new UnsupportedOperationException("the jsonld format writes only");
    }

    /**
     * Returns an event's markup for a {@code <script type="application/ld+json">} element of an
     * HTML page: the same JSON with every {@code <} written as the JSON escape {@code \u003c}, so
     * that no text of the event (a title holding {@code </script>} or {@code <!--}) can end or
     * change the element (HTML, §4.12.1.3).
     *
     * @param event the event
     * @return the markup, safe inside a script element
     */
    public String toScriptContent(Event event) {
        // A '<' can only stand inside a JSON string, where the escape means the same character.
        return toJsonLd(event).replace("<", "\\u003c");
    }

    @Override
    public String toString() {
        return "JsonLdEventFormat";
    }

}
