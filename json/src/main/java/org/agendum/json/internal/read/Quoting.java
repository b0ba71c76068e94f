package org.agendum.json.internal.read;

import java.util.Locale;

/** How the reader's messages quote the values they name: cut short, and escaped where JSON would. */
final class Quoting {

    /** The most characters of a value a message quotes. */
    static final int QUOTED_LENGTH = 60;

    private Quoting() {}

    /** A value quoted for a message, at most {@value #QUOTED_LENGTH} characters of it: {@code 'value'}. */
    static String quote(String value) {
        return "'" + shortened(value) + "'";
    }

    /** A string as a JSON string, at most {@value #QUOTED_LENGTH} characters of it: {@code "value"}. */
    static String asJson(String text) {
        return '"' + escaped(shortened(text)) + '"';
    }

    /** At most {@value #QUOTED_LENGTH} characters of a value, never half a surrogate pair, "…" if cut. */
    static String shortened(String value) {
        if (value.length() <= QUOTED_LENGTH) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(QUOTED_LENGTH - 1)) ? QUOTED_LENGTH - 1 : QUOTED_LENGTH;
        return value.substring(0, end) + "…";
    }

    /** A string's characters as inside a JSON string: quotes, backslashes and controls escaped. */
    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\t' -> escaped.append("\\t");
                case '\r' -> escaped.append("\\r");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
