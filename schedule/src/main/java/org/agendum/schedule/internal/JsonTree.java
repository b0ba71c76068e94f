package org.agendum.schedule.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value of {@code schedule.json} with its JSON Pointer. The document is read whole with Jackson,
 * bounded as the canonical JSON reader is: its size, tokens, nesting, strings and numbers are
 * limited, duplicate keys refused. A value of the wrong type is an {@link EventFormatException} of
 * kind {@link Kind#WRONG_TYPE} at its pointer.
 */
final class JsonTree implements ScheduleFields {

    /** The largest document read, in bytes: 64 MiB. */
    static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
    /** The most tokens a document may have: 4,000,000, some 50,000 talks. */
    static final long MAX_TOKEN_COUNT = 4_000_000;
    /** The deepest nesting read: a schedule needs eight levels. */
    static final int MAX_NESTING_DEPTH = 32;
    /** The longest string or member name read, in characters: 1 MiB. */
    static final int MAX_STRING_LENGTH = 1024 * 1024;
    /** The longest number read, in characters. */
    static final int MAX_NUMBER_LENGTH = 100;

    /**
     * jackson-core's parser and databind's tree nodes, without an {@code ObjectMapper}: building one
     * loads Jackson 3's annotation introspector, which needs {@code jackson-annotations} 2.21 or
     * newer, and an application on Jackson 2.17–2.20 pins older ones for Jackson 2 and 3 alike.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
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

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode node;
    private final Place place;

    private JsonTree(JsonNode node, Place place) {
        this.node = node;
        this.place = place;
    }

    /** Reads a whole document; a syntax error or a limit crossed names the line and column in its message. */
    static JsonTree read(InputStream in) throws EventFormatException, IOException {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
            JsonNode root = parser.nextToken() == null ? null : value(parser);
            if (root != null && parser.nextToken() != null) {
                throw new StreamReadException(parser, "content after the end of the document");
            }
            if (root == null) {
                throw EventFormatException.atPointer(Kind.SYNTAX, "the document is empty", "", null);
            }
            return new JsonTree(root, Place.json(""));
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io && !(io instanceof java.io.CharConversionException)) {
                throw io;
            }
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            Kind kind = e instanceof StreamConstraintsException ? Kind.LIMIT
                    : e.getCause() instanceof java.io.CharConversionException ? Kind.ENCODING : Kind.SYNTAX;
            throw EventFormatException.atPointer(kind, "not valid JSON" + where + ": " + e.getOriginalMessage(), "", e);
        }
    }

    /**
     * The value that starts at the parser's current token, as a mapper with its defaults reads it:
     * integers as int, long or big integer nodes by size, other numbers as doubles.
     */
    private static JsonNode value(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = NODES.objectNode();
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                parser.nextToken();
                object.set(name, value(parser));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = NODES.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(parser));
            }
            return array;
        }
        return scalar(parser, token);
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_STRING) {
            return NODES.stringNode(parser.getString());
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = parser.getNumberType();
            return type == JsonParser.NumberType.INT ? NODES.numberNode(parser.getIntValue())
                    : type == JsonParser.NumberType.LONG ? NODES.numberNode(parser.getLongValue())
                    : NODES.numberNode(parser.getBigIntegerValue());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return NODES.numberNode(parser.getDoubleValue());
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
        }
        if (token == JsonToken.VALUE_NULL) {
            return NODES.nullNode();
        }
        // A JSON parser yields only the tokens above where a value starts.
        throw new StreamReadException(parser, "expected a value, found " + token);
    }

    /** Returns this value's place. */
    @Override
    public Place place() {
        return place;
    }

    /** Returns the place of a member of this object. */
    @Override
    public Place placeOf(String name) {
        return place.at(name);
    }

    /** Returns whether this object has a member, even null. */
    boolean has(String name) {
        return node.isObject() && node.has(name);
    }

    /** Returns a member that must be an object. */
    JsonTree object(String name) throws EventFormatException {
        JsonTree member = required(name, "an object");
        if (!member.node.isObject()) {
            throw member.place.problem(Kind.WRONG_TYPE, "expected an object, found " + member.node.getNodeType(), null);
        }
        return member;
    }

    /** Returns the elements of a member that must be an array. */
    List<JsonTree> array(String name) throws EventFormatException {
        return required(name, "an array").elements();
    }

    /** Returns the elements of a member that is an array, or none when it is absent or null. */
    List<JsonTree> optionalArray(String name) throws EventFormatException {
        return present(name) ? member(name).elements() : List.of();
    }

    /** Returns the elements of this value, which must be an array. */
    List<JsonTree> elements() throws EventFormatException {
        if (!node.isArray()) {
            throw place.problem(Kind.WRONG_TYPE, "expected an array, found " + node.getNodeType(), null);
        }
        List<JsonTree> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new JsonTree(node.get(i), place.at(Integer.toString(i))));
        }
        return elements;
    }

    /** Returns the members of a member that must be an object, in document order. */
    List<Map.Entry<String, JsonTree>> members(String name) throws EventFormatException {
        JsonTree object = object(name);
        List<Map.Entry<String, JsonTree>> members = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : object.node.properties()) {
            members.add(Map.entry(member.getKey(), new JsonTree(member.getValue(), object.place.at(member.getKey()))));
        }
        return members;
    }

    /** Returns a member's text, which must be present and not blank. */
    String required(String name) throws EventFormatException {
        return text(name).orElseThrow(() -> placeOf(name).problem(Kind.MISSING_FIELD, "missing " + name, null));
    }

    /**
     * Returns a member's text, trimmed: a string, or an integer written as a number (frab's ids);
     * empty when the member is absent, null or blank.
     *
     * @throws WrongType if it is another type of value
     */
    @Override
    public Optional<String> text(String name) {
        if (!present(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (value.isString()) {
            String text = value.stringValue().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        if (value.isIntegralNumber()) {
            return Optional.of(value.bigIntegerValue().toString());
        }
        throw new WrongType(placeOf(name).problem(Kind.WRONG_TYPE, "expected a string, found " + value.getNodeType(), null));
    }

    private boolean present(String name) {
        return node.isObject() && node.has(name) && !node.get(name).isNull();
    }

    private JsonTree member(String name) {
        return new JsonTree(node.get(name), place.at(name));
    }

    private JsonTree required(String name, String what) throws EventFormatException {
        if (!node.isObject()) {
            throw place.problem(Kind.WRONG_TYPE, "expected an object, found " + node.getNodeType(), null);
        }
        if (!present(name)) {
            throw placeOf(name).problem(Kind.MISSING_FIELD, "missing " + name + ", " + what, null);
        }
        return member(name);
    }

    /** A value of the wrong type, unchecked so that it can leave a lambda; the reader throws its exception. */
    static final class WrongType extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrongType(EventFormatException exception) {
            super(exception);
        }

        /** Returns the exception to throw. */
        EventFormatException exception() {
            return (EventFormatException) getCause();
        }
    }
}
