package org.agendum.ical.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Mutators that work on bytes, blind to what the bytes mean. */
final class ByteMutators {

    /** Bytes that mean something to a content line, and a few that UTF-8 never has. */
    private static final String INTERESTING = ":;,\"\\\r\n \t\u0000\u007f\u0080\u00bf\u00c3\u00ff=^";

    /** Byte sequences that are not UTF-8, each labelled. */
    private static final List<String[]> INVALID_UTF8 = List.of(
            new String[] {"continuation", "\u0080"},
            new String[] {"lone-BF", "\u00bf"},
            new String[] {"overlong-slash", "\u00c0\u00af"},
            new String[] {"overlong-C1", "\u00c1\u00bf"},
            new String[] {"overlong-3", "\u00e0\u0080\u00af"},
            new String[] {"surrogate-D800", "\u00ed\u00a0\u0080"},
            new String[] {"surrogate-DFFF", "\u00ed\u00bf\u00bf"},
            new String[] {"above-10FFFF", "\u00f4\u0090\u0080\u0080"},
            new String[] {"five-bytes", "\u00f8\u0088\u0080\u0080\u0080"},
            new String[] {"FE", "\u00fe"},
            new String[] {"FF", "\u00ff"},
            new String[] {"truncated-3", "\u00e2\u0082"},
            new String[] {"truncated-4", "\u00f0\u009f\u0098"},
            new String[] {"truncated-2", "\u00c3"});

    private ByteMutators() {}

    /** Flips one bit of 1 to 8 bytes, or replaces them with interesting bytes. */
    static Mutation flip(String document, Random random) {
        if (document.isEmpty()) {
            return Mutation.of("byte-flip", document, "empty");
        }
        char[] bytes = document.toCharArray();
        int count = Draws.between(random, 1, 8);
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int p = random.nextInt(bytes.length);
            bytes[p] = random.nextBoolean() ? (char) ((bytes[p] ^ (1 << random.nextInt(8))) & 0xFF)
                    : INTERESTING.charAt(random.nextInt(INTERESTING.length()));
            at.add(p);
        }
        return Mutation.of("byte-flip", new String(bytes), count + " at " + at);
    }

    /** Inserts 1 to 8 runs of 1 to 4 interesting or random bytes. */
    static Mutation insert(String document, Random random) {
        StringBuilder out = new StringBuilder(document);
        int count = Draws.between(random, 1, 8);
        for (int i = 0; i < count; i++) {
            StringBuilder run = new StringBuilder();
            for (int n = Draws.between(random, 1, 4); n > 0; n--) {
                run.append(random.nextBoolean() ? INTERESTING.charAt(random.nextInt(INTERESTING.length()))
                        : (char) random.nextInt(256));
            }
            out.insert(random.nextInt(out.length() + 1), run);
        }
        return Mutation.of("byte-insert", out.toString(), String.valueOf(count));
    }

    /** Deletes 1 to 8 runs of 1 to 16 bytes. */
    static Mutation delete(String document, Random random) {
        StringBuilder out = new StringBuilder(document);
        int count = Draws.between(random, 1, 8);
        for (int i = 0; i < count && out.length() > 0; i++) {
            int from = random.nextInt(out.length());
            out.delete(from, Math.min(out.length(), from + Draws.between(random, 1, 16)));
        }
        return Mutation.of("byte-delete", out.toString(), String.valueOf(count));
    }

    /**
     * Puts a byte sequence that is not UTF-8 into a line: in a property agendum reads (which must
     * then be refused at that line), in another (skipped unread, so the file may still import), at
     * a line's end, or across a fold.
     */
    static Mutation invalidUtf8(String document, Random random) {
        List<String> lines = ByteText.physicalLines(document);
        if (lines.isEmpty()) {
            return Mutation.of("invalid-utf8", document, "empty");
        }
        String[] sequence = Draws.one(random, INVALID_UTF8);
        List<Integer> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String name = ByteText.name(lines.get(i));
            if (name.equals("SUMMARY") || name.equals("UID") || name.equals("DTSTART") || name.equals("DESCRIPTION")
                    || name.equals("CATEGORIES") || name.equals("STRUCTURED-DATA") || name.equals("TZID")
                    || name.equals("BEGIN")) {
                read.add(i);
            }
        }
        int index = !read.isEmpty() && random.nextBoolean() ? Draws.one(random, read) : random.nextInt(lines.size());
        String line = ByteText.content(lines.get(index));
        String where = Draws.one(random, "value", "end", "name", "fold");
        String changed = switch (where) {
            case "value" -> {
                int colon = line.indexOf(':');
                int p = colon < 0 ? line.length() : Draws.between(random, colon + 1, line.length());
                yield line.substring(0, p) + sequence[1] + line.substring(p);
            }
            case "end" -> line + sequence[1];
            case "name" -> sequence[1] + line;
            default -> {
                int p = line.isEmpty() ? 0 : random.nextInt(line.length());
                yield line.substring(0, p) + sequence[1] + "\r\n " + line.substring(p);
            }
        };
        lines.set(index, changed + ByteText.ending(lines.get(index)));
        return Mutation.of("invalid-utf8", String.join("", lines), sequence[0] + " " + where + " of line " + (index + 1));
    }
}
