package org.agendum.ical.internal.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * Builds the tree of what the reader uses from a document's content lines, in one iterative pass:
 * the VCALENDAR with its VEVENTs and VTIMEZONEs (with their observances), each with only the
 * properties agendum reads. Every other component (VALARM, VTODO, VFREEBUSY, PARTICIPANT…) and
 * every other property is checked for its grammar and nesting and then skipped, so that a value
 * agendum never reads (an alarm's TRIGGER, a DTSTAMP without {@code Z}, a free/busy period) cannot
 * make a calendar unreadable.
 *
 * <p>A document with several VCALENDARs one after the other is read as one calendar with the
 * components of them all (the calendar's own properties are taken where they first appear); so is
 * one whose components have no VCALENDAR around them. A line that is not a content line continues
 * the property before it, after a line break. Properties outside any component are skipped.
 *
 * <p>Limits hold as the lines go by: at most {@link ReadLimits#components()} components, {@link
 * ReadLimits#depth()} levels of nesting, and {@link ReadLimits#componentProperties()} properties
 * read per component and {@link ReadLimits#properties()} per document.
 */
final class CalendarParser {

    static final String VCALENDAR = "VCALENDAR";
    static final String VEVENT = "VEVENT";
    static final String VTIMEZONE = "VTIMEZONE";

    /** The properties read, by component. */
    private static final Map<String, Set<String>> READ = Map.of(
            VCALENDAR, Set.of("PRODID", "X-WR-CALNAME", "X-WR-CALDESC", "X-WR-TIMEZONE"),
            VEVENT, Set.of("UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "STATUS", "CATEGORIES",
                    "URL", "RRULE", "EXDATE", "RDATE", "RELATED-TO", "STRUCTURED-DATA", "SEQUENCE"),
            VTIMEZONE, Set.of("TZID", "X-LIC-LOCATION"),
            "STANDARD", Set.of("DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE"),
            "DAYLIGHT", Set.of("DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE"));

    /** One instance of each name read, so that a million properties do not hold a million names. */
    private static final Map<String, String> NAMES = names();

    private static Map<String, String> names() {
        Map<String, String> names = new java.util.HashMap<>();
        READ.values().forEach(set -> set.forEach(name -> names.put(name, name)));
        return Map.copyOf(names);
    }

    /** The components kept, by the component they are in. */
    private static final Map<String, Set<String>> KEPT = Map.of(
            VCALENDAR, Set.of(VEVENT, VTIMEZONE),
            VTIMEZONE, Set.of("STANDARD", "DAYLIGHT"));

    private CalendarParser() {}

    /**
     * Parses a document.
     *
     * @param document the document's bytes
     * @param limits the limits
     * @return the VCALENDAR
     * @throws IcsProblem if the document is not iCalendar, its components do not nest, or it breaks
     *     a limit
     */
    static Component parse(byte[] document, ReadLimits limits) {
        ContentLineLexer lexer = new ContentLineLexer(document);
        if (!lexer.next()) {
            throw new IcsProblem(Kind.SYNTAX, "not iCalendar: the document is empty", 1, 0);
        }
        if (lexer.name() == null || !lexer.name().equals("BEGIN")) {
            throw new IcsProblem(Kind.SYNTAX, "not iCalendar: the document must start with BEGIN:VCALENDAR", lexer.lineNumber(), 1);
        }
        Component calendar = new Component(VCALENDAR, lexer.lineNumber());
        Deque<Frame> open = new ArrayDeque<>();
        int components = 0;
        int properties = 0;
        Pending pending = null;
        do {
            String name = lexer.name();
            if (name == null) {
                // Not a content line: the rest of a text whose line break its producer did not fold
                // (Google's and other exports have them in DESCRIPTION).
                if (pending != null) {
                    pending.value.append("\\n").append(lexer.line());
                }
                continue;
            }
            if (pending != null) {
                pending.add();
                pending = null;
            }
            Frame top = open.peek();
            if (name.equals("BEGIN")) {
                String component = componentName(lexer);
                if (++components > limits.components()) {
                    throw new IcsProblem(Kind.LIMIT, String.format(Locale.ROOT, "the calendar has more than %,d components",
                            limits.components()), lexer.lineNumber(), 0);
                }
                if (top == null) {
                    // A VCALENDAR, another one after the first (libical's and holiday files have several,
                    // read as one), or a component without one (read as if it had one).
                    open.push(new Frame(VCALENDAR, lexer.lineNumber(), calendar, !component.equals(VCALENDAR)));
                    if (component.equals(VCALENDAR)) {
                        continue;
                    }
                    top = open.peek();
                }
                if (open.size() >= limits.depth()) {
                    throw new IcsProblem(Kind.LIMIT, "components are nested more than " + limits.depth() + " levels deep",
                            lexer.lineNumber(), 0);
                }
                Component kept = null;
                if (top.component != null && KEPT.getOrDefault(top.name, Set.of()).contains(component)) {
                    kept = new Component(component, lexer.lineNumber());
                    top.component.add(kept);
                }
                open.push(new Frame(component, lexer.lineNumber(), kept, false));
            } else if (name.equals("END")) {
                String component = componentName(lexer);
                if (top == null) {
                    throw new IcsProblem(Kind.SYNTAX, "END:" + IcsProblem.shown(component) + " closes nothing", lexer.lineNumber(), 0);
                }
                if (!component.equals(top.name)) {
                    throw new IcsProblem(Kind.SYNTAX, "END:" + IcsProblem.shown(component) + " does not close BEGIN:"
                            + IcsProblem.shown(top.name) + " of line " + top.line,
                            lexer.lineNumber(), 0);
                }
                open.pop();
                if (open.size() == 1 && open.peek().implicit) {
                    open.pop();
                }
            } else if (top != null && top.component != null && READ.getOrDefault(top.name, Set.of()).contains(name)) {
                if (++top.properties > limits.componentProperties()) {
                    throw new IcsProblem(Kind.LIMIT, String.format(Locale.ROOT, "%s of line %d has more than %,d of the properties "
                            + "agendum reads", IcsProblem.shown(top.name), top.line, limits.componentProperties()), lexer.lineNumber(), 0);
                }
                if (++properties > limits.properties()) {
                    throw new IcsProblem(Kind.LIMIT, String.format(Locale.ROOT, "the calendar has more than %,d of the properties "
                            + "agendum reads", limits.properties()), lexer.lineNumber(), 0);
                }
                pending = new Pending(top.component, NAMES.get(name), lexer.lineNumber(), lexer.parameters(),
                        new StringBuilder(lexer.value()));
            } // else a property agendum does not read, or one outside any component: skipped
        } while (lexer.next());
        if (pending != null) {
            pending.add();
        }
        if (!open.isEmpty()) {
            Frame top = open.peek();
            String name = IcsProblem.shown(top.name);
            throw new IcsProblem(Kind.SYNTAX, "the document ends inside BEGIN:" + name + " of line " + top.line + " (no END:" + name
                    + ")", lexer.lastLine(), 0);
        }
        return calendar;
    }

    /**
     * The component a BEGIN or END names: letters, digits and hyphens (RFC 5545 §3.6), so that a
     * name is never a line's worth of text kept in a frame and repeated in messages.
     */
    private static String componentName(ContentLineLexer lexer) {
        String name = lexer.value().trim();
        if (name.isEmpty()) {
            throw new IcsProblem(Kind.SYNTAX, lexer.name() + " names no component", lexer.lineNumber(), 0);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                throw new IcsProblem(Kind.SYNTAX, lexer.name() + ":" + IcsProblem.shown(name) + " names no component (a component's"
                        + " name is letters, digits and hyphens)", lexer.lineNumber(), 0);
            }
        }
        return name.toUpperCase(Locale.ROOT);
    }

    /** A property read, kept until the next line shows whether that line continues it. */
    private record Pending(Component component, String name, int line, String parameters, StringBuilder value) {
        void add() {
            component.add(new Property(name, line, parameters, value.toString()));
        }
    }

    /**
     * An open component: its name and line, where its content goes if it is kept, whether it is a
     * VCALENDAR the document did not write, and how many of its properties were read.
     */
    private static final class Frame {
        final String name;
        final int line;
        final Component component;
        final boolean implicit;
        int properties;

        Frame(String name, int line, Component component, boolean implicit) {
            this.name = name;
            this.line = line;
            this.component = component;
            this.implicit = implicit;
        }
    }
}
