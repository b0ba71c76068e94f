package org.agendum.ical;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.ical.internal.CalendarReader;
import org.agendum.ical.internal.PublishCalendar;

/**
 * The iCalendar format (RFC 5545): {@code "ics"}, {@code text/calendar}, {@code .ics}.
 *
 * <pre>{@code
 * IcsEventFormat ics = IcsEventFormat.create().withClock(Clock.fixed(stamp, ZoneOffset.UTC));
 * String calendar = ics.toIcs(event);
 * }</pre>
 *
 * <p>By default this format writes the <em>publish</em> profile, made to be imported into or subscribed from
 * the major calendar clients:
 *
 * <ul>
 *   <li>a VCALENDAR with PRODID, VERSION 2.0 and CALSCALE GREGORIAN, and no METHOD;
 *   <li>one VEVENT for the event, UID {@code <event-id>@agendum}: SUMMARY (title &mdash; subtitle),
 *       DESCRIPTION with the whole programme as plain text (times in the event's zone and each
 *       display zone, moderators and speakers with their positions, registration, contacts),
 *       LOCATION, GEO, URL (registration, else the first link), STATUS, CATEGORIES for topics,
 *       CONTACT per contact, and CONFERENCE (RFC 7986) with the link of an online event;
 *   <li>with {@linkplain #withBlocks(boolean) blocks} (the default), one VEVENT per timed block at
 *       any depth, UID {@code <event-id>.<block-id>@agendum}, RELATED-TO the event, STATUS
 *       TENTATIVE when the programme is provisional; untimed blocks appear only in DESCRIPTION;
 *   <li>the registration deadline first in the event's DESCRIPTION and as an all-day VEVENT on the
 *       last day to register, UID {@code <event-id>+registration@agendum};
 *   <li>a VTIMEZONE for the event's zone, built from the JDK's time-zone rules for the years the
 *       calendar covers.
 * </ul>
 *
 * <p>Ids go into UIDs with every character but ASCII letters, digits and {@code -_~}
 * percent-encoded, so UIDs are stable: exporting an edited event again updates the entries in a
 * calendar instead of duplicating them. People are never written as ATTENDEE or ORGANIZER, which
 * would turn the file into invitations. Text has its line breaks normalized to LF and other control
 * characters replaced by spaces; it is escaped so that no text can start a property. Output is
 * UTF-8 with CRLF line ends, folded at 75 octets between characters, and byte-identical for equal
 * events, options and clock instants.
 *
 * <p>The {@linkplain #withProfile(Profile) rich profile} adds PARTICIPANT, VLOCATION and
 * STRUCTURED-DATA (RFC 9073) to the event's VEVENT; see {@link Profile#RICH}.
 *
 * <p>A VEVENT with a STRUCTURED-DATA of {@code FMTTYPE=application/json} and the agendum event
 * schema is read from that JSON, which wins over the other properties (a calendar that edited
 * DTSTART or SUMMARY leaves the JSON unchanged); its id must agree with the VEVENT's UID, or reading
 * fails. Otherwise reading is best effort. A publish file this format wrote comes back as the event modulo the loss table
 * of {@code docs/ICALENDAR.md}: id, title (SUMMARY, title and subtitle together), zone, start and
 * end, status, topics, the URL as a link, the registration deadline, and each block VEVENT as a
 * top-level block of kind {@link org.agendum.core.model.BlockKind#OTHER} with its id, title and
 * slot. Another calendar's single VEVENT becomes an event, several become one event with a block
 * each, and a recurring VEVENT its first occurrence with the RRULE in the description. Times with
 * {@code Z} are read in UTC; floating times and dates in the calendar's {@code X-WR-TIMEZONE} if it
 * names a known zone, else in UTC.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class IcsEventFormat implements EventFormat {

    /** The name of this format. */
    public static final String NAME = "ics";

    /** What an iCalendar file carries besides what every calendar client shows. */
    public enum Profile {
        /**
         * The default: a calendar safe to import into or subscribe from the major calendar clients,
         * with people as text (never as ATTENDEE or ORGANIZER) and no METHOD. Reading it back loses
         * what the loss table of {@code docs/ICALENDAR.md} lists.
         */
        PUBLISH,
        /**
         * Everything {@link #PUBLISH} writes, plus in the event's VEVENT an RFC 9073 PARTICIPANT per
         * moderator, speaker and contact (without CALENDAR-ADDRESS), a VLOCATION for the venue, and
         * a STRUCTURED-DATA property ({@code FMTTYPE=application/json}, {@code SCHEMA} the {@code
         * $id} of the JSON Schema) carrying the event's canonical JSON. Reading a rich file returns
         * an equal event.
         */
        RICH
    }

    private final Clock clock;
    private final boolean blocks;
    private final Optional<List<DisplayZone>> displayZones;
    private final Profile profile;

    /**
     * Creates the format with its defaults, as {@link java.util.ServiceLoader} does; prefer {@link
     * #create()}.
     */
    public IcsEventFormat() {
        this(Clock.systemUTC(), true, Optional.empty(), Profile.PUBLISH);
    }

    private IcsEventFormat(Clock clock, boolean blocks, Optional<List<DisplayZone>> displayZones, Profile profile) {
        this.clock = clock;
        this.blocks = blocks;
        this.displayZones = displayZones;
        this.profile = profile;
    }

    /**
     * Obtains the format with its defaults: DTSTAMP from the system clock, one VEVENT per block,
     * times shown in the event's display zones.
     *
     * @return the format
     */
    public static IcsEventFormat create() {
        return new IcsEventFormat();
    }

    /**
     * Returns a copy of this format that takes DTSTAMP (when the file was written) from a clock.
     * Output is reproducible only with a fixed clock.
     *
     * @param clock the clock
     * @return the format with this clock
     */
    public IcsEventFormat withClock(Clock clock) {
        return new IcsEventFormat(Objects.requireNonNull(clock, "clock"), blocks, displayZones, profile);
    }

    /**
     * Returns a copy of this format that writes, or does not write, a VEVENT per timed block.
     *
     * @param blocks true for one VEVENT per block besides the event's, false for the event's only
     * @return the format with this choice
     */
    public IcsEventFormat withBlocks(boolean blocks) {
        return new IcsEventFormat(clock, blocks, displayZones, profile);
    }

    /**
     * Returns a copy of this format that shows programme times in these zones, in this order,
     * instead of the event's display zones. Times are always shown in the event's own zone first.
     *
     * @param displayZones the zones with their labels
     * @return the format with these zones
     */
    public IcsEventFormat withDisplayZones(List<DisplayZone> displayZones) {
        List<DisplayZone> zones = List.copyOf(Objects.requireNonNull(displayZones, "displayZones"));
        return new IcsEventFormat(clock, blocks, Optional.of(zones), profile);
    }

    /**
     * Returns a copy of this format that writes this profile ({@link Profile#PUBLISH} by default).
     * Reading does not depend on the profile: a rich file is recognized by its STRUCTURED-DATA.
     *
     * @param profile the profile
     * @return the format with this profile
     */
    public IcsEventFormat withProfile(Profile profile) {
        return new IcsEventFormat(clock, blocks, displayZones, Objects.requireNonNull(profile, "profile"));
    }

    /**
     * Returns the profile this format writes.
     *
     * @return the profile
     */
    public Profile profile() {
        return profile;
    }

    /**
     * Returns the clock DTSTAMP is taken from.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns whether this format writes a VEVENT per timed block.
     *
     * @return true if it does
     */
    public boolean writesBlocks() {
        return blocks;
    }

    /**
     * Returns the zones programme times are shown in, when set instead of the event's own.
     *
     * @return the zones, empty to use each event's display zones
     */
    public Optional<List<DisplayZone>> displayZones() {
        return displayZones;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mediaType() {
        return "text/calendar";
    }

    @Override
    public String fileExtension() {
        return "ics";
    }

    /**
     * Returns true: this format reads iCalendar, best effort.
     *
     * @return true
     */
    @Override
    public boolean canRead() {
        return true;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if the calendar would not be valid iCalendar (a bug in this
     *     format, reported rather than written)
     */
    @Override
    public void write(Event event, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(toIcs(event).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * {@inheritDoc}
     *
     * <p>The document is read to its end as UTF-8. Anything that is not iCalendar, breaks its
     * grammar, has no VEVENT, uses an unknown TZID or does not make a valid event is reported as an
     * {@link EventFormatException} with the line of the problem.
     */
    @Override
    public Event read(InputStream in) throws EventFormatException, IOException {
        Objects.requireNonNull(in, "in");
        return CalendarReader.read(in.readAllBytes());
    }

    /**
     * Writes an event to a string.
     *
     * @param event the event
     * @return the iCalendar document
     * @throws IllegalStateException if the calendar would not be valid iCalendar
     */
    public String toIcs(Event event) {
        Objects.requireNonNull(event, "event");
        return PublishCalendar.write(event, clock.instant(), blocks, displayZones.orElse(event.displayZones()),
                profile == Profile.RICH);
    }

    @Override
    public String toString() {
        return "IcsEventFormat[" + profile.name().toLowerCase(java.util.Locale.ROOT) + ", blocks=" + blocks + ", clock=" + clock
                + displayZones.map(z -> ", displayZones=" + z).orElse("") + "]";
    }
}
