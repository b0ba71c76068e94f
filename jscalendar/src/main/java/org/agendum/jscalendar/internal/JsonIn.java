package org.agendum.jscalendar.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object of the document being read, with its JSON Pointer: typed access to its properties
 * that turns every wrong type into an {@link EventFormatException} at the property's place.
 */
final class JsonIn {

    private final JsonNode node;
    private final String pointer;

    private JsonIn(JsonNode node, String pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    /** The object at a place; a value that is not an object is {@link Kind#WRONG_TYPE}. */
    static JsonIn object(JsonNode node, String pointer, String what) throws EventFormatException {
        if (!node.isObject()) {
            throw problem(Kind.WRONG_TYPE, what + " must be a JSON object, not " + node.getNodeType(), pointer);
        }
        return new JsonIn(node, pointer);
    }

    /** The pointer of this object. */
    String pointer() {
        return pointer;
    }

    /** The pointer of one of this object's properties, escaped as RFC 6901 says. */
    String pointer(String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** Whether the object has a property. */
    boolean has(String name) {
        return node.has(name);
    }

    /** The object's property names and values, in document order. */
    List<Map.Entry<String, JsonNode>> properties() {
        return new ArrayList<>(node.properties());
    }

    /** A string property, if present. */
    Optional<String> string(String name) throws EventFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw problem(Kind.WRONG_TYPE, "'" + name + "' must be a string", pointer(name));
        }
        return Optional.of(value.asString());
    }

    /** A string property that must be present. */
    String requiredString(String name) throws EventFormatException {
        Optional<String> value = string(name);
        if (value.isEmpty()) {
            throw problem(Kind.MISSING_FIELD, "'" + name + "' is missing", pointer(name));
        }
        return value.get();
    }

    /** A boolean property, false when absent. */
    boolean bool(String name) throws EventFormatException {
        JsonNode value = node.get(name);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw problem(Kind.WRONG_TYPE, "'" + name + "' must be true or false", pointer(name));
        }
        return value.booleanValue();
    }

    /** A property that is a non-negative integer (RFC 8984 §1.4.2 UnsignedInt), if present. */
    Optional<Integer> unsignedInt(String name) throws EventFormatException {
        JsonNode value = node.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber()) {
            throw problem(Kind.WRONG_TYPE, "'" + name + "' must be an integer", pointer(name));
        }
        if (!value.canConvertToInt() || value.intValue() < 0) {
            throw problem(Kind.INVALID_VALUE, "'" + name + "' must be an integer from 0 to " + Integer.MAX_VALUE,
                    pointer(name));
        }
        return Optional.of(value.intValue());
    }

    /** An object property, if present. */
    Optional<JsonIn> object(String name) throws EventFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(object(value, pointer(name), "'" + name + "'"));
    }

    /** The objects of an array property, each with its pointer; empty when absent. */
    List<JsonIn> objects(String name) throws EventFormatException {
        JsonNode value = node.get(name);
        List<JsonIn> objects = new ArrayList<>();
        if (value == null || value.isNull()) {
            return objects;
        }
        if (!value.isArray()) {
            throw problem(Kind.WRONG_TYPE, "'" + name + "' must be an array", pointer(name));
        }
        for (int i = 0; i < value.size(); i++) {
            objects.add(object(value.get(i), pointer(name) + "/" + i, "an item of '" + name + "'"));
        }
        return objects;
    }

    /** The keys set to true of a {@code String[Boolean]} property (RFC 8984 §1.4), in order. */
    List<String> flags(String name) throws EventFormatException {
        List<String> keys = new ArrayList<>();
        Optional<JsonIn> set = object(name);
        if (set.isEmpty()) {
            return keys;
        }
        for (Map.Entry<String, JsonNode> flag : set.get().properties()) {
            if (!flag.getValue().isBoolean() || !flag.getValue().booleanValue()) {
                throw problem(Kind.INVALID_VALUE, "the values of '" + name + "' must be true",
                        set.get().pointer(flag.getKey()));
            }
            keys.add(flag.getKey());
        }
        return keys;
    }

    /** An absolute URI property, if present. */
    Optional<URI> uri(String name) throws EventFormatException {
        Optional<String> text = string(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.get());
            if (!uri.isAbsolute()) {
                throw problem(Kind.INVALID_VALUE, "'" + name + "' must be an absolute URI: " + text.get(), pointer(name));
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw EventFormatException.atPointer(Kind.INVALID_VALUE, "'" + name + "' is not a URI: " + e.getMessage(),
                    pointer(name), e);
        }
    }

    /** An exception at a place, without a cause. */
    static EventFormatException problem(Kind kind, String message, String pointer) {
        return EventFormatException.atPointer(kind, message, pointer, null);
    }
}
