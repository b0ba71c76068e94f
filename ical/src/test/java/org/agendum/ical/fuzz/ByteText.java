package org.agendum.ical.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Documents as strings of bytes, one {@code char} per byte (ISO-8859-1), so that every edit keeps
 * invalid UTF-8 as it is, and the helpers the mutators share: lines, content lines, folding.
 */
public final class ByteText {

    private ByteText() {}

    /** The byte string of a document. */
    public static String of(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The bytes of a byte string. */
    public static byte[] bytes(String document) {
        return document.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A text's UTF-8 bytes, as a byte string. */
    public static String utf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The text a byte string holds, if it is valid UTF-8 (else with replacement characters). */
    public static String text(String bytes) {
        return new String(bytes(bytes), StandardCharsets.UTF_8);
    }

    /**
     * Splits a document into physical lines, each with its line end (CRLF, LF or CR; the last one
     * may have none), as RFC 5545 readers split them.
     */
    public static List<String> physicalLines(String document) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < document.length()) {
            char c = document.charAt(i);
            if (c == '\r' || c == '\n') {
                int end = c == '\r' && i + 1 < document.length() && document.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(document.substring(start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < document.length()) {
            lines.add(document.substring(start));
        }
        return lines;
    }

    /** A physical line without its line end. */
    public static String content(String physicalLine) {
        int end = physicalLine.length();
        while (end > 0 && (physicalLine.charAt(end - 1) == '\r' || physicalLine.charAt(end - 1) == '\n')) {
            end--;
        }
        return physicalLine.substring(0, end);
    }

    /** A physical line's line end. */
    public static String ending(String physicalLine) {
        return physicalLine.substring(content(physicalLine).length());
    }

    /** The number of physical lines: one more than the line ends, not counting a last empty line. */
    public static int lineCount(byte[] document) {
        int lines = 0;
        boolean open = false;
        for (int i = 0; i < document.length; i++) {
            byte b = document[i];
            if (b == '\n' || b == '\r') {
                if (b == '\r' && i + 1 < document.length && document[i + 1] == '\n') {
                    i++;
                }
                lines++;
                open = false;
            } else {
                open = true;
            }
        }
        return lines + (open ? 1 : 0);
    }

    /**
     * Unfolds a document (RFC 5545 §3.1) into content lines without line ends: a physical line
     * that starts with a space or a tab continues the one before (after a blank line, or at the
     * start, it is a line of its own without that whitespace); blank lines stay, as empty lines.
     */
    public static List<String> contentLines(String document) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = null;
        for (String physical : physicalLines(document)) {
            String line = content(physical);
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (continuation && current != null && current.length() > 0) {
                current.append(line, 1, line.length());
                continue;
            }
            if (current != null) {
                lines.add(current.toString());
            }
            current = new StringBuilder(continuation ? line.stripLeading() : line);
        }
        if (current != null) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** Joins content lines with CRLF, each line followed by one. */
    public static String joinCrlf(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append("\r\n");
        }
        return out.toString();
    }

    /** Folds a content line every {@code width} bytes, with CRLF and a space. */
    public static String fold(String line, int width) {
        if (line.length() <= width) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + line.length() / width * 3);
        for (int i = 0; i < line.length(); i += width) {
            if (i > 0) {
                out.append("\r\n ");
            }
            out.append(line, i, Math.min(line.length(), i + width));
        }
        return out.toString();
    }

    /** A content line's name, upper case: what comes before the first {@code ;} or {@code :}. */
    public static String name(String contentLine) {
        int end = 0;
        while (end < contentLine.length() && contentLine.charAt(end) != ':' && contentLine.charAt(end) != ';') {
            end++;
        }
        return contentLine.substring(0, end).trim().toUpperCase(Locale.ROOT);
    }

    /** The indexes of the content lines of a name (as {@link #name} reads it), in order. */
    public static List<Integer> indexes(List<String> contentLines, String name) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < contentLines.size(); i++) {
            if (name(contentLines.get(i)).equals(name)) {
                found.add(i);
            }
        }
        return found;
    }

    /** A content line's value: what follows the first {@code :} (quotes are not looked at). */
    public static String value(String contentLine) {
        int colon = contentLine.indexOf(':');
        return colon < 0 ? "" : contentLine.substring(colon + 1);
    }

    /** Whether a content line is {@code BEGIN:component} or {@code END:component}, case-insensitively. */
    public static boolean is(String contentLine, String name, String component) {
        return name(contentLine).equals(name) && value(contentLine).trim().equalsIgnoreCase(component);
    }

    /** RFC 5545 TEXT escaping (§3.3.11): backslash, semicolon, comma and line breaks. */
    public static String escapeText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Undoes RFC 5545 TEXT escaping. */
    public static String unescapeText(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
