package org.agendum.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A strict judge of schema.org JSON-LD written for these tests from the vocabulary alone, not from
 * the writer: every {@code @type} is a schema.org class; every property exists and its {@code
 * domainIncludes} holds the node's type or one of its super-classes; every value is of a type of
 * the property's {@code rangeIncludes} (a node of that class or a sub-class, a text, URL, number,
 * date or date-time of the right syntax, or a member of an enumeration in the range). And Google's
 * event rich-result requirements: {@code name}, {@code startDate}, {@code location} (a {@code
 * Place} with an {@code address}, or a {@code VirtualLocation} with a {@code url}), an offset on
 * the start of an online event, and an end not before the start.
 */
final class SchemaOrgChecker {

    /** {@code [-]CCYY-MM-DD}. */
    private static final Pattern DATE = Pattern.compile("-?\\d{4,}-\\d{2}-\\d{2}");
    /** ISO 8601 date and time, seconds and fraction optional, zone optional. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern ENUM_IRI = Pattern.compile("(?:https?://schema\\.org/|schema:)([A-Za-z0-9]+)");
    /** Google's recommended properties of an event. */
    static final List<String> RECOMMENDED = List.of("description", "endDate", "eventAttendanceMode",
            "eventStatus", "image", "offers", "organizer", "performer");

    private final SchemaOrgVocabulary vocabulary;

    SchemaOrgChecker(SchemaOrgVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Checks a JSON-LD document against the vocabulary.
     *
     * @return the problems, each with its JSON path; empty if the document is valid
     */
    List<String> vocabularyProblems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        if (!document.isObject()) {
            problems.add("$: the document is not a JSON object");
            return problems;
        }
        String context = document.path("@context").asString("");
        if (!context.matches("https?://schema\\.org/?")) {
            problems.add("$: @context is not schema.org: '" + context + "'");
        }
        node(document, "$", problems);
        return problems;
    }

    /**
     * Checks the top-level event against Google's required properties for event rich results.
     *
     * @return the problems; empty if the event meets them
     */
    List<String> googleProblems(JsonNode event) {
        List<String> problems = new ArrayList<>();
        if (event.path("name").asString("").isBlank()) {
            problems.add("name is required");
        }
        String start = event.path("startDate").asString("");
        if (start.isEmpty()) {
            problems.add("startDate is required");
        }
        List<JsonNode> locations = values(event.get("location"));
        boolean virtual = false;
        if (locations.isEmpty()) {
            problems.add("location is required");
        }
        for (JsonNode location : locations) {
            Set<String> types = types(location);
            if (types.stream().anyMatch(t -> vocabulary.isClass(t) && vocabulary.isA(t, "VirtualLocation"))) {
                virtual = true;
                if (location.path("url").asString("").isEmpty()) {
                    problems.add("a VirtualLocation needs a url");
                }
            } else if (types.stream().anyMatch(t -> vocabulary.isClass(t) && vocabulary.isA(t, "Place"))) {
                if (!location.has("address")) {
                    problems.add("a Place needs an address");
                }
            } else {
                problems.add("location is neither a Place nor a VirtualLocation");
            }
        }
        String mode = event.path("eventAttendanceMode").asString("");
        boolean online = virtual || mode.endsWith("OnlineEventAttendanceMode") || mode.endsWith("MixedEventAttendanceMode");
        if (online && !start.isEmpty() && !start.matches(".*(Z|[+-]\\d{2}:\\d{2})")) {
            problems.add("the startDate of an online event needs an offset: " + start);
        }
        String end = event.path("endDate").asString("");
        if (DATE_TIME.matcher(start).matches() && DATE_TIME.matcher(end).matches() && endsBefore(start, end)) {
            problems.add("endDate " + end + " is before startDate " + start);
        }
        return problems;
    }

    /** Google's recommended properties the event lacks. */
    List<String> missingRecommended(JsonNode event) {
        return RECOMMENDED.stream().filter(name -> !event.has(name)).toList();
    }

    /** Compares as instants when both have offsets, else as local date-times. */
    private static boolean endsBefore(String start, String end) {
        try {
            return OffsetDateTime.parse(end).isBefore(OffsetDateTime.parse(start));
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(end.replaceAll("(Z|[+-]\\d{2}:\\d{2})$", ""))
                    .isBefore(LocalDateTime.parse(start.replaceAll("(Z|[+-]\\d{2}:\\d{2})$", "")));
        }
    }

    private void node(JsonNode node, String path, List<String> problems) {
        Set<String> types = types(node);
        if (types.isEmpty()) {
            problems.add(path + ": a node without @type");
            return;
        }
        for (String type : types) {
            if (!vocabulary.isClass(type)) {
                problems.add(path + ": @type " + type + " is not a schema.org type");
                return;
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (name.startsWith("@")) {
                continue;
            }
            String at = path + "." + name;
            SchemaOrgVocabulary.Property property = vocabulary.property(name);
            if (property == null) {
                problems.add(at + ": " + name + " is not a schema.org property");
                continue;
            }
            boolean inDomain = types.stream().anyMatch(t -> vocabulary.ancestry(t).stream()
                    .anyMatch(property.domains()::contains));
            if (!inDomain) {
                problems.add(at + ": " + name + " is not a property of " + types + " (its domain: "
                        + property.domains() + ")");
            }
            List<JsonNode> values = values(field.getValue());
            for (int i = 0; i < values.size(); i++) {
                value(values.get(i), property.ranges(), values.size() > 1 ? at + "[" + i + "]" : at, problems);
            }
        }
    }

    private void value(JsonNode value, Set<String> ranges, String path, List<String> problems) {
        if (value.isObject()) {
            Set<String> types = types(value);
            if (types.isEmpty() && value.has("@id") && value.size() == 1) {
                return;
            }
            boolean inRange = types.stream().anyMatch(t -> vocabulary.isClass(t)
                    && ranges.stream().anyMatch(r -> vocabulary.isA(t, r)));
            if (!types.isEmpty() && !inRange && types.stream().allMatch(vocabulary::isClass)) {
                problems.add(path + ": a " + types + " where the range is " + ranges);
            }
            node(value, path, problems);
        } else if (value.isString()) {
            string(value.asString(), ranges, path, problems);
        } else if (value.isNumber()) {
            boolean ok = ranges.contains("Number") || ranges.contains("Float")
                    || (ranges.contains("Integer") && value.isIntegralNumber());
            if (!ok) {
                problems.add(path + ": a number where the range is " + ranges);
            }
        } else if (value.isBoolean()) {
            if (!ranges.contains("Boolean")) {
                problems.add(path + ": a boolean where the range is " + ranges);
            }
        } else {
            problems.add(path + ": a " + value.getNodeType() + " value");
        }
    }

    private void string(String text, Set<String> ranges, String path, List<String> problems) {
        var member = ENUM_IRI.matcher(text);
        List<String> enumerations = ranges.stream().filter(vocabulary::isEnumeration).toList();
        if (!enumerations.isEmpty() && member.matches()) {
            Set<String> memberTypes = vocabulary.memberTypes(member.group(1));
            if (memberTypes.stream().noneMatch(t -> enumerations.stream().anyMatch(e -> vocabulary.isA(t, e)))) {
                problems.add(path + ": " + text + " is not a member of " + enumerations);
            }
            return;
        }
        if (ranges.contains("Text") || ranges.stream().anyMatch(r -> vocabulary.isA(r, "Text") && !r.equals("URL"))) {
            return;
        }
        if (ranges.contains("URL") && uri(text)) {
            return;
        }
        if (ranges.contains("DateTime") && DATE_TIME.matcher(text).matches()) {
            return;
        }
        if (ranges.contains("Date") && DATE.matcher(text).matches()) {
            return;
        }
        if ((ranges.contains("Number") || ranges.contains("Float") || ranges.contains("Integer"))
                && text.matches("-?\\d+(\\.\\d+)?")) {
            return;
        }
        problems.add(path + ": '" + text + "' is not of the range " + ranges);
    }

    private static boolean uri(String text) {
        try {
            new URI(text);
            return !text.isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The node's types, without a {@code schema:} prefix. */
    private static Set<String> types(JsonNode node) {
        Set<String> types = new java.util.TreeSet<>();
        for (JsonNode type : values(node.get("@type"))) {
            types.add(type.asString().replaceFirst("^(schema:|https?://schema\\.org/)", ""));
        }
        return types;
    }

    private static List<JsonNode> values(JsonNode value) {
        if (value == null) {
            return List.of();
        }
        List<JsonNode> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        return values;
    }
}
