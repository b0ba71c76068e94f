package org.agendum.ical.internal;

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
        StringBuilder out = new StringBuilder(document.length() + document.length() / 50);
        int octets = 0;
        int length = document.length();
        for (int i = 0; i < length; ) {
            char c = document.charAt(i);
            if (c == '\r' && i + 1 < length && document.charAt(i + 1) == '\n') {
                if (i + 2 < length && (document.charAt(i + 2) == ' ' || document.charAt(i + 2) == '\t')) {
                    i += 3; // a fold: the line goes on
                } else {
                    out.append(CRLF);
                    octets = 0;
                    i += 2;
                }
                continue;
            }
            int codePoint = document.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        if (octets > 0) {
            out.append(CRLF);
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

    /** The number of UTF-8 octets of a code point (an unpaired surrogate is written as '?', one). */
    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        } else if (codePoint < 0x800) {
            return 2;
        } else if (Character.isSurrogate((char) codePoint)) {
            return 1;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
