package org.agendum.jscalendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A strict checker of JSCalendar documents, written from RFC 8984's text for the tests: no
 * independent validator is published where the build can reach it. It knows every object type of
 * the RFC with its properties ({@link JsCalendarTypes}), and reports, with the JSON Pointer of the
 * place:
 *
 * <ul>
 *   <li>{@code MISSING} &mdash; a mandatory property is absent ({@code @type}, {@code uid}, {@code
 *       updated}, an Event's {@code start}, a Group's {@code entries}, a Participant's {@code roles},
 *       a Link's {@code href}, a VirtualLocation's {@code uri}, a rule's {@code frequency}…);
 *   <li>{@code UNKNOWN_PROPERTY} &mdash; a property the object's type does not define and whose name
 *       has no vendor prefix (§3.3: "MUST be prefixed with a domain name");
 *   <li>{@code WRONG_TYPE} &mdash; a JSON value of another type than the property's (§1.4);
 *   <li>{@code SYNTAX} &mdash; a string that is not of its data type's syntax: Id (§1.4.1), UTCDateTime
 *       (§1.4.3), LocalDateTime (§1.4.4), Duration (§1.4.6), SignedDuration (§1.4.7), TimeZoneId (§1.4.8),
 *       a language tag, a geo: URI, a URI, a patch's pointer (§1.4.9);
 *   <li>{@code ENUM} &mdash; a value outside an enumeration that is neither registered nor
 *       vendor-specific; {@code TYPE} &mdash; an {@code @type} other than the one the place takes;
 *   <li>{@code RANGE} &mdash; a number out of its range (priority 0&ndash;9, interval 1 or more);
 *   <li>{@code COUNT_AND_UNTIL} &mdash; a recurrence rule with both (§4.3.3);
 *   <li>{@code PATCH} &mdash; a patch object whose pointers overlap, or whose result is not valid.
 * </ul>
 */
final class JsCalendarChecker {

    /** A problem: its code and place. */
    record Problem(String code, String pointer, String detail) {
        @Override
        public String toString() {
            return code + " at " + (pointer.isEmpty() ? "/" : pointer) + ": " + detail;
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    final List<Problem> problems = new ArrayList<>();

    private JsCalendarChecker() {}

    /** The problems of a document; empty if it is valid. */
    static List<Problem> check(JsonNode document) {
        JsCalendarChecker checker = new JsCalendarChecker();
        checker.object(document, "", Set.of("Event", "Task", "Group"));
        return checker.problems;
    }

    /** The problems of a document's bytes. */
    static List<Problem> check(byte[] document) {
        return check(MAPPER.readTree(document));
    }

    /** The codes of a document's problems, each once, sorted. */
    static Set<String> codes(byte[] document) {
        return check(document).stream().map(Problem::code).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Fails, listing the problems, unless the document is valid. */
    static void assertValid(byte[] document) {
        List<Problem> found = check(document);
        if (!found.isEmpty()) {
            throw new AssertionError("not valid JSCalendar:\n  " + found.stream().map(Problem::toString)
                    .collect(Collectors.joining("\n  ")) + "\n" + new String(document, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    void problem(String code, String pointer, String detail) {
        problems.add(new Problem(code, pointer, detail));
    }

    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Checks an object whose {@code @type} must be one of some types, and its properties against
     * its type's table.
     */
    void object(JsonNode node, String pointer, Set<String> types) {
        if (!node.isObject()) {
            problem("WRONG_TYPE", pointer, "must be an object of type " + types);
            return;
        }
        JsonNode type = node.get("@type");
        if (type == null) {
            problem("MISSING", child(pointer, "@type"), "@type is mandatory");
            return;
        }
        if (!type.isString() || !types.contains(type.asString())) {
            problem("TYPE", child(pointer, "@type"), "must be one of " + types + ", not " + type);
            return;
        }
        properties(node, pointer, type.asString(), true);
    }

    /**
     * Checks an object's properties against the table of its type.
     *
     * @param mandatory whether to require the mandatory properties (a patch's result need not)
     */
    void properties(JsonNode node, String pointer, String type, boolean mandatory) {
        Map<String, JsCalendarTypes.Type> table = JsCalendarTypes.properties(type);
        if (mandatory) {
            for (String required : JsCalendarTypes.mandatory(type)) {
                if (!node.has(required)) {
                    problem("MISSING", child(pointer, required), type + "." + required + " is mandatory");
                }
            }
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            String at = child(pointer, name);
            JsCalendarTypes.Type check = table.get(name);
            if (check != null) {
                check.check(this, property.getValue(), at);
            } else if (!JsCalendarTypes.isVendorSpecific(name)) {
                problem("UNKNOWN_PROPERTY", at, "not a property of " + type + " and not vendor-prefixed");
            }
        }
        patches(node, pointer, type, "localizations", JsCalendarTypes.LANGUAGE_TAG);
        patches(node, pointer, type, "recurrenceOverrides", JsCalendarTypes.LOCAL_DATE_TIME);
        if (type.equals("RecurrenceRule") && node.has("count") && node.has("until")) {
            problem("COUNT_AND_UNTIL", pointer, "count and until MUST NOT both be given");
        }
    }

    /** The patch objects of {@code localizations} (§4.6.1) or {@code recurrenceOverrides} (§4.3.5), by key. */
    private void patches(JsonNode node, String pointer, String type, String name, JsCalendarTypes.Type key) {
        JsonNode all = node.get(name);
        if (all == null || !all.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : all.properties()) {
            String at = child(child(pointer, name), e.getKey());
            key.check(this, JsonMapper.builder().build().getNodeFactory().stringNode(e.getKey()), at);
            patch(e.getValue(), at, node, type);
        }
    }

    /**
     * Checks a patch object (§1.4.9) applied to an object: its keys are pointers that do not
     * overlap, and the patched object is valid for its type.
     */
    void patch(JsonNode patch, String pointer, JsonNode target, String type) {
        if (!patch.isObject()) {
            problem("WRONG_TYPE", pointer, "a PatchObject is an object");
            return;
        }
        List<String> keys = new ArrayList<>(patch.propertyNames());
        for (String key : keys) {
            if (key.startsWith("/") || key.isEmpty() || key.matches(".*~[^01].*|.*~$")) {
                problem("SYNTAX", child(pointer, key), "not a patch pointer (implicitly prefixed with /)");
                return;
            }
            for (String other : keys) {
                if (!other.equals(key) && other.startsWith(key + "/")) {
                    problem("PATCH", child(pointer, other), "overlaps the pointer " + key);
                    return;
                }
            }
        }
        ObjectNode patched = (ObjectNode) target.deepCopy();
        patched.remove("localizations");
        patched.remove("recurrenceOverrides");
        for (String key : keys) {
            if (!apply(patched, key.split("/", -1), patch.get(key))) {
                problem("PATCH", child(pointer, key), "the pointer's parent does not exist in the object");
                return;
            }
        }
        int before = problems.size();
        properties(patched, pointer, type, true);
        for (int i = before; i < problems.size(); i++) {
            Problem p = problems.get(i);
            problems.set(i, new Problem("PATCH", p.pointer(), "the patched object is not valid: " + p));
        }
    }

    /** Sets (or, for null, removes) the value at a pointer's path; false if the parent is absent. */
    private static boolean apply(ObjectNode target, String[] path, JsonNode value) {
        JsonNode parent = target;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.get(unescape(path[i]));
            if (parent == null || !parent.isObject()) {
                return false;
            }
        }
        String last = unescape(path[path.length - 1]);
        if (value.isNull()) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return true;
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
