package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agendum.json.internal.read.EventFields;
import org.agendum.json.internal.read.Fields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A field of the format is declared in three places besides the writer: the reader's table of its
 * object type, the JSON Schema and docs/JSON.md. For every object type, the three name the same
 * fields and require the same ones. The schema is read as a tree, and the guide as its Markdown
 * tables, neither through the reader.
 */
class FormatAgreementTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNode SCHEMA = MAPPER.readTree(JsonEventFormat.schema());
    private static final Path GUIDE = Path.of("..", "docs", "JSON.md");

    /** The guide's section for each object type: a heading, or a bold label above a table. */
    private static final Map<String, List<String>> SECTIONS = Map.ofEntries(
            Map.entry("Event (the document)", List.of("event")),
            Map.entry("Display zone", List.of("displayZone")),
            Map.entry("Person", List.of("person")),
            Map.entry("Organization", List.of("organization")),
            Map.entry("Position", List.of("position")),
            Map.entry("Postal address", List.of("postalAddress")),
            Map.entry("Contact", List.of("contact")),
            Map.entry("Venue", List.of("venue")),
            Map.entry("Geo point", List.of("geo")),
            Map.entry("Transit access", List.of("transit")),
            Map.entry("Room", List.of("room")),
            Map.entry("Track", List.of("track")),
            Map.entry("Online location", List.of("onlineLocation")),
            Map.entry("Dial-in", List.of("dialIn")),
            Map.entry("Interpretation", List.of("interpretation")),
            Map.entry("Localization", List.of("localization")),
            Map.entry("Registration", List.of("registration")),
            Map.entry("Deadline", List.of("deadline")),
            Map.entry("Link", List.of("link")),
            Map.entry("Agenda", List.of("agenda")),
            Map.entry("Block", List.of("block")),
            Map.entry("Timing", List.of("timing")),
            Map.entry("Recurrence", List.of("recurrence")),
            Map.entry("Moderator and participant", List.of("moderator", "participant")));

    static Stream<Fields<?, ?>> tables() {
        return EventFields.all().stream();
    }

    // ---------------------------------------------------------------------------------------------
    // The JSON Schema.

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void table_namesTheFieldsOfItsSchemaDefinition(Fields<?, ?> table) {
        List<JsonNode> shapes = objectShapes(definition(table.type()));
        Set<String> properties = new LinkedHashSet<>();
        shapes.forEach(shape -> shape.get("properties").propertyNames().forEach(properties::add));

        assertThat(shapes).as("object definitions of %s", table.type()).isNotEmpty();
        assertThat(table.names()).as("fields of %s", table.type()).containsExactlyInAnyOrderElementsOf(properties);
    }

    /** A field is required when every shape the schema allows for the object requires it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void table_requiresWhatItsSchemaDefinitionRequires(Fields<?, ?> table) {
        Set<String> required = null;
        for (JsonNode shape : objectShapes(definition(table.type()))) {
            Set<String> ofShape = new TreeSet<>();
            shape.path("required").forEach(name -> ofShape.add(name.stringValue()));
            if (required == null) {
                required = ofShape;
            } else {
                required.retainAll(ofShape);
            }
        }

        assertThat(table.requiredNames()).as("required fields of %s", table.type()).containsExactlyInAnyOrderElementsOf(required);
    }

    @Test
    void everyObjectOfTheSchema_isReadByATable() {
        Set<String> readByTables = new TreeSet<>();
        tables().forEach(table -> objectShapes(definition(table.type())).forEach(shape -> readByTables.add(nameOf(shape))));
        Set<String> objects = new TreeSet<>();
        objects.add("event");
        SCHEMA.get("$defs").properties().forEach(d -> {
            if (d.getValue().has("properties")) {
                objects.add(d.getKey());
            }
        });

        assertThat(readByTables).isEqualTo(objects);
    }

    /** The root, or a definition of {@code $defs}. */
    private static JsonNode definition(String type) {
        return type.equals("event") ? SCHEMA : SCHEMA.get("$defs").get(type);
    }

    /** The object definitions a value may be: itself, or each alternative of its oneOf or anyOf, by reference. */
    private static List<JsonNode> objectShapes(JsonNode definition) {
        List<JsonNode> shapes = new ArrayList<>();
        if (definition.has("properties")) {
            shapes.add(definition);
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            for (JsonNode alternative : definition.path(combinator)) {
                if (alternative.has("$ref")) {
                    shapes.addAll(objectShapes(SCHEMA.at(alternative.get("$ref").stringValue().substring(1))));
                }
            }
        }
        return shapes;
    }

    private static String nameOf(JsonNode shape) {
        if (shape == SCHEMA) {
            return "event";
        }
        for (Map.Entry<String, JsonNode> definition : SCHEMA.get("$defs").properties()) {
            if (definition.getValue() == shape) {
                return definition.getKey();
            }
        }
        throw new IllegalArgumentException("not a definition: " + shape);
    }

    // ---------------------------------------------------------------------------------------------
    // docs/JSON.md.

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void table_namesTheFieldsTheGuideDocuments_inTheWritersOrder(Fields<?, ?> table) throws IOException {
        assertThat(table.names()).as("fields of %s", table.type())
                .containsExactlyElementsOf(documentedFields(table.type()).keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void table_requiresWhatTheGuideCallsRequired(Fields<?, ?> table) throws IOException {
        List<String> documentedRequired = new ArrayList<>();
        documentedFields(table.type()).forEach((name, required) -> {
            if (required) {
                documentedRequired.add(name);
            }
        });

        assertThat(table.requiredNames()).as("required fields of %s", table.type())
                .containsExactlyElementsOf(documentedRequired);
    }

    @Test
    void everyFieldTableOfTheGuide_isAnObjectType_andEveryTypeIsDocumentedOnce() throws IOException {
        Map<String, Map<String, Boolean>> documented = fieldTables();
        List<String> types = new ArrayList<>();
        documented.keySet().forEach(section -> types.addAll(SECTIONS.getOrDefault(section, List.of("unmapped: " + section))));

        assertThat(types).containsExactlyInAnyOrderElementsOf(tables().map(Fields::type).toList());
    }

    /** The fields the guide documents for an object type, in its order, each with whether it is required. */
    private static Map<String, Boolean> documentedFields(String type) throws IOException {
        for (Map.Entry<String, Map<String, Boolean>> section : fieldTables().entrySet()) {
            if (SECTIONS.getOrDefault(section.getKey(), List.of()).contains(type)) {
                return section.getValue();
            }
        }
        throw new AssertionError("docs/JSON.md documents no fields of " + type);
    }

    private static final Pattern HEADING = Pattern.compile("^(?:#{3,4} (.+)|\\*\\*(.+?)\\*\\*.*)$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /**
     * The guide's field tables in "Objects and fields", by the heading or bold label above each: a
     * Markdown table whose first column is "Field"; each row's names are the code spans of its first
     * cell, required when its "Required" cell says "yes".
     */
    private static Map<String, Map<String, Boolean>> fieldTables() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int start = guide.indexOf("\n## Objects and fields\n");
        int end = guide.indexOf("\n## ", start + 1);
        Map<String, Map<String, Boolean>> tables = new LinkedHashMap<>();
        String section = null;
        int requiredColumn = -1;
        for (String line : guide.substring(start, end).split("\n")) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                section = heading.group(1) != null ? heading.group(1) : heading.group(2);
                requiredColumn = -1;
            } else if (line.startsWith("| Field |")) {
                requiredColumn = List.of(cells(line)).indexOf("Required");
                tables.put(section, new LinkedHashMap<>());
            } else if (line.startsWith("|") && requiredColumn >= 0 && !line.startsWith("|---")) {
                String[] cells = cells(line);
                Matcher names = CODE.matcher(cells[0]);
                while (names.find()) {
                    tables.get(section).put(names.group(1), cells[requiredColumn].startsWith("yes"));
                }
            } else if (!line.startsWith("|")) {
                requiredColumn = -1;
            }
        }
        return tables;
    }

    private static String[] cells(String row) {
        String[] cells = row.substring(1).split("\\|", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        return cells;
    }
}
