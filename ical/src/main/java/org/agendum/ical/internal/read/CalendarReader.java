package org.agendum.ical.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Optional;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.agendum.core.model.InvariantViolationException;

/**
 * Reads an iCalendar document into an event: bytes within the limits, content lines, the tree of
 * what is read, then the first dialect that recognizes the calendar (the rich profile's
 * STRUCTURED-DATA, agendum's publish profile, other calendars).
 *
 * <p>The reader is total and bounded: every problem is an {@link EventFormatException} with the
 * line of its place; only the exceptions of java.time and the model's invariant violations are
 * translated, each where it can arise; time and memory grow linearly with the document, which is at
 * most {@link ReadLimits#documentBytes()} long.
 */
public final class CalendarReader {

    private CalendarReader() {}

    /**
     * Reads a document.
     *
     * @param in the document, UTF-8; read up to its end, or one byte past the size limit
     * @param limits the limits
     * @return the event, which holds every invariant
     * @throws EventFormatException if the document is not a calendar agendum can read as an event
     * @throws IOException if the stream fails
     */
    public static Event read(InputStream in, ReadLimits limits) throws EventFormatException, IOException {
        byte[] document = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.documentBytes() + 1));
        try {
            if (document.length > limits.documentBytes()) {
                throw new IcsProblem(Kind.LIMIT, String.format(Locale.ROOT, "the document is longer than %,d bytes, the most agendum "
                        + "reads", limits.documentBytes()), linesIn(document, (int) limits.documentBytes()), 0);
            }
            Component root = CalendarParser.parse(document, limits);
            Calendar calendar = new Calendar(root, limits);
            if (calendar.vevents.isEmpty()) {
                throw new IcsProblem(Kind.MISSING_FIELD, "the calendar has no VEVENT, so there is no event to read", lastLine(document), 0);
            }
            return event(calendar);
        } catch (IcsProblem problem) {
            throw problem.toFormatException();
        }
    }

    private static Event event(Calendar calendar) {
        Optional<Event> rich = RichDialect.read(calendar);
        if (rich.isPresent()) {
            return rich.get();
        }
        Optional<AgendumDialect> agendum = AgendumDialect.of(calendar);
        Component main = agendum.map(AgendumDialect::main).orElse(calendar.vevents.get(0));
        try {
            return agendum.isPresent() ? agendum.get().read() : new ThirdPartyDialect(calendar).read();
        } catch (InvariantViolationException e) {
            throw new IcsProblem(Kind.INVARIANT, "the calendar does not make a valid event: " + e.getMessage(), main.line(), 0, e);
        } catch (DateTimeException | ArithmeticException e) {
            throw new IcsProblem(Kind.INVALID_VALUE, "the calendar's times are outside the dates agendum supports: " + e.getMessage(),
                    main.line(), 0, e);
        }
    }

    /** The line of a byte offset: one more than the line ends before it. */
    private static int linesIn(byte[] document, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < document.length; i++) {
            if (document[i] == '\n' || (document[i] == '\r' && (i + 1 >= document.length || document[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** The last line with something on it. */
    private static int lastLine(byte[] document) {
        int end = document.length;
        while (end > 0 && (document[end - 1] == '\n' || document[end - 1] == '\r' || document[end - 1] == ' '
                || document[end - 1] == '\t')) {
            end--;
        }
        return linesIn(document, end);
    }
}
