package org.agendum.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org vocabulary as its release file states it ({@code
 * shared/formats/schemaorg/schemaorg-current-https.jsonld}): classes and their super-classes,
 * properties with their {@code domainIncludes} and {@code rangeIncludes}, and the members of each
 * enumeration. Names are schema.org's short names ({@code "Event"}, {@code "startDate"}).
 */
final class SchemaOrgVocabulary {

    private static final String PREFIX = "schema:";

    /** Each class's direct super-classes. */
    private final Map<String, Set<String>> superClasses = new HashMap<>();
    /** Each property's domain and range. */
    private final Map<String, Property> properties = new HashMap<>();
    /** Each enumeration member's types. */
    private final Map<String, Set<String>> memberTypes = new HashMap<>();

    /** A property: the types it is used on and the types of its values. */
    record Property(Set<String> domains, Set<String> ranges) {}

    private SchemaOrgVocabulary(JsonNode graph) {
        for (JsonNode node : graph) {
            String id = node.path("@id").asString();
            if (!id.startsWith(PREFIX)) {
                continue;
            }
            String name = id.substring(PREFIX.length());
            Set<String> types = ids(node.get("@type"), false);
            if (types.contains("rdfs:Class")) {
                superClasses.put(name, ids(node.get("rdfs:subClassOf"), true));
            } else if (types.contains("rdf:Property")) {
                properties.put(name, new Property(ids(node.get("schema:domainIncludes"), true),
                        ids(node.get("schema:rangeIncludes"), true)));
            } else {
                Set<String> schemaTypes = new HashSet<>();
                types.stream().filter(t -> t.startsWith(PREFIX)).forEach(t -> schemaTypes.add(t.substring(PREFIX.length())));
                if (!schemaTypes.isEmpty()) {
                    memberTypes.put(name, schemaTypes);
                }
            }
        }
    }

    /**
     * Reads the vocabulary's release file.
     *
     * @param file the {@code .jsonld} file
     * @return the vocabulary
     */
    static SchemaOrgVocabulary read(Path file) {
        try {
            return new SchemaOrgVocabulary(JsonMapper.builder().build().readTree(file.toFile()).get("@graph"));
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot read " + file, e));
        }
    }

    /** The ids of a value that is one id, one {@code {"@id"}} object, or an array of either. */
    private static Set<String> ids(JsonNode value, boolean schemaOnly) {
        Set<String> ids = new HashSet<>();
        if (value == null) {
            return ids;
        }
        Iterable<JsonNode> all = value.isArray() ? value : List.of(value);
        for (JsonNode item : all) {
            String id = item.isObject() ? item.path("@id").asString() : item.asString();
            if (!schemaOnly) {
                ids.add(id);
            } else if (id.startsWith(PREFIX)) {
                ids.add(id.substring(PREFIX.length()));
            }
        }
        return ids;
    }

    /** Whether a name is a schema.org class (a data type included). */
    boolean isClass(String name) {
        return superClasses.containsKey(name);
    }

    /** The class and all its super-classes. */
    Set<String> ancestry(String name) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(name));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(superClasses.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    /** Whether a class is the other or one of its sub-classes. */
    boolean isA(String name, String ancestor) {
        return ancestry(name).contains(ancestor);
    }

    /** The property of that name, or null. */
    Property property(String name) {
        return properties.get(name);
    }

    /** Whether a class is an enumeration. */
    boolean isEnumeration(String name) {
        return isClass(name) && isA(name, "Enumeration");
    }

    /** The types of an enumeration member, empty if the name is no member. */
    Set<String> memberTypes(String name) {
        return memberTypes.getOrDefault(name, Set.of());
    }

    /** How many classes, properties and members the vocabulary has, for a sanity check. */
    int size() {
        return superClasses.size() + properties.size() + memberTypes.size();
    }

}
