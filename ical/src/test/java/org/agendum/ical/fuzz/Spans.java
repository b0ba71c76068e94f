package org.agendum.ical.fuzz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The components of a document's content lines, found by BEGIN and END alone: where each begins
 * and ends, and how deep it is. A damaged document gives what its lines say (an END that closes
 * nothing is ignored; a component never closed ends at the last line).
 */
final class Spans {

    /**
     * A component.
     *
     * @param name its name, upper case
     * @param begin the index of its BEGIN line
     * @param end the index of its END line (the last line if it has none)
     * @param depth 1 for a component outside any other
     */
    record Span(String name, int begin, int end, int depth) {}

    private Spans() {}

    /** Every component, in the order of their BEGIN lines. */
    static List<Span> of(List<String> lines) {
        List<Span> spans = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {index into spans}
        for (int i = 0; i < lines.size(); i++) {
            String name = ByteText.name(lines.get(i));
            if (name.equals("BEGIN")) {
                spans.add(new Span(ByteText.value(lines.get(i)).trim().toUpperCase(Locale.ROOT), i, lines.size() - 1,
                        open.size() + 1));
                open.push(new int[] {spans.size() - 1});
            } else if (name.equals("END") && !open.isEmpty()) {
                int index = open.pop()[0];
                Span span = spans.get(index);
                spans.set(index, new Span(span.name(), span.begin(), i, span.depth()));
            }
        }
        return spans;
    }

    /** The components of a name. */
    static List<Span> named(List<String> lines, String name) {
        return of(lines).stream().filter(s -> s.name().equals(name)).toList();
    }

    /** A random component of a name, or null if there is none. */
    static Span any(List<String> lines, String name, Random random) {
        List<Span> found = named(lines, name);
        return found.isEmpty() ? null : Draws.one(random, found);
    }

    /** The index of the last END:VCALENDAR, or the number of lines if there is none. */
    static int calendarEnd(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (ByteText.is(lines.get(i), "END", "VCALENDAR")) {
                return i;
            }
        }
        return lines.size();
    }

    /** The index after the first BEGIN:VCALENDAR, or 0. */
    static int calendarStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (ByteText.is(lines.get(i), "BEGIN", "VCALENDAR")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The index of the first line of a component with a property's name, or -1. */
    static int property(List<String> lines, Span span, String property) {
        for (int i = span.begin() + 1; i < span.end(); i++) {
            if (ByteText.name(lines.get(i)).equals(property)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The depth the parser sees, counted from the BEGIN and END lines alone: the most components
     * open at once.
     */
    static int maxDepth(List<String> lines) {
        int depth = 0;
        int max = 0;
        for (String line : lines) {
            String name = ByteText.name(line);
            if (name.equals("BEGIN")) {
                max = Math.max(max, ++depth);
            } else if (name.equals("END")) {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }
}
