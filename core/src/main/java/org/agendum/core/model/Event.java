package org.agendum.core.model;

import java.time.Duration;
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
public abstract class Event implements WithEvent {

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
        return new Builder();
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
            pending.addAll(block.children());
            if (block.timing().isPresent()) {
                Timing timing = block.timing().get();
                if (timing instanceof Slot && ((Slot) timing).date().isPresent()) {
                    LocalDateTime slotEnd = ((Slot) timing).date().get().atTime(((Slot) timing).end());
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
            register(byId, organizers().get(i), "/organizers/" + i);
        }
        for (int i = 0; i < partners().size(); i++) {
            register(byId, partners().get(i), "/partners/" + i);
        }
        for (int i = 0; i < contacts().size(); i++) {
            register(byId, contacts().get(i).party(), "/contacts/" + i + "/party");
        }
        Agenda.forEachBlock(agenda().blocks(), "/agenda/blocks", (block, path) -> {
            for (int i = 0; i < block.moderators().size(); i++) {
                register(byId, block.moderators().get(i).party(), path + "/moderators/" + i + "/party");
            }
            for (int i = 0; i < block.participants().size(); i++) {
                register(byId, block.participants().get(i).party(), path + "/participants/" + i + "/party");
            }
        });
    }

    private static void register(Map<String, Party> byId, Party party, String path) {
        if (party instanceof Organization) {
            registerUpwards(byId, (Organization) party, path);
        } else if (registered(byId, party, path)) {
            List<Position> positions = ((Person) party).positions();
            for (int i = 0; i < positions.size(); i++) {
                Optional<Organization> organization = positions.get(i).organization();
                if (organization.isPresent()) {
                    registerUpwards(byId, organization.get(), path + "/positions/" + i + "/organization");
                }
            }
        }
    }

    /** An organization and those above it, up to the first one already registered: a loop, not a recursion. */
    private static void registerUpwards(Map<String, Party> byId, Organization organization, String path) {
        Organization current = organization;
        String at = path;
        while (current != null && registered(byId, current, at)) {
            current = current.parent().orElse(null);
            at += "/parent";
        }
    }

    /** Registers a party by its id: true if it is new, false if it (or an equal party) was there already. */
    private static boolean registered(Map<String, Party> byId, Party party, String path) {
        Party known = byId.putIfAbsent(party.id(), party);
        if (known != null && known != party && !known.equals(party)) {
            throw Checks.violation(Invariant.CONFLICTING_PARTY_ID, path + "/id",
                    "party id '" + party.id() + "' names both '" + known.displayName() + "' and '"
                            + party.displayName() + "'; define each party once and reuse it");
        }
        return known == null;
    }

    /** Builds an {@link Event}; id, title, zone and start must be set. */
    public static final class Builder extends ImmutableEvent.Builder {
        Builder() {}
    }
}
