package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.agendum.core.model.Event;
import org.agendum.ical.fuzz.ByteText;

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

    /**
     * A text as the publish profile carries it, by the rule of docs/ICALENDAR.md: CR and CRLF become
     * LF, every other control character but tab a space.
     */
    static String asText(String text) {
        StringBuilder out = new StringBuilder();
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            out.append(control && c != '\n' && c != '\t' ? ' ' : c);
        }
        return out.toString();
    }

    /** The unescaped value of the first property with a name after a line, e.g. SUMMARY after "UID:x". */
    static Optional<String> textAfter(String document, String uidLine, String property) {
        List<String> lines = contentLines(document);
        int from = lines.indexOf(uidLine);
        assertThat(from).as("line %s", uidLine).isNotNegative();
        for (int i = from; i < lines.size() && !lines.get(i).equals("END:VEVENT"); i++) {
            String line = lines.get(i);
            if (line.startsWith(property + ":") || line.startsWith(property + ";")) {
                return Optional.of(ByteText.unescapeText(line.substring(valueStart(line))));
            }
        }
        return Optional.empty();
    }

    /** Where a content line's value starts: after the first colon outside a quoted parameter value. */
    static int valueStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i + 1;
            }
        }
        throw new AssertionError("no value in content line " + line);
    }

    /** A VEVENT's start and, when it has one, its end, as instants. */
    record Times(Instant start, Optional<Instant> end) {}

    /**
     * Every VEVENT's DTSTART and DTEND instants agree with the event's timetable ({@link
     * ExpectedInstants}), read from the written text: a UTC time as written, a time with a TZID
     * through the written VTIMEZONE ({@link WrittenZone}, the tests' own resolver); biweekly parses
     * the document (with no warning) and its VEVENTs are returned by UID.
     *
     * <p>biweekly's own {@code ICalDate.toInstant()} is not used: biweekly 0.6.8's {@code
     * ICalTimeZone} answers {@code inDaylightTime} by comparing the UTC fields of a standard-time
     * guess (read with {@code Calendar.HOUR}, the 12-hour field) with the observances' local onsets,
     * so on the day of a transition it is off by the DST shift for any VTIMEZONE shape (see {@code
     * IcsZoneTransitionTest#biweekly068_misreadsTheHoursAfterATransition}), and it drops the seconds
     * of UTC offsets.
     */
    static Map<String, VEvent> assertInstantsAgreeWithTimetable(Event event, String document) {
        Map<String, VEvent> byUid = new TreeMap<>();
        for (VEvent vevent : parseWithoutWarnings(document).getEvents()) {
            byUid.put(vevent.getUid().getValue(), vevent);
        }
        Map<String, Times> times = new TreeMap<>();
        List<String> vevent = null;
        for (String line : contentLines(document)) {
            if (line.equals("BEGIN:VEVENT")) {
                vevent = new ArrayList<>();
            } else if (line.equals("END:VEVENT")) {
                String uid = ByteText.unescapeText(property(vevent, "UID").orElseThrow());
                String start = vevent.stream().filter(l -> l.startsWith("DTSTART")).findFirst().orElseThrow();
                if (!start.contains("VALUE=DATE")) {
                    times.put(uid, new Times(instant(start, document), vevent.stream()
                            .filter(l -> l.startsWith("DTEND")).findFirst().map(l -> instant(l, document))));
                }
                vevent = null;
            } else if (vevent != null) {
                vevent.add(line);
            }
        }
        assertThat(times.keySet()).isSubsetOf(byUid.keySet());
        assertTimesAgreeWithTimetable(event, times, "the written text");
        return byUid;
    }

    /** The first content line of a property in the VEVENT of a UID, unfolded. */
    static String line(String document, String uid, String property) {
        List<String> lines = contentLines(document);
        int from = lines.indexOf("UID:" + uid);
        assertThat(from).as("UID:%s", uid).isNotNegative();
        while (!lines.get(from).equals("BEGIN:VEVENT")) {
            from--;
        }
        for (int i = from; !lines.get(i).equals("END:VEVENT"); i++) {
            if (lines.get(i).startsWith(property + ":") || lines.get(i).startsWith(property + ";")) {
                return lines.get(i);
            }
        }
        throw new AssertionError("no " + property + " in the VEVENT " + uid);
    }

    /** The value of the first property of a name among a component's lines. */
    private static Optional<String> property(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name + ":")).findFirst().map(l -> l.substring(name.length() + 1));
    }

    /**
     * The instant of a DTSTART or DTEND content line agendum wrote: {@code …Z} in UTC, else with its
     * TZID (quoted or not) through the document's VTIMEZONE of that TZID.
     */
    static Instant instant(String line, String document) {
        java.time.format.DateTimeFormatter text = java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss",
                java.util.Locale.ROOT);
        String value = line.substring(line.lastIndexOf(':') + 1);
        if (value.endsWith("Z")) {
            return LocalDateTime.parse(value.substring(0, value.length() - 1), text).toInstant(ZoneOffset.UTC);
        }
        int tzid = line.indexOf(";TZID=");
        assertThat(tzid).as("a TZID in %s", line).isPositive();
        String zone = line.substring(tzid + 6, line.lastIndexOf(':'));
        zone = zone.startsWith("\"") ? zone.substring(1, zone.length() - 1) : zone;
        return WrittenZone.of(document, zone).instant(LocalDateTime.parse(value, text));
    }

    /**
     * Every VEVENT's DTSTART and DTEND instants, as ical4j reads them (a new {@link CalendarBuilder},
     * so through the VTIMEZONE in the file), agree with the event's timetable ({@link
     * ExpectedInstants}). ical4j returns date-times in synthetic {@code ical4j-local-…} zones: only
     * instants are compared.
     */
    static void assertIcal4jInstantsAgreeWithTimetable(Event event, String document) {
        net.fortuna.ical4j.model.Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("ical4j cannot parse the document", e);
        }
        Map<String, Times> times = new TreeMap<>();
        for (net.fortuna.ical4j.model.component.VEvent vevent
                : calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents(Component.VEVENT)) {
            String uid = vevent.<Property>getProperty(Property.UID).orElseThrow().getValue();
            Temporal start = vevent.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow().getDate();
            if (!start.isSupported(ChronoField.INSTANT_SECONDS)) {
                continue;
            }
            Optional<Instant> end = vevent.<DtEnd<?>>getProperty(Property.DTEND)
                    .map(d -> Instant.from(d.getDate()));
            times.put(uid, new Times(Instant.from(start), end));
        }
        assertTimesAgreeWithTimetable(event, times, "ical4j");
    }

    /**
     * The timed VEVENTs of an export, by UID, agree with the event's timetable: the event and every
     * timed block, at the instants {@link ExpectedInstants} works out from the model with java.time
     * (not by core's {@code Timetable}, which the writer uses); an untimed block has no VEVENT.
     */
    static void assertTimesAgreeWithTimetable(Event event, Map<String, Times> byUid, String parser) {
        ExpectedInstants.of(event).forEach((uid, expected) -> {
            Times written = byUid.get(uid);
            if (expected.isEmpty()) {
                assertThat(written).as("%s: untimed block %s", parser, uid).isNull();
                return;
            }
            assertThat(written).as("%s: VEVENT %s", parser, uid).isNotNull();
            assertThat(written.start()).as("%s: start of %s", parser, uid).isEqualTo(expected.get().start());
            if (uid.equals(uidPart(event.id()) + "@agendum")) {
                assertThat(written.end()).as("%s: end of the event", parser).isEqualTo(expected.get().end());
            } else {
                expected.get().end().ifPresent(end -> assertThat(written.end()).as("%s: end of %s", parser, uid).contains(end));
            }
        });
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

    /** The unfolded content lines of each VEVENT, by UID. */
    static Map<String, List<String>> linesByUid(String document) {
        Map<String, List<String>> byUid = new HashMap<>();
        List<String> current = null;
        for (String line : IcsChecks.contentLines(document)) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new ArrayList<>();
            } else if (line.equals("END:VEVENT")) {
                String uid = current.stream().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow().substring(4);
                byUid.put(uid, current);
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return byUid;
    }
}
