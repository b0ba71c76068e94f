package org.agendum.ical.fuzz;

import static org.agendum.ical.IcsEventFormat.MAX_COMPONENTS;
import static org.agendum.ical.IcsEventFormat.MAX_DOCUMENT_BYTES;
import static org.agendum.ical.IcsEventFormat.MAX_NESTING_DEPTH;
import static org.agendum.ical.IcsEventFormat.MAX_PROPERTIES;
import static org.agendum.ical.IcsEventFormat.MAX_PROPERTIES_PER_COMPONENT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutators of a document's components: nesting, counts, sizes and ENDs, most of them drawn just
 * under, at and just over a documented limit of {@link org.agendum.ical.IcsEventFormat}.
 */
final class StructureMutators {

    /** Bytes a mutator may make a document grow to (the limit itself is {@link #documentSize}'s). */
    static final int ROOM = 12_000_000;

    /**
     * The properties agendum reads, by component (the parser's list, which {@code
     * IcsEventFormat}'s Javadoc sums up as "UID, DTSTART, SUMMARY, CATEGORIES…"); only these count
     * towards {@code MAX_PROPERTIES_PER_COMPONENT}. The first ones of each list are repeated.
     */
    private static final Map<String, List<String>> READ = Map.of(
            "VCALENDAR", List.of("X-WR-CALNAME", "X-WR-CALDESC", "X-WR-TIMEZONE", "PRODID"),
            "VEVENT", List.of("CATEGORIES", "SUMMARY", "DESCRIPTION", "URL", "RELATED-TO", "STATUS", "UID", "DTSTART",
                    "DTEND", "DURATION", "RRULE", "STRUCTURED-DATA"),
            "VTIMEZONE", List.of("TZID", "X-LIC-LOCATION"),
            "STANDARD", List.of("RDATE", "DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE"),
            "DAYLIGHT", List.of("RDATE", "DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE"));
    private static final Map<String, Integer> REPEATED = Map.of("VCALENDAR", 4, "VEVENT", 6, "VTIMEZONE", 2, "STANDARD", 1,
            "DAYLIGHT", 1);

    private StructureMutators() {}

    /**
     * Opens components inside one another so that the document nests {@code MAX_NESTING_DEPTH}
     * levels plus -3 to +2, or a hundred, a thousand or fifty thousand levels, closed again or not.
     */
    static Mutation deepNesting(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        List<Spans.Span> spans = Spans.of(lines);
        Spans.Span host = spans.isEmpty() ? null : Draws.one(random, spans);
        int at = host == null ? lines.size() : host.begin() + 1;
        int depthThere = host == null ? 0 : host.depth();
        int target = Draws.one(random, MAX_NESTING_DEPTH - 3, MAX_NESTING_DEPTH - 1, MAX_NESTING_DEPTH,
                MAX_NESTING_DEPTH, MAX_NESTING_DEPTH + 1, MAX_NESTING_DEPTH + 2, 100, 1_000, 50_000);
        int levels = Math.max(0, target - depthThere);
        String name = Draws.one(random, "X-NEST", "VALARM", "VEVENT", "VCALENDAR", "VTIMEZONE", "STANDARD", "PARTICIPANT");
        boolean closed = Draws.chance(random, 0.7);
        List<String> inserted = new ArrayList<>(levels * 2);
        for (int i = 0; i < levels; i++) {
            inserted.add("BEGIN:" + name);
        }
        if (closed) {
            for (int i = 0; i < levels; i++) {
                inserted.add("END:" + name);
            }
        }
        lines.addAll(at, inserted);
        return Mutation.of("deep-nesting", ByteText.joinCrlf(lines),
                levels + " " + name + " at line " + (at + 1) + " (depth " + (depthThere + levels) + ")"
                        + (closed ? "" : ", unclosed"));
    }

    /**
     * Adds components: tiny unknown ones up to {@code MAX_COMPONENTS} plus -2 to +2 in all; or
     * copies of a VEVENT (10 to 20,000, with its UID, with distinct UIDs, or all with the UID of
     * another), as many as fit in {@link #ROOM} bytes.
     */
    static Mutation manyComponents(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        int end = Spans.calendarEnd(lines);
        if (Draws.chance(random, 0.4)) {
            int existing = DocumentShape.of(ByteText.bytes(document)).components();
            int wanted = Math.max(0, MAX_COMPONENTS + Draws.between(random, -2, 2) - existing);
            String name = Draws.one(random, "X-TINY", "VALARM", "VTODO");
            List<String> tiny = new ArrayList<>(wanted * 2);
            for (int i = 0; i < wanted; i++) {
                tiny.add("BEGIN:" + name);
                tiny.add("END:" + name);
            }
            lines.addAll(end, tiny);
            return Mutation.of("many-components", ByteText.joinCrlf(lines), wanted + " " + name + ", " + (existing + wanted)
                    + " in all");
        }
        Spans.Span vevent = Spans.any(lines, "VEVENT", random);
        if (vevent == null) {
            return Mutation.of("many-components", document, "no VEVENT");
        }
        List<String> copy = lines.subList(vevent.begin(), vevent.end() + 1);
        int size = copy.stream().mapToInt(l -> l.length() + 2).sum();
        int copies = Math.min(Draws.one(random, 10, 100, 1_000, 10_000, 20_000), ROOM / Math.max(1, size));
        String uids = Draws.one(random, "same", "distinct", "another");
        String first = uidOf(lines, Spans.named(lines, "VEVENT").get(0));
        String another = first.length() > 200 ? "x" : first; // a UID made huge by another mutator is not repeated
        List<String> added = new ArrayList<>(copies * copy.size());
        for (int i = 0; i < copies; i++) {
            for (String line : copy) {
                if (ByteText.name(line).equals("UID") && !uids.equals("same")) {
                    added.add(uids.equals("distinct") ? line + "-" + i : "UID:" + another);
                } else {
                    added.add(line);
                }
            }
        }
        lines.addAll(vevent.end() + 1, added);
        return Mutation.of("many-components", ByteText.joinCrlf(lines), copies + " copies of the VEVENT of line "
                + (vevent.begin() + 1) + ", " + uids + " UIDs");
    }

    /**
     * Repeats a property agendum reads in one component so that it has {@code
     * MAX_PROPERTIES_PER_COMPONENT} of them plus -1 to +1, or a thousand more; or adds fifty
     * thousand properties agendum skips (which do not count).
     */
    static Mutation manyProperties(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        List<Spans.Span> spans = Spans.of(lines).stream().filter(s -> READ.containsKey(s.name())).toList();
        if (spans.isEmpty()) {
            return Mutation.of("many-properties", document, "no component");
        }
        Spans.Span span = Draws.one(random, spans);
        if (Draws.chance(random, 0.25)) {
            // Read properties over the document's limit, none of its components over its own.
            int perEvent = MAX_PROPERTIES_PER_COMPONENT - 100;
            int events = MAX_PROPERTIES / perEvent + Draws.one(random, 2, -2, 3);
            String event = "BEGIN:VEVENT\r\nUID:many\r\nDTSTART:20260101T100000Z\r\n"
                    + "CATEGORIES:c\r\n".repeat(perEvent - 2) + "END:VEVENT";
            lines.addAll(1, Collections.nCopies(events, event)); // after the first line, the VCALENDAR's BEGIN
            return Mutation.of("many-properties", ByteText.joinCrlf(lines), events + " VEVENTs of " + perEvent
                    + " read properties after line 1");
        }
        if (Draws.chance(random, 0.15)) {
            List<String> skipped = Collections.nCopies(50_000, Draws.one(random, "ATTENDEE;CN=x:mailto:x@example.org",
                    "X-FUZZ:skipped", "COMMENT:skipped"));
            lines.addAll(span.begin() + 1, skipped);
            return Mutation.of("many-properties", ByteText.joinCrlf(lines), "50000 skipped in " + span.name() + " of line "
                    + (span.begin() + 1));
        }
        List<String> read = READ.get(span.name());
        int existing = 0;
        int depth = 0;
        for (int i = span.begin() + 1; i < span.end(); i++) {
            String property = ByteText.name(lines.get(i));
            depth += property.equals("BEGIN") ? 1 : property.equals("END") ? -1 : 0;
            existing += depth == 0 && read.contains(property) ? 1 : 0;
        }
        int total = MAX_PROPERTIES_PER_COMPONENT + Draws.one(random, -1, 0, 1, 1, 1_000);
        String name = read.get(random.nextInt(REPEATED.get(span.name())));
        List<String> added = new ArrayList<>();
        for (int i = existing; i < total; i++) {
            added.add(switch (name) {
                case "RDATE" -> "RDATE:" + String.format(java.util.Locale.ROOT, "2%03d0101T000000", i % 1000);
                case "URL" -> "URL:https://example.org/" + i;
                case "STATUS" -> "STATUS:CONFIRMED";
                case "X-WR-TIMEZONE" -> "X-WR-TIMEZONE:Europe/Paris";
                case "X-LIC-LOCATION" -> "X-LIC-LOCATION:Europe/Paris";
                case "TZID" -> "TZID:Fuzz/Repeated";
                case "PRODID" -> "PRODID:-//fuzz//" + i + "//EN";
                default -> name + ":fuzz " + i;
            });
        }
        lines.addAll(span.end(), added);
        return Mutation.of("many-properties", ByteText.joinCrlf(lines), total + " read in " + span.name() + " of line "
                + (span.begin() + 1) + " (" + added.size() + " " + name + ")");
    }

    /**
     * Edits an END: removes one, renames one, writes one otherwise (parameters, case, spaces),
     * closes the calendar early or twice, adds an END or a BEGIN without a name or a line after the
     * calendar's end, or removes the VCALENDAR (components without a calendar).
     */
    static Mutation endEdits(String document, Random random) {
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        List<Integer> ends = ByteText.indexes(lines, "END");
        if (ends.isEmpty()) {
            return Mutation.of("end-edits", document, "no END");
        }
        int i = Draws.one(random, ends);
        String what;
        // Half the edits keep the document readable.
        switch (random.nextBoolean() ? Draws.one(random, 5, 6, 8) : Draws.one(random, 0, 1, 2, 3, 4, 7, 9)) {
            case 0 -> {
                lines.remove(i);
                what = "removed END of line " + (i + 1);
            }
            case 1 -> {
                lines.set(i, lines.get(i) + Draws.one(random, "X", "-", " ", ";X=1"));
                what = "renamed END of line " + (i + 1);
            }
            case 2 -> {
                lines.add(i, "END:VCALENDAR");
                what = "END:VCALENDAR at line " + (i + 1);
            }
            case 3 -> {
                lines.add("END:VCALENDAR");
                what = "END:VCALENDAR twice";
            }
            case 4 -> {
                lines.add(random.nextInt(lines.size() + 1), Draws.one(random, "END:", "BEGIN:", "END: ", "BEGIN:\t"));
                what = "END or BEGIN without a name";
            }
            case 5 -> {
                // The calendar's own properties go too: a document must start with a BEGIN.
                int first = Spans.calendarStart(lines);
                while (first < lines.size() && !ByteText.name(lines.get(first)).equals("BEGIN")) {
                    first++;
                }
                lines.subList(0, Math.min(first, lines.size())).clear();
                lines.removeIf(l -> ByteText.is(l, "END", "VCALENDAR"));
                what = "no VCALENDAR";
            }
            case 6 -> {
                lines.set(i, Draws.one(random, "END;X-FUZZ=1:", "end:", "End : ", "END:\t") + ByteText.value(lines.get(i)).trim()
                        + Draws.one(random, "", " ", "\t"));
                what = "END of line " + (i + 1) + " written otherwise";
            }
            case 7 -> {
                lines.add(Math.min(lines.size(), Spans.calendarEnd(lines) + 1), Draws.one(random, "BEGIN:VCALENDAR", "END:VEVENT",
                        "BEGIN:VEVENT"));
                what = "a line after END:VCALENDAR";
            }
            case 8 -> {
                lines.addAll(List.of("BEGIN:VCALENDAR", "BEGIN:VTODO", "SUMMARY:Another calendar", "END:VTODO",
                        "END:VCALENDAR"));
                what = "a second VCALENDAR after the first";
            }
            default -> {
                lines.add(0, "END:VEVENT");
                what = "END before BEGIN";
            }
        }
        return Mutation.of("end-edits", ByteText.joinCrlf(lines), what);
    }

    /**
     * Pads the document with a property agendum skips to exactly {@code MAX_DOCUMENT_BYTES} plus
     * -1, 0, 1 or 4,096 bytes: one long line, or folded, inside a VEVENT or the VCALENDAR.
     */
    static Mutation documentSize(String document, Random random) {
        int target = (int) MAX_DOCUMENT_BYTES + Draws.one(random, -1, 0, 0, 1, 4_096);
        List<String> lines = new ArrayList<>(ByteText.contentLines(document));
        Spans.Span vevent = Spans.any(lines, "VEVENT", random);
        int at = vevent != null && random.nextBoolean() ? vevent.begin() + 1 : Spans.calendarStart(lines);
        boolean folded = random.nextBoolean();
        String prefix = Draws.one(random, "X-FUZZ-PAD:", "ATTACH:data:", "COMMENT:");
        lines.add(at, prefix);
        int room = target - ByteText.joinCrlf(lines).length();
        if (room < 0) {
            return Mutation.of("document-size", document, "no room");
        }
        // Folding adds CRLF and a space after every 75 bytes; take the longest padding that fits,
        // then trailing spaces (which the line keeps, unfolded) make the size exact.
        int pad = folded ? Math.max(0, (int) ((long) (prefix.length() + room) * 75 / 78) - prefix.length() - 1) : room;
        String line = folded ? ByteText.fold(prefix + "a".repeat(pad), 75) : prefix + "a".repeat(pad);
        line += " ".repeat(Math.max(0, prefix.length() + room - line.length()));
        lines.set(at, line);
        String result = ByteText.joinCrlf(lines);
        return Mutation.of("document-size", result, result.length() + " bytes" + (result.length() == target ? "" : " (not "
                + target + ")") + ", " + (folded ? "folded" : "one line"));
    }

    /** Writes the calendar two to five times, one after the other (libical's and holiday files do). */
    static Mutation concatenated(String document, Random random) {
        int times = Draws.between(random, 2, 5);
        return Mutation.of("concatenated", document.repeat(Math.min(times, Math.max(1, ROOM / Math.max(1, document.length())))),
                times + " times");
    }

    private static String uidOf(List<String> lines, Spans.Span vevent) {
        int i = Spans.property(lines, vevent, "UID");
        return i < 0 ? "x" : ByteText.value(lines.get(i));
    }
}
