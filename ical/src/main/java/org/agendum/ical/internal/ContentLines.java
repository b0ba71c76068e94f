package org.agendum.ical.internal;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 §3.1 content lines: each physical line at most 75 octets, continued on lines that start
 * with a space, ended by CRLF.
 *
 * <p>ical4j's {@code FoldingWriter} counts characters, not octets, so its lines of accented text or
 * emoji run past 75 octets (and a fold may split a surrogate pair). Its output is therefore unfolded
 * and folded again here, between code points, which never splits a UTF-8 sequence.
 */
public final class ContentLines {

    /** The longest physical line, in octets, without its CRLF (RFC 5545 §3.1). */
    public static final int MAX_OCTETS = 75;

    private static final String CRLF = "\r\n";

    private ContentLines() {}

    /**
     * Unfolds a document (removes every CRLF followed by a space or a tab) and folds it again at
     * {@value #MAX_OCTETS} octets.
     *
     * @param document a document of CRLF-ended content lines, folded or not
     * @return the same content lines, folded at octets, each ended by CRLF
     */
    public static String refold(String document) {
        String unfolded = unfold(document);
        StringBuilder out = new StringBuilder(document.length() + document.length() / 50);
        int from = 0;
        while (from < unfolded.length()) {
            int end = unfolded.indexOf(CRLF, from);
            if (end < 0) {
                end = unfolded.length();
            }
            fold(unfolded.substring(from, end), out);
            from = end + CRLF.length();
        }
        return out.toString();
    }

    /**
     * Unfolds a document: removes every CRLF followed by a space or a tab.
     *
     * @param document a document of CRLF-ended content lines
     * @return the same content lines, unfolded
     */
    public static String unfold(String document) {
        return document.replace("\r\n ", "").replace("\r\n\t", "");
    }

    private static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
