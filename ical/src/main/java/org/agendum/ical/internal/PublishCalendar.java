package org.agendum.ical.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Contact;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.Link;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Venue;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/**
 * The <em>publish</em> profile: an event as a calendar that is safe to import into or subscribe
 * from Google Calendar, Outlook, Apple Calendar and Thunderbird.
 *
 * <p>No METHOD, ATTENDEE or ORGANIZER is ever written: with them a client treats the file as an
 * invitation (RFC 5546) and may mail the people in it. People are text in DESCRIPTION and CONTACT.
 */
public final class PublishCalendar {

    /** The product identifier (RFC 5545 §3.7.3). */
    public static final String PRODUCT_ID = "-//agendum//agendum 0.1//EN";

    private static final String UID_DOMAIN = "@agendum";

    private PublishCalendar() {}

    /**
     * Writes an event as a publish-profile calendar document.
     *
     * @param event the event
     * @param stamp the DTSTAMP of every component
     * @param withBlocks whether each timed block gets its own VEVENT
     * @param displayZones the zones to show times in, besides the event's own
     * @return the document: UTF-8 text of CRLF-ended lines folded at 75 octets
     * @throws IllegalStateException if ical4j finds the calendar invalid
     */
    public static String write(Event event, Instant stamp, boolean withBlocks, List<DisplayZone> displayZones) {
        return write(event, stamp, withBlocks, displayZones, false);
    }

    /**
     * Writes an event as a publish-profile calendar document, or as a rich one ({@link
     * RichCalendar}): the same plus PARTICIPANT, VLOCATION and STRUCTURED-DATA in the event's VEVENT.
     *
     * @param event the event
     * @param stamp the DTSTAMP of every component
     * @param withBlocks whether each timed block gets its own VEVENT
     * @param displayZones the zones to show times in, besides the event's own
     * @param rich whether to write the rich profile
     * @return the document: UTF-8 text of CRLF-ended lines folded at 75 octets
     * @throws IllegalStateException if ical4j finds the calendar invalid
     */
    public static String write(Event event, Instant stamp, boolean withBlocks, List<DisplayZone> displayZones,
            boolean rich) {
        Calendar calendar = build(event, stamp, withBlocks, displayZones, rich);
        ValidationResult result;
        try {
            result = calendar.validate();
        } catch (ValidationException e) {
            throw new IllegalStateException("the iCalendar export of event '" + event.id() + "' is invalid: "
                    + e.getMessage(), e);
        }
        if (result.hasErrors()) {
            throw new IllegalStateException("the iCalendar export of event '" + event.id() + "' is invalid: "
                    + result.getEntries().stream().map(Object::toString).sorted().collect(Collectors.joining("; ")));
        }
        StringWriter out = new StringWriter();
        try {
            // Validation has been done above and acted on; the outputter's own only logs.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a string writer does not fail", e);
        }
        String document = out.toString();
        if (rich) {
            // Added after validation, by hand: see RichCalendar.insertStructuredData.
            document = RichCalendar.insertStructuredData(ContentLines.unfold(document), event);
        }
        return ContentLines.refold(document);
    }

    private static Calendar build(Event event, Instant stamp, boolean withBlocks, List<DisplayZone> displayZones,
            boolean rich) {
        Timetable timetable = Timetable.of(event);
        ProgrammeText text = new ProgrammeText(event, timetable, displayZones);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);

        String eventUid = uid(encode(event.id()));
        ZonedDateTime first = timetable.eventStart();
        ZonedDateTime last = timetable.eventStart();

        // Built with no properties: new VEvent(...) would add DTSTAMP=now (NOTES.md).
        VEvent main = new VEvent(false);
        main.add(new Uid(eventUid));
        main.add(new DtStamp(stamp));
        main.add(new DtStart<>(timetable.eventStart()));
        Optional<ZonedDateTime> end = timetable.eventSpan().map(TimeSpan::end)
                .or(() -> timetable.agendaSpan().map(TimeSpan::end));
        if (end.isPresent() && end.get().isAfter(timetable.eventStart())) {
            main.add(new DtEnd<>(end.get()));
            last = end.get();
        }
        main.add(new Summary(text(text.summary())));
        main.add(new Description(text(text.eventDescription())));
        addPlace(main, event, text);
        url(event).ifPresent(url -> main.add(new Url(url)));
        main.add(eventStatus(event.status()));
        for (String topic : event.topics()) {
            // One CATEGORIES per topic: the order stays the model's whatever TextList does with it.
            main.add(new Categories(new TextList(List.of(text(topic)))));
        }
        for (org.agendum.core.model.Contact contact : event.contacts()) {
            main.add(new Contact(text(ProgrammeText.contact(contact))));
        }
        if (rich) {
            RichCalendar.addComponents(main, event, timetable, encode(event.id()));
        }
        calendar.add(main);

        if (withBlocks) {
            for (ScheduledBlock block : timetable.blocks()) {
                if (block.span().isEmpty()) {
                    continue; // untimed: listed in the event's DESCRIPTION only
                }
                TimeSpan span = block.span().get();
                VEvent child = new VEvent(false);
                child.add(new Uid(uid(encode(event.id()) + "." + encode(block.id()))));
                child.add(new DtStamp(stamp));
                child.add(new DtStart<>(span.start()));
                if (span.end().isAfter(span.start())) {
                    child.add(new DtEnd<>(span.end()));
                }
                child.add(new Summary(text(block.block().displayTitle())));
                child.add(new Description(text(text.blockDescription(block))));
                addPlace(child, event, text);
                url(event).ifPresent(url -> child.add(new Url(url)));
                child.add(blockStatus(event));
                child.add(new RelatedTo(eventUid));
                calendar.add(child);
                first = span.start().isBefore(first) ? span.start() : first;
                last = span.end().isAfter(last) ? span.end() : last;
            }
        }

        registrationDeadline(event, text, eventUid, stamp).ifPresent(calendar::add);

        calendar.add(ZoneDefinitions.of(timetable.zone(), first.getYear(), last.getYear()));
        return calendar;
    }

    /**
     * The registration deadline as an all-day VEVENT on the last day to register. A VALARM would be
     * wrong here: clients drop or ignore alarms of subscribed and imported calendars (or ring them
     * for every subscriber), while an all-day entry shows in every client's month, week and agenda
     * views. The same line also opens the event's DESCRIPTION.
     */
    private static Optional<VEvent> registrationDeadline(Event event, ProgrammeText text, String eventUid,
            Instant stamp) {
        Optional<Deadline> deadline = event.registration().flatMap(Registration::deadline);
        if (deadline.isEmpty()) {
            return Optional.empty();
        }
        LocalDate lastDay = deadline.get().lastDay();
        VEvent marker = new VEvent(false);
        // "+" is percent-encoded in ids, so no block's UID can be this one.
        marker.add(new Uid(uid(encode(event.id()) + "+registration")));
        marker.add(new DtStamp(stamp));
        marker.add(new DtStart<>(new ParameterList(List.of(Value.DATE)), lastDay));
        marker.add(new DtEnd<>(new ParameterList(List.of(Value.DATE)), lastDay.plusDays(1)));
        marker.add(new Summary(text("Last day to register: " + event.title())));
        marker.add(new Description(text(text.registrationLine().orElseThrow())));
        event.registration().flatMap(Registration::url).ifPresent(url -> marker.add(new Url(url)));
        marker.add(ImmutableTransp.TRANSPARENT);
        marker.add(new RelatedTo(eventUid));
        return Optional.of(marker);
    }

    private static void addPlace(VEvent component, Event event, ProgrammeText text) {
        text.location().ifPresent(l -> component.add(new Location(text(l))));
        event.venue().flatMap(Venue::geo).ifPresent(geo -> component.add(geo(geo)));
        if (event.attendanceMode() != AttendanceMode.IN_PERSON) {
            event.onlineLocation().flatMap(OnlineLocation::url).ifPresent(url -> component.add(
                    new Conference(new ParameterList(List.of(Value.URI)), url.toString())));
        }
    }

    private static Property geo(GeoPoint point) {
        return new Geo(new BigDecimal(Double.toString(point.latitude())).stripTrailingZeros(),
                new BigDecimal(Double.toString(point.longitude())).stripTrailingZeros());
    }

    private static Optional<URI> url(Event event) {
        return event.registration().flatMap(Registration::url)
                .or(() -> event.links().stream().findFirst().map(Link::uri));
    }

    private static Status eventStatus(EventStatus status) {
        return switch (status) {
            case SCHEDULED -> ImmutableStatus.VEVENT_CONFIRMED;
            case PROVISIONAL, POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    private static Status blockStatus(Event event) {
        if (event.status() != EventStatus.SCHEDULED) {
            return eventStatus(event.status());
        }
        return event.agenda().status() == AgendaStatus.PROVISIONAL
                ? ImmutableStatus.VEVENT_TENTATIVE
                : ImmutableStatus.VEVENT_CONFIRMED;
    }

    /** A stable UID: the same ids give the same UID, so a re-export updates instead of duplicating. */
    private static String uid(String encodedIds) {
        return encodedIds + UID_DOMAIN;
    }

    /**
     * Percent-encodes the UTF-8 octets of every character but ASCII letters, digits and {@code
     * -_~}, so that an id never brings a separator ({@code . + @}) of its own into a UID.
     */
    static String encode(String id) {
        StringBuilder out = new StringBuilder(id.length());
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '~';
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /**
     * Text as RFC 5545 TEXT can carry it: line breaks become LF (escaped as {@code \n} by ical4j)
     * and other control characters, which TEXT does not allow, become spaces.
     */
    public static String text(String value) {
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            out.append(c == '\n' || c == '\t' || !Character.isISOControl(c) ? c : ' ');
        }
        return out.toString();
    }
}
