package org.agendum.testing;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Event;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;

/**
 * The edits of {@link EventShrinker} to parties: a party removed, or one of its attributes, and the
 * event rewritten so that every place that names the party — organizers, partners, contacts,
 * moderators, participants, positions at an organization, parent organizations — names the new
 * one. An event holds one party per id ({@code CONFLICTING_PARTY_ID}), so a party cannot change in
 * one place only.
 */
final class PartyShrinks {

    private PartyShrinks() {}

    /** Adds the edits that remove each party of the event everywhere, in the order of {@link Event#parties()}. */
    static void removals(Event event, List<Supplier<Event>> edits) {
        for (Party party : event.parties()) {
            edits.add(() -> new Rewrite(party.id(), Optional.empty()).apply(event));
        }
    }

    /** Adds the edits that empty an attribute of each party everywhere. */
    static void simplifications(Event event, List<Supplier<Event>> edits) {
        for (Party party : event.parties()) {
            for (Supplier<Party> simpler : simpler(party)) {
                edits.add(() -> new Rewrite(party.id(), Optional.of(simpler.get())).apply(event));
            }
        }
    }

    private static List<Supplier<Party>> simpler(Party party) {
        List<Supplier<Party>> edits = new ArrayList<>();
        if (party instanceof Person person) {
            Shrinks.lists(person.positions(), person::withPositions, edits);
            Shrinks.entries(person.positions(), PartyShrinks::simpler, person::withPositions, edits);
            Shrinks.empty(person.honorific(), () -> person.withHonorific(Optional.empty()), edits);
            contactDetails(person, person::withEmail, person::withPhone, person::withUrl, person::withCity,
                    person::withCountry, edits);
        } else {
            Organization organization = (Organization) party;
            Shrinks.empty(organization.parent(), () -> organization.withParent(Optional.empty()), edits);
            Shrinks.empty(organization.acronym(), () -> organization.withAcronym(Optional.empty()), edits);
            Shrinks.empty(organization.address(), () -> organization.withAddress(Optional.empty()), edits);
            contactDetails(organization, organization::withEmail, organization::withPhone, organization::withUrl,
                    organization::withCity, organization::withCountry, edits);
        }
        return edits;
    }

    /**
     * Adds the edits that empty the contact details every party has ({@link Party#email()} and the
     * rest), one at a time, through the withers of the party's type.
     */
    private static <P extends Party> void contactDetails(P party, Function<Optional<String>, P> email,
            Function<Optional<String>, P> phone, Function<Optional<URI>, P> url, Function<Optional<String>, P> city,
            Function<Optional<String>, P> country, List<Supplier<Party>> edits) {
        Shrinks.empty(party.email(), () -> email.apply(Optional.empty()), edits);
        Shrinks.empty(party.phone(), () -> phone.apply(Optional.empty()), edits);
        Shrinks.empty(party.url(), () -> url.apply(Optional.empty()), edits);
        Shrinks.empty(party.city(), () -> city.apply(Optional.empty()), edits);
        Shrinks.empty(party.country(), () -> country.apply(Optional.empty()), edits);
    }

    /**
     * A position without its organization, then without its title; one that would be left with
     * neither breaks the position's invariant and is skipped.
     */
    private static List<Supplier<Position>> simpler(Position position) {
        List<Supplier<Position>> edits = new ArrayList<>();
        Shrinks.empty(position.organization(), () -> position.withOrganization(Optional.empty()), edits);
        Shrinks.empty(position.title(), () -> position.withTitle(Optional.empty()), edits);
        return edits;
    }

    /**
     * One party replaced (or removed) everywhere in an event. Each id is rewritten once and the
     * result reused, so the new event again has one party per id.
     */
    private static final class Rewrite {
        private final String id;
        private final Optional<Party> replacement;
        private final Map<String, Optional<Party>> done = new HashMap<>();

        Rewrite(String id, Optional<Party> replacement) {
            this.id = id;
            this.replacement = replacement;
        }

        /**
         * The event rewritten. Withers check the event each time, so the steps never hold the old
         * and the new party at once: first without organizers, partners and contacts (the agenda
         * still has the old parties), then with the new agenda, then the new organizers, partners
         * and contacts.
         */
        Event apply(Event event) {
            List<Party> organizers = naming(event.organizers(), Function.identity(), (party, rewritten) -> rewritten);
            List<Party> partners = naming(event.partners(), Function.identity(), (party, rewritten) -> rewritten);
            List<Contact> contacts = naming(event.contacts(), Contact::party, Contact::withParty);
            List<AgendaBlock> blocks = blocks(event.agenda().blocks());
            return event.withOrganizers(List.of()).withPartners(List.of()).withContacts(List.of())
                    .withAgenda(event.agenda().withBlocks(blocks))
                    .withOrganizers(organizers).withPartners(partners).withContacts(contacts);
        }

        /**
         * Entries that name a party, each naming the party's rewrite instead (the entry itself if
         * the party is unchanged); an entry whose party is removed is dropped.
         */
        private <T> List<T> naming(List<T> entries, Function<T, Party> party, BiFunction<T, Party, T> withParty) {
            List<T> rewritten = new ArrayList<>();
            for (T entry : entries) {
                Party named = party.apply(entry);
                party(named).ifPresent(p -> rewritten.add(p == named ? entry : withParty.apply(entry, p)));
            }
            return rewritten;
        }

        private List<AgendaBlock> blocks(List<AgendaBlock> blocks) {
            List<AgendaBlock> rewritten = new ArrayList<>();
            for (AgendaBlock block : blocks) {
                List<Moderator> moderators = naming(block.moderators(), Moderator::party, Moderator::withParty);
                List<Participant> participants = naming(block.participants(), Participant::party,
                        Participant::withParty);
                rewritten.add(block.withModerators(moderators).withParticipants(participants)
                        .withChildren(blocks(block.children())));
            }
            return rewritten;
        }

        /** A party rewritten: the replacement, or the party with what it names rewritten; empty if removed. */
        private Optional<Party> party(Party party) {
            Optional<Party> known = done.get(party.id());
            if (known != null) {
                return known;
            }
            Optional<Party> rewritten;
            if (party.id().equals(id)) {
                rewritten = replacement;
            } else if (party instanceof Person) {
                rewritten = Optional.of(person((Person) party));
            } else {
                rewritten = Optional.of(organization((Organization) party));
            }
            done.put(party.id(), rewritten);
            return rewritten;
        }

        private Person person(Person person) {
            List<Position> positions = new ArrayList<>();
            for (Position position : person.positions()) {
                if (position.organization().isEmpty()) {
                    positions.add(position);
                    continue;
                }
                Optional<Party> organization = party(position.organization().get());
                if (organization.isPresent()) {
                    positions.add(organization.get() == position.organization().get() ? position
                            : position.withOrganization((Organization) organization.get()));
                } else if (position.title().isPresent()) {
                    // The organization is gone; the title stays, as "Position.of(title)".
                    positions.add(position.withOrganization(Optional.empty()));
                }
            }
            return person.withPositions(positions);
        }

        /** An organization with its parent rewritten: at most {@link Organization#MAX_PARENT_DEPTH} calls deep. */
        private Organization organization(Organization organization) {
            if (organization.parent().isEmpty()) {
                return organization;
            }
            Optional<Party> parent = party(organization.parent().get());
            if (parent.isEmpty()) {
                return organization.withParent(Optional.empty());
            }
            return parent.get() == organization.parent().get() ? organization
                    : organization.withParent((Organization) parent.get());
        }
    }
}
