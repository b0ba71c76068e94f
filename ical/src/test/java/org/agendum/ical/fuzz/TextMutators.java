package org.agendum.ical.fuzz;

import static org.agendum.ical.IcsEventFormat.MAX_DOCUMENT_BYTES;
import static org.agendum.ical.IcsEventFormat.MAX_TEXT_LENGTH;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Mutators of texts, UIDs and parameters: too long, odd characters, odd escapes. */
final class TextMutators {

    private TextMutators() {}

    /**
     * Gives a text property a value of {@code MAX_TEXT_LENGTH} characters plus -1, 0 or 1, twice
     * that, or 100,000, counted after unescaping: ASCII, two-byte letters, emoji (two chars each)
     * or {@code \n} escapes (two bytes for one char); folded or on one line. The rich profile's
     * STRUCTURED-DATA, which would win over the text, is removed most of the time.
     */
    static Mutation longText(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        // The rich profile's JSON wins over every text of the file: most of the time, it goes.
        boolean json = lines.removeIf(l -> ByteText.name(l).equals("STRUCTURED-DATA") && Draws.chance(random, 0.7));
        String property = Draws.one(random, "SUMMARY", "SUMMARY", "SUMMARY", "SUMMARY", "SUMMARY", "DESCRIPTION",
                "CATEGORIES", "CATEGORIES", "X-WR-CALNAME", "X-WR-CALDESC", "LOCATION", "UID");
        int length = Draws.one(random, MAX_TEXT_LENGTH - 1, MAX_TEXT_LENGTH, MAX_TEXT_LENGTH + 1, MAX_TEXT_LENGTH + 1,
                2 * MAX_TEXT_LENGTH, 100_000);
        String unit = Draws.one(random, "a", "é", "😀", "\\n", "\\,");
        int chars = unit.equals("😀") ? 2 : 1;
        String value = ByteText.utf8(unit.repeat(length / chars) + (length % chars == 1 ? "x" : ""));
        String line = property + ":" + value;
        boolean folded = random.nextBoolean();
        // Half the time the first SUMMARY, which every dialect but the rich one reads as the title.
        int first = TextMutators.firstIndex(lines, "SUMMARY");
        if (property.equals("SUMMARY") && first >= 0 && random.nextBoolean()) {
            lines.set(first, folded ? ByteText.fold(line, 75) : line);
        } else {
            set(lines, property, folded ? ByteText.fold(line, 75) : line, random);
        }
        return Mutation.of("long-text", ByteText.joinCrlf(lines), property + " of " + length + " chars of '" + unit + "'"
                + (folded ? ", folded" : "") + (json ? ", STRUCTURED-DATA removed" : ""));
    }

    /** Adds a line of 0.1 to 8 MB that agendum skips or reads without a limit (PRODID). */
    static Mutation longLine(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        // A line longer than the whole document may be, twice in five: refused whatever else the
        // case does, so that the property sees this mutator refused as well as read.
        int over = (int) MAX_DOCUMENT_BYTES + 1;
        int bytes = Draws.one(random, 100_000, 1_000_000, 8_000_000, over, over);
        String name = Draws.one(random, "X-FUZZ-LONG", "ATTACH", "PRODID", "DTSTAMP", "ATTENDEE;CN=" + "c".repeat(1000));
        String line = name + ":" + "b".repeat(bytes);
        int at = Draws.one(random, Spans.calendarStart(lines), Math.max(0, Spans.calendarEnd(lines)));
        Spans.Span vevent = Spans.any(lines, "VEVENT", random);
        if (vevent != null && random.nextBoolean()) {
            at = vevent.begin() + 1;
        }
        lines.add(at, line);
        return Mutation.of("long-line", ByteText.joinCrlf(lines), name.replaceAll(";.*", ";CN=…") + " of " + bytes
                + " bytes at line " + (at + 1));
    }

    /** Odd characters in a text: controls, DEL, NUL, odd escapes, BOMs, bidi controls, combining marks. */
    static Mutation oddText(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        String property = Draws.one(random, "SUMMARY", "DESCRIPTION", "CATEGORIES", "X-WR-CALNAME", "STATUS", "URL");
        String odd = Draws.one(random, "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "\\", "\\x", "\\\\n", "\\N",
                "^n^'^^", "\ufeff", "\ufffe", "\uffff", "\u200e\u202e", "\u2028", "\u0301".repeat(5_000), ";", ",", "\"",
                "\t", " ", "\\;\\,", "\u0000".repeat(100), "\u007f".repeat(64));
        String label = odd.length() > 8 ? "U+" + Integer.toHexString(odd.charAt(0)).toUpperCase() + " x" + odd.length()
                : odd.chars().mapToObj(c -> c < 0x20 || c >= 0x7f ? "U+" + Integer.toHexString(c).toUpperCase()
                        : String.valueOf((char) c)).reduce("", String::concat);
        int i = index(lines, property, random);
        if (i < 0) {
            lines.add(Math.max(0, Spans.calendarEnd(lines)), property + ":" + ByteText.utf8(odd));
        } else {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            int p = Draws.between(random, colon + 1, line.length());
            lines.set(i, line.substring(0, p) + ByteText.utf8(odd) + line.substring(p));
        }
        return Mutation.of("odd-text", ByteText.joinCrlf(lines), property + " with " + label);
    }

    /**
     * Odd UIDs: empty, blank, only a domain, broken percent-encodings, a block's or registration's
     * UID form, a megabyte long, raw non-ASCII, two {@code @}; or no UID, or every VEVENT with the
     * same.
     */
    static Mutation oddUid(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        String uid = Draws.one(random, "", " ", "@", "@agendum", "x@", "%ZZ@agendum", "%C3@agendum", "%00@agendum",
                "%25@agendum", "a b@agendum", "event.block@agendum", "event+registration@agendum", "é😀@agendum",
                "x@agendum@agendum", "\t@agendum", "-@agendum", "%E2%80%AE@agendum", "u".repeat(1_000_000) + "@agendum",
                "(none)", "(same)");
        List<Integer> uids = ByteText.indexes(lines, "UID");
        if (uids.isEmpty()) {
            return Mutation.of("odd-uid", document, "no UID");
        }
        String label = uid.length() > 40 ? uid.length() + " chars" : "'" + uid + "'";
        switch (uid) {
            case "(none)" -> lines.remove((int) Draws.one(random, uids));
            case "(same)" -> {
                String first = lines.get(uids.get(0));
                uids.forEach(i -> lines.set(i, first));
            }
            default -> lines.set(Draws.one(random, uids), "UID:" + ByteText.utf8(uid));
        }
        return Mutation.of("odd-uid", ByteText.joinCrlf(lines), label);
    }

    /**
     * Odd parameters: half the time on a time (DTSTART, DTEND) or on STRUCTURED-DATA, whose
     * parameters agendum reads, with one that breaks them (no value, an unclosed quote, an unknown
     * or empty TZID); otherwise on any of a few properties, with an odd but harmless one (caret
     * escapes, Apple's {@code \;}, VALUE=DATE or PERIOD, a quoted TZID, ten thousand parameters).
     */
    static Mutation oddParams(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        boolean breaking = random.nextBoolean();
        String property = breaking ? Draws.one(random, "DTSTART", "DTEND", "STRUCTURED-DATA")
                : Draws.one(random, "DTSTART", "DTEND", "SUMMARY", "STRUCTURED-DATA", "UID", "ATTENDEE", "RDATE");
        String parameter = breaking ? Draws.one(random, ";NOVALUE", ";X-A=\"unclosed;VALUE=DATE", ";TZID=Fuzz/Unknown", ";=x",
                ";TZID=\"a\"\"b\"")
                : Draws.one(random, ";;", ";TZID=\"Europe/Berlin\"", ";VALUE=DATE", ";VALUE=PERIOD", ";X-CARET=^n^'^^",
                        ";X-Q=\"a:b;c\"", ";X-ADDRESS=Hauptstraße 1-5\\; 4041 Linz", ";X-MANY=1".repeat(10_000),
                        ";FMTTYPE=application/json", ";TZID=");
        int i = index(lines, property, random);
        if (i < 0) {
            return Mutation.of("odd-params", document, "no " + property);
        }
        String line = lines.get(i);
        int at = Math.min(ByteText.name(line).length(), line.length());
        lines.set(i, line.substring(0, at) + ByteText.utf8(parameter) + line.substring(at));
        return Mutation.of("odd-params", ByteText.joinCrlf(lines), property + (parameter.length() > 40 ? " ;X-MANY=1 x10000"
                : " " + parameter));
    }

    /** Replaces a random line of a property's name, or adds one to a VEVENT (or the calendar). */
    static void set(List<String> lines, String property, String line, Random random) {
        int i = index(lines, property, random);
        if (i >= 0) {
            lines.set(i, line);
            return;
        }
        Spans.Span vevent = Spans.any(lines, "VEVENT", random);
        boolean calendar = property.startsWith("X-WR") || vevent == null;
        lines.add(calendar ? Spans.calendarStart(lines) : vevent.begin() + 1, line);
    }

    /** The first line with a property's name, or -1. */
    static int firstIndex(List<String> lines, String property) {
        for (int i = 0; i < lines.size(); i++) {
            if (ByteText.name(lines.get(i)).equals(property)) {
                return i;
            }
        }
        return -1;
    }

    /** A random line with a property's name, or -1. */
    static int index(List<String> lines, String property, Random random) {
        List<Integer> found = ByteText.indexes(lines, property);
        return found.isEmpty() ? -1 : Draws.one(random, found);
    }
}
