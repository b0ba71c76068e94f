package org.agendum.ical.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.agendum.core.model.Organization;
import org.agendum.json.JsonEventFormat;

/**
 * Mutators of the JSON a rich file carries in STRUCTURED-DATA (a file without one gets a small
 * agendum event there first): parent chains, deep nesting, nested blocks, lone surrogates, DEL
 * and control characters, another id, odd numbers, cut or repeated keys, strings at the JSON
 * format's length limit.
 */
final class JsonMutators {

    /** What agendum's rich profile writes before the JSON. */
    static final String PARAMETERS = ";VALUE=TEXT;FMTTYPE=application/json;SCHEMA=\"https://agendum.org/schema/event/1.json\"";

    private JsonMutators() {}

    /** Mutates the JSON of the first STRUCTURED-DATA, one way drawn at random. */
    static Mutation structuredJson(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            at = ByteText.name(lines.get(i)).equals("STRUCTURED-DATA") ? i : -1;
        }
        String json;
        String note = "";
        if (at >= 0) {
            String line = ByteText.text(lines.get(at));
            int colon = line.indexOf(":{");
            json = colon < 0 ? ByteText.unescapeText(ByteText.value(line)) : ByteText.unescapeText(line.substring(colon + 1));
        } else {
            Spans.Span vevent = Spans.any(lines, "VEVENT", random);
            if (vevent == null) {
                return Mutation.of("structured-json", document, "no VEVENT");
            }
            int uid = Spans.property(lines, vevent, "UID");
            String id = uid < 0 ? "fuzz" : ByteText.text(ByteText.value(lines.get(uid))).replaceAll("@.*", "");
            json = "{\"formatVersion\":1,\"id\":\"" + id.replace("\\", "").replace("\"", "") + "\",\"title\":\"Fuzz\","
                    + "\"zone\":\"UTC\",\"start\":\"2021-06-11T13:00\",\"agenda\":{\"blocks\":[]}}";
            at = vevent.begin() + 1;
            lines.add(at, "STRUCTURED-DATA" + PARAMETERS + ":");
            note = "added, ";
        }
        String[] mutated = mutate(json, random);
        lines.set(at, "STRUCTURED-DATA" + PARAMETERS + ":" + ByteText.utf8(ByteText.escapeText(mutated[0])));
        return Mutation.of("structured-json", ByteText.joinCrlf(lines), note + mutated[1]);
    }

    private static String[] mutate(String json, Random random) {
        return switch (random.nextInt(11)) {
            case 0, 1 -> parentChain(json, random);
            case 2 -> deepArrays(json, random);
            case 3 -> nestedBlocks(json, random);
            case 4 -> {
                String text = Draws.one(random, "\\ud800", "x\\udc00y", "\\ud83d\\ude00", "\\ud83d", "\\udfff\\ud800",
                        "\\u0000", "\\u007f", "\u007f".repeat(64), "\u0001", "\\uFFFE", "\\u");
                yield new String[] {replaceFirstString(json, "title", text), "title '" + text + "'"};
            }
            case 5 -> {
                String id = Draws.one(random, "other", "", " ", "a b", "\\ud800", "x".repeat(10_000));
                yield new String[] {replaceFirstString(json, "id", id), "id '" + (id.length() > 20 ? id.length() + " chars"
                        : id) + "'"};
            }
            case 6 -> {
                String number = Draws.one(random, "1e999999", "9".repeat(200), "-0", "2", "1.0", "0x1", "NaN", "-1");
                yield new String[] {json.replaceFirst("\"formatVersion\":\\s*1", "\"formatVersion\":" + number),
                    "formatVersion " + (number.length() > 20 ? number.length() + " digits" : number)};
            }
            case 7 -> {
                int cut = json.isEmpty() ? 0 : random.nextInt(json.length());
                yield new String[] {json.substring(0, cut), "cut at " + cut};
            }
            case 8 -> new String[] {json.replaceFirst("\\{", "{\"title\":\"first\",\"title\":\"second\","), "repeated key"};
            case 9 -> {
                int length = JsonEventFormat.MAX_STRING_LENGTH + Draws.one(random, -1, 0, 1);
                yield new String[] {replaceFirstString(json, "title", "t".repeat(length)), "title of " + length + " chars"};
            }
            default -> {
                int from = json.isEmpty() ? 0 : random.nextInt(json.length());
                int to = Math.min(json.length(), from + Draws.between(random, 1, 40));
                yield new String[] {json.substring(0, from) + json.substring(to), "cut " + from + ".." + to};
            }
        };
    }

    /**
     * Organizations each the parent of the one before: {@code MAX_PARENT_DEPTH} levels plus -1, 0
     * or 1, a hundred, three thousand, or a cycle.
     */
    private static String[] parentChain(String json, Random random) {
        int levels = Draws.one(random, Organization.MAX_PARENT_DEPTH - 1, Organization.MAX_PARENT_DEPTH,
                Organization.MAX_PARENT_DEPTH + 1, 100, 3_000, -1);
        boolean cycle = levels < 0;
        int count = cycle ? 3 : levels + 1;
        StringBuilder parties = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String parent = i + 1 < count ? "fuzz-o" + (i + 1) : cycle ? "fuzz-o0" : null;
            parties.append(i == 0 ? "" : ",").append("{\"id\":\"fuzz-o").append(i)
                    .append("\",\"type\":\"organization\",\"name\":\"Org ").append(i).append('"')
                    .append(parent == null ? "" : ",\"parent\":\"" + parent + "\"").append('}');
        }
        String label = cycle ? "parent cycle" : "parent chain of " + levels;
        // A party nothing refers to is refused: the chain's first organization organizes the event.
        json = json.contains("\"organizers\":[") ? json.replaceFirst("\"organizers\":\\[", "\"organizers\":[\"fuzz-o0\",")
                .replace("\"fuzz-o0\",]", "\"fuzz-o0\"]")
                : json.replaceFirst("\\{", "{\"organizers\":[\"fuzz-o0\"],");
        if (json.contains("\"parties\":[")) {
            return new String[] {json.replaceFirst("\"parties\":\\[", Matcher.quoteReplacement("\"parties\":[" + parties
                + ",")).replace(parties + ",]", parties + "]"), label};
        }
        return new String[] {json.replaceFirst("\\{", Matcher.quoteReplacement("{\"parties\":[" + parties + "],")), label};
    }

    /** Arrays in arrays, around the JSON format's nesting limit or far beyond it. */
    private static String[] deepArrays(String json, Random random) {
        int depth = Draws.one(random, JsonEventFormat.MAX_NESTING_DEPTH - 2, JsonEventFormat.MAX_NESTING_DEPTH,
                JsonEventFormat.MAX_NESTING_DEPTH + 1, 1_000, 100_000);
        String topics = "[".repeat(depth) + "]".repeat(depth);
        return new String[] {json.replaceFirst("\\{", "{\"topics\":" + topics + ","), "arrays " + depth + " deep"};
    }

    /**
     * A top-level block of an hour with children nested 10 to 60 levels (untimed, so valid), about
     * as deep as the JSON format's nesting limit allows: each level is an object in an array.
     */
    private static String[] nestedBlocks(String json, Random random) {
        int levels = Draws.one(random, 10, 40, 47, 48, 49, 50, 60);
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            block.append("{\"id\":\"fuzz-b").append(i).append("\",\"kind\":\"other\",\"title\":\"Nested ").append(i)
                    .append('"').append(i == 0 ? ",\"timing\":{\"duration\":\"PT1H\"}" : "")
                    .append(i + 1 < levels ? ",\"children\":[" : "");
        }
        for (int i = 0; i < levels; i++) {
            block.append(i == 0 ? "}" : "]}");
        }
        String label = "block nested " + levels + " deep";
        if (json.contains("\"blocks\":[")) {
            String blocks = json.contains("\"blocks\":[]") ? "\"blocks\":[" + block + "]" : "\"blocks\":[" + block + ",";
            return new String[] {json.replaceFirst("\"blocks\":\\[\\]?", Matcher.quoteReplacement(blocks)),
                label};
        }
        return new String[] {json.replaceFirst("\\{", Matcher.quoteReplacement("{\"agenda\":{\"blocks\":["
                + block + "]},")), label};
    }

    /** Replaces the first string value of a key. */
    private static String replaceFirstString(String json, String key, String value) {
        String marker = "\"" + key + "\":\"";
        int start = json.indexOf(marker);
        if (start < 0) {
            return json.replaceFirst("\\{", Matcher.quoteReplacement("{\"" + key + "\":\"" + value + "\","));
        }
        int from = start + marker.length();
        int to = from;
        while (to < json.length() && json.charAt(to) != '"') {
            to += json.charAt(to) == '\\' ? 2 : 1;
        }
        return json.substring(0, from) + value + json.substring(Math.min(to, json.length()));
    }
}
