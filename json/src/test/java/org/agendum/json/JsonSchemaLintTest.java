package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BooleanNode;

/**
 * The schema's structure, held to what ajv's strict mode checks (strictSchema, strictTypes,
 * strictRequired) and to what keeps it portable between validators: only draft 2020-12 keywords;
 * a subschema that uses the keywords of a type says that type; every required property is declared
 * beside it; every reference resolves and every definition is used; every pattern is in the
 * subset of regular expressions that ECMA-262 (with the {@code u} flag, as ajv compiles them) and
 * {@code java.util.regex} (as the Java validators compile them) read alike.
 */
class JsonSchemaLintTest {

    /** The keywords of the draft 2020-12 vocabularies: core, applicator, unevaluated, validation, meta-data, format, content. */
    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor",
            "$vocabulary", "$comment", "$defs", "prefixItems", "items", "contains", "additionalProperties", "properties",
            "patternProperties", "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
            "unevaluatedItems", "unevaluatedProperties", "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum",
            "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems",
            "maxContains", "minContains", "maxProperties", "minProperties", "required", "dependentRequired", "title",
            "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format", "contentEncoding",
            "contentMediaType", "contentSchema");

    /** Keywords whose value is one schema, a list of schemas, or a map of names to schemas. */
    private static final Set<String> ONE_SCHEMA = Set.of("additionalProperties", "propertyNames", "items", "contains", "not",
            "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "contentSchema");
    private static final Set<String> SCHEMA_LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> SCHEMA_MAP = Set.of("properties", "patternProperties", "dependentSchemas", "$defs");

    /** ajv's strictTypes: the keywords that apply to one type only, by that type. */
    private static final Map<String, Set<String>> TYPE_KEYWORDS = Map.of(
            "object", Set.of("properties", "required", "additionalProperties", "patternProperties", "propertyNames",
                    "minProperties", "maxProperties", "dependentRequired", "dependentSchemas", "unevaluatedProperties"),
            "string", Set.of("pattern", "minLength", "maxLength", "format", "contentEncoding", "contentMediaType"),
            "number", Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
            "array", Set.of("items", "prefixItems", "contains", "minItems", "maxItems", "uniqueItems", "minContains",
                    "maxContains", "unevaluatedItems"));

    private static final Set<String> TYPES = Set.of("object", "array", "string", "number", "integer", "boolean", "null");

    private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(JsonEventFormat.schema());

    @Test
    void everyKeyword_isADraft202012Keyword() {
        assertThat(problems((schema, path, unknown) -> schema.propertyNames().stream()
                .filter(k -> !KEYWORDS.contains(k)).forEach(k -> unknown.add(path + "/" + k)))).isEmpty();
    }

    @Test
    void everySubschemaUsingTheKeywordsOfAType_saysThatType() {
        assertThat(problems((schema, path, untyped) -> {
            JsonNode type = schema.get("type");
            if (type != null && !(type.isString() && TYPES.contains(type.stringValue()))) {
                untyped.add(path + ": type must be one type name, found " + type);
            }
            String declared = type == null ? "" : type.stringValue();
            TYPE_KEYWORDS.forEach((typeName, keywords) -> {
                boolean applies = declared.equals(typeName) || typeName.equals("number") && declared.equals("integer");
                schema.propertyNames().stream().filter(keywords::contains).filter(k -> !applies)
                        .forEach(k -> untyped.add(path + ": '" + k + "' without \"type\": \"" + typeName + "\""));
            });
        })).isEmpty();
    }

    @Test
    void everyRequiredProperty_isDeclaredInTheSameSubschema() {
        assertThat(problems("required", (schema, path, undeclared) -> {
            Set<String> names = new HashSet<>();
            schema.get("required").forEach(name -> {
                if (!names.add(name.stringValue())) {
                    undeclared.add(path + ": '" + name.stringValue() + "' required twice");
                }
                if (!schema.path("properties").has(name.stringValue())) {
                    undeclared.add(path + ": '" + name.stringValue() + "' required but not in its properties");
                }
            });
        })).isEmpty();
    }

    @Test
    void everyObjectDefinition_refusesUnknownProperties() {
        List<String> open = new ArrayList<>();
        List<String> definitions = new ArrayList<>(List.of(""));
        SCHEMA.get("$defs").propertyNames().forEach(name -> definitions.add("/$defs/" + name));
        for (String pointer : definitions) {
            JsonNode definition = SCHEMA.at(pointer);
            boolean object = definition.path("type").asString("").equals("object");
            if (object && !definition.path("additionalProperties").equals(BooleanNode.FALSE)) {
                open.add(pointer);
            }
        }

        assertThat(open).isEmpty();
    }

    @Test
    void everyReference_resolves_andEveryDefinition_isReferenced() {
        Set<String> referenced = new TreeSet<>();
        List<String> broken = problems("$ref", (schema, path, unresolved) -> {
            String ref = schema.get("$ref").stringValue();
            referenced.add(ref);
            if (!ref.startsWith("#/$defs/") || SCHEMA.at(ref.substring(1)).isMissingNode()) {
                unresolved.add(path + ": " + ref);
            }
        });
        Set<String> defined = new TreeSet<>();
        SCHEMA.get("$defs").propertyNames().forEach(name -> defined.add("#/$defs/" + name));

        assertThat(broken).isEmpty();
        assertThat(referenced).isEqualTo(defined);
    }

    @Test
    void everyEnum_listsDistinctValues_andEveryConstAndEnumValue_isAString_orAScalar() {
        assertThat(problems((schema, path, problems) -> {
            if (schema.has("enum")) {
                Set<JsonNode> values = new HashSet<>();
                schema.get("enum").forEach(v -> {
                    if (!values.add(v)) {
                        problems.add(path + ": " + v + " twice");
                    }
                });
                if (values.isEmpty()) {
                    problems.add(path + ": empty enum");
                }
            }
            if (schema.has("const") && schema.get("const").isContainer()) {
                problems.add(path + ": const " + schema.get("const"));
            }
        })).isEmpty();
    }

    @Test
    void everyPattern_compiles_inTheSubsetEcmaScriptAndJavaReadAlike() {
        assertThat(problems("pattern", (schema, path, problems) -> {
            String pattern = schema.get("pattern").stringValue();
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(path + ": " + e.getDescription());
            }
            String portability = portabilityProblem(pattern);
            if (portability != null) {
                problems.add(path + ": " + portability);
            }
        })).isEmpty();
    }

    @Test
    void portabilityCheck_findsWhatTheTwoDialectsReadApart() {
        for (String pattern : List.of("a(?=b)", "(?!a)b", "(?<=a)b", "(a)\\1", "(?i)a", "\\d", "\\s", "\\w+", "a\\b",
                "\\p{L}", "[a[b]]", "[a&&b]", "a*+", "a\\-b", "a{2", "a}", "a]", "a$b", "a^", "\\Z", "\\x41", "\\e", "\\v")) {
            assertThat(portabilityProblem(pattern)).as(pattern).isNotNull();
        }
        for (String pattern : List.of("^[A-Za-z]{2,8}(?:-[0-9]{3})?$", "[^%\\u0000-\\u0020\\\\^`{|}\\[\\]]", "[1-9]",
                "^(?:UTC|GMT|UT)[+-]", "^a\\.b\\?c\\*$")) {
            assertThat(portabilityProblem(pattern)).as(pattern).isNull();
        }
    }

    /**
     * Why a pattern may be read differently by ECMA-262 with the {@code u} flag and by
     * java.util.regex, or null. Allowed: literals, classes and negated classes of literals and
     * ranges, {@code \}{@code uXXXX} escapes, {@code \t \n \f \r} (not {@code \v}, a class in
     * Java), non-capturing groups, alternation, the quantifiers {@code ? * + {n} {n,} {n,m}}
     * (greedy), {@code ^} first and {@code $} last. Anything else &mdash; lookaround,
     * back-references, flags, shorthand classes, nested classes, possessive quantifiers &mdash; the
     * dialects read apart, or one of them refuses.
     */
    static String portabilityProblem(String pattern) {
        String escapable = "\\^$.|?*+()[]{}/";
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : ' ';
                if (next == 'u' && i + 6 <= pattern.length()
                        && pattern.substring(i + 2, i + 6).chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                    i += 5;
                } else if (escapable.indexOf(next) >= 0 || "tnfr".indexOf(next) >= 0 || inClass && next == '-') {
                    i++;
                } else {
                    return "escape \\" + next + " at " + i;
                }
            } else if (inClass) {
                if (c == '[') {
                    return "'[' in a class at " + i + " (java.util.regex nests classes)";
                }
                if (c == '&' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '&') {
                    return "'&&' in a class at " + i + " (java.util.regex intersects classes)";
                }
                if (c == ']') {
                    inClass = false;
                }
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
                    i++;
                }
            } else if (c == '(' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '?'
                    && !pattern.startsWith("(?:", i)) {
                return "group " + pattern.substring(i, Math.min(pattern.length(), i + 3)) + " at " + i;
            } else if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close < 0 || !pattern.substring(i + 1, close).matches("[0-9]+(,[0-9]*)?")) {
                    return "'{' that is not a quantifier at " + i;
                }
                i = close;
                if (possessive(pattern, i)) {
                    return "possessive quantifier at " + i;
                }
            } else if (c == '}' || c == ']') {
                return "unescaped '" + c + "' at " + i;
            } else if (c == '^' && i != 0) {
                return "'^' not first at " + i;
            } else if (c == '$' && i != pattern.length() - 1) {
                return "'$' not last at " + i;
            } else if ((c == '*' || c == '+' || c == '?') && possessive(pattern, i)) {
                return "possessive quantifier at " + i;
            }
        }
        return inClass ? "unclosed class" : null;
    }

    private static boolean possessive(String pattern, int quantifierEnd) {
        return quantifierEnd + 1 < pattern.length() && pattern.charAt(quantifierEnd + 1) == '+';
    }

    /** Looks at one subschema, at its JSON Pointer, and adds what it finds wrong with it to {@code problems}. */
    interface Check {
        void check(JsonNode schema, String path, List<String> problems);
    }

    /** What a check finds wrong in the subschemas of the schema. */
    private static List<String> problems(Check check) {
        List<String> problems = new ArrayList<>();
        visit(SCHEMA, "", check, problems);
        return problems;
    }

    /** What a check finds wrong in the subschemas of the schema that have a keyword. */
    private static List<String> problems(String keyword, Check check) {
        return problems((schema, path, problems) -> {
            if (schema.has(keyword)) {
                check.check(schema, path, problems);
            }
        });
    }

    /** Runs the check on every subschema that is an object, depth first, with its JSON Pointer. */
    private static void visit(JsonNode schema, String path, Check check, List<String> problems) {
        if (!schema.isObject()) {
            return;
        }
        check.check(schema, path, problems);
        for (String keyword : schema.propertyNames()) {
            JsonNode value = schema.get(keyword);
            String at = path + "/" + keyword;
            if (ONE_SCHEMA.contains(keyword)) {
                visit(value, at, check, problems);
            } else if (SCHEMA_LIST.contains(keyword)) {
                for (int i = 0; i < value.size(); i++) {
                    visit(value.get(i), at + "/" + i, check, problems);
                }
            } else if (SCHEMA_MAP.contains(keyword)) {
                for (String name : value.propertyNames()) {
                    visit(value.get(name), at + "/" + name.replace("~", "~0").replace("/", "~1"), check, problems);
                }
            }
        }
    }
}
