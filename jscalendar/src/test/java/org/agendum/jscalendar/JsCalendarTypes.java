package org.agendum.jscalendar;

import static org.agendum.jscalendar.JsCalendarChecker.child;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneRulesProvider;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * RFC 8984's object types and their properties, as the strict checker ({@link JsCalendarChecker})
 * applies them: section by section, each property with its data type (§1.4) or enumeration.
 */
final class JsCalendarTypes {

    /** A check of one property's value. */
    interface Type {
        void check(JsCalendarChecker checker, JsonNode value, String pointer);
    }

    /** §3.3: a vendor-specific name or value is prefixed with a domain name and a colon. */
    private static final Pattern VENDOR = Pattern.compile("(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}:.+");
    /** §1.4.1: 1 to 255 characters of the base64url alphabet, without padding. */
    private static final Pattern ID_SYNTAX = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    /** §1.4.3 and §1.4.4: upper-case T and Z, seconds, a fraction only without trailing zeros. */
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d*[1-9])?");
    /** §1.4.6: RFC 5545's dur-value without years, months or signs, and with fractional seconds. */
    private static final Pattern DURATION = Pattern.compile(
            "P(?:\\d+W|\\d+D(?:T(?:\\d+H(?:\\d+M(?:\\d+(?:\\.\\d*[1-9])?S)?)?|\\d+M(?:\\d+(?:\\.\\d*[1-9])?S)?|\\d+(?:\\.\\d*[1-9])?S))?"
                    + "|T(?:\\d+H(?:\\d+M(?:\\d+(?:\\.\\d*[1-9])?S)?)?|\\d+M(?:\\d+(?:\\.\\d*[1-9])?S)?|\\d+(?:\\.\\d*[1-9])?S))");
    /** RFC 5646, loosely: a primary subtag and subtags. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    /** RFC 5870: latitude and longitude, an optional altitude and parameters. */
    private static final Pattern GEO = Pattern.compile("geo:-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?(,-?\\d+(\\.\\d+)?)?(;.*)?",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Map<String, Type>> TABLES = new HashMap<>();
    private static final Map<String, List<String>> MANDATORY = new HashMap<>();

    private JsCalendarTypes() {}

    static Map<String, Type> properties(String type) {
        return TABLES.getOrDefault(type, Map.of());
    }

    static List<String> mandatory(String type) {
        return MANDATORY.getOrDefault(type, List.of());
    }

    static boolean isVendorSpecific(String name) {
        return VENDOR.matcher(name).matches();
    }

    // ---- data types (§1.4) ----

    static final Type STRING = (c, v, p) -> expect(c, v.isString(), p, "a String");
    static final Type BOOLEAN = (c, v, p) -> expect(c, v.isBoolean(), p, "a Boolean");
    static final Type INT = (c, v, p) -> expect(c, v.isIntegralNumber() && v.canConvertToLong()
            && Math.abs(v.longValue()) <= 9007199254740991L, p, "an Int (§1.4.2)");
    static final Type UNSIGNED_INT = (c, v, p) -> expect(c, v.isIntegralNumber() && v.canConvertToLong()
            && v.longValue() >= 0 && v.longValue() <= 9007199254740991L, p, "an UnsignedInt (§1.4.2)");
    static final Type ID = syntax(ID_SYNTAX, "an Id (§1.4.1)");
    static final Type UTC_DATE_TIME = (c, v, p) -> dateTime(c, v, p, true);
    static final Type LOCAL_DATE_TIME = (c, v, p) -> dateTime(c, v, p, false);
    static final Type DURATION_TYPE = syntax(DURATION, "a Duration (§1.4.6)");
    static final Type SIGNED_DURATION = (c, v, p) -> DURATION_TYPE.check(c,
            v.isString() && (v.asString().startsWith("-") || v.asString().startsWith("+"))
                    ? stringNode(v.asString().substring(1)) : v, p);
    static final Type LANGUAGE_TAG = syntax(LANGUAGE, "a language tag (RFC 5646)");
    static final Type GEO_URI = syntax(GEO, "a geo: URI (RFC 5870)");
    static final Type URI_TYPE = JsCalendarTypes::uri;
    /** Patch objects by key: checked against their object by the checker itself, which has it. */
    static final Type PATCHES = (c, v, p) -> expect(c, v.isObject(), p, "an object of patch objects");
    static final Type TIME_ZONE_ID = (c, v, p) -> {
        if (v.isNull()) {
            return;
        }
        if (!v.isString()) {
            c.problem("WRONG_TYPE", p, "a TimeZoneId is a String");
        } else if (!v.asString().startsWith("/") && !ZoneRulesProvider.getAvailableZoneIds().contains(v.asString())) {
            c.problem("SYNTAX", p, "not a time zone of the IANA database (§1.4.8): " + v.asString());
        }
    };

    private static JsonNode stringNode(String text) {
        return tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text);
    }

    private static void expect(JsCalendarChecker c, boolean ok, String pointer, String what) {
        if (!ok) {
            c.problem("WRONG_TYPE", pointer, "must be " + what);
        }
    }

    private static Type syntax(Pattern pattern, String what) {
        return (c, v, p) -> {
            if (!v.isString()) {
                c.problem("WRONG_TYPE", p, "must be " + what);
            } else if (!pattern.matcher(v.asString()).matches()) {
                c.problem("SYNTAX", p, "not " + what + ": " + v.asString());
            }
        };
    }

    private static void dateTime(JsCalendarChecker c, JsonNode v, String p, boolean utc) {
        String what = utc ? "a UTCDateTime (§1.4.3)" : "a LocalDateTime (§1.4.4)";
        if (!v.isString()) {
            c.problem("WRONG_TYPE", p, "must be " + what);
            return;
        }
        String text = v.asString();
        if (utc != text.endsWith("Z") || !DATE_TIME.matcher(utc ? text.substring(0, text.length() - 1) : text).matches()) {
            c.problem("SYNTAX", p, "not " + what + ": " + text);
            return;
        }
        try {
            LocalDateTime.parse(utc ? text.substring(0, text.length() - 1) : text);
        } catch (DateTimeParseException e) {
            c.problem("SYNTAX", p, "not a date and time that exists: " + text);
        }
    }

    private static void uri(JsCalendarChecker c, JsonNode v, String p) {
        if (!v.isString()) {
            c.problem("WRONG_TYPE", p, "a URI is a String");
            return;
        }
        try {
            if (!new URI(v.asString()).isAbsolute()) {
                c.problem("SYNTAX", p, "not an absolute URI: " + v.asString());
            }
        } catch (URISyntaxException e) {
            c.problem("SYNTAX", p, "not a URI: " + v.asString());
        }
    }

    /** A string from an enumeration, registered values or vendor-specific ones (§3.3). */
    static Type oneOf(String... values) {
        Set<String> known = Set.of(values);
        return (c, v, p) -> {
            if (!v.isString()) {
                c.problem("WRONG_TYPE", p, "must be one of " + known);
            } else if (!known.contains(v.asString()) && !isVendorSpecific(v.asString())) {
                c.problem("ENUM", p, "not one of " + known + " nor vendor-specific: " + v.asString());
            }
        };
    }

    /** {@code A[B]}: an object whose keys are checked by one type and values by another. */
    static Type map(Type key, Type value) {
        return (c, v, p) -> {
            if (!v.isObject()) {
                c.problem("WRONG_TYPE", p, "must be an object (a map)");
                return;
            }
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                key.check(c, stringNode(e.getKey()), child(p, e.getKey()));
                value.check(c, e.getValue(), child(p, e.getKey()));
            }
        };
    }

    /** {@code A[]}: an array of values of one type. */
    static Type array(Type item) {
        return (c, v, p) -> {
            if (!v.isArray()) {
                c.problem("WRONG_TYPE", p, "must be an array");
                return;
            }
            for (int i = 0; i < v.size(); i++) {
                item.check(c, v.get(i), p + "/" + i);
            }
        };
    }

    /** An object of one of some {@code @type}s. */
    static Type object(String... types) {
        Set<String> allowed = Set.of(types);
        return (c, v, p) -> c.object(v, p, allowed);
    }

    /** {@code String[Boolean]} whose values are true and keys one of an enumeration or any string. */
    static Type flags(Type key) {
        return map(key, (c, v, p) -> {
            if (!v.isBoolean() || !v.booleanValue()) {
                c.problem("WRONG_TYPE", p, "the values of a set must be true (§1.4)");
            }
        });
    }

    static Type range(Type base, long min, long max) {
        return (c, v, p) -> {
            int before = c.problems.size();
            base.check(c, v, p);
            if (c.problems.size() == before && (v.longValue() < min || v.longValue() > max)) {
                c.problem("RANGE", p, "must be from " + min + " to " + max);
            }
        };
    }

    static void define(String type, List<String> mandatory, Map<String, Type> properties) {
        Map<String, Type> table = new LinkedHashMap<>(properties);
        table.put("@type", STRING);
        TABLES.put(type, table);
        MANDATORY.put(type, mandatory);
    }

    static {
        JsCalendarObjects.defineAll();
    }
}
