package org.agendum.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Link;

/**
 * Shrinks an event that fails a property to a smaller event that still fails it, so that a
 * property test can print the least it takes to fail rather than the random event it drew.
 *
 * <pre>{@code
 * Event failing = RandomEvents.seeded(42).withBlocks(20).event(7);
 * Event smallest = EventShrinker.shrink(failing, e -> !json.fromJson(json.toJson(e)).equals(e));
 * }</pre>
 *
 * <p>Shrinking is greedy: it tries the {@linkplain #candidates(Event) candidates} of the event in
 * order, moves to the first that still fails, and starts again from there, until no candidate
 * fails (a local minimum) or it has tried {@code maxTries} candidates. A candidate is the event
 * with one thing taken away: top-level blocks (half of them, a quarter, &hellip;, one), a party
 * wherever it appears, organizers, partners, contacts, optional attributes and list entries of the
 * event, its venue, online location and registration, and of every block at any depth (child
 * blocks, moderators, participants, the timing of a child) and every party (e-mail, telephone,
 * positions, parent organization&hellip;). Required attributes, times and texts are kept.
 *
 * <p><b>Every candidate holds every invariant.</b> Candidates are built through the model's public
 * withers, so every check runs again; one whose construction throws {@link
 * InvariantViolationException} (an online location left with nothing) is skipped. A party is
 * changed or removed everywhere at once, organizations above it and positions at it included, so
 * that one id never names two different parties.
 *
 * <p><b>Determinism.</b> The candidates of an event, and their order, depend on the event alone:
 * with a deterministic predicate, shrinking an event gives the same result on every run.
 *
 * @implSpec This class is stateless and thread-safe; the predicate is called on the calling thread.
 */
public final class EventShrinker {

    /** The most candidates {@link #shrink(Event, Predicate)} tries before it stops. */
    public static final int DEFAULT_MAX_TRIES = 2_000;

    private EventShrinker() {}

    /**
     * Shrinks a failing event, trying at most {@value #DEFAULT_MAX_TRIES} candidates.
     *
     * @param failing the event that fails the property
     * @param stillFails whether an event still fails the property; it should answer the same for
     *     the same event, and should not be satisfied by another kind of failure (an exception
     *     where the property failed an assertion), or the result shows another failure
     * @return the smallest failing event found: {@code failing} itself if no candidate fails
     * @throws IllegalArgumentException if {@code stillFails} does not hold for {@code failing}
     */
    public static Event shrink(Event failing, Predicate<? super Event> stillFails) {
        return shrink(failing, stillFails, DEFAULT_MAX_TRIES);
    }

    /**
     * Shrinks a failing event, trying at most a number of candidates.
     *
     * @param failing the event that fails the property
     * @param stillFails whether an event still fails the property
     * @param maxTries the most candidates to try, zero or more: a bound on the time shrinking takes
     * @return the smallest failing event found; one of whose candidates none fails, unless the
     *     tries ran out
     * @throws IllegalArgumentException if {@code stillFails} does not hold for {@code failing}, or
     *     {@code maxTries} is negative
     */
    public static Event shrink(Event failing, Predicate<? super Event> stillFails, int maxTries) {
        Objects.requireNonNull(failing, "failing");
        Objects.requireNonNull(stillFails, "stillFails");
        if (maxTries < 0) {
            throw new IllegalArgumentException("maxTries " + maxTries + " must not be negative");
        }
        if (!stillFails.test(failing)) {
            throw new IllegalArgumentException("event '" + failing.id()
                    + "' does not fail the property: nothing to shrink");
        }
        Event current = failing;
        int tries = 0;
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (Supplier<Event> edit : edits(current)) {
                Event candidate = built(edit, current);
                if (candidate == null) {
                    continue;
                }
                if (tries++ == maxTries) {
                    return current;
                }
                if (stillFails.test(candidate)) {
                    current = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return current;
    }

    /**
     * Returns the events one step smaller than an event, in the order {@link #shrink} tries them:
     * the largest cuts first. Each holds every invariant and differs from the event.
     *
     * @param event the event
     * @return the candidates, built as the stream is consumed
     */
    public static Stream<Event> candidates(Event event) {
        Objects.requireNonNull(event, "event");
        return edits(event).stream().map(edit -> built(edit, event)).filter(Objects::nonNull);
    }

    /** A candidate, or null if its construction breaks an invariant or it changes nothing. */
    private static Event built(Supplier<Event> edit, Event event) {
        try {
            Event candidate = edit.get();
            return candidate.equals(event) ? null : candidate;
        } catch (InvariantViolationException skipped) {
            return null;
        }
    }

    /** The edits of an event, as suppliers: cheap to list, each built only when tried. */
    private static List<Supplier<Event>> edits(Event event) {
        List<Supplier<Event>> edits = new ArrayList<>();
        Agenda agenda = event.agenda();
        Shrinks.lists(agenda.blocks(), blocks -> event.withAgenda(agenda.withBlocks(blocks)), edits);
        PartyShrinks.removals(event, edits);
        Shrinks.lists(event.organizers(), event::withOrganizers, edits);
        Shrinks.lists(event.partners(), event::withPartners, edits);
        Shrinks.lists(event.contacts(), event::withContacts, edits);
        attributes(event, edits);
        places(event, edits);
        BlockShrinks.simplifications(event, edits);
        PartyShrinks.simplifications(event, edits);
        return edits;
    }

    /** The event's own optional attributes and lists, and the agenda's. */
    private static void attributes(Event event, List<Supplier<Event>> edits) {
        Shrinks.empty(event.venue(), () -> event.withVenue(Optional.empty()), edits);
        Shrinks.empty(event.onlineLocation(), () -> event.withOnlineLocation(Optional.empty()), edits);
        Shrinks.empty(event.registration(), () -> event.withRegistration(Optional.empty()), edits);
        Shrinks.empty(event.end(), () -> event.withEnd(Optional.empty()), edits);
        Shrinks.empty(event.maximumDuration(), () -> event.withMaximumDuration(Optional.empty()), edits);
        Shrinks.empty(event.kind(), () -> event.withKind(Optional.empty()), edits);
        Shrinks.empty(event.subtitle(), () -> event.withSubtitle(Optional.empty()), edits);
        Shrinks.empty(event.description(), () -> event.withDescription(Optional.empty()), edits);
        Shrinks.lists(event.deadlines(), event::withDeadlines, edits);
        Shrinks.lists(event.links(), event::withLinks, edits);
        // Removing a room or track a block still refers to is refused (UNKNOWN_ROOM), and so skipped.
        Shrinks.lists(event.rooms(), event::withRooms, edits);
        Shrinks.lists(event.tracks(), event::withTracks, edits);
        Shrinks.lists(event.displayZones(), event::withDisplayZones, edits);
        Shrinks.lists(event.topics(), event::withTopics, edits);
        Shrinks.lists(event.audiences(), event::withAudiences, edits);
        Shrinks.lists(event.objectives(), event::withObjectives, edits);
        Shrinks.lists(event.frameworks(), event::withFrameworks, edits);
        Shrinks.lists(event.methodology(), event::withMethodology, edits);
        Shrinks.lists(event.languages(), event::withLanguages, edits);
        Shrinks.lists(event.interpretations(), event::withInterpretations, edits);
        Shrinks.lists(event.localizations(), event::withLocalizations, edits);
        // The defaults an event built without them has (Event.status(), attendanceMode()).
        if (event.status() != EventStatus.SCHEDULED) {
            edits.add(() -> event.withStatus(EventStatus.SCHEDULED));
        }
        if (event.attendanceMode() != AttendanceMode.IN_PERSON) {
            edits.add(() -> event.withAttendanceMode(AttendanceMode.IN_PERSON));
        }
        if (event.revision() != 0) {
            edits.add(() -> event.withRevision(0));
        }
        Shrinks.empty(event.statusNote(), () -> event.withStatusNote(Optional.empty()), edits);
        Shrinks.empty(event.previousStart(), () -> event.withPreviousStart(Optional.empty()), edits);
        Agenda agenda = event.agenda();
        Shrinks.empty(agenda.title(), () -> event.withAgenda(agenda.withTitle(Optional.empty())), edits);
        if (agenda.status() != AgendaStatus.CONFIRMED) {
            edits.add(() -> event.withAgenda(agenda.withStatus(AgendaStatus.CONFIRMED)));
        }
        Shrinks.emptyEach(event.contacts(), Contact::role, contact -> contact.withRole(Optional.empty()),
                event::withContacts, edits);
        Shrinks.emptyEach(event.links(), Link::label, link -> link.withLabel(Optional.empty()), event::withLinks, edits);
        Shrinks.emptyEach(event.links(), Link::kind, link -> link.withKind(Optional.empty()), event::withLinks, edits);
        Shrinks.emptyEach(event.deadlines(), Deadline::blockId, deadline -> deadline.withBlockId(Optional.empty()),
                event::withDeadlines, edits);
    }

    /** The optional attributes of the venue, online location and registration. */
    private static void places(Event event, List<Supplier<Event>> edits) {
        event.venue().ifPresent(venue -> {
            Shrinks.empty(venue.room(), () -> event.withVenue(venue.withRoom(Optional.empty())), edits);
            Shrinks.empty(venue.address(), () -> event.withVenue(venue.withAddress(Optional.empty())), edits);
            Shrinks.empty(venue.entrance(), () -> event.withVenue(venue.withEntrance(Optional.empty())), edits);
            Shrinks.empty(venue.geo(), () -> event.withVenue(venue.withGeo(Optional.empty())), edits);
            Shrinks.empty(venue.url(), () -> event.withVenue(venue.withUrl(Optional.empty())), edits);
            Shrinks.lists(venue.transit(), transit -> event.withVenue(venue.withTransit(transit)), edits);
        });
        event.onlineLocation().ifPresent(online -> {
            // Each alone may leave the location empty, which its invariant refuses: then it is skipped.
            Shrinks.empty(online.url(), () -> event.withOnlineLocation(online.withUrl(Optional.empty())), edits);
            Shrinks.empty(online.platform(),
                    () -> event.withOnlineLocation(online.withPlatform(Optional.empty())), edits);
            if (online.linkSentAfterRegistration()) {
                edits.add(() -> event.withOnlineLocation(online.withLinkSentAfterRegistration(false)));
            }
        });
        event.registration().ifPresent(registration -> {
            Shrinks.empty(registration.url(),
                    () -> event.withRegistration(registration.withUrl(Optional.empty())), edits);
            Shrinks.empty(registration.capacity(),
                    () -> event.withRegistration(registration.withCapacity(Optional.empty())), edits);
            Shrinks.empty(registration.deadline(),
                    () -> event.withRegistration(registration.withDeadline(Optional.empty())), edits);
            Shrinks.empty(registration.notes(),
                    () -> event.withRegistration(registration.withNotes(Optional.empty())), edits);
            if (registration.required()) {
                edits.add(() -> event.withRegistration(registration.withRequired(false)));
            }
        });
    }
}
