package org.agendum.ical.fuzz;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.core.validation.Validator;
import org.agendum.ical.IcsEventFormat;
import org.agendum.json.JsonEventFormat;

/**
 * Reads one case and judges the outcome by the reader's contract ({@link IcsEventFormat}'s
 * Javadoc): the document is read as an event, or refused with an {@link EventFormatException} at
 * one of its lines; nothing else, ever. An event read must write back as iCalendar (both profiles)
 * and as JSON, the JSON must read back (the reader's text limit is the JSON format's, so that
 * converting never writes what agendum refuses), and it must validate. A document over {@link
 * IcsEventFormat#MAX_DOCUMENT_BYTES}, with more than {@link IcsEventFormat#MAX_COMPONENTS}
 * components or nested deeper than {@link IcsEventFormat#MAX_NESTING_DEPTH} (measured by {@link
 * DocumentShape}, not by the reader) must be refused.
 */
public final class CaseCheck {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final IcsEventFormat ICS = IcsEventFormat.create().withClock(CLOCK);
    private static final IcsEventFormat RICH = ICS.withProfile(IcsEventFormat.Profile.RICH);
    private static final JsonEventFormat JSON = JsonEventFormat.create();

    private CaseCheck() {}

    /**
     * Reads a document and judges what happened.
     *
     * @param document the document
     * @return the outcome; {@link Outcome.Kind#FAILED} for anything the contract does not allow
     */
    public static Outcome check(byte[] document) {
        DocumentShape shape = DocumentShape.of(document);
        long start = System.nanoTime();
        Event event;
        try {
            event = ICS.read(new ByteArrayInputStream(document));
        } catch (EventFormatException e) {
            long nanos = System.nanoTime() - start;
            int line = e.line().orElse(0);
            if (line < 1 || line > Math.max(1, shape.lines())) {
                return Outcome.failed("refused at line " + line + " of a document of " + shape.lines() + " lines: "
                    + Tally.shorten(e.getMessage(), 1_000), nanos, e);
            }
            // A message quotes what it is about, which may be megabytes long: kept short.
            return Outcome.refused(Tally.shorten(e.getMessage(), 1_000), line, nanos);
        } catch (Throwable t) {
            return Outcome.failed("read threw " + Tally.shorten(t.toString(), 1_000), System.nanoTime() - start, t);
        }
        long nanos = System.nanoTime() - start;
        String unbounded = shape.bytes() > IcsEventFormat.MAX_DOCUMENT_BYTES ? shape.bytes() + " bytes"
                : shape.components() > IcsEventFormat.MAX_COMPONENTS ? shape.components() + " components"
                : shape.depth() > IcsEventFormat.MAX_NESTING_DEPTH ? "components nested " + shape.depth() + " deep" : null;
        if (unbounded != null) {
            return Outcome.failed("a document of " + unbounded + " was read, over the limit", nanos, null);
        }
        try {
            // Streamed and discarded, as a server writes a response: the check holds no second copy.
            ICS.write(event, OutputStream.nullOutputStream());
            RICH.write(event, OutputStream.nullOutputStream());
            JSON.fromBytes(JSON.toBytes(event));
            Validator.standard().validate(event);
        } catch (EventFormatException e) {
            return Outcome.failed("agendum refuses the JSON of the event it read: " + Tally.shorten(e.getMessage(), 1_000), nanos,
                    e);
        } catch (Throwable t) {
            return Outcome.failed("the event read does not write back or validate: " + Tally.shorten(t.toString(), 1_000), nanos,
                    t);
        }
        return Outcome.imported(nanos);
    }
}
