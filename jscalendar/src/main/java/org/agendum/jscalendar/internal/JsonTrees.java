package org.agendum.jscalendar.internal;

import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON trees read from a jackson-core parser and written to a jackson-core generator without a
 * databind {@code ObjectMapper}. Building a mapper loads Jackson 3's annotation introspector, which
 * needs {@code com.fasterxml.jackson.core:jackson-annotations} 2.21 or newer; an application on
 * Jackson 2.17–2.20 pins older annotations for Jackson 2 and 3 alike (they share the artifact). The
 * node classes themselves need no annotations. The trees are those a mapper would read and write
 * with its defaults: integers as int, long or big integer nodes by size, other numbers as doubles,
 * and nothing but white space after the root value.
 */
public final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    /**
     * Reads the whole document of a parser that has not read a token yet.
     *
     * @param parser the parser
     * @return the root value, or null if the document is empty
     * @throws tools.jackson.core.JacksonException if the document is not JSON, crosses one of the
     *     parser's limits, or has anything but white space after its root value
     */
    public static JsonNode read(JsonParser parser) {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        JsonNode root = value(parser, first);
        if (parser.nextToken() != null) {
            throw new StreamReadException(parser, "content after the end of the document");
        }
        return root;
    }

    private static JsonNode value(JsonParser parser, JsonToken token) {
        switch (token) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                    array.add(value(parser, element));
                }
                return array;
            case VALUE_STRING:
                return NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // A JSON parser yields only the tokens above where a value starts.
                throw new StreamReadException(parser, "expected a value, found " + token);
        }
    }

    /**
     * Writes a tree of objects, arrays, strings, numbers, booleans and nulls, members in their
     * order.
     *
     * @param node the tree
     * @param generator the generator
     * @throws IllegalArgumentException if the tree holds another kind of node (binary, POJO, missing)
     */
    public static void write(JsonNode node, JsonGenerator generator) {
        switch (node.getNodeType()) {
            case OBJECT:
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    generator.writeName(member.getKey());
                    write(member.getValue(), generator);
                }
                generator.writeEndObject();
                break;
            case ARRAY:
                generator.writeStartArray();
                for (JsonNode element : node.values()) {
                    write(element, generator);
                }
                generator.writeEndArray();
                break;
            case STRING:
                generator.writeString(node.stringValue());
                break;
            case NUMBER:
                writeNumber(node, generator);
                break;
            case BOOLEAN:
                generator.writeBoolean(node.booleanValue());
                break;
            case NULL:
                generator.writeNull();
                break;
            default:
                throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static void writeNumber(JsonNode number, JsonGenerator generator) {
        switch (number.numberType()) {
            case INT:
                generator.writeNumber(number.intValue());
                break;
            case LONG:
                generator.writeNumber(number.longValue());
                break;
            case BIG_INTEGER:
                generator.writeNumber(number.bigIntegerValue());
                break;
            case BIG_DECIMAL:
                generator.writeNumber(number.decimalValue());
                break;
            case FLOAT:
                generator.writeNumber(number.floatValue());
                break;
            default:
                generator.writeNumber(number.doubleValue());
                break;
        }
    }
}
