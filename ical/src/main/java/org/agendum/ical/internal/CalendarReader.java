package org.agendum.ical.internal;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Link;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Timing;

/**
 * Reads an iCalendar document into an event, best effort (see {@code docs/ICALENDAR.md}).
 *
 * <p>A file written by agendum's publish profile is recognized by its event UID ({@code
 * <id>@agendum}, no block part): that VEVENT is the event, the VEVENTs related to it are its blocks
 * and the {@code +registration} entry its registration deadline. Any other file is read as a
 * third-party calendar: one VEVENT is the event; several make one event spanning them all, with a
 * block per VEVENT.
 *
 * <p>Date-times are parsed here from the property text, not from ical4j's typed values: a TZID is
 * mapped to the JDK zone of that id ({@code ZoneId.of}), so ical4j's synthetic zones never reach
 * the model. Only a TZID the JDK does not know but the file defines in a VTIMEZONE is resolved
 * through ical4j, to the fixed offset it gives at that instant.
 */
public final class CalendarReader {

    private static final String UID_DOMAIN = "@agendum";
    private static final String REGISTRATION_SUFFIX = "+registration";
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final Lines lines;
    private final Calendar calendar;
    private final List<CalendarComponent> vevents;

    private CalendarReader(Lines lines, Calendar calendar) {
        this.lines = lines;
        this.calendar = calendar;
        this.vevents = calendar.getComponents(Component.VEVENT);
    }

    /**
     * Reads a document.
     *
     * @param document the bytes of the document, UTF-8
     * @return the event, which holds every invariant
     * @throws EventFormatException if the document is not iCalendar, breaks its grammar, has no
     *     VEVENT, uses an unknown TZID or does not make a valid event
     */
    public static Event read(byte[] document) throws EventFormatException {
        String text = utf8(document);
        Lines lines = Lines.of(text);
        lines.checkStart();
        Calendar calendar;
        try {
            // A new builder per parse: builders are neither reusable nor thread-safe (NOTES.md).
            calendar = new CalendarBuilder().build(new StringReader(lines.forIcal4j()));
        } catch (ParserException e) {
            throw EventFormatException.atLine("not valid iCalendar: " + e.getMessage(),
                    Math.max(1, e.getLineNo()), 0, e);
        } catch (IOException e) {
            throw EventFormatException.atLine("the iCalendar document cannot be read: " + e.getMessage(), 1, 0, e);
        } catch (DateTimeException e) {
            // An unknown TZID makes ical4j's strict build throw ZoneRulesException (NOTES.md).
            throw EventFormatException.atLine("unknown time zone: " + e.getMessage(),
                    lines.firstUnknownTzid().orElse(1), 0, e);
        } catch (RuntimeException e) {
            throw EventFormatException.atLine("not valid iCalendar: " + e, 1, 0, e);
        }
        CalendarReader reader = new CalendarReader(lines, calendar);
        if (reader.vevents.isEmpty()) {
            throw EventFormatException.atLine("the calendar has no VEVENT, so there is no event to read",
                    lines.lastLine(), 0, null);
        }
        try {
            return reader.event();
        } catch (InvariantViolationException e) {
            throw EventFormatException.atLine("the calendar does not make a valid event: " + e.getMessage(),
                    lines.firstVeventLine(), 0, e);
        } catch (RuntimeException e) {
            throw EventFormatException.atLine("the calendar cannot be read as an event: " + e, lines.firstVeventLine(),
                    0, e);
        }
    }

    /**
     * Decodes the document as UTF-8 (RFC 5545 §3.1.4), refusing bytes that are not: replacing them
     * with U+FFFD, as {@code new String(bytes, UTF_8)} does, would corrupt the text silently.
     */
    private static String utf8(byte[] document) throws EventFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(document);
        CharBuffer out = CharBuffer.allocate(document.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += document[i] == '\n' ? 1 : 0;
            }
            throw EventFormatException.atLine(String.format("the document is not UTF-8: byte 0x%02X at byte offset %d",
                    document[offset] & 0xFF, offset), line, 0, null);
        }
        out.flip();
        return out.toString();
    }

    private Event event() throws EventFormatException {
        for (int i = 0; i < vevents.size(); i++) {
            String uid = value(i, Property.UID).orElse("");
            if (isAgendumEventUid(uid)) {
                Optional<Event> rich = structuredEvent(i, uid);
                if (rich.isPresent()) {
                    return rich.get();
                }
                return agendumEvent(i, uid);
            }
        }
        return thirdPartyEvent();
    }

    // ---------------------------------------------------------------- agendum's rich profile

    /**
     * The event of a rich file: the canonical JSON in the VEVENT's STRUCTURED-DATA, if it has one
     * with FMTTYPE application/json and agendum's schema. The JSON wins over the VEVENT's other
     * properties, but its id must give the VEVENT's UID: otherwise the data belongs to another
     * event and the file is refused.
     */
    private Optional<Event> structuredEvent(int index, String uid) throws EventFormatException {
        for (Raw raw : lines.structuredData(index)) {
            Map<String, String> parameters = raw.parameters();
            if (!RichCalendar.FMTTYPE.equalsIgnoreCase(parameters.getOrDefault("FMTTYPE", ""))
                    || !RichCalendar.SCHEMA_ID.equals(parameters.get("SCHEMA"))) {
                continue;
            }
            Event event;
            try {
                event = RichCalendar.json().fromJson(RichCalendar.unescape(raw.value()));
            } catch (EventFormatException e) {
                throw EventFormatException.atLine("STRUCTURED-DATA does not hold a valid agendum event: "
                        + e.getMessage() + e.pointer().map(p -> " (JSON pointer '" + p + "')").orElse(""),
                        raw.line(), 0, e);
            }
            String expected = PublishCalendar.encode(event.id()) + UID_DOMAIN;
            if (!expected.equals(uid)) {
                throw EventFormatException.atLine("STRUCTURED-DATA holds event '" + event.id() + "' (UID " + expected
                        + ") but its VEVENT has UID " + uid, raw.line(), 0, null);
            }
            return Optional.of(event);
        }
        return Optional.empty();
    }

    /** A STRUCTURED-DATA content line, unfolded, and the physical line it starts on. */
    private record Raw(String content, int line) {

        Map<String, String> parameters() {
            Map<String, String> parameters = new HashMap<>();
            int end = valueStart();
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < end; i++) {
                char c = content.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ';' && !quoted) {
                    parts.add(part.toString());
                    part.setLength(0);
                } else {
                    part.append(c);
                }
            }
            parts.add(part.toString());
            for (String p : parts.subList(1, parts.size())) {
                int eq = p.indexOf('=');
                if (eq > 0) {
                    parameters.putIfAbsent(p.substring(0, eq).trim().toUpperCase(Locale.ROOT), p.substring(eq + 1));
                }
            }
            return parameters;
        }

        String value() {
            int start = valueStart();
            return start < content.length() ? content.substring(start + 1) : "";
        }

        private int valueStart() {
            boolean quoted = false;
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    return i;
                }
            }
            return content.length();
        }
    }

    // ---------------------------------------------------------------- agendum's publish profile

    private static boolean isAgendumEventUid(String uid) {
        if (!uid.endsWith(UID_DOMAIN) || uid.length() == UID_DOMAIN.length()) {
            return false;
        }
        String local = uid.substring(0, uid.length() - UID_DOMAIN.length());
        return local.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '~' || c == '%');
    }

    private Event agendumEvent(int index, String uid) throws EventFormatException {
        String encodedId = uid.substring(0, uid.length() - UID_DOMAIN.length());
        String id = decode(encodedId, index);
        When start = when(index, Property.DTSTART, Optional.empty())
                .orElseThrow(() -> missing(index, Property.DTSTART));
        ZoneId zone = start.zone;
        Event.Builder event = Event.builder().id(id).title(title(index)).zone(zone)
                .start(start.local(zone));
        Optional<When> end = when(index, Property.DTEND, Optional.of(zone));
        if (end.isPresent()) {
            event.end(at(index, Property.DTEND, () -> end.get().local(zone)));
        }
        EventStatus status = status(index);
        event.status(status);
        event.addAllTopics(categories(index));
        url(index).ifPresent(u -> event.addLinks(Link.of(u)));

        List<Timed> blocks = new ArrayList<>();
        boolean tentative = false;
        Optional<Registration> registration = Optional.empty();
        String blockPrefix = encodedId + ".";
        for (int i = 0; i < vevents.size(); i++) {
            if (i == index) {
                continue;
            }
            String other = value(i, Property.UID).orElse("");
            boolean related = value(i, Property.RELATED_TO).map(uid::equals).orElse(false);
            if (!related || !other.endsWith(UID_DOMAIN)) {
                continue;
            }
            String local = other.substring(0, other.length() - UID_DOMAIN.length());
            if (local.equals(encodedId + REGISTRATION_SUFFIX)) {
                Optional<When> day = when(i, Property.DTSTART, Optional.of(zone));
                if (day.isPresent() && day.get().date) {
                    Registration.Builder r = Registration.builder()
                            .deadline(Deadline.until(day.get().local(zone).toLocalDate(), zone));
                    url(i).ifPresent(r::url);
                    registration = Optional.of(r.build());
                }
            } else if (local.startsWith(blockPrefix) && local.length() > blockPrefix.length()) {
                String blockId = decode(local.substring(blockPrefix.length()), i);
                timed(i, blockId, zone).ifPresent(blocks::add);
                tentative |= value(i, Property.STATUS).map("TENTATIVE"::equalsIgnoreCase).orElse(false);
            }
        }
        registration.ifPresent(event::registration);
        Agenda.Builder agenda = agenda(blocks, zone);
        if (tentative && status == EventStatus.SCHEDULED) {
            agenda.status(AgendaStatus.PROVISIONAL);
        }
        event.agenda(agenda.build());
        return event.build();
    }

    // ---------------------------------------------------------------- third-party calendars

    private Event thirdPartyEvent() throws EventFormatException {
        Optional<ZoneId> calendarZone = calendarZone();
        List<Timed> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < vevents.size(); i++) {
            int index = i;
            When start = when(i, Property.DTSTART, calendarZone).orElseThrow(() -> missing(index, Property.DTSTART));
            When end = endOf(i, start, calendarZone);
            String id = uniqueId(safeId(value(i, Property.UID).orElse("vevent-" + (i + 1))), ids);
            entries.add(new Timed(i, id, title(i), start, end));
        }
        entries.sort(Comparator.comparing((Timed t) -> t.start.instant()).thenComparing(t -> t.index));
        Timed first = entries.get(0);
        ZoneId zone = first.start.zone;
        Event.Builder event = Event.builder().zone(zone).start(first.start.local(zone));
        List<String> notes = new ArrayList<>();
        if (entries.size() == 1) {
            event.id(first.id).title(first.title);
            value(first.index, Property.DESCRIPTION).filter(d -> !d.isBlank()).ifPresent(notes::add);
            recurrence(first.index).ifPresent(notes::add);
            event.status(status(first.index));
            event.addAllTopics(categories(first.index));
            url(first.index).ifPresent(u -> event.addLinks(Link.of(u)));
            if (first.end.instant().isAfter(first.start.instant())) {
                event.end(at(first.index, Property.DTEND, () -> first.end.local(zone)));
            }
        } else {
            Optional<String> name = calendarText("X-WR-CALNAME");
            event.id(safeId(name.orElse(first.id))).title(name.orElse(first.title));
            calendarText("X-WR-CALDESC").ifPresent(notes::add);
            Timed last = entries.stream().max(Comparator.comparing((Timed t) -> t.end.instant())).orElseThrow();
            if (last.end.instant().isAfter(first.start.instant())) {
                event.end(last.end.local(zone));
            }
            List<Timed> blocks = new ArrayList<>();
            for (Timed entry : entries) {
                blocks.add(entry.withRecurrence(recurrence(entry.index)));
            }
            event.agenda(agenda(blocks, zone).build());
        }
        if (!notes.isEmpty()) {
            event.description(String.join("\n\n", notes));
        }
        return event.build();
    }

    private Optional<String> recurrence(int index) {
        return value(index, Property.RRULE).map(r -> "Recurrence (iCalendar RRULE; only the first occurrence "
                + "was imported): " + r);
    }

    private Optional<ZoneId> calendarZone() {
        return calendarText("X-WR-TIMEZONE").flatMap(CalendarReader::zoneId);
    }

    private Optional<String> calendarText(String name) {
        return properties(calendar.getPropertyList(), name).stream().findFirst().map(Property::getValue)
                .map(PublishCalendar::text).filter(v -> !v.isBlank());
    }

    private When endOf(int index, When start, Optional<ZoneId> floating) throws EventFormatException {
        Optional<When> end = when(index, Property.DTEND, floating.or(() -> Optional.of(start.zone)));
        if (end.isPresent()) {
            if (end.get().instant().isBefore(start.instant())) {
                throw EventFormatException.atLine("DTEND " + end.get().instant() + " is before DTSTART "
                        + start.instant(), lines.line(index, Property.DTEND), 0, null);
            }
            return end.get();
        }
        Optional<String> duration = value(index, Property.DURATION);
        if (duration.isPresent()) {
            try {
                java.time.Duration length = java.time.Duration.parse(duration.get().replace("P-", "-P"));
                if (!length.isNegative()) {
                    return start.plus(length);
                }
            } catch (DateTimeParseException e) {
                // a duration in weeks or days only: java.time.Period
                try {
                    java.time.Period period = java.time.Period.parse(duration.get());
                    if (!period.isNegative()) {
                        return start.plus(period);
                    }
                } catch (DateTimeParseException ignored) {
                    throw EventFormatException.atLine("DURATION '" + duration.get() + "' is not an iCalendar duration",
                            lines.line(index, Property.DURATION), 0, ignored);
                }
            }
            throw EventFormatException.atLine("DURATION '" + duration.get() + "' is negative",
                    lines.line(index, Property.DURATION), 0, null);
        }
        // RFC 5545 §3.6.1: a DATE start lasts a day, a DATE-TIME start no time at all.
        return start.date ? start.plus(java.time.Period.ofDays(1)) : start;
    }

    // ---------------------------------------------------------------- blocks

    /** A timed VEVENT on its way to becoming an event or a block. */
    private static final class Timed {
        final int index;
        final String id;
        final String title;
        final When start;
        final When end;
        final Optional<String> note;

        Timed(int index, String id, String title, When start, When end) {
            this(index, id, title, start, end, Optional.empty());
        }

        private Timed(int index, String id, String title, When start, When end, Optional<String> note) {
            this.index = index;
            this.id = id;
            this.title = title;
            this.start = start;
            this.end = end;
            this.note = note;
        }

        Timed withRecurrence(Optional<String> recurrence) {
            return new Timed(index, id, title, start, end, recurrence);
        }
    }

    private Optional<Timed> timed(int index, String id, ZoneId zone) throws EventFormatException {
        Optional<When> start = when(index, Property.DTSTART, Optional.of(zone));
        if (start.isEmpty()) {
            return Optional.empty();
        }
        When end = endOf(index, start.get(), Optional.of(zone));
        return Optional.of(new Timed(index, id, title(index), start.get(), end));
    }

    /**
     * Blocks as top-level slots in the event's zone, sorted by start. A slot is one day's span of
     * local times: a block that ends on a later day keeps its start and ends at the end of its first
     * day (the real end goes into the block's notes), and a block of no length is dropped.
     */
    private Agenda.Builder agenda(List<Timed> blocks, ZoneId zone) {
        List<Timed> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparing((Timed t) -> t.start.instant()).thenComparing(t -> t.id));
        Agenda.Builder agenda = Agenda.builder();
        for (Timed block : sorted) {
            LocalDateTime start = block.start.local(zone);
            LocalDateTime end = block.end.local(zone);
            if (!end.isAfter(start)) {
                continue;
            }
            AgendaBlock.Builder b = AgendaBlock.builder().id(block.id).kind(BlockKind.OTHER).title(block.title);
            LocalTime endTime = end.toLocalTime();
            if (!end.toLocalDate().equals(start.toLocalDate())) {
                endTime = LocalTime.MAX;
                b.addNotes("Ends " + end + " " + zone.getId());
            }
            block.note.ifPresent(b::addNotes);
            b.timing(Timing.slot(start.toLocalDate(), start.toLocalTime(), endTime));
            agenda.addBlocks(b.build());
        }
        return agenda;
    }

    // ---------------------------------------------------------------- properties

    private Optional<String> value(int index, String name) {
        return properties(vevents.get(index).getPropertyList(), name).stream().findFirst().map(Property::getValue);
    }

    private static List<Property> properties(net.fortuna.ical4j.model.PropertyList list, String name) {
        List<Property> found = new ArrayList<>();
        for (Property p : list.getAll()) {
            if (p.getName().equalsIgnoreCase(name)) {
                found.add(p);
            }
        }
        return found;
    }

    private String title(int index) {
        return value(index, Property.SUMMARY).map(PublishCalendar::text).filter(s -> !s.isBlank())
                .orElse("Untitled event");
    }

    private EventStatus status(int index) {
        String status = value(index, Property.STATUS).orElse("").toUpperCase(Locale.ROOT);
        switch (status) {
            case "TENTATIVE":
                return EventStatus.PROVISIONAL;
            case "CANCELLED":
                return EventStatus.CANCELLED;
            default:
                return EventStatus.SCHEDULED;
        }
    }

    private List<String> categories(int index) {
        List<String> topics = new ArrayList<>();
        for (Property p : properties(vevents.get(index).getPropertyList(), Property.CATEGORIES)) {
            for (String topic : splitText(p.getValue())) {
                String t = PublishCalendar.text(topic);
                if (!t.isBlank() && !topics.contains(t)) {
                    topics.add(t);
                }
            }
        }
        return topics;
    }

    /** Splits a TEXT list on the commas that are not escaped, unescaping {@code \\ \; \, \n}. */
    private static List<String> splitText(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                part.append(next == 'n' || next == 'N' ? '\n' : next);
            } else if (c == ',') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private Optional<URI> url(int index) {
        return value(index, Property.URL).flatMap(u -> {
            try {
                URI uri = new URI(u.trim());
                return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        });
    }

    private EventFormatException missing(int index, String name) {
        return EventFormatException.atLine("the VEVENT has no " + name, lines.veventLine(index), 0, null);
    }

    private interface Local {
        LocalDateTime get();
    }

    private LocalDateTime at(int index, String name, Local local) throws EventFormatException {
        try {
            return local.get();
        } catch (DateTimeException | ArithmeticException e) {
            throw EventFormatException.atLine(name + " is outside the supported dates", lines.line(index, name), 0, e);
        }
    }

    // ---------------------------------------------------------------- date-times

    /** A DTSTART or DTEND: its instant and the zone it was written in. */
    private static final class When {
        final ZonedDateTime time;
        final ZoneId zone;
        final boolean date;

        When(ZonedDateTime time, ZoneId zone, boolean date) {
            this.time = time;
            this.zone = zone;
            this.date = date;
        }

        java.time.Instant instant() {
            return time.toInstant();
        }

        LocalDateTime local(ZoneId in) {
            return time.withZoneSameInstant(in).toLocalDateTime();
        }

        When plus(java.time.temporal.TemporalAmount amount) {
            return new When(time.plus(amount), zone, date);
        }
    }

    private Optional<When> when(int index, String name, Optional<ZoneId> floating) throws EventFormatException {
        Optional<Property> found = properties(vevents.get(index).getPropertyList(), name).stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Property property = found.get();
        int line = lines.line(index, name);
        String value = property.getValue() == null ? "" : property.getValue().trim();
        Optional<String> tzid = property.getParameter(Parameter.TZID).map(Parameter::getValue);
        try {
            if (value.length() == 8) {
                LocalDate date = LocalDate.parse(value, DATE);
                ZoneId zone = floating.orElse(ZoneOffset.UTC);
                return Optional.of(new When(date.atStartOfDay(zone), zone, true));
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                LocalDateTime utc = LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME);
                return Optional.of(new When(utc.atZone(ZoneOffset.UTC), ZoneOffset.UTC, false));
            }
            LocalDateTime local = LocalDateTime.parse(value, DATE_TIME);
            if (tzid.isPresent()) {
                String id = tzid.get().startsWith("/") ? tzid.get().substring(1) : tzid.get();
                Optional<ZoneId> zone = zoneId(id);
                if (zone.isPresent()) {
                    return Optional.of(new When(local.atZone(zone.get()), zone.get(), false));
                }
                // Not a JDK id but defined by the file's VTIMEZONE: ical4j's instant, at a fixed offset.
                Temporal parsed = ((net.fortuna.ical4j.model.property.DateProperty<?>) property).getDate();
                if (parsed instanceof ZonedDateTime) {
                    ZoneOffset offset = ((ZonedDateTime) parsed).getOffset();
                    return Optional.of(new When(((ZonedDateTime) parsed).withZoneSameInstant(offset), offset, false));
                }
                throw EventFormatException.atLine("unknown time zone '" + tzid.get() + "' in " + name, line, 0, null);
            }
            ZoneId zone = floating.orElse(ZoneOffset.UTC);
            return Optional.of(new When(local.atZone(zone), zone, false));
        } catch (DateTimeException | ClassCastException e) {
            throw EventFormatException.atLine(name + " '" + value + "' is not an iCalendar DATE or DATE-TIME", line, 0, e);
        }
    }

    private static Optional<ZoneId> zoneId(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- ids

    private String decode(String encoded, int index) throws EventFormatException {
        try {
            String decoded = java.net.URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (decoded.isEmpty() || decoded.chars().anyMatch(c -> Character.isWhitespace(c)
                    || Character.isISOControl(c) || Character.isSpaceChar(c))) {
                throw new IllegalArgumentException("an id must be non-empty and have no whitespace");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw EventFormatException.atLine("UID part '" + encoded + "' is not a percent-encoded id",
                    lines.line(index, Property.UID), 0, e);
        }
    }

    /** An id from any UID: its text with whitespace and control characters replaced by '-'. */
    private static String safeId(String text) {
        StringBuilder id = new StringBuilder();
        text.codePoints().forEach(c -> id.appendCodePoint(
                Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) ? '-' : c));
        return id.length() == 0 ? "event" : id.toString();
    }

    private static String uniqueId(String id, Set<String> taken) {
        String unique = id;
        for (int n = 2; !taken.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    // ---------------------------------------------------------------- line numbers

    /** Where things are in the document: the physical line of each top-level VEVENT's properties. */
    private static final class Lines {
        private final List<String> physical;
        private final List<Integer> veventStart = new ArrayList<>();
        private final List<Map<String, Integer>> veventProperties = new ArrayList<>();
        private final Set<String> definedTzids = new HashSet<>();
        private final List<List<Raw>> veventStructuredData = new ArrayList<>();
        private final Set<Integer> structuredDataLines = new HashSet<>();

        private Lines(List<String> physical) {
            this.physical = physical;
        }

        static Lines of(String text) {
            Lines lines = new Lines(split(text));
            lines.index();
            return lines;
        }

        /** The physical lines, ended by CRLF, CR or LF; what follows the last ending is a line too. */
        private static List<String> split(String text) {
            List<String> lines = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' || c == '\n') {
                    lines.add(text.substring(from, i));
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    from = i + 1;
                }
            }
            lines.add(text.substring(from));
            return Collections.unmodifiableList(lines);
        }

        private void index() {
            int depth = 0;
            Map<String, Integer> current = null;
            boolean inTimezone = false;
            for (int i = 0; i < physical.size(); i++) {
                String line = physical.get(i);
                if (line.startsWith(" ") || line.startsWith("\t")) {
                    continue;
                }
                String name = name(line);
                if (name.equals("BEGIN")) {
                    String upper = line.toUpperCase(Locale.ROOT);
                    depth++;
                    if (upper.startsWith("BEGIN:VEVENT") && depth == 2) {
                        veventStart.add(i + 1);
                        current = new HashMap<>();
                        veventProperties.add(current);
                        veventStructuredData.add(new ArrayList<>());
                    }
                    inTimezone |= upper.startsWith("BEGIN:VTIMEZONE");
                } else if (name.equals("END")) {
                    if (depth == 2) {
                        current = null;
                        inTimezone = false;
                    }
                    depth--;
                } else if (current != null && depth == 2) {
                    current.putIfAbsent(name, i + 1);
                    if (name.equals(RichCalendar.STRUCTURED_DATA)) {
                        StringBuilder content = new StringBuilder(line);
                        for (int j = i + 1; j < physical.size()
                                && (physical.get(j).startsWith(" ") || physical.get(j).startsWith("\t")); j++) {
                            content.append(physical.get(j), 1, physical.get(j).length());
                        }
                        veventStructuredData.get(veventStructuredData.size() - 1).add(new Raw(content.toString(), i + 1));
                        structuredDataLines.add(i);
                    }
                } else if (inTimezone && depth == 2 && name.equals("TZID")) {
                    definedTzids.add(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        }

        private static String name(String line) {
            int end = 0;
            while (end < line.length() && line.charAt(end) != ':' && line.charAt(end) != ';') {
                end++;
            }
            return line.substring(0, end).trim().toUpperCase(Locale.ROOT);
        }

        List<Raw> structuredData(int vevent) {
            return vevent < veventStructuredData.size() ? veventStructuredData.get(vevent) : List.of();
        }

        /**
         * The document for ical4j, with each VEVENT's STRUCTURED-DATA renamed to an X- property on
         * the same line: ical4j 4.4.0 cannot parse a STRUCTURED-DATA whose VALUE parameter does not
         * come first ("Missing required VALUE"), and this reader takes it from the text anyway.
         */
        String forIcal4j() {
            StringBuilder out = new StringBuilder(physical.size() * 80);
            for (int i = 0; i < physical.size(); i++) {
                if (i > 0) {
                    out.append("\r\n");
                }
                out.append(structuredDataLines.contains(i) ? "X-AGENDUM-" + physical.get(i) : physical.get(i));
            }
            return out.toString();
        }

        void checkStart() throws EventFormatException {
            for (int i = 0; i < physical.size(); i++) {
                String line = physical.get(i).replace("\uFEFF", "");
                if (line.isBlank()) {
                    continue;
                }
                if (!line.trim().equalsIgnoreCase("BEGIN:VCALENDAR")) {
                    throw EventFormatException.atLine("not iCalendar: the document must start with BEGIN:VCALENDAR",
                            i + 1, 1, null);
                }
                return;
            }
            throw EventFormatException.atLine("not iCalendar: the document is empty", 1, 0, null);
        }

        int line(int vevent, String property) {
            if (vevent < veventProperties.size()) {
                Integer line = veventProperties.get(vevent).get(property);
                return line != null ? line : veventLine(vevent);
            }
            return 1;
        }

        int veventLine(int vevent) {
            return vevent < veventStart.size() ? veventStart.get(vevent) : 1;
        }

        int firstVeventLine() {
            return veventLine(0);
        }

        int lastLine() {
            int last = physical.size();
            while (last > 1 && physical.get(last - 1).isBlank()) {
                last--;
            }
            return Math.max(1, last);
        }

        /** The first line whose TZID parameter names a zone that neither the JDK nor the file defines. */
        Optional<Integer> firstUnknownTzid() {
            for (int i = 0; i < physical.size(); i++) {
                String line = physical.get(i);
                int at = line.toUpperCase(Locale.ROOT).indexOf(";TZID=");
                if (at < 0) {
                    continue;
                }
                int from = at + ";TZID=".length();
                int to = from;
                while (to < line.length() && line.charAt(to) != ':' && line.charAt(to) != ';') {
                    to++;
                }
                String tzid = line.substring(from, to).replace("\"", "");
                if (zoneId(tzid).isEmpty() && !definedTzids.contains(tzid)) {
                    return Optional.of(i + 1);
                }
            }
            return Optional.empty();
        }
    }
}
