package org.agendum.frab;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Venue;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a conference schedule in frab's {@code schedule.xml} format (also written by pretalx and
 * by FOSDEM's Pentabarf) into an {@link Event}: the conference becomes the event, each talk of
 * each day and room a top-level {@link AgendaBlock} in document order, with a fixed slot on its
 * date, its room, track, kind, languages, texts, speakers and links ({@link FrabTalks} says how).
 *
 * <p>Times are wall-clock times in the conference's zone: {@code time_zone_name} when the
 * schedule states it, otherwise the zone the reader was {@linkplain #withZone given}. frab's
 * <em>day change</em> rule applies: a talk listed under a day whose start is before the day
 * changes ({@code conference/day_change}, or else the time the day's {@code start} attribute
 * gives) happens on the following date &mdash; 31C3's "Citizenfour" at 00:00 under 27 December
 * runs in the night to the 28th. The event runs from the earliest day or talk start to the
 * latest day or talk end.
 *
 * <p>The XML is read by the JDK's parser with secure processing on, without a DOCTYPE (a document
 * that declares one is refused, so no entity is ever expanded) and without external access.
 * Problems are {@link EventFormatException}s that name the element, as an XPath such as {@code
 * /schedule/day[2]/room[3]/event[1]/duration}; a link that is not an absolute URL is skipped and
 * listed in {@link FrabImport#skipped()}, as a real schedule has a few.
 *
 * <p>Test-only for now (issue 13); issue 14 makes it the {@code schedule} format module.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class FrabScheduleReader {

    static {
        JavaXml.readable();
    }

    private final Optional<ZoneId> zone;

    private FrabScheduleReader(Optional<ZoneId> zone) {
        this.zone = zone;
    }

    /**
     * Obtains a reader for schedules that state their zone ({@code time_zone_name}).
     *
     * @return the reader
     */
    public static FrabScheduleReader create() {
        return new FrabScheduleReader(Optional.empty());
    }

    /**
     * Returns a copy of this reader that takes a zone for the schedules that do not state one, as
     * FOSDEM's and 31C3's do not.
     *
     * @param zone the zone of the wall-clock times of a schedule without {@code time_zone_name}
     * @return the reader
     */
    public FrabScheduleReader withZone(ZoneId zone) {
        return new FrabScheduleReader(Optional.of(Objects.requireNonNull(zone, "zone")));
    }

    /**
     * Reads a schedule.
     *
     * @param xml the document, which this method does not close
     * @return the event, and what was skipped
     * @throws EventFormatException if the document is not well-formed XML, declares a DOCTYPE, lacks
     *     what an event needs (a title, a zone, a talk's id, start or duration), has a date, time or
     *     duration that cannot be read, or a value the model refuses
     * @throws IOException if the stream cannot be read
     */
    public FrabImport read(InputStream xml) throws EventFormatException, IOException {
        Objects.requireNonNull(xml, "xml");
        Document document = parse(xml);
        try {
            return read(new FrabElement(document.getDocumentElement(), "/schedule"));
        } catch (FrabElement.Refusal e) {
            throw e.exception();
        }
    }

    private FrabImport read(FrabElement schedule) throws EventFormatException {
        FrabElement conference = schedule.child("conference")
                .orElseThrow(() -> missing("/schedule/conference", "the schedule has no conference"));
        ZoneId eventZone = zoneOf(conference);
        List<String> skipped = new ArrayList<>();
        FrabTalks talks = new FrabTalks(skipped);
        Window window = new Window();
        for (FrabElement day : schedule.children("day")) {
            LocalDate date = day.attribute("date").map(text -> day.date("date", text))
                    .orElseThrow(() -> missing(day.place() + "/@date", "a day has no date"));
            Optional<LocalDateTime> dayStart = day.attribute("start").map(text -> localTime(day, "start", text, eventZone));
            Optional<LocalDateTime> dayEnd = day.attribute("end").map(text -> localTime(day, "end", text, eventZone));
            dayStart.ifPresent(window::add);
            dayEnd.ifPresent(window::add);
            LocalTime dayChange = conference.text("day_change").map(text -> conference.time("day_change", text))
                    .or(() -> dayStart.map(LocalDateTime::toLocalTime)).orElse(LocalTime.MIDNIGHT);
            for (FrabElement room : day.children("room")) {
                for (FrabElement talk : room.children("event")) {
                    window.add(talks.add(talk, date, dayChange, room.attribute("name")));
                }
            }
        }
        return new FrabImport(event(conference, eventZone, window, talks.blocks()), skipped);
    }

    private static Document parse(InputStream xml) throws EventFormatException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(xml);
        } catch (SAXParseException e) {
            throw EventFormatException.atLine(Kind.SYNTAX, "not a well-formed schedule: " + e.getMessage(),
                    Math.max(1, e.getLineNumber()), Math.max(0, e.getColumnNumber()), e);
        } catch (SAXException e) {
            throw EventFormatException.atPointer(Kind.SYNTAX, "not a well-formed schedule: " + e.getMessage(), "", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
    }

    private ZoneId zoneOf(FrabElement conference) throws EventFormatException {
        Optional<String> stated = conference.text("time_zone_name");
        if (stated.isPresent()) {
            try {
                return ZoneId.of(stated.get());
            } catch (DateTimeException e) {
                throw EventFormatException.atPointer(Kind.INVALID_VALUE, "unknown time zone '" + stated.get() + "'",
                        conference.place() + "/time_zone_name", e);
            }
        }
        return zone.orElseThrow(() -> missing(conference.place() + "/time_zone_name",
                "the schedule states no time zone (time_zone_name) and the reader was given none"));
    }

    private static LocalDateTime localTime(FrabElement day, String attribute, String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeException e) {
            throw FrabElement.invalid(day.place() + "/@" + attribute, "'" + text + "' is not a date-time with an offset", e);
        }
    }

    private static Event event(FrabElement conference, ZoneId zone, Window window, List<AgendaBlock> blocks)
            throws EventFormatException {
        String title = conference.text("title")
                .orElseThrow(() -> missing(conference.place() + "/title", "the conference has no title"));
        String id = conference.text("acronym").orElse(title).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        LocalDateTime start = window.first()
                .orElseThrow(() -> missing("/schedule/day", "the schedule has no day with a start and no talk"));
        try {
            Event.Builder event = Event.builder().id(id).title(title).zone(zone).start(start).end(window.last().orElseThrow())
                    .agenda(Agenda.builder().addAllBlocks(blocks).build());
            conference.text("subtitle").ifPresent(event::subtitle);
            conference.text("venue").ifPresent(name -> event.venue(venue(name, conference.text("city"))));
            return event.build();
        } catch (InvariantViolationException e) {
            throw EventFormatException.atPointer(Kind.INVARIANT, e.getMessage(), conference.place(), e);
        }
    }

    private static Venue venue(String name, Optional<String> city) {
        Venue.Builder venue = Venue.builder().name(name);
        city.ifPresent(locality -> venue.address(PostalAddress.builder().locality(locality).build()));
        return venue.build();
    }

    private static EventFormatException missing(String place, String message) {
        return EventFormatException.atPointer(Kind.MISSING_FIELD, message, place, null);
    }

    /** The earliest and the latest wall-clock times seen: the event's start and end. */
    private static final class Window {
        private LocalDateTime first;
        private LocalDateTime last;

        void add(LocalDateTime time) {
            first = first == null || time.isBefore(first) ? time : first;
            last = last == null || time.isAfter(last) ? time : last;
        }

        void add(FrabTalks.Span span) {
            add(span.start());
            add(span.end());
        }

        Optional<LocalDateTime> first() {
            return Optional.ofNullable(first);
        }

        Optional<LocalDateTime> last() {
            return Optional.ofNullable(last);
        }
    }
}
