package org.agendum.ical.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.Attendance;
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
import org.agendum.core.text.PartyText;
import org.agendum.core.text.Programme;
import org.agendum.core.text.ProgrammeEntry;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.agendum.ical.internal.ProductId;
import org.agendum.ical.internal.Uids;

/**
 * Writes an event as an iCalendar document in one walk, in document order, straight to a stream.
 *
 * <p>The <em>publish</em> profile: a calendar that is safe to import into or subscribe from Google
 * Calendar, Outlook, Apple Calendar and Thunderbird. No METHOD, ATTENDEE or ORGANIZER is ever
 * written: with them a client treats the file as an invitation (RFC 5546) and may mail the people
 * in it; people are text in DESCRIPTION and CONTACT. The <em>rich</em> profile adds to the same
 * walk ({@link RichComponents}).
 *
 * <p>Every date-time is the timetable's, written as its wall-clock time in the event's zone with
 * the zone's TZID when that wall-clock time names exactly one instant in the zone; a time the
 * zone's clocks pass twice (the hour after clocks go back) is written in UTC, since clients
 * disagree on which of the two instants such a local time means (RFC 5545 §3.3.5 says the first;
 * ical.js, libical and python-icalendar take the second). A slot in a daylight-saving gap is
 * written as the timetable placed it (02:30 on the night clocks jump from 02:00 to 03:00 becomes
 * 03:30, the same instant RFC 5545 and java.time give the nonexistent 02:30).
 */
public final class CalendarWriter {

    /**
     * What to write besides the event.
     *
     * @param stamp the DTSTAMP of every component
     * @param blocks whether each timed block gets its own VEVENT
     * @param displayZones the zones to show times in, besides the event's own
     * @param rich whether to write the rich profile
     * @param uidDomain the domain of every UID
     * @param locale the language of the texts
     */
    public record Options(Instant stamp, boolean blocks, List<DisplayZone> displayZones, boolean rich,
            String uidDomain, Locale locale) {}

    /** The longest link a block's entry repeats (see {@link #url(int)}). */
    private static final int MAX_REPEATED_URL = 8_000;

    private final Event event;
    private final Options options;
    private final Programme programme;
    private final Timetable timetable;
    private final CalendarTexts text;
    private final Uids uids;
    private final EventTimes times;
    private final ContentLineWriter out;
    private final String stamp;
    private final Attendance attendance;
    private final Optional<String> defaultLanguage;
    private final boolean descriptionInDefaultLanguage;

    private CalendarWriter(Event event, Options options, OutputStream out) {
        this.event = event;
        this.options = options;
        this.programme = Programme.of(event, options.locale(), options.displayZones());
        this.timetable = programme.timetable();
        this.text = new CalendarTexts(programme);
        this.uids = Uids.of(event.id(), options.uidDomain());
        this.times = new EventTimes(event.zone());
        this.out = new ContentLineWriter(out);
        this.stamp = IcsValues.utc(options.stamp());
        this.attendance = Attendance.of(event);
        this.defaultLanguage = event.defaultLanguage();
        this.descriptionInDefaultLanguage = defaultLanguage
                .filter(tag -> Locale.forLanguageTag(tag).getLanguage().equals(options.locale().getLanguage()))
                .isPresent();
    }

    /**
     * Writes an event.
     *
     * @param event the event
     * @param options what to write
     * @param out the stream, flushed but not closed
     * @throws IOException if the stream fails
     */
    public static void write(Event event, Options options, OutputStream out) throws IOException {
        new CalendarWriter(event, options, out).calendar();
    }

    private void calendar() throws IOException {
        out.begin("VCALENDAR");
        out.property("PRODID").text(ProductId.VALUE);
        out.property("VERSION").value("2.0");
        out.property("CALSCALE").value("GREGORIAN");
        // The calendar's name and zone for clients that subscribe; the zone also tells a reader the
        // event's zone when its start had to be written in UTC.
        out.property("X-WR-CALNAME").text(event.title());
        out.property("X-WR-TIMEZONE").text(event.zone().getId());
        zoneDefinition();
        eventComponent();
        if (options.blocks()) {
            // A series is one VEVENT, its first session's, with RRULE and EXDATE; so is each block nested in it.
            BlockStatuses statuses = new BlockStatuses(blockStatus());
            Set<String> seriesWritten = new HashSet<>();
            for (ProgrammeEntry entry : programme.entries()) {
                String status = statuses.of(entry.block());
                if (entry.span().isPresent() && (entry.block().seriesOccurrence().isEmpty()
                        || seriesWritten.add(entry.block().path()))) {
                    blockComponent(entry, entry.span().get(), status);
                } // untimed blocks are in the event's DESCRIPTION only
            }
        }
        registrationDeadline();
        out.end("VCALENDAR");
        out.flush();
    }

    /** The VTIMEZONE of the event's zone, for the years of every date-time the calendar holds. */
    private void zoneDefinition() throws IOException {
        int first = timetable.eventStart().getYear();
        int last = first;
        Optional<ZonedDateTime> end = eventEnd();
        if (end.isPresent()) {
            last = Math.max(last, end.get().getYear());
        }
        if (options.blocks()) {
            for (ScheduledBlock block : timetable.blocks()) {
                if (block.span().isPresent()) {
                    first = Math.min(first, block.span().get().start().getYear());
                    last = Math.max(last, block.span().get().end().getYear());
                }
            }
        }
        ZoneDefinition.write(event.zone(), first, last, out);
    }

    private Optional<ZonedDateTime> eventEnd() {
        return timetable.eventSpan().map(TimeSpan::end).or(() -> timetable.agendaSpan().map(TimeSpan::end))
                .filter(end -> end.isAfter(timetable.eventStart()));
    }

    private void eventComponent() throws IOException {
        out.begin("VEVENT");
        out.property("UID").text(uids.event());
        out.property("DTSTAMP").value(stamp);
        Optional<ScheduledBlock> series = eventSeries();
        if (series.isPresent()) {
            TimeSpan first = series.get().span().orElseThrow();
            SeriesLines.write(series.get().seriesOccurrence().orElseThrow(), first.start(), times, out);
            times.write("DTEND", first.end(), out);
        } else {
            times.write("DTSTART", timetable.eventStart(), out);
            Optional<ZonedDateTime> end = eventEnd();
            if (end.isPresent()) {
                times.write("DTEND", end.get(), out);
            }
        }
        texts(text.summary(), options.blocks() ? text.overview() : text.fullDescription());
        place(text.eventLocation(), event.venue(), event.attendanceMode(), event.onlineLocation());
        url();
        out.property("STATUS").value(status(event.status()));
        sequence();
        for (String topic : event.topics()) {
            // One CATEGORIES per topic: each client keeps the model's order and its commas.
            out.property("CATEGORIES").textList(List.of(topic));
        }
        for (org.agendum.core.model.Contact contact : event.contacts()) {
            out.property("CONTACT").text(PartyText.contact(contact));
        }
        if (options.rich()) {
            RichComponents.write(programme, uids, out);
        }
        out.end("VEVENT");
    }

    /**
     * The first session of the series the event is, if it is one: its agenda is one top-level block,
     * which repeats, starts when the event does and ends, in its last session, when the event does
     * (or the event announces no end). Its VEVENT is then the series, so that a
     * calendar shows each session, not one bar from the first to the last; the event's announced end
     * is the end of the last session.
     */
    private Optional<ScheduledBlock> eventSeries() {
        List<AgendaBlock> blocks = event.agenda().blocks();
        if (blocks.size() != 1 || blocks.get(0).recurrence().isEmpty()) {
            return Optional.empty();
        }
        List<ScheduledBlock> sessions = timetable.topLevelBlocks();
        ScheduledBlock first = sessions.get(0);
        ZonedDateTime lastEnd = sessions.get(sessions.size() - 1).span().orElseThrow().end();
        boolean sameSpan = first.span().orElseThrow().start().equals(timetable.eventStart())
                && timetable.eventEnd().map(lastEnd::equals).orElse(true);
        return sameSpan ? Optional.of(first) : Optional.empty();
    }

    private void blockComponent(ProgrammeEntry entry, TimeSpan span, String status) throws IOException {
        ScheduledBlock block = entry.block();
        out.begin("VEVENT");
        out.property("UID").text(uids.block(block.id()));
        out.property("DTSTAMP").value(stamp);
        if (block.seriesOccurrence().isPresent()) {
            SeriesLines.write(block.seriesOccurrence().get(), span.start(), times, out);
        } else {
            times.write("DTSTART", span.start(), out);
        }
        if (span.end().isAfter(span.start())) {
            times.write("DTEND", span.end(), out);
        }
        texts(block.block().displayTitle(), text.blockDescription(entry));
        AttendanceMode mode = attendance.mode(block.id());
        Optional<OnlineLocation> online = attendance.onlineLocation(block.id());
        place(text.blockLocation(block, mode, online),
                mode == AttendanceMode.ONLINE ? Optional.empty() : text.blockVenue(block.block()), mode, online);
        url(MAX_REPEATED_URL);
        out.property("STATUS").value(status);
        sequence();
        out.property("RELATED-TO").text(uids.event());
        out.end("VEVENT");
    }

    /**
     * The registration deadline as an all-day VEVENT on the last day to register. A VALARM would be
     * wrong here: clients drop or ignore alarms of subscribed and imported calendars (or ring them
     * for every subscriber), while an all-day entry shows in every client's month, week and agenda
     * views. The event's DESCRIPTION has the same registration line. It shares the event's STATUS, so a
     * cancelled event cancels it too.
     */
    private void registrationDeadline() throws IOException {
        Optional<Deadline> deadline = event.registration().flatMap(Registration::deadline);
        if (deadline.isEmpty()) {
            return;
        }
        LocalDate lastDay = deadline.get().lastDay();
        out.begin("VEVENT");
        out.property("UID").text(uids.registration());
        out.property("DTSTAMP").value(stamp);
        out.property("DTSTART").parameter("VALUE", "DATE").value(IcsValues.date(lastDay));
        if (lastDay.isBefore(LocalDate.of(IcsValues.LAST_YEAR, 12, 31))) {
            out.property("DTEND").parameter("VALUE", "DATE").value(IcsValues.date(lastDay.plusDays(1)));
        } // else 31 December 9999, whose next day iCalendar cannot write: a DATE without DTEND is one day long
        out.property("SUMMARY").text(text.registrationSummary());
        out.property("DESCRIPTION").text(text.registration().orElseThrow());
        Optional<URI> url = event.registration().flatMap(Registration::url);
        if (url.isPresent()) {
            out.property("URL").value(url.get().toASCIIString());
        }
        out.property("STATUS").value(status(event.status()));
        sequence();
        out.property("TRANSP").value("TRANSPARENT");
        out.property("RELATED-TO").text(uids.event());
        out.end("VEVENT");
    }

    /**
     * The event's revision as every component's SEQUENCE, so that a calendar replaces the copy it
     * has with a newer one; none when 0, RFC 5545's default.
     */
    private void sequence() throws IOException {
        if (event.revision() > 0) {
            out.property("SEQUENCE").value(Integer.toString(event.revision()));
        }
    }

    /**
     * SUMMARY and DESCRIPTION, each with the LANGUAGE its text is in (RFC 5545 §3.2.10) where that is
     * known: a title is in the event's default language; a DESCRIPTION mixes the texts with the
     * calendar's labels and dates, so it has one language only when the calendar's locale is the
     * default language.
     */
    private void texts(String summary, String description) throws IOException {
        language(out.property("SUMMARY")).text(summary);
        (descriptionInDefaultLanguage ? language(out.property("DESCRIPTION")) : out.property("DESCRIPTION"))
                .text(description);
    }

    private ContentLineWriter language(ContentLineWriter property) throws IOException {
        return defaultLanguage.isPresent() ? property.parameter("LANGUAGE", defaultLanguage.get()) : property;
    }

    /**
     * LOCATION; the GEO of the venue the entry is held at (for a block, its own venue, else its room's,
     * else the event's), if any; and CONFERENCE (RFC 7986 §5.11) with the URL of the online location that
     * applies, where the entry can be attended online.
     */
    private void place(Optional<String> location, Optional<Venue> venue, AttendanceMode mode,
            Optional<OnlineLocation> online) throws IOException {
        if (location.isPresent()) {
            out.property("LOCATION").text(location.get());
        }
        Optional<GeoPoint> geo = venue.flatMap(Venue::geo);
        if (geo.isPresent()) {
            out.property("GEO").value(decimal(geo.get().latitude()) + ";" + decimal(geo.get().longitude()));
        }
        if (mode != AttendanceMode.IN_PERSON) {
            Optional<URI> conference = online.flatMap(OnlineLocation::url);
            if (conference.isPresent()) {
                out.property("CONFERENCE").parameter("VALUE", "URI").value(conference.get().toASCIIString());
            }
        }
    }

    /** A coordinate as GEO's FLOAT: plain decimal digits, no exponent, no trailing zeros. */
    private static String decimal(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private void url() throws IOException {
        url(Integer.MAX_VALUE);
    }

    /**
     * The registration link, else the event's first link, if it has at most {@code longest}
     * characters. Blocks repeat it only if it has at most {@link #MAX_REPEATED_URL}, the length
     * RFC 9110 §4.1 asks every client and server to support: a longer one is data rather than a
     * link, and would be written once per block.
     */
    private void url(int longest) throws IOException {
        Optional<String> url = event.registration().flatMap(Registration::url)
                .or(() -> event.links().stream().findFirst().map(Link::url)).map(URI::toASCIIString);
        if (url.isPresent() && url.get().length() <= longest) {
            out.property("URL").value(url.get());
        }
    }

    private static String status(EventStatus status) {
        return switch (status) {
            case SCHEDULED, RESCHEDULED -> "CONFIRMED";
            case PROVISIONAL, POSTPONED -> "TENTATIVE";
            case CANCELLED -> "CANCELLED";
        };
    }

    /** The STATUS every block has at least: the event's, or TENTATIVE for a provisional agenda. */
    private String blockStatus() {
        String status = status(event.status());
        if (!status.equals("CONFIRMED")) {
            return status;
        }
        return event.agenda().status() == AgendaStatus.PROVISIONAL ? "TENTATIVE" : "CONFIRMED";
    }
}
