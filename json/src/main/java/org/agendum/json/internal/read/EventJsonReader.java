package org.agendum.json.internal.read;

import static org.agendum.core.format.EventFormatException.Kind.LIMIT;
import static org.agendum.core.format.EventFormatException.Kind.MISSING_FIELD;
import static org.agendum.core.format.EventFormatException.Kind.SYNTAX;
import static org.agendum.core.format.EventFormatException.Kind.UNSUPPORTED;

import java.math.BigInteger;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.json.internal.write.EventJsonWriter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads an event in the canonical format from a stream of JSON tokens, straight into the model's
 * public builders, so every invariant runs; every problem is reported with the JSON Pointer of its
 * place, and nothing is returned unless all of the document is valid.
 *
 * <p>Strict on purpose: unknown fields, unknown or unused party references, duplicate ids and
 * values of the wrong type are errors, so that what is read can be written back without loss. The
 * order of an object's fields does not matter ({@link DocumentBuffer}); what each object may hold
 * is its table in {@link EventFields} and the tables it refers to.
 *
 * <p>A problem found part way through does not stop the document's own syntax from being checked:
 * the rest of the document is read before the problem is reported, so that bad JSON anywhere is
 * reported as bad JSON, and a limit crossed anywhere as that limit.
 */
public final class EventJsonReader {

    private static final int FORMAT_VERSION = EventJsonWriter.FORMAT_VERSION;

    private final JsonInput input;
    /** Whether the parser holds a whole document, after which nothing may follow. */
    private final boolean wholeDocument;
    private boolean trailingChecked;

    private EventJsonReader(JsonParser parser, boolean wholeDocument) {
        this.input = new JsonInput(parser);
        this.wholeDocument = wholeDocument;
    }

    /**
     * Reads an event, the whole document of a parser that has not read a token yet; nothing but
     * white space may follow the event. A limit of the parser's {@link StreamReadConstraints} is
     * reported as {@link EventFormatException.Kind#LIMIT} at the place where it was crossed.
     *
     * @param parser the parser of the document, before its first token
     * @return the event
     * @throws EventFormatException if the document is not a valid event, with the JSON Pointer of
     *     the first problem found
     * @throws tools.jackson.core.JacksonException if the document is not JSON or cannot be read
     */
    public static Event read(JsonParser parser) throws EventFormatException {
        EventJsonReader reader = new EventJsonReader(parser, true);
        try {
            return reader.document();
        } catch (StreamConstraintsException e) {
            throw reader.limit(e);
        }
    }

    /**
     * Reads an event that is a value inside a larger document, the current token of the parser
     * (its {@code "{"}); the parser is left at the event's {@code "}"}. Pointers are of the larger
     * document, the event's own place in it followed by the problem's place in the event ({@code
     * /event/agenda/blocks/2/id}), so that a message names the place a person can find; the
     * parser's own exceptions, and its limits, are the caller's.
     *
     * @param parser the parser, at the event's first token
     * @return the event
     * @throws EventFormatException if the value is not a valid event
     */
    public static Event readValue(JsonParser parser) throws EventFormatException {
        EventJsonReader reader = new EventJsonReader(parser, false);
        try {
            return reader.event();
        } catch (ReadProblem problem) {
            throw problem.toException(reader.input.eventPointer());
        }
    }

    private Event document() throws EventFormatException {
        try {
            return event();
        } catch (ReadProblem problem) {
            if (!problem.isSyntax()) {
                try {
                    finishDocument(new RepeatedNames(input, problem));
                } catch (ReadProblem syntax) {
                    throw syntax.toException();
                }
            }
            throw problem.toException();
        }
    }

    private Event event() {
        JsonParser in = input.in;
        if (wholeDocument && in.nextToken() == null) {
            throw input.problem(SYNTAX, "the document is empty: expected a JSON object");
        }
        input.expectObject();
        long seen = 0;
        String first = in.nextName();
        if ("formatVersion".equals(first)) {
            in.nextToken();
            input.path = ReadPath.of("formatVersion");
            checkVersion();
            input.path = new ReadPath();
            seen = EventFields.EVENT.bit("formatVersion");
        } else if (first == null || !DocumentBuffer.readRootAhead(input, this::checkVersion)) {
            throw input.problem(MISSING_FIELD, "missing required field 'formatVersion'");
        }

        Event.Builder event = Event.builder();
        seen = EventFields.EVENT.readFields(input, event, seen);
        // As when the whole document was parsed before it was read: nothing may follow it.
        finishDocument(new RepeatedNames(input));
        EventFields.EVENT.requireFields(input, seen);
        if (input.parties.known()) {
            input.parties.requireAllReferenced();
        }
        return EventFields.EVENT.finish(input, event);
    }

    /** Checks the format version, the current value. */
    private void checkVersion() {
        JsonParser in = input.in;
        if (in.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = in.getNumberType();
            boolean supported = type == JsonParser.NumberType.INT ? in.getIntValue() == FORMAT_VERSION
                    : type == JsonParser.NumberType.LONG ? in.getLongValue() == FORMAT_VERSION
                    : in.getBigIntegerValue().equals(BigInteger.valueOf(FORMAT_VERSION));
            if (supported) {
                return;
            }
        }
        throw input.problem(UNSUPPORTED, "unsupported format version " + input.describe()
                + "; this reader reads version " + FORMAT_VERSION);
    }

    /**
     * Reads the rest of the document, strings included (so their length limit applies) and names
     * checked for repeats, and checks that nothing follows it: a syntax error anywhere in a document
     * comes before any other problem.
     */
    private void finishDocument(RepeatedNames names) {
        if (!wholeDocument) {
            return;
        }
        JsonParser main = input.main;
        while (main.currentToken() == null || main.streamReadContext().getNestingDepth() > 0) {
            if (input.nextOfMain(names) == null) {
                break;
            }
        }
        if (!trailingChecked) {
            trailingChecked = true;
            if (main.nextToken() != null) {
                TokenStreamLocation at = main.currentTokenLocation();
                throw new ReadProblem(SYNTAX, "", "not valid JSON at line " + at.getLineNr() + ", column "
                        + at.getColumnNr() + ": content after the end of the event", null);
            }
        }
    }

    /**
     * A limit of the parser crossed, in words, at the place where the parser stopped. The parser
     * reads a number as it meets it but a string only when asked, and counts a number's digits
     * against the strings' limit too: a string's limit crossed while no string was being decoded
     * is a number's.
     */
    private EventFormatException limit(StreamConstraintsException e) {
        JsonParser main = input.main;
        String problem = e.getOriginalMessage();
        String what = problem;
        for (Limit limit : Limit.values()) {
            if (problem.startsWith(limit.jacksonWords)) {
                Limit crossed = limit == Limit.STRING && !input.decodingString ? Limit.NUMBER : limit;
                what = String.format(Locale.ROOT, crossed.words, crossed.value.applyAsLong(main.streamReadConstraints()));
                break;
            }
        }
        TokenStreamLocation at = main.currentLocation();
        return EventFormatException.atPointer(LIMIT, what + ", at line " + at.getLineNr() + ", column "
                + at.getColumnNr(), main.streamReadContext().pathAsPointer().toString(), e);
    }

    /** The parser's limits: how its messages start, and how agendum says them. */
    private enum Limit {
        STRING("String value length", "a string longer than the %,d characters agendum reads",
                StreamReadConstraints::getMaxStringLength),
        NUMBER("Number value length", "a number longer than the %,d characters agendum reads",
                StreamReadConstraints::getMaxNumberLength),
        NAME("Name length", "a field name longer than the %,d characters agendum reads",
                StreamReadConstraints::getMaxNameLength),
        DEPTH("Document nesting depth", "arrays and objects nested deeper than the nesting depth of %,d that "
                + "agendum reads", StreamReadConstraints::getMaxNestingDepth),
        SIZE("Document length", "a document longer than the %,d bytes agendum reads",
                StreamReadConstraints::getMaxDocumentLength),
        TOKENS("Token count", "a document of more than the %,d tokens agendum reads (a token is a value, a field "
                + "name, or the start or end of an array or object)", StreamReadConstraints::getMaxTokenCount);

        final String jacksonWords;
        final String words;
        final ToLongFunction<StreamReadConstraints> value;

        Limit(String jacksonWords, String words, ToLongFunction<StreamReadConstraints> value) {
            this.jacksonWords = jacksonWords;
            this.words = words;
            this.value = value;
        }
    }
}
