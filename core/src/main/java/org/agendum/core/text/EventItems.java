package org.agendum.core.text;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.Party;
import org.agendum.core.model.Registration;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.Venue;

/** The event-level items of a programme: where, how to register, who, what about. */
final class EventItems {

    private final Event event;
    private final ProgrammeLabels labels;
    private final Programme programme;

    EventItems(Programme programme) {
        this.programme = programme;
        this.event = programme.event();
        this.labels = programme.labels();
    }

    /** How long, where, online, registration, deadlines and links. */
    List<ProgrammeItem> facts() {
        List<ProgrammeItem> items = new ArrayList<>();
        event.maximumDuration().ifPresent(max -> items.add(item(Label.MAXIMUM_DURATION, labels.duration(max))));
        event.venue().ifPresent(venue -> venue(venue, items));
        event.onlineLocation().ifPresent(o -> OnlineText.add(o, labels, items));
        List<String> interpretations = new ArrayList<>();
        event.interpretations().forEach(i -> interpretations.add(labels.interpretation(i)));
        add(items, Label.INTERPRETATION, interpretations);
        event.registration().flatMap(this::registration).ifPresent(items::add);
        List<String> deadlines = new ArrayList<>();
        for (Deadline deadline : event.deadlines()) {
            String due = deadline(deadline);
            deadlines.add(deadline.subject().map(s -> labels.labelled(s, due)).orElse(due));
        }
        add(items, Label.DEADLINES, deadlines);
        List<String> links = new ArrayList<>();
        for (Link link : event.links()) {
            links.add(labels.link(link));
        }
        add(items, Label.LINKS, links);
        return items;
    }

    /** Organizers, partners and contacts. */
    List<ProgrammeItem> people() {
        List<ProgrammeItem> items = new ArrayList<>();
        add(items, Label.ORGANIZERS, parties(event.organizers()));
        add(items, Label.PARTNERS, parties(event.partners()));
        List<String> contacts = new ArrayList<>();
        for (Contact contact : event.contacts()) {
            contacts.add(PartyText.contact(contact));
        }
        add(items, Label.CONTACTS, contacts);
        return items;
    }

    /** Topics, audiences, objectives, frameworks and methodology. */
    List<ProgrammeItem> about() {
        List<ProgrammeItem> items = new ArrayList<>();
        add(items, Label.TOPICS, event.topics());
        add(items, Label.AUDIENCES, event.audiences());
        add(items, Label.OBJECTIVES, event.objectives());
        add(items, Label.FRAMEWORKS, event.frameworks());
        add(items, Label.METHODOLOGY, event.methodology());
        return items;
    }

    private void venue(Venue venue, List<ProgrammeItem> items) {
        items.add(item(Label.VENUE, place(venue)));
        venue.entrance().ifPresent(e -> items.add(item(Label.ENTRANCE, e.toSingleLine())));
        List<String> access = new ArrayList<>();
        for (TransitAccess transit : venue.transit()) {
            access.add(labels.transit(transit));
        }
        add(items, Label.ACCESS, access);
    }

    /** A venue on one line, as a programme prints it: its name, its room, its address. */
    static String place(Venue venue) {
        List<String> place = new ArrayList<>();
        place.add(venue.name());
        venue.room().ifPresent(place::add);
        venue.address().ifPresent(a -> place.add(a.toSingleLine()));
        return String.join(", ", place);
    }

    /** "required, limited seats — https://… — last day …", or nothing when there is nothing to say. */
    Optional<ProgrammeItem> registration(Registration registration) {
        List<String> terms = new ArrayList<>();
        if (registration.required()) {
            terms.add(labels.get(Label.REQUIRED));
        }
        registration.capacity().ifPresent(c -> terms.add(c.seats().isPresent()
                ? c.seats().getAsInt() + " " + labels.get(Label.SEATS) : labels.get(Label.LIMITED_SEATS)));
        List<String> parts = new ArrayList<>();
        if (!terms.isEmpty()) {
            parts.add(String.join(", ", terms));
        }
        registration.url().ifPresent(u -> parts.add(u.toString()));
        registration.deadline().ifPresent(d -> parts.add(deadline(d)));
        registration.notes().ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(item(Label.REGISTRATION, String.join(" — ", parts)));
    }

    /**
     * "last day Tuesday, June 8, 2021 (“antes del 9 de junio”)", or "until Friday, June 4, 2021,
     * 18:00 Uruguay" for a deadline at an instant; with the deadline's zone when it is not the
     * event's.
     */
    String deadline(Deadline deadline) {
        StringBuilder text = new StringBuilder();
        if (deadline instanceof Deadline.At) {
            ZonedDateTime at = deadline.cutoff().atZone(deadline.zone());
            text.append(labels.get(Label.UNTIL)).append(' ').append(labels.date(at.toLocalDate())).append(", ")
                    .append(ZoneTimes.time(at)).append(' ').append(programme.zoneLabel(deadline.zone()));
        } else {
            text.append(labels.get(Label.LAST_DAY)).append(' ').append(labels.date(deadline.lastDay()));
            if (!deadline.zone().equals(event.zone())) {
                text.append(' ').append(programme.zoneLabel(deadline.zone()));
            }
        }
        deadline.wording().ifPresent(w -> text.append(" (").append(labels.quote(w)).append(')'));
        return text.toString();
    }

    private static List<String> parties(List<Party> parties) {
        List<String> texts = new ArrayList<>();
        parties.forEach(p -> texts.add(PartyText.party(p)));
        return texts;
    }

    private ProgrammeItem item(Label label, String value) {
        return ProgrammeItem.of(label, labels.get(label), value);
    }

    private void add(List<ProgrammeItem> items, Label label, List<String> values) {
        if (!values.isEmpty()) {
            items.add(ProgrammeItem.of(label, labels.get(label), values));
        }
    }
}
