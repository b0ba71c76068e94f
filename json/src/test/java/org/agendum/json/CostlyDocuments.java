package org.agendum.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Documents that cost the reader the most heap for their size: many small values, each of which
 * becomes an object of the model (or tokens kept to be read later), strings as long as the limits
 * allow, or both. Each is generated as it is read, so that a 60 MB document never exists in
 * memory: literal text, and sections of a unit repeated with a counter.
 *
 * <p>{@link #document(long)} fills a document with units up to a number of tokens (every value,
 * field name, and start and end of an array or object is one) and to {@link
 * JsonEventFormat#MAX_DOCUMENT_BYTES}, whichever comes first.
 */
enum CostlyDocuments {

    /** A list of texts of one character: a string for every four bytes. */
    TEXTS(Minimal.START + "\"topics\":[", 1, i -> "\"a\"", "]," + Minimal.END),

    /** Child blocks of one block: a block for every eight tokens. */
    BLOCKS(Minimal.START + "\"agenda\":{\"blocks\":[{\"id\":\"b\",\"kind\":\"talk\",\"title\":\"t\","
            + "\"timing\":{\"duration\":\"PT1M\"},\"children\":[", 8,
            i -> "{\"id\":\"c" + i + "\",\"kind\":\"talk\",\"title\":\"t\"}", "]}]}}"),

    /** Links: a URI object for every four tokens. */
    LINKS(Minimal.START + "\"links\":[", 4, i -> "{\"url\":\"a:b\"}", "]," + Minimal.END),

    /**
     * Parties that nothing refers to, after the agenda and with the format version last: the root
     * is kept as tokens until the version is found, each party once more as tokens until it is
     * referred to, and the first is reported unused at the end.
     */
    PARTIES("{\"id\":\"e\",\"title\":\"T\",\"zone\":\"UTC\",\"start\":\"2021-06-11T13:00\",\"agenda\":{},"
            + "\"parties\":[", 8, i -> "{\"id\":\"p" + i + "\",\"type\":\"person\",\"name\":\"P\"}",
            "],\"formatVersion\":1}"),

    /**
     * Texts as long as a string may be, of a character that takes two bytes in UTF-8 and two in a
     * Java string: the most characters a document of the largest size holds.
     */
    LONG_TEXTS(Minimal.START + "\"topics\":[", 1, CostlyDocuments::longText, "]," + Minimal.END),

    /** Long texts for two thirds of the bytes, then as many parties as the tokens allow, as in {@link #PARTIES}. */
    LONG_TEXTS_AND_PARTIES("{\"id\":\"e\",\"title\":\"T\",\"zone\":\"UTC\",\"start\":\"2021-06-11T13:00\",\"agenda\":{},"
            + "\"topics\":[", List.of(CostlyDocuments::longText), 20, "],\"parties\":[", 8,
            i -> "{\"id\":\"p" + i + "\",\"type\":\"person\",\"name\":\"P\"}", "],\"formatVersion\":1}");

    /** An event's required fields, around the costly one. */
    private static final class Minimal {
        static final String START = "{\"formatVersion\":1,\"id\":\"e\",\"title\":\"T\",\"zone\":\"UTC\","
                + "\"start\":\"2021-06-11T13:00\",";
        static final String END = "\"agenda\":{}}";
    }

    private final String head;
    private final IntFunction<String> firstUnit;
    private final int firstUnits;
    private final String between;
    private final int unitTokens;
    private final IntFunction<String> unit;
    private final String tail;

    CostlyDocuments(String head, int unitTokens, IntFunction<String> unit, String tail) {
        this(head, List.of(), 0, "", unitTokens, unit, tail);
    }

    CostlyDocuments(String head, List<IntFunction<String>> firstUnit, int firstUnits, String between, int unitTokens,
            IntFunction<String> unit, String tail) {
        this.head = head;
        this.firstUnit = firstUnit.isEmpty() ? null : firstUnit.get(0);
        this.firstUnits = firstUnits;
        this.between = between;
        this.unitTokens = unitTokens;
        this.unit = unit;
        this.tail = tail;
    }

    /** A string of the longest length read, of characters of two bytes. */
    private static String longText(int i) {
        return "\"" + "\u0101".repeat(JsonEventFormat.MAX_STRING_LENGTH) + "\"";
    }

    /** The tokens of everything but the repeated units. */
    long fixedTokens() {
        return tokensBefore() + tokens(tail);
    }

    /** The tokens before the first repeated unit. */
    long tokensBefore() {
        return tokens(head) + firstUnits + tokens(between);
    }

    /** The tokens of one repeated unit. */
    int unitTokens() {
        return unitTokens;
    }

    /** The number of the repeated units in a document of at most {@code tokens} tokens and the largest size. */
    int units(long tokens) {
        long byTokens = (tokens - fixedTokens()) / unitTokens;
        long fixedBytes = bytes(head) + bytes(between) + bytes(tail)
                + (firstUnit == null ? 0 : firstUnits * (bytes(firstUnit.apply(0)) + 1L));
        long byBytes = (JsonEventFormat.MAX_DOCUMENT_BYTES - fixedBytes) / (bytes(unit.apply(9_999_999)) + 1);
        return (int) Math.min(byTokens, byBytes);
    }

    /** The tokens in a document of {@code units} repeated units. */
    long tokensWith(int units) {
        return fixedTokens() + (long) unitTokens * units;
    }

    /** The document with as many units as fit in {@code tokens} tokens and the largest size. */
    InputStream document(long tokens) {
        return document(units(tokens));
    }

    /** The document with {@code units} repeated units. */
    InputStream document(int units) {
        return new Generated(units);
    }

    private static int bytes(String text) {
        return text.getBytes(UTF_8).length;
    }

    /** Counts the tokens of a JSON text by its punctuation: enough for the literal parts above, with no "\"" in strings. */
    static long tokens(String json) {
        long tokens = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                inString = !inString;
                tokens += inString ? 1 : 0;
            } else if (!inString && "{}[]".indexOf(c) >= 0) {
                tokens++;
            } else if (!inString && Character.isDigit(c) && (i == 0 || !Character.isDigit(json.charAt(i - 1)))) {
                tokens++;
            }
        }
        return tokens;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The document, made as it is read. */
    private final class Generated extends InputStream {
        private final int units;
        private byte[] current = head.getBytes(UTF_8);
        private int at;
        /** The next piece: first units, the text between, the units, the tail, the end. */
        private int firstNext;
        private boolean betweenServed;
        private int next;
        private boolean tailServed;

        Generated(int units) {
            this.units = units;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            while (at == current.length) {
                if (firstNext < firstUnits) {
                    current = ((firstNext > 0 ? "," : "") + firstUnit.apply(firstNext)).getBytes(UTF_8);
                    firstNext++;
                } else if (!betweenServed) {
                    current = between.getBytes(UTF_8);
                    betweenServed = true;
                } else if (next < units) {
                    current = ((next > 0 ? "," : "") + unit.apply(next)).getBytes(UTF_8);
                    next++;
                } else if (!tailServed) {
                    current = tail.getBytes(UTF_8);
                    tailServed = true;
                } else {
                    return -1;
                }
                at = 0;
            }
            int count = Math.min(length, current.length - at);
            System.arraycopy(current, at, buffer, offset, count);
            at += count;
            return count;
        }
    }
}
