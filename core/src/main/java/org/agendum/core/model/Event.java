package org.agendum.core.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event &mdash; a seminar, a conference, a meeting &mdash; with its programme, the parties who
 * organize it and take part, where it happens, and how to register.
 *
 * <p>The event's times are wall-clock times in its {@link #zone() zone}: {@link #start()}, and
 * {@link #end()} and/or a {@link #maximumDuration() maximum duration}. Its programme may also be
 * printed in other {@link #displayZones() display zones}. {@code
 * org.agendum.core.time.Timetable#of(Event)} resolves the event and its agenda to instants.
 *
 * <p>Within one event an id names one party: the same id on two different parties breaks {@link
 * Invariant#CONFLICTING_PARTY_ID}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Event extends EventWithers {

    /**
     * The longest id of an event, a block or a party, in characters (Unicode code points). An id is
     * a key that other values and other systems repeat (iCalendar writes the event's id into the
     * UID of every block), so its length is bounded like a key's ({@link Invariant#INVALID_ID}).
     */
    public static final int MAX_ID_LENGTH = 255;

    Event() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableEvent.builder();
    }

    /**
     * Returns the identifier of the event.
     *
     * @return the id, non-empty, without whitespace, of at most {@value #MAX_ID_LENGTH} characters
     * @refusedIf the id is empty, contains whitespace or a control character, or is longer than {@value
     *     Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID}), or has an unpaired surrogate
     *     ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract String id();

    /**
     * Returns what kind of gathering this is.
     *
     * @return the kind, if stated
     */
    public abstract Optional<EventKind> kind();

    /**
     * Returns the title as printed.
     *
     * @return the title, not blank
     * @refusedIf the title is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract String title();

    /**
     * Returns the subtitle as printed.
     *
     * @return the subtitle, if printed
     * @refusedIf the subtitle is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> subtitle();

    /**
     * Returns the description, such as a concept note; paragraphs separated by blank lines.
     *
     * @return the description, if any
     * @refusedIf the description is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> description();

    /**
     * Returns the themes the event addresses, in the order printed.
     *
     * @return the topics, possibly empty
     * @refusedIf a topic is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract List<String> topics();

    /**
     * Returns who the event is for, in the order printed.
     *
     * @return the audiences, possibly empty
     * @refusedIf an audience is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract List<String> audiences();

    /**
     * Returns what the event aims at, in the order printed.
     *
     * @return the objectives, possibly empty
     * @refusedIf an objective is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract List<String> objectives();

    /**
     * Returns the policy frameworks or programmes the event is framed in ("Agenda 2030, Objetivo
     * 11: ...").
     *
     * @return the frameworks, possibly empty
     * @refusedIf a framework is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract List<String> frameworks();

    /**
     * Returns how the event works ("Diálogo entre los participantes moderado por un facilitador"),
     * one paragraph per entry.
     *
     * @return the format description, possibly empty
     * @noun paragraph of methodology | paragraphs of methodology
     * @refusedIf a paragraph of methodology is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract List<String> methodology();

    /**
     * Returns the languages of the event, its {@linkplain #defaultLanguage() default language} first.
     *
     * @return BCP 47 language tags such as {@code "es"}, possibly empty
     * @refusedIf a language is not a well-formed BCP 47 tag ({@link Invariant#INVALID_LANGUAGE_TAG})
     * @refusedIf a localization of the event or a block is in the default language, the first of the
     *     languages ({@link Invariant#LOCALIZATION_OF_DEFAULT_LANGUAGE})
     * @refusedIfEmpty the event or a block has localizations and the event has no language ({@link
     *     Invariant#LOCALIZATION_WITHOUT_DEFAULT_LANGUAGE})
     */
    public abstract List<String> languages();

    /**
     * Returns the languages interpreted into, with their channels, for every block that does not
     * state {@linkplain AgendaBlock#interpretations() its own}.
     *
     * @return the interpretations, possibly empty
     */
    public abstract List<Interpretation> interpretations();

    /**
     * Returns the event's title, subtitle and description in more languages than its {@linkplain
     * #defaultLanguage() default}, one localization per language.
     *
     * @return the localizations, possibly empty
     * @refusedIf two localizations of the event are in the same language ({@link
     *     Invariant#DUPLICATE_LOCALIZATION})
     * @refusedIf a localization of the event or a block is in the default language, the first of the
     *     languages ({@link Invariant#LOCALIZATION_OF_DEFAULT_LANGUAGE})
     * @refusedIf the event or a block has localizations and the event has no language ({@link
     *     Invariant#LOCALIZATION_WITHOUT_DEFAULT_LANGUAGE})
     */
    public abstract List<Localization> localizations();

    /**
     * Returns whether the event is going ahead.
     *
     * @return the status; {@link EventStatus#SCHEDULED} by default
     */
    @Value.Default
    public EventStatus status() {
        return EventStatus.SCHEDULED;
    }

    /**
     * Returns what the organizers announced about the status, as printed: why the event is
     * postponed, cancelled or moved, and where news will be ("Aplazado por la emergencia
     * sanitaria; nueva fecha a confirmar").
     *
     * @return the note, if announced
     * @refusedIf the status note is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @noun status note
     */
    public abstract Optional<String> statusNote();

    /**
     * Returns the start first announced, in the event's {@link #zone() zone}, for an event that was
     * {@linkplain EventStatus#RESCHEDULED rescheduled}: what calendars and search engines compare
     * with the new {@link #start() start}.
     *
     * @return the previous start, if kept
     * @refusedIf the previous start's date is outside the years 1 to 9999 ({@link
     *     Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Optional<LocalDateTime> previousStart();

    /**
     * Returns how attendees take part.
     *
     * @return the attendance mode; {@link AttendanceMode#IN_PERSON} by default
     */
    @Value.Default
    public AttendanceMode attendanceMode() {
        return AttendanceMode.IN_PERSON;
    }

    /**
     * Returns the revision of the event as published: 0 when first published, one more with each
     * change published since, so that a calendar can tell a newer copy from an older one (iCalendar
     * writes it as {@code SEQUENCE}).
     *
     * @return the revision, 0 or more; 0 by default
     * @refusedIf the revision is negative ({@link Invariant#NEGATIVE_REVISION})
     */
    @Value.Default
    public int revision() {
        return 0;
    }

    /**
     * Returns who organizes the event, in the order printed.
     *
     * @return the organizers, possibly empty
     * @refusedIf two different parties anywhere in the event (organizers, partners, contacts, the blocks'
     *     moderators and participants, the organizations above them) share an id ({@link
     *     Invariant#CONFLICTING_PARTY_ID})
     */
    public abstract List<Party> organizers();

    /**
     * Returns who supports or partners in the event, in the order printed.
     *
     * @return the partners, possibly empty
     * @refusedIf two different parties anywhere in the event (organizers, partners, contacts, the blocks'
     *     moderators and participants, the organizations above them) share an id ({@link
     *     Invariant#CONFLICTING_PARTY_ID})
     */
    public abstract List<Party> partners();

    /**
     * Returns whom to contact, in the order printed.
     *
     * @return the contacts, possibly empty
     * @refusedIf two different parties anywhere in the event (organizers, partners, contacts, the blocks'
     *     moderators and participants, the organizations above them) share an id ({@link
     *     Invariant#CONFLICTING_PARTY_ID})
     */
    public abstract List<Contact> contacts();

    /**
     * Returns where the event happens in person.
     *
     * @return the venue, if any
     */
    public abstract Optional<Venue> venue();

    /**
     * Returns the rooms the blocks are held in, each defined once and referred to by its id ({@link
     * AgendaBlock#room()}, {@link AgendaBlock#overflowRooms()}). When it is empty, the blocks name their
     * rooms as printed.
     *
     * @return the rooms, in the order printed, possibly empty
     * @refusedIf two rooms share an id ({@link Invariant#DUPLICATE_ROOM_ID})
     * @refusedIf the event declares rooms and a block, at any depth, refers to a room it does not
     *     declare ({@link Invariant#UNKNOWN_ROOM})
     */
    public abstract List<Room> rooms();

    /**
     * Returns the tracks the blocks belong to, each defined once and referred to by its id ({@link
     * AgendaBlock#track()}). When it is empty, the blocks name their tracks as printed.
     *
     * @return the tracks, in the order printed, possibly empty
     * @refusedIf two tracks share an id ({@link Invariant#DUPLICATE_TRACK_ID})
     * @refusedIf the event declares tracks and a block, at any depth, refers to a track it does not
     *     declare ({@link Invariant#UNKNOWN_TRACK})
     */
    public abstract List<Track> tracks();

    /**
     * Returns the room with an id, among the {@linkplain #rooms() rooms} the event declares.
     *
     * @param id the id, as a block refers to the room
     * @return the room, if the event declares one with this id
     */
    public final Optional<Room> room(String id) {
        Objects.requireNonNull(id, "id");
        return rooms().stream().filter(room -> room.id().equals(id)).findFirst();
    }

    /**
     * Returns the track with an id, among the {@linkplain #tracks() tracks} the event declares.
     *
     * @param id the id, as a block refers to the track
     * @return the track, if the event declares one with this id
     */
    public final Optional<Track> track(String id) {
        Objects.requireNonNull(id, "id");
        return tracks().stream().filter(track -> track.id().equals(id)).findFirst();
    }

    /**
     * Returns where to join the event online.
     *
     * @return the online location, if any
     */
    public abstract Optional<OnlineLocation> onlineLocation();

    /**
     * Returns how to register.
     *
     * @return the registration, if announced
     * @refusedIf a deadline, the registration's or another, names a block that is not in the agenda
     *     ({@link Invariant#UNKNOWN_BLOCK_REFERENCE})
     */
    public abstract Optional<Registration> registration();

    /**
     * Returns deadlines other than the registration deadline (for abstracts, for papers...). A deadline
     * may {@linkplain Deadline#blockId() name the block} it belongs to.
     *
     * @return the deadlines, possibly empty
     * @refusedIf a deadline, the registration's or another, names a block that is not in the agenda
     *     ({@link Invariant#UNKNOWN_BLOCK_REFERENCE})
     */
    public abstract List<Deadline> deadlines();

    /**
     * Returns links to related resources.
     *
     * @return the links, possibly empty
     */
    public abstract List<Link> links();

    /**
     * Returns the zone whose wall clock the event's and the agenda's times are in.
     *
     * @return the zone, normally an IANA region such as {@code America/Montevideo}
     */
    public abstract ZoneId zone();

    /**
     * Returns the wall-clock date-time at which the event starts, in its {@link #zone() zone}.
     *
     * @return the start
     * @refusedIf the start's date is outside the years 1 to 9999 ({@link Invariant#DATE_OUT_OF_RANGE})
     * @refusedIf the end is not after the start ({@link Invariant#EVENT_END_NOT_AFTER_START})
     * @refusedIf the start plus the maximum duration is past the year 9999 ({@link
     *     Invariant#DATE_OUT_OF_RANGE})
     * @refusedIf the agenda would run past the year 9999 ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract LocalDateTime start();

    /**
     * Returns the wall-clock date-time at which the event is announced to end, in its {@link
     * #zone() zone}.
     *
     * @return the end, after the start, if announced
     * @refusedIf the end's date is outside the years 1 to 9999 ({@link Invariant#DATE_OUT_OF_RANGE})
     * @refusedIf the end is not after the start ({@link Invariant#EVENT_END_NOT_AFTER_START})
     * @refusedIf the agenda would run past the year 9999 ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Optional<LocalDateTime> end();

    /**
     * Returns the longest the event may last ("Duración máxima 1:30 hs.").
     *
     * @return the maximum duration, positive, if announced
     * @refusedIf the maximum duration is zero or negative ({@link Invariant#DURATION_NOT_POSITIVE})
     * @refusedIf the start plus the maximum duration is past the year 9999 ({@link
     *     Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Optional<Duration> maximumDuration();

    /**
     * Returns the zones, with their labels, in which the programme prints its times. The event's
     * own zone may be among them, to give it a label ("Uruguay").
     *
     * @return the display zones, each zone at most once, possibly empty
     * @refusedIf a zone appears twice among the display zones ({@link Invariant#DUPLICATE_DISPLAY_ZONE})
     */
    public abstract List<DisplayZone> displayZones();

    /**
     * Returns the programme.
     *
     * @return the agenda; {@link Agenda#empty()} by default
     * @refusedIf two different parties anywhere in the event (organizers, partners, contacts, the blocks'
     *     moderators and participants, the organizations above them) share an id ({@link
     *     Invariant#CONFLICTING_PARTY_ID})
     * @refusedIf the event declares rooms and a block, at any depth, refers to a room it does not
     *     declare ({@link Invariant#UNKNOWN_ROOM})
     * @refusedIf the event declares tracks and a block, at any depth, refers to a track it does not
     *     declare ({@link Invariant#UNKNOWN_TRACK})
     * @refusedIf a deadline, the registration's or another, names a block that is not in the agenda
     *     ({@link Invariant#UNKNOWN_BLOCK_REFERENCE})
     * @refusedIf the agenda would run past the year 9999 ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    @Value.Default
    public Agenda agenda() {
        return Agenda.empty();
    }

    /**
     * Returns every party of the event, each once, in order of first appearance: organizers,
     * partners, contacts, then the moderators and participants of the blocks, depth first; an
     * organization a party belongs to (through a position, or as a parent) comes right after that
     * party. A validation path {@code /parties/3} names the fourth party of this list (see {@code
     * Violation}); the JSON format lists parties in this order, so it is the same place there.
     *
     * @return the distinct parties, possibly empty
     */
    @Value.Lazy
    public List<Party> parties() {
        return EventParties.of(this);
    }

    /**
     * Returns the label printed beside times in a zone, from the display zones.
     *
     * @param zone the zone
     * @return the label, if that zone is a display zone
     */
    public final Optional<String> labelOf(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return displayZones().stream().filter(d -> d.zone().equals(zone)).map(DisplayZone::label).findFirst();
    }

    /**
     * Returns the language the event's and its blocks' untranslated texts are in: the first of its
     * {@linkplain #languages() languages}, as schema.org's {@code inLanguage} and JSCalendar's {@code
     * locale} name it. {@linkplain #localizations() Localizations} give the texts in others.
     *
     * @return the default language, if the event lists a language
     */
    public final Optional<String> defaultLanguage() {
        return languages().isEmpty() ? Optional.empty() : Optional.of(languages().get(0));
    }

    /**
     * Returns a copy of this event with the titles, subtitles and descriptions of the event and its
     * blocks in a language, where a localization gives them; texts not translated stay in the
     * {@linkplain #defaultLanguage() default language}. A localization in exactly that language is
     * taken first, else one in the same primary language ({@code "fr-CA"} for {@code "fr"}, {@code
     * "fr"} for {@code "fr-CA"}). The copy has no localizations left, so a programme prints it as is.
     *
     * @param language the BCP 47 tag of the language wanted, such as {@code "fr"}
     * @return this event if nothing is translated into that language, else the translated copy
     */
    public final Event localizedTo(String language) {
        return EventViews.localizedTo(this, Objects.requireNonNull(language, "language"));
    }

    /**
     * Returns a copy of this event without what it holds in confidence: the {@linkplain
     * OnlineLocation#passcode() passcode} of its online location and of its blocks' online locations.
     * {@code agendum show} and the iCalendar exports use this copy unless they are asked for the
     * confidential data; a {@code Programme} prints whatever event it is given.
     *
     * @return this event if it holds nothing confidential, else a copy without it
     */
    public final Event withoutConfidential() {
        return EventViews.withoutConfidential(this);
    }

    @Value.Check
    final void check() {
        EventInvariants.check(this);
    }

    /**
     * Builds {@link Event} values one attribute at a time; obtained from {@link Event#builder()}.
     *
     * <p>Every attribute that {@link #build()} does not require is optional, has a default, or is a list that
     * starts empty. A single-valued attribute can be set only once: setting it again, with either overload,
     * throws {@link IllegalStateException}. Each {@code add...} call appends to a list, after the elements
     * already added. Values are checked when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends EventBuilderBase {

        Builder() {}
    }
}
