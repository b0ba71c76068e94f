package org.agendum.json.internal.read;

import static org.agendum.core.format.EventFormatException.Kind.INVALID_VALUE;
import static org.agendum.core.format.EventFormatException.Kind.INVARIANT;
import static org.agendum.core.format.EventFormatException.Kind.SYNTAX;
import static org.agendum.core.format.EventFormatException.Kind.WRONG_TYPE;
import static org.agendum.json.internal.read.Quoting.quote;
import static tools.jackson.core.JsonToken.END_ARRAY;
import static tools.jackson.core.JsonToken.START_ARRAY;
import static tools.jackson.core.JsonToken.START_OBJECT;
import static tools.jackson.core.JsonToken.VALUE_STRING;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Party;
import org.agendum.json.internal.EnumNames;
import org.agendum.json.internal.IsoSpellings;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The reader's place in a document and the format's values read from it. Field readers get one:
 * each method reads the current token as a value of the format (a text, a zone, a party
 * reference, a list…) or reports a problem with the JSON Pointer of the current place.
 *
 * <p>The tokens come from the document's parser or, when part of the document had to be read
 * ahead, from a buffer of its tokens; the place is tracked here, so pointers are the same either
 * way.
 */
public final class JsonInput {

    /** The parser of the document. */
    final JsonParser main;
    /** The parser the tokens come from: {@link #main}, or a buffer of its tokens. */
    JsonParser in;
    ReadPath path = new ReadPath();
    /** The parties of the document, looked up by reference. */
    final Parties parties;
    /**
     * Set while {@link #main} decodes a string: a length limit it reports then is the string's.
     * Jackson reads numbers as it meets them, strings only when asked, and counts the digits of a
     * number against the strings' limit too.
     */
    boolean decodingString;

    /** The pointer, in the main parser's document, of the event: "" for a whole document. */
    private final String eventPointer;

    JsonInput(JsonParser main) {
        this.main = main;
        this.in = main;
        this.parties = new Parties(this);
        this.eventPointer = main.currentToken() == null ? "" : main.streamReadContext().pathAsPointer().toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Tokens and structure.

    JsonToken next() {
        return in.nextToken();
    }

    /** The next field's name, or null at the end of the object. */
    String nextName() {
        return in.nextName();
    }

    void expectObject() {
        if (in.currentToken() != START_OBJECT) {
            throw problem(WRONG_TYPE, "expected an object, found " + describe());
        }
    }

    /** Checks that the current value is an array and opens its entry in the path. */
    private void startArray() {
        if (in.currentToken() != START_ARRAY) {
            throw problem(WRONG_TYPE, "expected an array, found " + describe());
        }
        path.push();
    }

    /** Reads the current value, an array, adding its elements to an accumulator one by one. */
    <A, E> void each(ValueReader<E> element, A into, BiConsumer<A, E> add) {
        startArray();
        for (int i = 0; in.nextToken() != END_ARRAY; i++) {
            path.index(i);
            add.accept(into, element.read(this));
        }
        path.pop();
    }

    /** Reads the current value, an array of texts. */
    String[] texts() {
        String[] texts = new String[4];
        int count = 0;
        startArray();
        for (int i = 0; in.nextToken() != END_ARRAY; i++) {
            path.index(i);
            if (count == texts.length) {
                texts = Arrays.copyOf(texts, count * 2);
            }
            texts[count++] = text();
        }
        path.pop();
        return Arrays.copyOf(texts, count);
    }

    /** Skips the current value, decoding its strings so that their length limit applies. */
    void skip() {
        JsonToken token = in.currentToken();
        if (token == VALUE_STRING) {
            decode();
        } else if (token.isStructStart()) {
            for (int open = 1; open > 0; ) {
                token = in.nextToken();
                if (token.isStructStart()) {
                    open++;
                } else if (token.isStructEnd()) {
                    open--;
                } else if (token == VALUE_STRING) {
                    decode();
                }
            }
        }
    }

    /**
     * Moves the main parser to its next token, outside the tables: a name is checked for repeats,
     * a string decoded (so that its limit applies). Null at the end of the input.
     */
    JsonToken nextOfMain(RepeatedNames names) {
        JsonToken token = main.nextToken();
        if (token != null) {
            names.accept(token);
            if (token == VALUE_STRING) {
                decoded(main);
            }
        }
        return token;
    }

    /** Decodes the current token, a string, for its limit's sake. */
    void decode() {
        decoded(in);
    }

    /** The current token of a parser, a string, decoded with {@link #decodingString} set. */
    private String decoded(JsonParser parser) {
        decodingString = true;
        String text = parser.getString();
        decodingString = false;
        return text;
    }

    // ---------------------------------------------------------------------------------------------
    // Values.

    /** A string; the model decides whether it may be blank. */
    String text() {
        if (in.currentToken() != VALUE_STRING) {
            throw problem(WRONG_TYPE, "expected a string, found " + describe());
        }
        return decoded(in);
    }

    boolean bool() {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw problem(WRONG_TYPE, "expected true or false, found " + describe());
    }

    double number() {
        JsonToken token = in.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw problem(WRONG_TYPE, "expected a number, found " + describe());
        }
        return in.getDoubleValue();
    }

    <E extends Enum<E>> E enumValue(EnumNames.Lookup<E> names) {
        return enumValue(names, text());
    }

    <E extends Enum<E>> E enumValue(EnumNames.Lookup<E> names, String text) {
        E constant = names.get(text);
        if (constant == null) {
            throw problem(INVALID_VALUE, quote(text) + " is not one of " + names.allOf());
        }
        return constant;
    }

    ZoneId zone() {
        return zone(text());
    }

    ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw problem(INVALID_VALUE, quote(text) + " is not a known time-zone id such as America/Montevideo", e);
        }
    }

    URI uri() {
        return uri(text());
    }

    URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw problem(INVALID_VALUE, quote(text) + " is not a URI: " + e.getReason(), e);
        }
    }

    /** A local date-time; {@code expected} says what one looks like, for the message. */
    LocalDateTime dateTime(String text, String expected) {
        return onTheCalendar(text, expected, IsoSpellings::dateTime, LocalDateTime::parse);
    }

    LocalDate date(String text, String expected) {
        return onTheCalendar(text, expected, IsoSpellings::date, LocalDate::parse);
    }

    /**
     * A date or date-time spelt as the format spells it; one spelt right but not on the calendar
     * (30 February) is reported with java.time's parser's reason as the cause.
     */
    private <T> T onTheCalendar(String text, String expected, Function<String, T> spelling,
            Function<String, T> parser) {
        T value;
        try {
            value = spelling.apply(text);
        } catch (DateTimeException e) {
            throw parsedAnyway(text, expected, parser);
        }
        return value != null ? value : misspelt(text, expected);
    }

    LocalTime time(String text, String expected) {
        LocalTime value = IsoSpellings.time(text);
        return value != null ? value : misspelt(text, expected);
    }

    Duration duration() {
        return duration(text());
    }

    Duration duration(String text) {
        String expected = "an ISO-8601 duration such as PT1H30M";
        Duration value;
        try {
            value = IsoSpellings.duration(text);
        } catch (DateTimeParseException e) {
            throw problem(INVALID_VALUE, quote(text) + " is not " + expected, e);
        }
        return value != null ? value : misspelt(text, expected);
    }

    private <T> T misspelt(String text, String expected) {
        throw problem(INVALID_VALUE, quote(text) + " is not " + expected);
    }

    /** Spelt right but not on the calendar: java.time's parser says why, as the cause. */
    private ReadProblem parsedAnyway(String text, String expected, Function<String, ?> parser) {
        DateTimeParseException cause = null;
        try {
            parser.apply(text);
        } catch (DateTimeParseException e) {
            cause = e;
        }
        return problem(INVALID_VALUE, quote(text) + " is not " + expected, cause);
    }

    /** Reads a value kept from a field of the current object, with the path at that field. */
    <T> T at(String field, String text, Function<String, T> reader) {
        path.push();
        path.name(field);
        T value = reader.apply(text);
        path.pop();
        return value;
    }

    /** A reference to a party, the current value: the party, built when first referred to. */
    Party party() {
        return parties.resolve(text());
    }

    /** A reference that must be to an organization, the current value. */
    Organization organization() {
        Party party = party();
        if (!(party instanceof Organization)) {
            throw problem(INVALID_VALUE, "party " + quote(party.id()) + " is a person, not an organization");
        }
        return (Organization) party;
    }

    // ---------------------------------------------------------------------------------------------
    // Problems: each at the current place, or at a field of the current object.

    ReadProblem problem(Kind kind, String message) {
        return new ReadProblem(kind, path.pointer(), message, null);
    }

    ReadProblem problem(Kind kind, String message, Throwable cause) {
        return new ReadProblem(kind, path.pointer(), message, cause);
    }

    /**
     * A name repeated in an object, at {@code pointer}: a syntax error, with the line and column of
     * the repeated name when the main parser is at it.
     */
    ReadProblem repeated(String name, String pointer, boolean mainIsAtIt) {
        String where = "";
        if (mainIsAtIt) {
            TokenStreamLocation at = main.currentTokenLocation();
            where = " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        return new ReadProblem(SYNTAX, pointer, "not valid JSON" + where + ": duplicate field \"" + Quoting.shortened(name) + "\"",
                null);
    }

    /** The pointer, in the main parser's document, of the event: "" for a whole document. */
    String eventPointer() {
        return eventPointer;
    }

    /** Where the main parser is, as a pointer relative to the event. */
    String mainPointer() {
        return main.streamReadContext().pathAsPointer().toString().substring(eventPointer.length());
    }

    /** A problem with a field of the current object, which may be absent: at that field. */
    ReadProblem fieldProblem(Kind kind, String field, String message) {
        return new ReadProblem(kind, path.pointer() + "/" + field, message, null);
    }

    /**
     * The model refused a value: reported at the current place plus the invariant's own path. Only
     * invariant violations are translated; anything else a builder throws (a strict builder's
     * {@code IllegalStateException}, which the tables' required fields rule out) is a bug and
     * propagates.
     */
    ReadProblem broken(InvariantViolationException e) {
        return new ReadProblem(INVARIANT, path.pointer() + e.path(), e.getMessage(), e);
    }

    /** The current value in words, for messages: a scalar as JSON (a long one cut short), else what it is. */
    String describe() {
        JsonToken token = in.currentToken();
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return Quoting.asJson(decoded(in));
            default:
                // A number as spelt in the document, true, false or null.
                return Quoting.shortened(in.getString());
        }
    }
}
