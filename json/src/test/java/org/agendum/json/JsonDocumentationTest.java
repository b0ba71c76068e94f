package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Timing;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * docs/JSON.md is the format's documentation for users: its excerpts are copied from the example
 * files, and it names every field, every enumeration value, every limit and the errors it quotes as
 * the code has them.
 */
class JsonDocumentationTest {

    private static final Path DOCUMENTATION = Path.of("..", "docs", "JSON.md");
    private static final Path EXAMPLES = Path.of("..", "examples");

    /** An excerpt is a json block right after {@code <!-- excerpt: file -->}; a line "…" stands for lines left out. */
    private static final Pattern EXCERPT = Pattern.compile("<!-- excerpt: ([^ ]+) -->\\n```json\\n(.*?)```",
            Pattern.DOTALL);

    private static final String ELISION = "…";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonEventFormat JSON = JsonEventFormat.create();

    private static String documentation() throws IOException {
        return Files.readString(DOCUMENTATION, StandardCharsets.UTF_8);
    }

    static Stream<Arguments> excerpts() throws IOException {
        List<Arguments> excerpts = new ArrayList<>();
        Matcher matcher = EXCERPT.matcher(documentation());
        while (matcher.find()) {
            excerpts.add(Arguments.of(matcher.group(1), matcher.group(2)));
        }
        return excerpts.stream();
    }

    @Test
    void documentation_hasExcerpts() throws IOException {
        assertThat(excerpts()).hasSizeGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("excerpts")
    void excerpt_isCopiedFromTheExampleFile(String file, String excerpt) throws IOException {
        List<String> lines = stripped(excerpt.lines().toList());
        List<String> example = stripped(Files.readAllLines(EXAMPLES.resolve(file), StandardCharsets.UTF_8));

        boolean found = false;
        for (int start = 0; start < example.size() && !found; start++) {
            found = matches(lines, 0, example, start);
        }
        assertThat(found).as("excerpt found in %s:%n%s", file, excerpt).isTrue();
    }

    @Test
    void everyFieldOfTheSchema_isDocumented() throws IOException {
        String documentation = documentation();
        List<String> missing = new ArrayList<>();
        collectProperties(MAPPER.readTree(JsonEventFormat.schema()), name -> {
            if (!documentation.contains("`" + name + "`")) {
                missing.add(name);
            }
        });

        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumerationValue_isDocumented() throws IOException {
        String documentation = documentation();
        JsonNode definitions = MAPPER.readTree(JsonEventFormat.schema()).get("$defs");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> definition : definitions.properties()) {
            JsonNode values = definition.getValue().get("enum");
            if (values != null) {
                values.forEach(v -> {
                    if (!documentation.contains("`" + v.stringValue() + "`")) {
                        missing.add(definition.getKey() + ": " + v.stringValue());
                    }
                });
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void limits_areDocumentedWithTheirValues() throws IOException {
        String documentation = documentation();

        assertThat(documentation).contains("| `MAX_DOCUMENT_BYTES` | " + JsonEventFormat.MAX_DOCUMENT_BYTES / (1024 * 1024)
                + " MiB |");
        assertThat(documentation).contains("| `MAX_NESTING_DEPTH` | " + JsonEventFormat.MAX_NESTING_DEPTH + " ");
        assertThat(documentation).contains("| `MAX_STRING_LENGTH` | " + JsonEventFormat.MAX_STRING_LENGTH / 1024 / 1024
                + " MiB (" + String.format(Locale.ROOT, "%,d", JsonEventFormat.MAX_STRING_LENGTH) + " characters) |");
        assertThat(documentation).contains("| `MAX_NUMBER_LENGTH` | " + JsonEventFormat.MAX_NUMBER_LENGTH + " characters |");
    }

    @Test
    void parentChainLimit_isDocumentedWithItsValue_inTheGuideAndTheSchema() throws IOException {
        String limit = Organization.MAX_PARENT_DEPTH + " organizations can be above";
        JsonNode parent = MAPPER.readTree(JsonEventFormat.schema()).at("/$defs/organization/properties/parent");

        assertThat(documentation()).contains("at most " + limit + " an organization", "`PARENT_CHAIN_TOO_DEEP`");
        assertThat(parent.get("description").asString()).contains("At most " + limit + " an organization");
    }

    @Test
    void nestingLimit_readsBlocksNested48LevelsDeep_butNot50() throws EventFormatException {
        assertThat(JSON.fromBytes(JSON.toBytes(nested(48)))).isEqualTo(nested(48));
        EventFormatException e = catchThrowableOfType(EventFormatException.class,
                () -> JSON.fromBytes(JSON.toBytes(nested(50))));
        assertThat(e).isNotNull();
        // Where the parser was when the depth ran out: deep in the blocks (it was the root).
        assertThat(e.pointer()).hasValueSatisfying(p -> assertThat(p).startsWith("/agenda/blocks/0/children/0/children/0"));
    }

    /** An event whose agenda is one block with descendants {@code levels} deep, each with a timing. */
    private static Event nested(int levels) {
        AgendaBlock block = null;
        for (int level = levels; level >= 1; level--) {
            AgendaBlock.Builder builder = AgendaBlock.builder().id("b" + level).kind(BlockKind.OTHER).title("Nivel " + level)
                    .timing(Timing.minutes(levels + 1 - level));
            if (block != null) {
                builder.addChild(block);
            }
            block = builder.build();
        }
        return SeedEvents.parisSeminar2018().withAgenda(Agenda.of(block));
    }

    @Test
    void duplicateKey_isReportedAtTheKey_withLineAndColumn() {
        String compact = JSON.withLayout(JsonEventFormat.Layout.COMPACT).toJson(SeedEvents.gobiernosLocales2021());
        String twoTitles = compact.replaceFirst("\\{", "{\"title\":\"Otro\",");

        EventFormatException e = catchThrowableOfType(EventFormatException.class, () -> JSON.fromJson(twoTitles));
        assertThat(e).isNotNull();
        assertThat(e.pointer()).hasValue("/title");
        assertThat(e.getMessage()).startsWith("not valid JSON at line 1, column ");
    }

    static Stream<Arguments> quotedErrors() {
        return Stream.of(
                Arguments.of("wrong enumeration value", (Consumer<ObjectNode>) root -> root.put("kind", "Seminar")),
                Arguments.of("unknown reference", (Consumer<ObjectNode>) root ->
                        ((ArrayNode) root.get("organizers")).set(0, MAPPER.readTree("\"nobody\""))),
                Arguments.of("slot ending before it starts", (Consumer<ObjectNode>) root -> {
                    ObjectNode timing = (ObjectNode) root.at("/agenda/blocks/0/timing");
                    timing.remove("duration");
                    timing.put("start", "13:00");
                    timing.put("end", "12:00");
                }),
                Arguments.of("missing title", (Consumer<ObjectNode>) root -> root.remove("title")),
                Arguments.of("format version 2", (Consumer<ObjectNode>) root -> root.put("formatVersion", 2)),
                Arguments.of("format version 2 with a field of its own", (Consumer<ObjectNode>) root -> {
                    root.put("formatVersion", 2);
                    root.put("timeFormat", "24h");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotedErrors")
    void quotedError_isTheReadersMessage(String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(JSON.toBytes(SeedEvents.gobiernosLocales2021()));
        change.accept(root);

        EventFormatException e = catchThrowableOfType(EventFormatException.class,
                () -> JSON.fromJson(MAPPER.writeValueAsString(root)));
        assertThat(e).isNotNull();
        assertThat(documentation()).contains("`" + e.getMessage() + "`");
    }

    private static List<String> stripped(List<String> lines) {
        return lines.stream().map(String::strip).toList();
    }

    /** Whether the excerpt from line {@code i} on matches the example from line {@code j} on. */
    private static boolean matches(List<String> excerpt, int i, List<String> example, int j) {
        if (i == excerpt.size()) {
            return true;
        }
        if (excerpt.get(i).equals(ELISION)) {
            for (int k = j; k <= example.size(); k++) {
                if (matches(excerpt, i + 1, example, k)) {
                    return true;
                }
            }
            return false;
        }
        return j < example.size() && excerpt.get(i).equals(example.get(j)) && matches(excerpt, i + 1, example, j + 1);
    }

    private static void collectProperties(JsonNode schema, Consumer<String> names) {
        if (schema.isObject()) {
            for (Map.Entry<String, JsonNode> member : schema.properties()) {
                if (member.getKey().equals("properties")) {
                    member.getValue().propertyNames().forEach(names);
                }
                collectProperties(member.getValue(), names);
            }
        } else if (schema.isArray()) {
            schema.forEach(element -> collectProperties(element, names));
        }
    }
}
