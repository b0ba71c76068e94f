package org.agendum.ical.internal.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the tree of what the reader uses from a document's content lines, in one iterative pass:
 * the VCALENDAR with its VEVENTs and VTIMEZONEs (with their observances), each with only the
 * properties agendum reads. Every other component (VALARM, VTODO, VFREEBUSY, PARTICIPANT…) and
 * every other property is checked for its grammar and nesting and then skipped, so that a value
 * agendum never reads (an alarm's TRIGGER, a DTSTAMP without {@code Z}, a free/busy period) cannot
 * make a calendar unreadable.
 *
 * <p>A document with several VCALENDARs one after the other is read as one calendar with the
 * components of them all (the calendar's own properties are taken where they first appear).
 *
 * <p>Limits hold as the lines go by: at most {@link ReadLimits#components()} components and
 * {@link ReadLimits#depth()} levels of nesting.
 */
final class CalendarParser {

    static final String VCALENDAR = "VCALENDAR";
    static final String VEVENT = "VEVENT";
    static final String VTIMEZONE = "VTIMEZONE";

    /** The properties read, by component. */
    private static final Map<String, Set<String>> READ = Map.of(
            VCALENDAR, Set.of("PRODID", "X-WR-CALNAME", "X-WR-CALDESC", "X-WR-TIMEZONE"),
            VEVENT, Set.of("UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "STATUS", "CATEGORIES",
                    "URL", "RRULE", "RELATED-TO", "STRUCTURED-DATA"),
            VTIMEZONE, Set.of("TZID", "X-LIC-LOCATION"),
            "STANDARD", Set.of("DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE"),
            "DAYLIGHT", Set.of("DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE"));

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
     * @throws IcsProblem if the document is not one well-formed VCALENDAR within the limits
     */
    static Component parse(byte[] document, ReadLimits limits) {
        ContentLineLexer lexer = new ContentLineLexer(document);
        if (!lexer.next()) {
            throw new IcsProblem("not iCalendar: the document is empty", 1, 0);
        }
        if (!isBegin(lexer, VCALENDAR)) {
            throw new IcsProblem("not iCalendar: the document must start with BEGIN:VCALENDAR", lexer.lineNumber(), 1);
        }
        Component calendar = new Component(VCALENDAR, lexer.lineNumber());
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(VCALENDAR, lexer.lineNumber(), calendar));
        int components = 1;
        while (lexer.next()) {
            Frame top = open.peek();
            if (top == null) {
                if (!isBegin(lexer, VCALENDAR)) {
                    throw new IcsProblem("the document goes on after END:VCALENDAR with " + lexer.name()
                            + " instead of another VCALENDAR", lexer.lineNumber(), 0);
                }
                // Several calendars in one file (libical's and holiday files do it): read as one.
                open.push(new Frame(VCALENDAR, lexer.lineNumber(), calendar));
                continue;
            }
            String name = lexer.name();
            if (name.equals("BEGIN")) {
                String component = componentName(lexer);
                if (++components > limits.components()) {
                    throw new IcsProblem("the calendar has more than " + limits.components() + " components",
                            lexer.lineNumber(), 0);
                }
                if (open.size() >= limits.depth()) {
                    throw new IcsProblem("components are nested more than " + limits.depth() + " levels deep",
                            lexer.lineNumber(), 0);
                }
                Component kept = null;
                if (top.component != null && KEPT.getOrDefault(top.name, Set.of()).contains(component)) {
                    kept = new Component(component, lexer.lineNumber());
                    top.component.add(kept);
                }
                open.push(new Frame(component, lexer.lineNumber(), kept));
            } else if (name.equals("END")) {
                String component = componentName(lexer);
                if (!component.equals(top.name)) {
                    throw new IcsProblem("END:" + component + " does not close BEGIN:" + top.name + " of line " + top.line,
                            lexer.lineNumber(), 0);
                }
                open.pop();
            } else if (top.component != null && READ.getOrDefault(top.name, Set.of()).contains(name)) {
                top.component.add(new Property(name, lexer.lineNumber(), lexer.parameters(), lexer.value()));
            }
        }
        if (!open.isEmpty()) {
            Frame top = open.peek();
            throw new IcsProblem("the document ends inside BEGIN:" + top.name + " of line " + top.line
                    + " (no END:" + top.name + ")", top.line, 0);
        }
        return calendar;
    }

    private static boolean isBegin(ContentLineLexer lexer, String component) {
        return lexer.name().equals("BEGIN") && componentName(lexer).equals(component);
    }

    private static String componentName(ContentLineLexer lexer) {
        String name = lexer.value().trim().toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IcsProblem(lexer.name() + " names no component", lexer.lineNumber(), 0);
        }
        return name;
    }

    /** An open component: its name and line, and where its content goes if it is kept. */
    private record Frame(String name, int line, Component component) {}
}
