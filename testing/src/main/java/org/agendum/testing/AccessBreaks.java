package org.agendum.testing;

import static org.agendum.testing.EventEdits.allParties;
import static org.agendum.testing.EventEdits.fresh;
import static org.agendum.testing.EventEdits.partyIds;
import static org.agendum.testing.EventEdits.replaceTopLevel;
import static org.agendum.testing.EventEdits.withBlocks;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Venue;
import org.agendum.core.time.Timetable;

/**
 * The variants of {@link RuleBreaker} that break the rules on the event's place, online access,
 * registration, deadlines and contact data; see {@link RandomEvents#breaking(String, long)}.
 */
final class AccessBreaks {

    private final Dice dice;

    AccessBreaks(Dice dice) {
        this.dice = dice;
    }


    Event venueMissing(Event event) {
        Event base = event.attendanceMode() == AttendanceMode.ONLINE ? event.withAttendanceMode(AttendanceMode.MIXED) : event;
        return base.withVenue(Optional.empty());
    }

    Event onlineAccessMissing(Event event) {
        Event base = event.attendanceMode() == AttendanceMode.IN_PERSON ? event.withAttendanceMode(AttendanceMode.MIXED) : event;
        // The blocks' own streams go too: with one for every block held online, the event needs none.
        return base.withOnlineLocation(Optional.empty())
                .withRegistration(base.registration().map(r -> r.withUrl(Optional.empty())))
                .withAgenda(base.agenda().withBlocks(withoutOnlineLocations(base.agenda().blocks())));
    }

    private static List<AgendaBlock> withoutOnlineLocations(List<AgendaBlock> blocks) {
        List<AgendaBlock> without = new ArrayList<>(blocks.size());
        for (AgendaBlock block : blocks) {
            without.add(block.withOnlineLocation(Optional.empty())
                    .withChildren(withoutOnlineLocations(block.children())));
        }
        return without;
    }

    /**
     * Makes the event in person, without online location or registration link (with a venue, if it
     * had none), and a top-level block online or mixed without an online location of its own.
     */
    Event blockOnlineAccessMissing(Event event) {
        Event base = withBlocks(event, 1).withAttendanceMode(AttendanceMode.IN_PERSON)
                .withOnlineLocation(Optional.empty());
        base = base.withRegistration(base.registration().map(r -> r.withUrl(Optional.empty())));
        if (base.venue().isEmpty()) {
            base = base.withVenue(Venue.builder().name(dice.pick("Centro Cultural", "Hôtel de Ville", "会議場")).build());
        }
        List<AgendaBlock> blocks = base.agenda().blocks();
        int at = dice.below(blocks.size());
        AgendaBlock online = RuleBreaker.reinstated(blocks.get(at)).withOnlineLocation(Optional.empty())
                .withAttendanceMode(dice.chance(0.5) ? AttendanceMode.ONLINE : AttendanceMode.MIXED);
        return base.withAgenda(replaceTopLevel(base.agenda(), at, online));
    }

    /** Makes the online location a platform name alone, without a registration link (attended online or mixed). */
    Event onlineAccessPlatformOnly(Event event) {
        Event base = event.attendanceMode() == AttendanceMode.IN_PERSON ? event.withAttendanceMode(AttendanceMode.MIXED) : event;
        return base.withOnlineLocation(OnlineLocation.builder().platform(dice.pick("Zoom", "Jitsi Meet", "Teams")).build())
                .withRegistration(base.registration().map(r -> r.withUrl(Optional.empty())));
    }

    /** Closes registration (adding one where there is none) at the end of the event's first day. */
    Event deadlineAfterStart(Event event) {
        Deadline late = Deadline.until(event.start().toLocalDate(), event.zone()).withWording("hasta el día del evento");
        Registration registration = event.registration().orElseGet(() -> Registration.builder().required(true).build());
        return event.withRegistration(registration.withDeadline(late));
    }

    /**
     * Gives a top-level block (adding one if there is none; scheduling it again if it was cancelled or
     * postponed) a registration of its own that closes at the end of the day it starts, offering no
     * more seats than its declared rooms hold.
     */
    Event blockDeadlineAfterStart(Event event) {
        Event base = withBlocks(event, 1);
        int at = dice.below(base.agenda().blocks().size());
        AgendaBlock block = RuleBreaker.reinstated(base.agenda().blocks().get(at));
        LocalDate day = Timetable.of(base).topLevelBlocks().get(at).span().orElseThrow().start().toLocalDate();
        Registration registration = block.registration()
                .orElseGet(() -> Registration.builder().capacity(Capacity.ofSeats(dice.between(10, 30))).build());
        block = RoomDraw.seated(block.withRegistration(registration.withDeadline(Deadline.until(day, base.zone())
                .withWording("hasta el día del taller"))), base.rooms());
        return base.withAgenda(replaceTopLevel(base.agenda(), at, block));
    }

    /** Sets the registration deadline to one day before the event starts, at the same time. */
    Event registrationClosed(Event event) {
        LocalDateTime dayBefore = event.start().minusDays(1);
        Deadline deadline = event.zone().getRules().getValidOffsets(dayBefore).size() == 1
                ? Deadline.at(dayBefore, event.zone())
                : Deadline.before(event.start().toLocalDate(), event.zone());
        Registration registration = event.registration().orElseGet(() -> Registration.builder().required(true).build());
        return event.withRegistration(registration.withDeadline(deadline.withWording("hasta la víspera")));
    }

    // ---------------------------------------------------------------- contacts, channels

    /** Adds a contact without e-mail or telephone: a party of the event that has none, or a new one. */
    Event contactUnreachable(Event event) {
        Set<String> contacts = new LinkedHashSet<>();
        event.contacts().forEach(c -> contacts.add(c.party().id()));
        Party party = null;
        for (Party candidate : allParties(event)) {
            if (candidate.email().isEmpty() && candidate.phone().isEmpty() && !contacts.contains(candidate.id())) {
                party = candidate;
                break;
            }
        }
        if (party == null) {
            party = Organization.builder().id(fresh("secretaria", partyIds(event))).name("Secretaría técnica")
                    .url(URI.create("https://www.example.org/contacto")).build();
        }
        return addContact(event, party);
    }

    Event invalidEmail(Event event) {
        Person person = Person.builder().id(fresh("correo", partyIds(event))).name("Ana Correo")
                .email(dice.pick("ana.example.org", "ana@", "@example.org", "ana@@example.org"))
                .phone("+598 2915 0000").build();
        return addContact(event, person);
    }

    Event invalidPhone(Event event) {
        Person person = Person.builder().id(fresh("telefono", partyIds(event))).name("Ana Teléfono")
                .email("ana@example.org")
                .phone(dice.pick("+33 1 ABC 81 92", "12345", "33+1 53 41 81 92")).build();
        return addContact(event, person);
    }

    Event invalidUrl(Event event) {
        List<Link> links = new ArrayList<>(event.links());
        links.add(Link.of(URI.create(dice.pick("https:///programa", "ftp://example.org/programa.pdf")), "Programa"));
        return event.withLinks(links);
    }

    private static Event addContact(Event event, Party party) {
        List<Contact> contacts = new ArrayList<>(event.contacts());
        contacts.add(Contact.of(party));
        return event.withContacts(contacts);
    }
}
