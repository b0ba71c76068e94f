package org.agendum.ical.fuzz;

/**
 * What a document is, measured from its bytes without the reader: its size, its components and how
 * deep they nest. The property's oracle for the limits: a document over {@link
 * org.agendum.ical.IcsEventFormat#MAX_DOCUMENT_BYTES}, with more components than {@link
 * org.agendum.ical.IcsEventFormat#MAX_COMPONENTS} or nested deeper than {@link
 * org.agendum.ical.IcsEventFormat#MAX_NESTING_DEPTH} can never be read as an event.
 *
 * <p>Lines are split and unfolded as RFC 5545 §3.1 says; a line counts as BEGIN or END only if
 * its name is made of the characters a name may have (letters, digits, hyphens; the reader also
 * tolerates {@code _} and {@code .}) and its value names a component, so this count is never
 * more than what a reader of the RFC's grammar sees. Nesting counts explicit BEGINs only (a
 * VEVENT without a VCALENDAR is one level here, two for the reader).
 *
 * @param bytes the document's size
 * @param lines its physical lines
 * @param components its BEGIN lines
 * @param depth the most components open at once
 */
public record DocumentShape(int bytes, int lines, int components, int depth) {

    /**
     * Measures a document.
     *
     * @param document the document's bytes
     * @return its shape
     */
    public static DocumentShape of(byte[] document) {
        int components = 0;
        int depth = 0;
        int max = 0;
        int lines = 0;
        int i = document.length >= 3 && (document[0] & 0xFF) == 0xEF && (document[1] & 0xFF) == 0xBB
                && (document[2] & 0xFF) == 0xBF ? 3 : 0;
        boolean previousBlank = true;
        while (i < document.length) {
            int end = i;
            while (end < document.length && document[end] != '\r' && document[end] != '\n') {
                end++;
            }
            lines++;
            boolean continuation = end > i && (document[i] == ' ' || document[i] == '\t');
            // Only content lines that may be BEGIN or END are unfolded and looked at.
            if (!(continuation && !previousBlank) && end > i) {
                int from = i;
                while (from < end && (document[from] == ' ' || document[from] == '\t')) {
                    from++;
                }
                if (from < end && (document[from] == 'B' || document[from] == 'b' || document[from] == 'E'
                        || document[from] == 'e')) {
                    String line = contentLine(document, from, end);
                    String name = strictName(line);
                    boolean named = !ByteText.value(line).trim().isEmpty();
                    if (name.equals("BEGIN") && named) {
                        components++;
                        max = Math.max(max, ++depth);
                    } else if (name.equals("END") && named) {
                        depth = Math.max(0, depth - 1);
                    }
                }
            }
            previousBlank = end == i;
            i = end < document.length && document[end] == '\r' && end + 1 < document.length && document[end + 1] == '\n'
                    ? end + 2 : end + 1;
        }
        return new DocumentShape(document.length, lines, components, max);
    }

    /** The content line that starts at {@code from}, unfolded (its continuation lines joined). */
    private static String contentLine(byte[] document, int from, int end) {
        StringBuilder line = new StringBuilder(ByteText.of(java.util.Arrays.copyOfRange(document, from, end)));
        int next = end < document.length && document[end] == '\r' && end + 1 < document.length && document[end + 1] == '\n'
                ? end + 2 : end + 1;
        while (next < document.length && (document[next] == ' ' || document[next] == '\t') && line.length() < 200) {
            int stop = next;
            while (stop < document.length && document[stop] != '\r' && document[stop] != '\n') {
                stop++;
            }
            line.append(ByteText.of(java.util.Arrays.copyOfRange(document, next + 1, stop)));
            next = stop < document.length && document[stop] == '\r' && stop + 1 < document.length && document[stop + 1] == '\n'
                    ? stop + 2 : stop + 1;
        }
        return line.toString();
    }

    /** The name of a content line, upper case, or "" if it is not a valid name. */
    private static String strictName(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) != ':' && line.charAt(end) != ';') {
            char c = line.charAt(end);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.';
            if (!ok) {
                return "";
            }
            end++;
        }
        return end == line.length() ? "" : line.substring(0, end).toUpperCase(java.util.Locale.ROOT);
    }
}
