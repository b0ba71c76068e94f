package org.agendum.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.agendum.core.model.Event;
import org.agendum.core.model.InvariantViolationException;

/**
 * A test format, installed through {@code META-INF/services} in the test resources: a document is
 * an event's title in UTF-8, on one line. Reading gives a minimal event with that title.
 *
 * <p>Self-contained on purpose: {@link ProviderClassLoader} defines it outside the core module, where
 * it sees only the exported API.
 */
public final class TextEventFormat implements EventFormat {

    /** The id of every event this format reads. */
    public static final String READ_ID = "text-import";
    /** The start of every event this format reads, in UTC. */
    public static final LocalDateTime READ_START = LocalDateTime.of(1970, 1, 1, 0, 0);

    /** Creates the format; the public no-argument constructor {@link java.util.ServiceLoader} needs. */
    public TextEventFormat() {}

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(Event event, OutputStream out) throws IOException {
        out.write(event.title().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public Event read(InputStream in) throws EventFormatException, IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw EventFormatException.atLine(EventFormatException.Kind.ENCODING, "the document is not UTF-8", 1, 0, e);
        }
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            throw EventFormatException.atLine(EventFormatException.Kind.SYNTAX, "a title is a single line", 2, 1, null);
        }
        try {
            return Event.builder().id(READ_ID).title(text).zone(ZoneOffset.UTC).start(READ_START).build();
        } catch (InvariantViolationException e) {
            throw EventFormatException.atLine(EventFormatException.Kind.INVARIANT, "the title is not valid", 1, 1, e);
        }
    }
}
