package org.agendum.core.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
public abstract class Event {

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
     */
    public abstract String title();

    /**
     * Returns the subtitle as printed.
     *
     * @return the subtitle, if printed
     */
    public abstract Optional<String> subtitle();

    /**
     * Returns the description, such as a concept note; paragraphs separated by blank lines.
     *
     * @return the description, if any
     */
    public abstract Optional<String> description();

    /**
     * Returns the themes the event addresses, in the order printed.
     *
     * @return the topics, possibly empty
     */
    public abstract List<String> topics();

    /**
     * Returns who the event is for, in the order printed.
     *
     * @return the audiences, possibly empty
     */
    public abstract List<String> audiences();

    /**
     * Returns what the event aims at, in the order printed.
     *
     * @return the objectives, possibly empty
     */
    public abstract List<String> objectives();

    /**
     * Returns the policy frameworks or programmes the event is framed in ("Agenda 2030, Objetivo
     * 11: ...").
     *
     * @return the frameworks, possibly empty
     */
    public abstract List<String> frameworks();

    /**
     * Returns how the event works ("Diálogo entre los participantes moderado por un facilitador"),
     * one paragraph per entry.
     *
     * @return the format description, possibly empty
     */
    public abstract List<String> methodology();

    /**
     * Returns the languages of the event.
     *
     * @return BCP 47 language tags such as {@code "es"}, possibly empty
     */
    public abstract List<String> languages();

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
     * Returns how attendees take part.
     *
     * @return the attendance mode; {@link AttendanceMode#IN_PERSON} by default
     */
    @Value.Default
    public AttendanceMode attendanceMode() {
        return AttendanceMode.IN_PERSON;
    }

    /**
     * Returns who organizes the event, in the order printed.
     *
     * @return the organizers, possibly empty
     */
    public abstract List<Party> organizers();

    /**
     * Returns who supports or partners in the event, in the order printed.
     *
     * @return the partners, possibly empty
     */
    public abstract List<Party> partners();

    /**
     * Returns whom to contact, in the order printed.
     *
     * @return the contacts, possibly empty
     */
    public abstract List<Contact> contacts();

    /**
     * Returns where the event happens in person.
     *
     * @return the venue, if any
     */
    public abstract Optional<Venue> venue();

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
     */
    public abstract Optional<Registration> registration();

    /**
     * Returns deadlines other than the registration deadline (for abstracts, for papers...).
     *
     * @return the deadlines, possibly empty
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
     */
    public abstract LocalDateTime start();

    /**
     * Returns the wall-clock date-time at which the event is announced to end, in its {@link
     * #zone() zone}.
     *
     * @return the end, after the start, if announced
     */
    public abstract Optional<LocalDateTime> end();

    /**
     * Returns the longest the event may last ("Duración máxima 1:30 hs.").
     *
     * @return the maximum duration, positive, if announced
     */
    public abstract Optional<Duration> maximumDuration();

    /**
     * Returns the zones, with their labels, in which the programme prints its times. The event's
     * own zone may be among them, to give it a label ("Uruguay").
     *
     * @return the display zones, each zone at most once, possibly empty
     */
    public abstract List<DisplayZone> displayZones();

    /**
     * Returns the programme.
     *
     * @return the agenda; {@link Agenda#empty()} by default
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
        Map<String, Party> byId = new LinkedHashMap<>();
        organizers().forEach(p -> collect(byId, p));
        partners().forEach(p -> collect(byId, p));
        contacts().forEach(c -> collect(byId, c.party()));
        Agenda.forEachBlock(agenda().blocks(), "", (block, path) -> {
            block.moderators().forEach(m -> collect(byId, m.party()));
            block.participants().forEach(p -> collect(byId, p.party()));
        });
        return List.copyOf(byId.values());
    }

    private static void collect(Map<String, Party> byId, Party party) {
        if (party instanceof Organization) {
            collectUpwards(byId, (Organization) party);
        } else if (byId.putIfAbsent(party.id(), party) == null) {
            ((Person) party).positions().forEach(p -> p.organization().ifPresent(o -> collectUpwards(byId, o)));
        }
    }

    /** An organization and those above it, up to the first one already collected: a loop, not a recursion. */
    private static void collectUpwards(Map<String, Party> byId, Organization organization) {
        Organization current = organization;
        while (current != null && byId.putIfAbsent(current.id(), current) == null) {
            current = current.parent().orElse(null);
        }
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

    @Value.Check
    final void check() {
        Checks.id(id(), "/id");
        Checks.text(title(), "/title");
        Checks.text(subtitle(), "/subtitle");
        Checks.text(description(), "/description");
        Checks.texts(topics(), "/topics");
        Checks.texts(audiences(), "/audiences");
        Checks.texts(objectives(), "/objectives");
        Checks.texts(frameworks(), "/frameworks");
        Checks.texts(methodology(), "/methodology");
        for (int i = 0; i < languages().size(); i++) {
            Checks.language(languages().get(i), "/languages/" + i);
        }
        Checks.year(start().toLocalDate(), "/start");
        end().ifPresent(end -> Checks.year(end.toLocalDate(), "/end"));
        end().ifPresent(end -> {
            if (!end.isAfter(start())) {
                throw Checks.violation(Invariant.EVENT_END_NOT_AFTER_START, "/end",
                        "event end " + end + " must be after its start " + start());
            }
        });
        maximumDuration().ifPresent(max -> {
            Checks.positive(max, "/maximumDuration");
            Checks.onTimeLine(() -> start().plus(max), "/maximumDuration",
                    "the event's start plus its maximum duration " + max);
            Checks.year(start().plus(max).toLocalDate(), "/maximumDuration");
        });
        Set<ZoneId> zones = new HashSet<>();
        for (int i = 0; i < displayZones().size(); i++) {
            if (!zones.add(displayZones().get(i).zone())) {
                throw Checks.violation(Invariant.DUPLICATE_DISPLAY_ZONE, "/displayZones/" + i,
                        "zone " + displayZones().get(i).zone() + " is already a display zone");
            }
        }
        checkPartyIds();
        checkAgendaEndsInRange();
    }

    /**
     * No block can be placed past the last year: a block starts at the latest at the latest
     * wall-clock time written in the event, and the agenda adds at most the sum of its durations.
     */
    private void checkAgendaEndsInRange() {
        LocalDateTime latest = end().filter(e -> e.isAfter(start())).orElse(start());
        Duration total = Duration.ZERO;
        List<AgendaBlock> pending = new ArrayList<>(agenda().blocks());
        while (!pending.isEmpty()) {
            AgendaBlock block = pending.remove(pending.size() - 1);
            if (!block.children().isEmpty()) {
                pending.addAll(block.children());
            }
            // Each optional read once: the accessors make a new Optional every time.
            Timing timing = block.timing().orElse(null);
            if (timing != null) {
                LocalDate date = timing instanceof Slot ? ((Slot) timing).date().orElse(null) : null;
                if (date != null) {
                    LocalDateTime slotEnd = date.atTime(((Slot) timing).end());
                    latest = slotEnd.isAfter(latest) ? slotEnd : latest;
                }
                try {
                    total = total.plus(timing.duration());
                } catch (ArithmeticException e) {
                    throw Checks.violation(Invariant.DATE_OUT_OF_RANGE, "/agenda", "the agenda's durations add up to more than "
                            + "java.time can count");
                }
            }
        }
        LocalDateTime from = latest;
        Duration length = total;
        Checks.onTimeLine(() -> from.plus(length), "/agenda", "the end of the agenda");
        Checks.year(from.plus(length).toLocalDate(), "/agenda");
    }

    /** One id, one party: walks every place a party can appear, nested organizations included. */
    private void checkPartyIds() {
        Map<String, Party> byId = new HashMap<>();
        for (int i = 0; i < organizers().size(); i++) {
            int index = i;
            register(byId, organizers().get(i), () -> "/organizers/" + index);
        }
        for (int i = 0; i < partners().size(); i++) {
            int index = i;
            register(byId, partners().get(i), () -> "/partners/" + index);
        }
        for (int i = 0; i < contacts().size(); i++) {
            int index = i;
            register(byId, contacts().get(i).party(), () -> "/contacts/" + index + "/party");
        }
        // Paths are spelt only for a violation: the walk's path is the current block's until the visitor returns.
        Agenda.forEachBlock(agenda().blocks(), "/agenda/blocks", (block, path) -> {
            for (int i = 0; i < block.moderators().size(); i++) {
                int index = i;
                register(byId, block.moderators().get(i).party(), () -> path + "/moderators/" + index + "/party");
            }
            for (int i = 0; i < block.participants().size(); i++) {
                int index = i;
                register(byId, block.participants().get(i).party(), () -> path + "/participants/" + index + "/party");
            }
        });
    }

    private static void register(Map<String, Party> byId, Party party, Supplier<String> path) {
        if (party instanceof Organization) {
            registerUpwards(byId, (Organization) party, path);
        } else if (registered(byId, party, path)) {
            List<Position> positions = ((Person) party).positions();
            for (int i = 0; i < positions.size(); i++) {
                Optional<Organization> organization = positions.get(i).organization();
                if (organization.isPresent()) {
                    int index = i;
                    registerUpwards(byId, organization.get(), () -> path.get() + "/positions/" + index + "/organization");
                }
            }
        }
    }

    /** An organization and those above it, up to the first one already registered: a loop, not a recursion. */
    private static void registerUpwards(Map<String, Party> byId, Organization organization, Supplier<String> path) {
        Organization current = organization;
        int parents = 0;
        while (current != null && registered(byId, current, parents == 0 ? path : parentPath(path, parents))) {
            current = current.parent().orElse(null);
            parents++;
        }
    }

    private static Supplier<String> parentPath(Supplier<String> path, int parents) {
        return () -> path.get() + "/parent".repeat(parents);
    }

    /** Registers a party by its id: true if it is new, false if it (or an equal party) was there already. */
    private static boolean registered(Map<String, Party> byId, Party party, Supplier<String> path) {
        Party known = byId.putIfAbsent(party.id(), party);
        if (known != null && known != party && !known.equals(party)) {
            throw Checks.violation(Invariant.CONFLICTING_PARTY_ID, path.get() + "/id",
                    "party id '" + party.id() + "' names both '" + known.displayName() + "' and '"
                            + party.displayName() + "'; define each party once and reuse it");
        }
        return known == null;
    }

    /**
     * Returns a copy of this event with another id.
     *
     * @param id the identifier of the event
     * @return an event based on this one with the requested id
     * @throws NullPointerException if {@code id} is null
     * @throws InvariantViolationException if the id is empty, contains whitespace or a control character, or
     *     is longer than {@value Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID}), or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withId(String id);

    /**
     * Returns a copy of this event with a kind, in place of any it has.
     *
     * @param kind what kind of gathering this is
     * @return an event based on this one with the requested kind
     * @throws NullPointerException if {@code kind} is null
     */
    public abstract Event withKind(EventKind kind);

    /**
     * Returns a copy of this event with a kind, or without one if {@code kind} is empty.
     *
     * @param kind what kind of gathering this is, or empty to remove it
     * @return an event based on this one with the requested kind, or without one
     * @throws NullPointerException if {@code kind} is null
     */
    public abstract Event withKind(Optional<? extends EventKind> kind);

    /**
     * Returns a copy of this event with another title.
     *
     * @param title the title as printed
     * @return an event based on this one with the requested title
     * @throws NullPointerException if {@code title} is null
     * @throws InvariantViolationException if the title is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withTitle(String title);

    /**
     * Returns a copy of this event with a subtitle, in place of any it has.
     *
     * @param subtitle the subtitle as printed
     * @return an event based on this one with the requested subtitle
     * @throws NullPointerException if {@code subtitle} is null
     * @throws InvariantViolationException if the subtitle is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withSubtitle(String subtitle);

    /**
     * Returns a copy of this event with a subtitle, or without one if {@code subtitle} is empty.
     *
     * @param subtitle the subtitle as printed, or empty to remove it
     * @return an event based on this one with the requested subtitle, or without one
     * @throws NullPointerException if {@code subtitle} is null
     * @throws InvariantViolationException if the subtitle is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withSubtitle(Optional<String> subtitle);

    /**
     * Returns a copy of this event with a description, in place of any it has.
     *
     * @param description the description, such as a concept note; paragraphs separated by blank lines
     * @return an event based on this one with the requested description
     * @throws NullPointerException if {@code description} is null
     * @throws InvariantViolationException if the description is blank ({@link Invariant#BLANK_TEXT}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withDescription(String description);

    /**
     * Returns a copy of this event with a description, or without one if {@code description} is empty.
     *
     * @param description the description, such as a concept note; paragraphs separated by blank lines, or
     *     empty to remove it
     * @return an event based on this one with the requested description, or without one
     * @throws NullPointerException if {@code description} is null
     * @throws InvariantViolationException if the description is blank ({@link Invariant#BLANK_TEXT}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withDescription(Optional<String> description);

    /**
     * Returns a copy of this event with these topics in place of its own.
     *
     * @param topics the themes the event addresses, in the order printed; none to remove them all
     * @return an event based on this one with the requested topics
     * @throws NullPointerException if {@code topics} or one of its elements is null
     * @throws InvariantViolationException if a topic is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withTopics(String... topics);

    /**
     * Returns a copy of this event with these topics, in iteration order, in place of its own.
     *
     * @param topics the themes the event addresses, in the order printed; empty to remove them all
     * @return an event based on this one with the requested topics
     * @throws NullPointerException if {@code topics} or one of its elements is null
     * @throws InvariantViolationException if a topic is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withTopics(Iterable<String> topics);

    /**
     * Returns a copy of this event with these audiences in place of its own.
     *
     * @param audiences whom the event is for, in the order printed; none to remove them all
     * @return an event based on this one with the requested audiences
     * @throws NullPointerException if {@code audiences} or one of its elements is null
     * @throws InvariantViolationException if an audience is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withAudiences(String... audiences);

    /**
     * Returns a copy of this event with these audiences, in iteration order, in place of its own.
     *
     * @param audiences whom the event is for, in the order printed; empty to remove them all
     * @return an event based on this one with the requested audiences
     * @throws NullPointerException if {@code audiences} or one of its elements is null
     * @throws InvariantViolationException if an audience is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withAudiences(Iterable<String> audiences);

    /**
     * Returns a copy of this event with these objectives in place of its own.
     *
     * @param objectives what the event aims at, in the order printed; none to remove them all
     * @return an event based on this one with the requested objectives
     * @throws NullPointerException if {@code objectives} or one of its elements is null
     * @throws InvariantViolationException if an objective is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withObjectives(String... objectives);

    /**
     * Returns a copy of this event with these objectives, in iteration order, in place of its own.
     *
     * @param objectives what the event aims at, in the order printed; empty to remove them all
     * @return an event based on this one with the requested objectives
     * @throws NullPointerException if {@code objectives} or one of its elements is null
     * @throws InvariantViolationException if an objective is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withObjectives(Iterable<String> objectives);

    /**
     * Returns a copy of this event with these frameworks in place of its own.
     *
     * @param frameworks the policy frameworks or programmes the event is framed in, in the order printed;
     *     none to remove them all
     * @return an event based on this one with the requested frameworks
     * @throws NullPointerException if {@code frameworks} or one of its elements is null
     * @throws InvariantViolationException if a framework is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withFrameworks(String... frameworks);

    /**
     * Returns a copy of this event with these frameworks, in iteration order, in place of its own.
     *
     * @param frameworks the policy frameworks or programmes the event is framed in, in the order printed;
     *     empty to remove them all
     * @return an event based on this one with the requested frameworks
     * @throws NullPointerException if {@code frameworks} or one of its elements is null
     * @throws InvariantViolationException if a framework is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withFrameworks(Iterable<String> frameworks);

    /**
     * Returns a copy of this event with these paragraphs of methodology in place of its own.
     *
     * @param methodology the paragraphs on how the event works, in order; none to remove them all
     * @return an event based on this one with the requested paragraphs of methodology
     * @throws NullPointerException if {@code methodology} or one of its elements is null
     * @throws InvariantViolationException if a paragraph is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withMethodology(String... methodology);

    /**
     * Returns a copy of this event with these paragraphs of methodology, in iteration order, in place of its
     * own.
     *
     * @param methodology the paragraphs on how the event works, in order; empty to remove them all
     * @return an event based on this one with the requested paragraphs of methodology
     * @throws NullPointerException if {@code methodology} or one of its elements is null
     * @throws InvariantViolationException if a paragraph is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Event withMethodology(Iterable<String> methodology);

    /**
     * Returns a copy of this event with these languages in place of its own.
     *
     * @param languages BCP 47 language tags such as {@code "es"}, in order; none to remove them all
     * @return an event based on this one with the requested languages
     * @throws NullPointerException if {@code languages} or one of its elements is null
     * @throws InvariantViolationException if a language is not a well-formed BCP 47 tag
     *     ({@link Invariant#INVALID_LANGUAGE_TAG})
     */
    public abstract Event withLanguages(String... languages);

    /**
     * Returns a copy of this event with these languages, in iteration order, in place of its own.
     *
     * @param languages BCP 47 language tags such as {@code "es"}, in order; empty to remove them all
     * @return an event based on this one with the requested languages
     * @throws NullPointerException if {@code languages} or one of its elements is null
     * @throws InvariantViolationException if a language is not a well-formed BCP 47 tag
     *     ({@link Invariant#INVALID_LANGUAGE_TAG})
     */
    public abstract Event withLanguages(Iterable<String> languages);

    /**
     * Returns a copy of this event with another status.
     *
     * @param status whether the event is going ahead
     * @return an event based on this one with the requested status
     * @throws NullPointerException if {@code status} is null
     */
    public abstract Event withStatus(EventStatus status);

    /**
     * Returns a copy of this event with another attendance mode.
     *
     * @param attendanceMode how attendees take part
     * @return an event based on this one with the requested attendance mode
     * @throws NullPointerException if {@code attendanceMode} is null
     */
    public abstract Event withAttendanceMode(AttendanceMode attendanceMode);

    /**
     * Returns a copy of this event with these organizers in place of its own.
     *
     * @param organizers who organizes the event, in the order printed; none to remove them all
     * @return an event based on this one with the requested organizers
     * @throws NullPointerException if {@code organizers} or one of its elements is null
     * @throws InvariantViolationException if two different parties in the event share an id
     *     ({@link Invariant#CONFLICTING_PARTY_ID})
     */
    public abstract Event withOrganizers(Party... organizers);

    /**
     * Returns a copy of this event with these organizers, in iteration order, in place of its own.
     *
     * @param organizers who organizes the event, in the order printed; empty to remove them all
     * @return an event based on this one with the requested organizers
     * @throws NullPointerException if {@code organizers} or one of its elements is null
     * @throws InvariantViolationException if two different parties in the event share an id
     *     ({@link Invariant#CONFLICTING_PARTY_ID})
     */
    public abstract Event withOrganizers(Iterable<? extends Party> organizers);

    /**
     * Returns a copy of this event with these partners in place of its own.
     *
     * @param partners who supports or partners in the event, in the order printed; none to remove them all
     * @return an event based on this one with the requested partners
     * @throws NullPointerException if {@code partners} or one of its elements is null
     * @throws InvariantViolationException if two different parties in the event share an id
     *     ({@link Invariant#CONFLICTING_PARTY_ID})
     */
    public abstract Event withPartners(Party... partners);

    /**
     * Returns a copy of this event with these partners, in iteration order, in place of its own.
     *
     * @param partners who supports or partners in the event, in the order printed; empty to remove them all
     * @return an event based on this one with the requested partners
     * @throws NullPointerException if {@code partners} or one of its elements is null
     * @throws InvariantViolationException if two different parties in the event share an id
     *     ({@link Invariant#CONFLICTING_PARTY_ID})
     */
    public abstract Event withPartners(Iterable<? extends Party> partners);

    /**
     * Returns a copy of this event with these contacts in place of its own.
     *
     * @param contacts whom to contact, in the order printed; none to remove them all
     * @return an event based on this one with the requested contacts
     * @throws NullPointerException if {@code contacts} or one of its elements is null
     * @throws InvariantViolationException if two different parties in the event share an id
     *     ({@link Invariant#CONFLICTING_PARTY_ID})
     */
    public abstract Event withContacts(Contact... contacts);

    /**
     * Returns a copy of this event with these contacts, in iteration order, in place of its own.
     *
     * @param contacts whom to contact, in the order printed; empty to remove them all
     * @return an event based on this one with the requested contacts
     * @throws NullPointerException if {@code contacts} or one of its elements is null
     * @throws InvariantViolationException if two different parties in the event share an id
     *     ({@link Invariant#CONFLICTING_PARTY_ID})
     */
    public abstract Event withContacts(Iterable<? extends Contact> contacts);

    /**
     * Returns a copy of this event with a venue, in place of any it has.
     *
     * @param venue where the event happens in person
     * @return an event based on this one with the requested venue
     * @throws NullPointerException if {@code venue} is null
     */
    public abstract Event withVenue(Venue venue);

    /**
     * Returns a copy of this event with a venue, or without one if {@code venue} is empty.
     *
     * @param venue where the event happens in person, or empty to remove it
     * @return an event based on this one with the requested venue, or without one
     * @throws NullPointerException if {@code venue} is null
     */
    public abstract Event withVenue(Optional<? extends Venue> venue);

    /**
     * Returns a copy of this event with an online location, in place of any it has.
     *
     * @param onlineLocation where to join the event online
     * @return an event based on this one with the requested online location
     * @throws NullPointerException if {@code onlineLocation} is null
     */
    public abstract Event withOnlineLocation(OnlineLocation onlineLocation);

    /**
     * Returns a copy of this event with an online location, or without one if {@code onlineLocation} is
     * empty.
     *
     * @param onlineLocation where to join the event online, or empty to remove it
     * @return an event based on this one with the requested online location, or without one
     * @throws NullPointerException if {@code onlineLocation} is null
     */
    public abstract Event withOnlineLocation(Optional<? extends OnlineLocation> onlineLocation);

    /**
     * Returns a copy of this event with a registration, in place of any it has.
     *
     * @param registration how to register
     * @return an event based on this one with the requested registration
     * @throws NullPointerException if {@code registration} is null
     */
    public abstract Event withRegistration(Registration registration);

    /**
     * Returns a copy of this event with a registration, or without one if {@code registration} is empty.
     *
     * @param registration how to register, or empty to remove it
     * @return an event based on this one with the requested registration, or without one
     * @throws NullPointerException if {@code registration} is null
     */
    public abstract Event withRegistration(Optional<? extends Registration> registration);

    /**
     * Returns a copy of this event with these deadlines in place of its own.
     *
     * @param deadlines the deadlines other than the registration deadline, in order; none to remove them all
     * @return an event based on this one with the requested deadlines
     * @throws NullPointerException if {@code deadlines} or one of its elements is null
     */
    public abstract Event withDeadlines(Deadline... deadlines);

    /**
     * Returns a copy of this event with these deadlines, in iteration order, in place of its own.
     *
     * @param deadlines the deadlines other than the registration deadline, in order; empty to remove them all
     * @return an event based on this one with the requested deadlines
     * @throws NullPointerException if {@code deadlines} or one of its elements is null
     */
    public abstract Event withDeadlines(Iterable<? extends Deadline> deadlines);

    /**
     * Returns a copy of this event with these links in place of its own.
     *
     * @param links links to related resources, in order; none to remove them all
     * @return an event based on this one with the requested links
     * @throws NullPointerException if {@code links} or one of its elements is null
     */
    public abstract Event withLinks(Link... links);

    /**
     * Returns a copy of this event with these links, in iteration order, in place of its own.
     *
     * @param links links to related resources, in order; empty to remove them all
     * @return an event based on this one with the requested links
     * @throws NullPointerException if {@code links} or one of its elements is null
     */
    public abstract Event withLinks(Iterable<? extends Link> links);

    /**
     * Returns a copy of this event with another zone.
     *
     * <p>The start, the end and the agenda keep their wall-clock times: changing the zone moves the event on
     * the time-line.
     *
     * @param zone the zone, normally an IANA region such as {@code America/Montevideo}
     * @return an event based on this one with the requested zone
     * @throws NullPointerException if {@code zone} is null
     */
    public abstract Event withZone(ZoneId zone);

    /**
     * Returns a copy of this event with another start.
     *
     * @param start the wall-clock date-time at which the event starts, in its zone
     * @return an event based on this one with the requested start
     * @throws NullPointerException if {@code start} is null
     * @throws InvariantViolationException if the start's date is outside the years 1 to 9999
     *     ({@link Invariant#DATE_OUT_OF_RANGE}), or if the end is not after the start
     *     ({@link Invariant#EVENT_END_NOT_AFTER_START}), or the maximum duration or the agenda would run past
     *     the year 9999 ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Event withStart(LocalDateTime start);

    /**
     * Returns a copy of this event with an end, in place of any it has.
     *
     * @param end the wall-clock date-time at which the event is announced to end, in its zone
     * @return an event based on this one with the requested end
     * @throws NullPointerException if {@code end} is null
     * @throws InvariantViolationException if the end's date is outside the years 1 to 9999
     *     ({@link Invariant#DATE_OUT_OF_RANGE}), or if the end is not after the start
     *     ({@link Invariant#EVENT_END_NOT_AFTER_START}), or the agenda would run past the year 9999
     *     ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Event withEnd(LocalDateTime end);

    /**
     * Returns a copy of this event with an end, or without one if {@code end} is empty.
     *
     * @param end the wall-clock date-time at which the event is announced to end, in its zone, or empty to
     *     remove it
     * @return an event based on this one with the requested end, or without one
     * @throws NullPointerException if {@code end} is null
     * @throws InvariantViolationException if the end's date is outside the years 1 to 9999
     *     ({@link Invariant#DATE_OUT_OF_RANGE}), or if the end is not after the start
     *     ({@link Invariant#EVENT_END_NOT_AFTER_START}), or the agenda would run past the year 9999
     *     ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Event withEnd(Optional<? extends LocalDateTime> end);

    /**
     * Returns a copy of this event with a maximum duration, in place of any it has.
     *
     * @param maximumDuration the longest the event may last ("Duración máxima 1:30 hs.")
     * @return an event based on this one with the requested maximum duration
     * @throws NullPointerException if {@code maximumDuration} is null
     * @throws InvariantViolationException if the duration is zero or negative
     *     ({@link Invariant#DURATION_NOT_POSITIVE}), or the start plus the duration is past the year 9999
     *     ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Event withMaximumDuration(Duration maximumDuration);

    /**
     * Returns a copy of this event with a maximum duration, or without one if {@code maximumDuration} is
     * empty.
     *
     * @param maximumDuration the longest the event may last ("Duración máxima 1:30 hs."), or empty to remove
     *     it
     * @return an event based on this one with the requested maximum duration, or without one
     * @throws NullPointerException if {@code maximumDuration} is null
     * @throws InvariantViolationException if the duration is zero or negative
     *     ({@link Invariant#DURATION_NOT_POSITIVE}), or the start plus the duration is past the year 9999
     *     ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Event withMaximumDuration(Optional<? extends Duration> maximumDuration);

    /**
     * Returns a copy of this event with these display zones in place of its own.
     *
     * <p>The event's own zone may be among them, to give it a label.
     *
     * @param displayZones the zones, with their labels, in which the programme prints its times, in order;
     *     none to remove them all
     * @return an event based on this one with the requested display zones
     * @throws NullPointerException if {@code displayZones} or one of its elements is null
     * @throws InvariantViolationException if a zone appears twice ({@link Invariant#DUPLICATE_DISPLAY_ZONE})
     */
    public abstract Event withDisplayZones(DisplayZone... displayZones);

    /**
     * Returns a copy of this event with these display zones, in iteration order, in place of its own.
     *
     * <p>The event's own zone may be among them, to give it a label.
     *
     * @param displayZones the zones, with their labels, in which the programme prints its times, in order;
     *     empty to remove them all
     * @return an event based on this one with the requested display zones
     * @throws NullPointerException if {@code displayZones} or one of its elements is null
     * @throws InvariantViolationException if a zone appears twice ({@link Invariant#DUPLICATE_DISPLAY_ZONE})
     */
    public abstract Event withDisplayZones(Iterable<? extends DisplayZone> displayZones);

    /**
     * Returns a copy of this event with another agenda.
     *
     * @param agenda the programme
     * @return an event based on this one with the requested agenda
     * @throws NullPointerException if {@code agenda} is null
     * @throws InvariantViolationException if two different parties in the event share an id
     *     ({@link Invariant#CONFLICTING_PARTY_ID}), or the agenda would run past the year 9999
     *     ({@link Invariant#DATE_OUT_OF_RANGE})
     */
    public abstract Event withAgenda(Agenda agenda);

    /**
     * Builds {@link Event} values one attribute at a time; obtained from {@link Event#builder()}.
     *
     * <p>The id, the title, the zone and the start must be set; every other attribute is optional, has a
     * default, or is a list that starts empty. A single-valued attribute can be set only once: setting it
     * again, with either overload, throws {@link IllegalStateException}. Each {@code add...} call appends to
     * a list, after the elements already added. Values are checked when {@link #build()} is called, not
     * before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder {

        Builder() {}

        /**
         * Sets the id; required.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the id is empty, contains
         * whitespace or a control character, or is longer than {@value Event#MAX_ID_LENGTH} characters
         * ({@link Invariant#INVALID_ID}), or has an unpaired surrogate
         * ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param id the identifier of the event
         * @return this builder
         * @throws NullPointerException if {@code id} is null
         * @throws IllegalStateException if the id is already set
         */
        public abstract Builder id(String id);

        /**
         * Sets the kind.
         *
         * @param kind what kind of gathering this is
         * @return this builder
         * @throws NullPointerException if {@code kind} is null
         * @throws IllegalStateException if the kind is already set
         */
        public abstract Builder kind(EventKind kind);

        /**
         * Sets the kind, or leaves the event without one if {@code kind} is empty.
         *
         * @param kind what kind of gathering this is, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code kind} is null
         * @throws IllegalStateException if the kind is already set
         */
        public abstract Builder kind(Optional<? extends EventKind> kind);

        /**
         * Sets the title; required.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the title is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param title the title as printed
         * @return this builder
         * @throws NullPointerException if {@code title} is null
         * @throws IllegalStateException if the title is already set
         */
        public abstract Builder title(String title);

        /**
         * Sets the subtitle.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the subtitle is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param subtitle the subtitle as printed
         * @return this builder
         * @throws NullPointerException if {@code subtitle} is null
         * @throws IllegalStateException if the subtitle is already set
         */
        public abstract Builder subtitle(String subtitle);

        /**
         * Sets the subtitle, or leaves the event without one if {@code subtitle} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the subtitle is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param subtitle the subtitle as printed, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code subtitle} is null
         * @throws IllegalStateException if the subtitle is already set
         */
        public abstract Builder subtitle(Optional<String> subtitle);

        /**
         * Sets the description.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the description is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param description the description, such as a concept note; paragraphs separated by blank lines
         * @return this builder
         * @throws NullPointerException if {@code description} is null
         * @throws IllegalStateException if the description is already set
         */
        public abstract Builder description(String description);

        /**
         * Sets the description, or leaves the event without one if {@code description} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the description is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param description the description, such as a concept note; paragraphs separated by blank lines, or
         *     empty for none
         * @return this builder
         * @throws NullPointerException if {@code description} is null
         * @throws IllegalStateException if the description is already set
         */
        public abstract Builder description(Optional<String> description);

        /**
         * Adds a topic after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a topic is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param topic a theme the event addresses
         * @return this builder
         * @throws NullPointerException if {@code topic} is null
         */
        public abstract Builder addTopic(String topic);

        /**
         * Adds topics, in order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a topic is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param topics the themes the event addresses, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code topics} or one of its elements is null
         */
        public abstract Builder addTopics(String... topics);

        /**
         * Adds topics, in iteration order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a topic is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param topics the themes the event addresses, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code topics} or one of its elements is null
         */
        public abstract Builder addAllTopics(Iterable<String> topics);

        /**
         * Adds an audience after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if an audience is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param audience whom the event is for
         * @return this builder
         * @throws NullPointerException if {@code audience} is null
         */
        public abstract Builder addAudience(String audience);

        /**
         * Adds audiences, in order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if an audience is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param audiences whom the event is for, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code audiences} or one of its elements is null
         */
        public abstract Builder addAudiences(String... audiences);

        /**
         * Adds audiences, in iteration order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if an audience is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param audiences whom the event is for, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code audiences} or one of its elements is null
         */
        public abstract Builder addAllAudiences(Iterable<String> audiences);

        /**
         * Adds an objective after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if an objective is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param objective what the event aims at
         * @return this builder
         * @throws NullPointerException if {@code objective} is null
         */
        public abstract Builder addObjective(String objective);

        /**
         * Adds objectives, in order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if an objective is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param objectives what the event aims at, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code objectives} or one of its elements is null
         */
        public abstract Builder addObjectives(String... objectives);

        /**
         * Adds objectives, in iteration order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if an objective is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param objectives what the event aims at, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code objectives} or one of its elements is null
         */
        public abstract Builder addAllObjectives(Iterable<String> objectives);

        /**
         * Adds a framework after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a framework is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param framework a policy framework or programme the event is framed in
         * @return this builder
         * @throws NullPointerException if {@code framework} is null
         */
        public abstract Builder addFramework(String framework);

        /**
         * Adds frameworks, in order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a framework is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param frameworks the policy frameworks or programmes the event is framed in, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code frameworks} or one of its elements is null
         */
        public abstract Builder addFrameworks(String... frameworks);

        /**
         * Adds frameworks, in iteration order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a framework is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param frameworks the policy frameworks or programmes the event is framed in, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code frameworks} or one of its elements is null
         */
        public abstract Builder addAllFrameworks(Iterable<String> frameworks);

        /**
         * Adds a paragraph of methodology after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a paragraph is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param methodology a paragraph on how the event works
         * @return this builder
         * @throws NullPointerException if {@code methodology} is null
         */
        public abstract Builder addMethodology(String methodology);

        /**
         * Adds paragraphs of methodology, in order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a paragraph is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param methodology the paragraphs on how the event works, in order
         * @return this builder
         * @throws NullPointerException if {@code methodology} or one of its elements is null
         */
        public abstract Builder addMethodology(String... methodology);

        /**
         * Adds paragraphs of methodology, in iteration order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a paragraph is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param methodology the paragraphs on how the event works, in order
         * @return this builder
         * @throws NullPointerException if {@code methodology} or one of its elements is null
         */
        public abstract Builder addAllMethodology(Iterable<String> methodology);

        /**
         * Adds a language after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a language is not a well-formed
         * BCP 47 tag ({@link Invariant#INVALID_LANGUAGE_TAG}).
         *
         * @param language a BCP 47 language tag such as {@code "es"}
         * @return this builder
         * @throws NullPointerException if {@code language} is null
         */
        public abstract Builder addLanguage(String language);

        /**
         * Adds languages, in order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a language is not a well-formed
         * BCP 47 tag ({@link Invariant#INVALID_LANGUAGE_TAG}).
         *
         * @param languages BCP 47 language tags such as {@code "es"}, in order
         * @return this builder
         * @throws NullPointerException if {@code languages} or one of its elements is null
         */
        public abstract Builder addLanguages(String... languages);

        /**
         * Adds languages, in iteration order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a language is not a well-formed
         * BCP 47 tag ({@link Invariant#INVALID_LANGUAGE_TAG}).
         *
         * @param languages BCP 47 language tags such as {@code "es"}, in order
         * @return this builder
         * @throws NullPointerException if {@code languages} or one of its elements is null
         */
        public abstract Builder addAllLanguages(Iterable<String> languages);

        /**
         * Sets the status; {@link EventStatus#SCHEDULED} if not set.
         *
         * @param status whether the event is going ahead
         * @return this builder
         * @throws NullPointerException if {@code status} is null
         * @throws IllegalStateException if the status is already set
         */
        public abstract Builder status(EventStatus status);

        /**
         * Sets the attendance mode; {@link AttendanceMode#IN_PERSON} if not set.
         *
         * @param attendanceMode how attendees take part
         * @return this builder
         * @throws NullPointerException if {@code attendanceMode} is null
         * @throws IllegalStateException if the attendance mode is already set
         */
        public abstract Builder attendanceMode(AttendanceMode attendanceMode);

        /**
         * Adds an organizer after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if two different parties in the
         * event share an id ({@link Invariant#CONFLICTING_PARTY_ID}).
         *
         * @param organizer a person or organization organizing the event
         * @return this builder
         * @throws NullPointerException if {@code organizer} is null
         */
        public abstract Builder addOrganizer(Party organizer);

        /**
         * Adds organizers, in order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if two different parties in the
         * event share an id ({@link Invariant#CONFLICTING_PARTY_ID}).
         *
         * @param organizers who organizes the event, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code organizers} or one of its elements is null
         */
        public abstract Builder addOrganizers(Party... organizers);

        /**
         * Adds organizers, in iteration order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if two different parties in the
         * event share an id ({@link Invariant#CONFLICTING_PARTY_ID}).
         *
         * @param organizers who organizes the event, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code organizers} or one of its elements is null
         */
        public abstract Builder addAllOrganizers(Iterable<? extends Party> organizers);

        /**
         * Adds a partner after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if two different parties in the
         * event share an id ({@link Invariant#CONFLICTING_PARTY_ID}).
         *
         * @param partner a person or organization supporting the event
         * @return this builder
         * @throws NullPointerException if {@code partner} is null
         */
        public abstract Builder addPartner(Party partner);

        /**
         * Adds partners, in order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if two different parties in the
         * event share an id ({@link Invariant#CONFLICTING_PARTY_ID}).
         *
         * @param partners who supports or partners in the event, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code partners} or one of its elements is null
         */
        public abstract Builder addPartners(Party... partners);

        /**
         * Adds partners, in iteration order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if two different parties in the
         * event share an id ({@link Invariant#CONFLICTING_PARTY_ID}).
         *
         * @param partners who supports or partners in the event, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code partners} or one of its elements is null
         */
        public abstract Builder addAllPartners(Iterable<? extends Party> partners);

        /**
         * Adds a contact after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if two different parties in the
         * event share an id ({@link Invariant#CONFLICTING_PARTY_ID}).
         *
         * @param contact whom to contact
         * @return this builder
         * @throws NullPointerException if {@code contact} is null
         */
        public abstract Builder addContact(Contact contact);

        /**
         * Adds contacts, in order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if two different parties in the
         * event share an id ({@link Invariant#CONFLICTING_PARTY_ID}).
         *
         * @param contacts whom to contact, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code contacts} or one of its elements is null
         */
        public abstract Builder addContacts(Contact... contacts);

        /**
         * Adds contacts, in iteration order, after those already added.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if two different parties in the
         * event share an id ({@link Invariant#CONFLICTING_PARTY_ID}).
         *
         * @param contacts whom to contact, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code contacts} or one of its elements is null
         */
        public abstract Builder addAllContacts(Iterable<? extends Contact> contacts);

        /**
         * Sets the venue.
         *
         * @param venue where the event happens in person
         * @return this builder
         * @throws NullPointerException if {@code venue} is null
         * @throws IllegalStateException if the venue is already set
         */
        public abstract Builder venue(Venue venue);

        /**
         * Sets the venue, or leaves the event without one if {@code venue} is empty.
         *
         * @param venue where the event happens in person, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code venue} is null
         * @throws IllegalStateException if the venue is already set
         */
        public abstract Builder venue(Optional<? extends Venue> venue);

        /**
         * Sets the online location.
         *
         * @param onlineLocation where to join the event online
         * @return this builder
         * @throws NullPointerException if {@code onlineLocation} is null
         * @throws IllegalStateException if the online location is already set
         */
        public abstract Builder onlineLocation(OnlineLocation onlineLocation);

        /**
         * Sets the online location, or leaves the event without one if {@code onlineLocation} is empty.
         *
         * @param onlineLocation where to join the event online, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code onlineLocation} is null
         * @throws IllegalStateException if the online location is already set
         */
        public abstract Builder onlineLocation(Optional<? extends OnlineLocation> onlineLocation);

        /**
         * Sets the registration.
         *
         * @param registration how to register
         * @return this builder
         * @throws NullPointerException if {@code registration} is null
         * @throws IllegalStateException if the registration is already set
         */
        public abstract Builder registration(Registration registration);

        /**
         * Sets the registration, or leaves the event without one if {@code registration} is empty.
         *
         * @param registration how to register, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code registration} is null
         * @throws IllegalStateException if the registration is already set
         */
        public abstract Builder registration(Optional<? extends Registration> registration);

        /**
         * Adds a deadline after those already added.
         *
         * @param deadline a deadline other than the registration deadline (for abstracts, for papers...)
         * @return this builder
         * @throws NullPointerException if {@code deadline} is null
         */
        public abstract Builder addDeadline(Deadline deadline);

        /**
         * Adds deadlines, in order, after those already added.
         *
         * @param deadlines the deadlines other than the registration deadline, in order
         * @return this builder
         * @throws NullPointerException if {@code deadlines} or one of its elements is null
         */
        public abstract Builder addDeadlines(Deadline... deadlines);

        /**
         * Adds deadlines, in iteration order, after those already added.
         *
         * @param deadlines the deadlines other than the registration deadline, in order
         * @return this builder
         * @throws NullPointerException if {@code deadlines} or one of its elements is null
         */
        public abstract Builder addAllDeadlines(Iterable<? extends Deadline> deadlines);

        /**
         * Adds a link after those already added.
         *
         * @param link a link to a related resource
         * @return this builder
         * @throws NullPointerException if {@code link} is null
         */
        public abstract Builder addLink(Link link);

        /**
         * Adds links, in order, after those already added.
         *
         * @param links links to related resources, in order
         * @return this builder
         * @throws NullPointerException if {@code links} or one of its elements is null
         */
        public abstract Builder addLinks(Link... links);

        /**
         * Adds links, in iteration order, after those already added.
         *
         * @param links links to related resources, in order
         * @return this builder
         * @throws NullPointerException if {@code links} or one of its elements is null
         */
        public abstract Builder addAllLinks(Iterable<? extends Link> links);

        /**
         * Sets the zone whose wall clock the event's and the agenda's times are in; required.
         *
         * <p>The start, the end and the agenda keep their wall-clock times: changing the zone moves the event
         * on the time-line.
         *
         * @param zone the zone, normally an IANA region such as {@code America/Montevideo}
         * @return this builder
         * @throws NullPointerException if {@code zone} is null
         * @throws IllegalStateException if the zone is already set
         */
        public abstract Builder zone(ZoneId zone);

        /**
         * Sets the start; required.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the start's date is outside the
         * years 1 to 9999 ({@link Invariant#DATE_OUT_OF_RANGE}), or if the end is not after the start
         * ({@link Invariant#EVENT_END_NOT_AFTER_START}), or the maximum duration or the agenda would run past
         * the year 9999 ({@link Invariant#DATE_OUT_OF_RANGE}).
         *
         * @param start the wall-clock date-time at which the event starts, in its zone
         * @return this builder
         * @throws NullPointerException if {@code start} is null
         * @throws IllegalStateException if the start is already set
         */
        public abstract Builder start(LocalDateTime start);

        /**
         * Sets the end.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the end's date is outside the
         * years 1 to 9999 ({@link Invariant#DATE_OUT_OF_RANGE}), or if the end is not after the start
         * ({@link Invariant#EVENT_END_NOT_AFTER_START}), or the agenda would run past the year 9999
         * ({@link Invariant#DATE_OUT_OF_RANGE}).
         *
         * @param end the wall-clock date-time at which the event is announced to end, in its zone
         * @return this builder
         * @throws NullPointerException if {@code end} is null
         * @throws IllegalStateException if the end is already set
         */
        public abstract Builder end(LocalDateTime end);

        /**
         * Sets the end, or leaves the event without one if {@code end} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the end's date is outside the
         * years 1 to 9999 ({@link Invariant#DATE_OUT_OF_RANGE}), or if the end is not after the start
         * ({@link Invariant#EVENT_END_NOT_AFTER_START}), or the agenda would run past the year 9999
         * ({@link Invariant#DATE_OUT_OF_RANGE}).
         *
         * @param end the wall-clock date-time at which the event is announced to end, in its zone, or empty
         *     for none
         * @return this builder
         * @throws NullPointerException if {@code end} is null
         * @throws IllegalStateException if the end is already set
         */
        public abstract Builder end(Optional<? extends LocalDateTime> end);

        /**
         * Sets the maximum duration.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the duration is zero or negative
         * ({@link Invariant#DURATION_NOT_POSITIVE}), or the start plus the duration is past the year 9999
         * ({@link Invariant#DATE_OUT_OF_RANGE}).
         *
         * @param maximumDuration the longest the event may last ("Duración máxima 1:30 hs.")
         * @return this builder
         * @throws NullPointerException if {@code maximumDuration} is null
         * @throws IllegalStateException if the maximum duration is already set
         */
        public abstract Builder maximumDuration(Duration maximumDuration);

        /**
         * Sets the maximum duration, or leaves the event without one if {@code maximumDuration} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the duration is zero or negative
         * ({@link Invariant#DURATION_NOT_POSITIVE}), or the start plus the duration is past the year 9999
         * ({@link Invariant#DATE_OUT_OF_RANGE}).
         *
         * @param maximumDuration the longest the event may last ("Duración máxima 1:30 hs."), or empty for
         *     none
         * @return this builder
         * @throws NullPointerException if {@code maximumDuration} is null
         * @throws IllegalStateException if the maximum duration is already set
         */
        public abstract Builder maximumDuration(Optional<? extends Duration> maximumDuration);

        /**
         * Adds a display zone after those already added.
         *
         * <p>The event's own zone may be among them, to give it a label.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a zone appears twice
         * ({@link Invariant#DUPLICATE_DISPLAY_ZONE}).
         *
         * @param displayZone a zone, with its label, in which the programme prints its times
         * @return this builder
         * @throws NullPointerException if {@code displayZone} is null
         */
        public abstract Builder addDisplayZone(DisplayZone displayZone);

        /**
         * Adds display zones, in order, after those already added.
         *
         * <p>The event's own zone may be among them, to give it a label.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a zone appears twice
         * ({@link Invariant#DUPLICATE_DISPLAY_ZONE}).
         *
         * @param displayZones the zones, with their labels, in which the programme prints its times, in order
         * @return this builder
         * @throws NullPointerException if {@code displayZones} or one of its elements is null
         */
        public abstract Builder addDisplayZones(DisplayZone... displayZones);

        /**
         * Adds display zones, in iteration order, after those already added.
         *
         * <p>The event's own zone may be among them, to give it a label.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if a zone appears twice
         * ({@link Invariant#DUPLICATE_DISPLAY_ZONE}).
         *
         * @param displayZones the zones, with their labels, in which the programme prints its times, in order
         * @return this builder
         * @throws NullPointerException if {@code displayZones} or one of its elements is null
         */
        public abstract Builder addAllDisplayZones(Iterable<? extends DisplayZone> displayZones);

        /**
         * Sets the agenda; {@link Agenda#empty()} if not set.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if two different parties in the
         * event share an id ({@link Invariant#CONFLICTING_PARTY_ID}), or the agenda would run past the year
         * 9999 ({@link Invariant#DATE_OUT_OF_RANGE}).
         *
         * @param agenda the programme
         * @return this builder
         * @throws NullPointerException if {@code agenda} is null
         * @throws IllegalStateException if the agenda is already set
         */
        public abstract Builder agenda(Agenda agenda);

        /**
         * Builds the event from the attributes set so far.
         *
         * <p>The id, the title, the zone and the start must be set. Then it checks the event's invariants,
         * and throws {@link InvariantViolationException} if:
         * <ul>
         * <li>the id is empty, contains whitespace or a control character, or is longer than
         *     {@value Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID});
         * <li>the title or another text &mdash; the subtitle, the description, an entry of the topics,
         *     audiences, objectives, frameworks or methodology &mdash; is blank
         *     ({@link Invariant#BLANK_TEXT});
         * <li>the id or a text has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE});
         * <li>a language is not a well-formed BCP 47 tag ({@link Invariant#INVALID_LANGUAGE_TAG});
         * <li>the end is not after the start ({@link Invariant#EVENT_END_NOT_AFTER_START});
         * <li>the maximum duration is zero or negative ({@link Invariant#DURATION_NOT_POSITIVE});
         * <li>the start or the end is outside the years 1 to 9999, or the maximum duration or the agenda
         *     would run past them ({@link Invariant#DATE_OUT_OF_RANGE});
         * <li>a zone appears twice among the display zones ({@link Invariant#DUPLICATE_DISPLAY_ZONE});
         * <li>two different parties anywhere in the event &mdash; organizers, partners, contacts, the blocks'
         *     moderators and participants, the organizations above them &mdash; share an id
         *     ({@link Invariant#CONFLICTING_PARTY_ID}).
         * </ul>
         *
         * @return the event
         * @throws IllegalStateException if the id, the title, the zone or the start is not set
         * @throws InvariantViolationException if an invariant above does not hold
         */
        public abstract Event build();
    }
}
