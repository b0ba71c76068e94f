package org.agendum.ical;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.FormatOption;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.text.ProgrammeLabels;
import org.agendum.ical.internal.CanonicalJson;
import org.agendum.ical.internal.Uids;
import org.agendum.ical.internal.read.CalendarReader;
import org.agendum.ical.internal.read.ReadLimits;
import org.agendum.json.JsonEventFormat;

/**
 * The iCalendar format (RFC 5545): {@code "ics"}, {@code text/calendar}, {@code .ics}.
 *
 * <pre>{@code
 * IcsEventFormat ics = IcsEventFormat.create()
 *         .withClock(Clock.fixed(stamp, ZoneOffset.UTC))
 *         .withUidDomain("events.example.org");
 * String calendar = ics.toIcs(event);
 * }</pre>
 *
 * <p>By default this format writes the <em>publish</em> profile, safe to import into or subscribe
 * from the major calendar clients, people as text and never as invitations; {@linkplain
 * #withProfile(Profile) the rich profile} adds what reads back into an equal event. The texts are
 * the programme {@code agendum show} prints, in {@linkplain #withLocale(Locale) a language}. What
 * each property holds, how times, UIDs and texts are written, and how reading is bounded are in
 * the {@linkplain org.agendum.ical package documentation}; what a publish file loses, in {@code
 * docs/ICALENDAR.md}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class IcsEventFormat implements EventFormat {

    /** The name of this format. */
    public static final String NAME = "ics";

    /** The domain of UIDs unless {@link #withUidDomain(String)} sets another. */
    public static final String DEFAULT_UID_DOMAIN = Uids.DEFAULT_DOMAIN;

    /** The largest document read, in bytes: 16 MiB. */
    public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    /** The most components read (VCALENDAR, VEVENT, VTIMEZONE, VALARM... each counts). */
    public static final int MAX_COMPONENTS = 50_000;

    /** The deepest nesting of components read, the VCALENDAR's level included. */
    public static final int MAX_NESTING_DEPTH = 16;

    /**
     * The most properties of one component among those read (UID, DTSTART, SUMMARY, CATEGORIES…);
     * others are skipped unread and not counted.
     */
    public static final int MAX_PROPERTIES_PER_COMPONENT = 1_000;

    /**
     * The most properties read in a document, among those read (others are skipped unread and not
     * counted): eight for each of {@value #MAX_COMPONENTS} components.
     */
    public static final int MAX_PROPERTIES = 400_000;

    /** The longest text read into an event, in characters: the JSON format's longest string. */
    public static final int MAX_TEXT_LENGTH = JsonEventFormat.MAX_STRING_LENGTH;

    /** The most observances of a VTIMEZONE evaluated, for a TZID only the file defines. */
    public static final int MAX_ZONE_OBSERVANCES = 1_000;

    /**
     * What evaluating the VTIMEZONEs of a document whose TZIDs only the file defines may cost: each
     * observance read or evaluated for a year, and each onset computed, counts one. A real
     * definition costs a few dozen per year its events use.
     */
    public static final long MAX_ZONE_EVALUATIONS = 200_000;

    private static final ReadLimits LIMITS = new ReadLimits(MAX_DOCUMENT_BYTES, MAX_COMPONENTS, MAX_NESTING_DEPTH,
            MAX_PROPERTIES_PER_COMPONENT, MAX_PROPERTIES, MAX_TEXT_LENGTH, MAX_ZONE_OBSERVANCES,
            MAX_ZONE_EVALUATIONS);

    /** What an iCalendar file carries besides what every calendar client shows. */
    public enum Profile {
        /**
         * The default: a calendar safe to import into or subscribe from the major calendar clients,
         * with people as text (never as ATTENDEE or ORGANIZER) and no METHOD. Reading it back loses
         * what the loss table of {@code docs/ICALENDAR.md} lists.
         */
        PUBLISH,
        /**
         * Everything {@link #PUBLISH} writes, plus in the event's VEVENT a STRUCTURED-DATA property
         * ({@code FMTTYPE=application/json}, {@code SCHEMA} the {@code $id} of the JSON Schema)
         * carrying the event's canonical JSON, an RFC 9073 PARTICIPANT per moderator, speaker and
         * contact (without CALENDAR-ADDRESS), and a VLOCATION for the venue. Reading a rich file
         * returns an equal event.
         */
        RICH
    }

    private final IcsSettings settings;

    /**
     * Creates the format with its defaults, as {@link java.util.ServiceLoader} does; prefer {@link
     * #create()}. The constructor is public only because a provider found on the class path ({@code
     * META-INF/services}) must have a public constructor without arguments.
     */
    public IcsEventFormat() {
        this(IcsSettings.DEFAULTS);
    }

    private IcsEventFormat(IcsSettings settings) {
        this.settings = settings;
    }

    /**
     * Obtains the format with its defaults: DTSTAMP from the system clock, one VEVENT per block,
     * times shown in the event's display zones, the publish profile, UIDs in the domain {@value
     * #DEFAULT_UID_DOMAIN}, texts in English.
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
        Objects.requireNonNull(clock, "clock");
        return new IcsEventFormat(settings.with(s -> s.clock = clock));
    }

    /**
     * Returns a copy of this format that writes, or does not write, a VEVENT per timed block.
     *
     * @param blocks true for one VEVENT per block besides the event's, false for the event's only
     * @return the format with this choice
     */
    public IcsEventFormat withBlocks(boolean blocks) {
        return new IcsEventFormat(settings.with(s -> s.blocks = blocks));
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
        return new IcsEventFormat(settings.with(s -> s.displayZones = Optional.of(zones)));
    }

    /**
     * Returns a copy of this format that writes this profile ({@link Profile#PUBLISH} by default).
     * Reading does not depend on the profile: a rich file is recognized by its STRUCTURED-DATA.
     *
     * @param profile the profile
     * @return the format with this profile
     * @throws IllegalStateException if the profile is {@link Profile#RICH} and {@code agendum-json},
     *     which writes the JSON it carries, is not on the class or module path
     */
    public IcsEventFormat withProfile(Profile profile) {
        if (Objects.requireNonNull(profile, "profile") == Profile.RICH) {
            CanonicalJson.requireAvailable();
        }
        return new IcsEventFormat(settings.with(s -> s.profile = profile));
    }

    /**
     * Returns a copy of this format that writes UIDs in a domain of the publisher's, such as {@code
     * events.example.org}: {@code <event-id>@events.example.org}, so that two publishers' {@code
     * annual-meeting} events have other UIDs (RFC 5545 asks them to be globally unique). Keep the
     * domain once chosen: calendars take other UIDs for other entries. Reading recognizes agendum's
     * files whatever their domain.
     *
     * @param domain a domain name: labels of ASCII letters, digits and hyphens, separated by dots
     * @return the format with this domain
     * @throws IllegalArgumentException if {@code domain} is not a domain name
     */
    public IcsEventFormat withUidDomain(String domain) {
        String checked = Uids.requireDomain(Objects.requireNonNull(domain, "domain"));
        return new IcsEventFormat(settings.with(s -> s.uidDomain = checked));
    }

    /**
     * Returns a copy of this format that writes its texts (DESCRIPTION, the registration entry's
     * SUMMARY, the rich profile's PARTICIPANT and VLOCATION texts) in a language: its labels, dates
     * and transit modes. The event's own texts stay as they are written.
     *
     * @param locale the language: English (the default), Spanish or French, whatever the country
     * @return the format with this language
     * @throws IllegalArgumentException if there are no labels in that language ({@link
     *     ProgrammeLabels#locales()})
     */
    public IcsEventFormat withLocale(Locale locale) {
        Locale language = ProgrammeLabels.of(Objects.requireNonNull(locale, "locale")).locale();
        return new IcsEventFormat(settings.with(s -> s.locale = language));
    }

    /**
     * Returns the language of the texts this format writes.
     *
     * @return the language, as a locale without a country; English unless set
     */
    public Locale locale() {
        return settings.locale;
    }

    /**
     * Returns the profile this format writes.
     *
     * @return the profile
     */
    public Profile profile() {
        return settings.profile;
    }

    /**
     * Returns the clock DTSTAMP is taken from.
     *
     * @return the clock
     */
    public Clock clock() {
        return settings.clock;
    }

    /**
     * Returns whether this format writes a VEVENT per timed block, as {@link #withBlocks(boolean)}
     * sets it.
     *
     * @return true if it does
     */
    public boolean blocks() {
        return settings.blocks;
    }

    /**
     * Returns a copy of this format that writes, or withholds, what events hold in confidence: the
     * passcode of the online meeting ({@link Event#withoutConfidential()}). Withheld by default,
     * in both profiles: a calendar file is published; the canonical JSON keeps everything.
     *
     * @param confidential true to include it, false to withhold it
     * @return the format
     */
    public IcsEventFormat withConfidential(boolean confidential) {
        return new IcsEventFormat(settings.with(s -> s.confidential = confidential));
    }

    /**
     * Returns whether the files include what events hold in confidence.
     *
     * @return true if they do; false, the default, if it is withheld
     */
    public boolean confidential() {
        return settings.confidential;
    }

    /**
     * Returns the zones programme times are shown in, when set instead of the event's own.
     *
     * @return the zones, empty to use each event's display zones
     */
    public Optional<List<DisplayZone>> displayZones() {
        return settings.displayZones;
    }

    /**
     * Returns the domain of the UIDs this format writes.
     *
     * @return the domain, {@value #DEFAULT_UID_DOMAIN} unless set
     */
    public String uidDomain() {
        return settings.uidDomain;
    }

    /**
     * Returns the options of this format that can be set from text, each as its wither sets it:
     * {@code profile} ({@code publish} or {@code rich}, {@link #withProfile(Profile)}), {@code
     * blocks} ({@code true} or {@code false}), {@code uid-domain}, {@code locale} ({@code en},
     * {@code es} or {@code fr}) and {@code confidential} ({@code withhold} or {@code include}). The
     * clock and the display zones are set in code only.
     *
     * @return the options
     */
    @Override
    public List<FormatOption> options() {
        return IcsOptions.ALL;
    }

    @Override
    public String option(String name) {
        return IcsOptions.value(this, FormatOption.find(this, name).name());
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if {@code profile} is set to {@code rich} and {@code
     *     agendum-json} is not on the class or module path
     */
    @Override
    public IcsEventFormat withOption(String name, String value) {
        return IcsOptions.with(this, name, FormatOption.find(this, name).check(value));
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
     * <p>The calendar is written to the stream as the event is walked, through a buffer; the stream
     * is flushed, not closed.
     */
    @Override
    public void write(Event event, OutputStream out) throws IOException {
        settings.write(Objects.requireNonNull(event, "event"), Objects.requireNonNull(out, "out"));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The document is read to its end (or to one byte past {@link #MAX_DOCUMENT_BYTES}) as
     * UTF-8. Anything that is not iCalendar, breaks its grammar or a limit, has no VEVENT, uses a
     * TZID that names no zone, or does not make a valid event is reported as an {@link
     * EventFormatException} with the line of the problem.
     */
    @Override
    public Event read(InputStream in) throws EventFormatException, IOException {
        return CalendarReader.read(Objects.requireNonNull(in, "in"), LIMITS);
    }

    /**
     * Writes an event to a string.
     *
     * @param event the event
     * @return the iCalendar document
     */
    public String toIcs(Event event) {
        return new String(toBytes(event), StandardCharsets.UTF_8);
    }

    /**
     * Reads an event from a string, as {@link #read(java.io.InputStream)} reads its UTF-8 bytes.
     *
     * @param ics the iCalendar document
     * @return the event
     * @throws EventFormatException if the document is not an event agendum can read, with its line
     */
    public Event fromIcs(String ics) throws EventFormatException {
        return fromBytes(ics.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "IcsEventFormat[" + settings + "]";
    }
}
