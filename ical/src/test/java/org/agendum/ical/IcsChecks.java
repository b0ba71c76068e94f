package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.agendum.core.model.Event;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/** Checks every export must pass, shared by the golden, example and property tests. */
final class IcsChecks {

    private IcsChecks() {}

    /** Parses a document with biweekly, the independent parser, and requires zero warnings. */
    static ICalendar parseWithoutWarnings(String document) {
        try (ICalReader reader = new ICalReader(document)) {
            List<ICalendar> calendars = reader.readAll();
            List<String> warnings = new ArrayList<>();
            for (ParseWarning warning : reader.getWarnings()) {
                warnings.add(warning.toString());
            }
            assertThat(warnings).as("biweekly parse warnings").isEmpty();
            assertThat(calendars).hasSize(1);
            return calendars.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every physical line ends with CRLF and has at most 75 octets before it. */
    static void assertLinesFoldedAtOctets(byte[] document) {
        assertThat(document.length).isPositive();
        assertThat(document[document.length - 2]).isEqualTo((byte) '\r');
        assertThat(document[document.length - 1]).isEqualTo((byte) '\n');
        int lineStart = 0;
        for (int i = 0; i < document.length; i++) {
            if (document[i] == '\n') {
                assertThat(i).as("LF at octet %d follows CR", i).isPositive();
                assertThat(document[i - 1]).as("LF at octet %d follows CR", i).isEqualTo((byte) '\r');
                assertThat(i - 1 - lineStart).as("octets in the line starting at octet %d", lineStart)
                        .isLessThanOrEqualTo(75);
                lineStart = i + 1;
            } else if (document[i] == '\r') {
                assertThat(i + 1 < document.length && document[i + 1] == '\n').as("CR at octet %d before LF", i)
                        .isTrue();
            }
        }
        // Decoding strictly would fail on a split sequence: the text re-encodes to the same bytes.
        assertThat(new String(document, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(document);
    }

    /** The content lines of a document, unfolded (RFC 5545 §3.1). */
    static List<String> contentLines(String document) {
        String unfolded = document.replace("\r\n ", "").replace("\r\n\t", "");
        List<String> lines = new ArrayList<>(List.of(unfolded.split("\r\n", -1)));
        assertThat(lines.remove(lines.size() - 1)).isEmpty();
        return lines;
    }

    /** The names of the properties and components of a document, one per content line. */
    static List<String> names(String document) {
        List<String> names = new ArrayList<>();
        for (String line : contentLines(document)) {
            int end = 0;
            while (end < line.length() && line.charAt(end) != ':' && line.charAt(end) != ';') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        return names;
    }

    /** Unescapes an RFC 5545 §3.3.11 TEXT value written by agendum. */
    static String unescapeText(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The unescaped value of the first property with a name after a line, e.g. SUMMARY after "UID:x". */
    static Optional<String> textAfter(String document, String uidLine, String property) {
        List<String> lines = contentLines(document);
        int from = lines.indexOf(uidLine);
        assertThat(from).as("line %s", uidLine).isNotNegative();
        for (int i = from; i < lines.size() && !lines.get(i).equals("END:VEVENT"); i++) {
            if (lines.get(i).startsWith(property + ":")) {
                return Optional.of(unescapeText(lines.get(i).substring(property.length() + 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * Every VEVENT's DTSTART and DTEND instants, as biweekly reads them, agree with agendum's
     * timetable; returns the UIDs seen.
     */
    static Map<String, VEvent> assertInstantsAgreeWithTimetable(Event event, ICalendar calendar) {
        return assertInstantsAgreeWithTimetable(event, calendar, true);
    }

    /**
     * As above; with {@code throughVtimezone} false, instants come from biweekly's raw local
     * date-time and TZID resolved with the JDK's rules instead of biweekly's reading of our
     * VTIMEZONE, which disagrees by the DST shift on the day of a transition (seen with biweekly
     * 0.6.8 on Australia/Sydney 2009-10-04 and US 2033-11-06).
     */
    static Map<String, VEvent> assertInstantsAgreeWithTimetable(Event event, ICalendar calendar,
            boolean throughVtimezone) {
        Timetable timetable = Timetable.of(event);
        Map<String, VEvent> byUid = new TreeMap<>();
        for (VEvent vevent : calendar.getEvents()) {
            byUid.put(vevent.getUid().getValue(), vevent);
        }
        VEvent main = byUid.get(uidPart(event.id()) + "@agendum");
        assertThat(main).as("the event's VEVENT").isNotNull();
        assertThat(instant(main.getDateStart(), event, throughVtimezone)).isEqualTo(timetable.eventStart().toInstant());
        Optional<Instant> end = timetable.eventSpan().map(TimeSpan::end)
                .or(() -> timetable.agendaSpan().map(TimeSpan::end))
                .filter(e -> e.isAfter(timetable.eventStart()))
                .map(e -> e.toInstant());
        assertThat(Optional.ofNullable(main.getDateEnd()).map(d -> instant(d, event, throughVtimezone))).isEqualTo(end);
        for (ScheduledBlock block : timetable.blocks()) {
            VEvent child = byUid.get(uidPart(event.id()) + "." + uidPart(block.id()) + "@agendum");
            if (block.span().isEmpty()) {
                assertThat(child).as("untimed block %s", block.id()).isNull();
                continue;
            }
            assertThat(child).as("block %s", block.id()).isNotNull();
            TimeSpan span = block.span().get();
            assertThat(instant(child.getDateStart(), event, throughVtimezone)).as("start of %s", block.id())
                    .isEqualTo(span.start().toInstant());
            if (span.end().isAfter(span.start())) {
                assertThat(instant(child.getDateEnd(), event, throughVtimezone)).as("end of %s", block.id())
                        .isEqualTo(span.end().toInstant());
            }
        }
        return byUid;
    }

    static Instant instant(biweekly.property.DateOrDateTimeProperty property, Event event, boolean throughVtimezone) {
        assertThat(property.getValue().hasTime()).isTrue();
        if (throughVtimezone) {
            return property.getValue().toInstant();
        }
        biweekly.util.DateTimeComponents raw = property.getValue().getRawComponents();
        java.time.LocalDateTime local = java.time.LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(),
                raw.getHour(), raw.getMinute(), raw.getSecond());
        return local.atZone(event.zone()).toInstant();
    }

    /** The id as it appears in a UID: see IcsEventFormat's Javadoc. */
    static String uidPart(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append(String.format(java.util.Locale.ROOT, "%%%02X", c));
            }
        }
        return out.toString();
    }
}
