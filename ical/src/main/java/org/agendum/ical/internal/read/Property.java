package org.agendum.ical.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * A content line the reader keeps: its name, where it starts, its parameters as written (parsed only
 * when one is asked for) and its value.
 *
 * @param name the property's name
 * @param line the physical line the property starts on
 * @param parameters the parameters as written
 * @param value the value as written
 */
record Property(String name, int line, String parameters, String value) {

    /** The value as TEXT (RFC 5545 §3.3.11), unescaped. */
    String text() {
        return TextValues.unescape(value);
    }

    /** The value as a list of TEXT values separated by commas (CATEGORIES), each unescaped. */
    List<String> texts() {
        return TextValues.split(value);
    }

    /**
     * Returns a parameter's value: the first parameter of that name, unquoted and caret-decoded
     * (RFC 6868: {@code ^n} a line break, {@code ^'} a double quote, {@code ^^} a caret).
     *
     * @param parameter the parameter's name, upper case
     * @return the value, if the property has the parameter
     * @throws IcsProblem if the parameters cannot be split into {@code NAME=VALUE} pairs
     */
    Optional<String> parameter(String parameter) {
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        for (String[] pair : pairs()) {
            if (pair[0].equals(parameter)) {
                return Optional.of(caretDecoded(pair[1]));
            }
        }
        return Optional.empty();
    }

    /** NAME=VALUE pairs, split on the semicolons outside double quotes. */
    private List<String[]> pairs() {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < parameters.length(); i++) {
            char c = parameters.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                part.append(c);
            } else if (c == ';' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        List<String[]> pairs = new ArrayList<>();
        for (String p : parts) {
            int equals = p.indexOf('=');
            if (p.isBlank()) {
                continue; // "DTSTART;;VALUE=DATE-TIME": an empty parameter says nothing
            } else if (equals > 0) {
                pairs.add(new String[] {p.substring(0, equals).trim().toUpperCase(Locale.ROOT),
                        unquoted(p.substring(equals + 1))});
            } else if (!pairs.isEmpty() && pairs.get(pairs.size() - 1)[1].endsWith("\\")) {
                // Apple writes "X-ADDRESS=Hauptstraße 1-5\; 4041 Linz": a semicolon it meant as text.
                String[] previous = pairs.get(pairs.size() - 1);
                previous[1] = previous[1] + ";" + p;
            } else {
                throw new IcsProblem(Kind.SYNTAX, name + " has a parameter without a value: '" + p + "'", line, 0);
            }
        }
        return pairs;
    }

    private static String unquoted(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private static String caretDecoded(String value) {
        if (value.indexOf('^') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
            if (c == '^' && (next == 'n' || next == 'N' || next == '\'' || next == '^')) {
                out.append(next == '^' ? '^' : next == '\'' ? '"' : '\n');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
