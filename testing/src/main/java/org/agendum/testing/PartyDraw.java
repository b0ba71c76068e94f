package org.agendum.testing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;

/**
 * Draws the parties of one event for {@link EventDraw}: organizations (some inside another), then
 * people with positions at them, and the contacts among them. Shares the event's {@link Dice}, so
 * the order of its draws is part of what a seed means.
 */
final class PartyDraw {
    private final Dice dice;
    private final boolean exoticIds;
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();

    private PartyDraw(Dice dice, boolean exoticIds) {
        this.dice = dice;
        this.exoticIds = exoticIds;
    }

    /** Draws a number of parties, organizations first; ids in the exotic style if asked. */
    static PartyDraw draw(Dice dice, int partyCount, boolean exoticIds) {
        PartyDraw draw = new PartyDraw(dice, exoticIds);
        draw.drawParties(partyCount);
        return draw;
    }

    /** The organizations drawn, in order. */
    List<Organization> organizations() {
        return organizations;
    }

    /** Every party drawn, organizations first, in order. */
    List<Party> parties() {
        return parties;
    }

    private void drawParties(int partyCount) {
        int orgCount = partyCount == 0 ? 0 : Math.max(1, (int) Math.round(partyCount * (0.2 + 0.3 * dice.unit())));
        for (int k = 0; k < orgCount; k++) {
            String[] named = dice.pick(SampleText.ORGANIZATIONS);
            Organization.Builder org = Organization.builder()
                    .id(id("org-" + k, "org:" + k + ";ñ"))
                    .name(named[0]);
            if (!named[1].isEmpty() && dice.chance(0.8)) {
                org.acronym(named[1]);
            }
            if (k > 0 && dice.chance(0.3)) {
                Organization parent = dice.pick(organizations);
                if (levelsAbove(parent) < Organization.MAX_PARENT_DEPTH) {
                    org.parent(parent);
                }
            }
            if (dice.chance(0.2)) {
                org.address(PlaceDraw.address(dice));
            }
            channels(org::email, org::phone, org::url, org::city, org::country);
            Organization built = org.build();
            organizations.add(built);
            parties.add(built);
        }
        for (int k = 0; k < partyCount - orgCount; k++) {
            Person.Builder person = Person.builder()
                    .id(id("person-" + k, "persona-ñ-" + k))
                    .name(dice.pick(SampleText.PERSON_NAMES));
            dice.maybePick(0.4, SampleText.HONORIFICS).ifPresent(person::honorific);
            for (int p = dice.below(3); p > 0; p--) {
                boolean titled = organizations.isEmpty() || dice.chance(0.8);
                boolean affiliated = !organizations.isEmpty() && (!titled || dice.chance(0.7));
                String title = dice.pick(SampleText.POSITION_TITLES);
                person.addPosition(!affiliated ? Position.of(title)
                        : titled ? Position.of(title, dice.pick(organizations)) : Position.at(dice.pick(organizations)));
            }
            channels(person::email, person::phone, person::url, person::city, person::country);
            parties.add(person.build());
        }
    }

    private void channels(Consumer<String> email, Consumer<String> phone,
            Consumer<URI> url, Consumer<String> city,
            Consumer<String> country) {
        if (dice.chance(0.55)) {
            email.accept(dice.pick(SampleText.EMAIL_LOCAL_PARTS) + "@" + dice.pick(SampleText.EMAIL_DOMAINS));
        }
        dice.maybePick(0.35, SampleText.PHONES).ifPresent(phone);
        if (dice.chance(0.25)) {
            url.accept(SampleText.url(dice));
        }
        dice.maybePick(0.4, SampleText.CITIES).ifPresent(city);
        dice.maybePick(0.5, SampleText.COUNTRIES).ifPresent(country);
    }

    /** Up to two contacts, among the parties that have an e-mail address or a telephone number. */
    List<Contact> contacts() {
        List<Party> reachable = new ArrayList<>();
        for (Party party : parties) {
            if (party.email().isPresent() || party.phone().isPresent()) {
                reachable.add(party);
            }
        }
        List<Contact> contacts = new ArrayList<>();
        for (Party party : dice.some(reachable, 2)) {
            Contact contact = Contact.of(party);
            contacts.add(dice.chance(0.5) ? contact.withRole(dice.pick(SampleText.CONTACT_ROLES)) : contact);
        }
        return contacts;
    }

    private String id(String plain, String exotic) {
        return exoticIds ? exotic : plain;
    }

    /** How many organizations are above one: a parent is never picked at the model's limit. */
    private static int levelsAbove(Organization organization) {
        int levels = 0;
        for (Organization above = organization.parent().orElse(null); above != null;
                above = above.parent().orElse(null)) {
            levels++;
        }
        return levels;
    }
}
