package org.agendum.ical.internal.read;

import java.util.ArrayList;
import java.util.List;

/** RFC 5545 §3.3.11 TEXT values: unescaping, and splitting lists on unescaped commas. */
final class TextValues {

    private TextValues() {}

    /** Undoes {@code \\ \; \, \n \N}; a backslash before anything else is kept, as clients do. */
    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                if (next == 'n' || next == 'N') {
                    out.append('\n');
                } else if (next == '\\' || next == ';' || next == ',') {
                    out.append(next);
                } else {
                    out.append(c).append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits a TEXT list on the commas that are not escaped, unescaping each part. */
    static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ',') {
                parts.add(unescape(value.substring(from, i)));
                from = i + 1;
            }
        }
        parts.add(unescape(value.substring(from)));
        return parts;
    }
}
