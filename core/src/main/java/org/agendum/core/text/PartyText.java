package org.agendum.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.PostalAddress;

/**
 * People and organizations as a programme prints them. The text uses no fixed words, so it is the
 * same in every language:
 *
 * <ul>
 *   <li>a person: name with honorific, then each position (title, organization and the
 *       organizations above it), then city and country in parentheses: "Dr. Manuel Martínez
 *       Justo, Director, FES Acatlán, Universidad Nacional Autónoma de México (UNAM) (MX)";
 *   <li>an organization: name with acronym and the organizations above it, then city and country;
 *   <li>a contact: the party, its postal address (an organization's own, or that of the first
 *       organization a person works for that has one), email, phone and web address.
 * </ul>
 *
 * <p>A city already said as the name of the party or of one of its organizations is not repeated.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PartyText {

    private PartyText() {}

    /**
     * Returns a party as text: name, positions and organizations, city and country.
     *
     * @param party the party
     * @return the text
     */
    public static String party(Party party) {
        return party(party, true);
    }

    /**
     * Returns a contact as text: its role, the party, the postal address and every channel:
     * "Felicia MEDINA, Cités Unies France (CUF), 9 rue Christiani, 75018 Paris, FR,
     * f.medina@cites-unies-france.org, +33 (0)1 53 41 81 92".
     *
     * @param contact the contact
     * @return the text
     */
    public static String contact(Contact contact) {
        Party party = contact.party();
        Optional<PostalAddress> address = address(party);
        List<String> parts = new ArrayList<>();
        // With an address, the city and country are in it.
        parts.add(party(party, address.isEmpty()));
        address.ifPresent(a -> parts.add(a.toSingleLine()));
        party.email().ifPresent(parts::add);
        party.phone().ifPresent(parts::add);
        party.url().ifPresent(u -> parts.add(u.toString()));
        return contact.role().map(r -> r + " — ").orElse("") + String.join(", ", parts);
    }

    /**
     * Returns an organization and those above it: "FES Acatlán, Universidad Nacional Autónoma de
     * México (UNAM)".
     *
     * @param organization the organization
     * @return the text
     */
    public static String organization(Organization organization) {
        StringBuilder text = new StringBuilder(organization.displayName());
        // A loop, not a recursion: the model bounds the chain (Organization.MAX_PARENT_DEPTH).
        for (Optional<Organization> above = organization.parent(); above.isPresent(); above = above.get().parent()) {
            text.append(", ").append(above.get().displayName());
        }
        return text.toString();
    }

    private static String party(Party party, boolean withPlace) {
        StringBuilder text = new StringBuilder(party.displayName());
        if (party instanceof Person) {
            String separator = ", ";
            for (Position position : ((Person) party).positions()) {
                text.append(separator);
                position.title().ifPresent(text::append);
                if (position.organization().isPresent()) {
                    text.append(position.title().isPresent() ? ", " : "")
                            .append(organization(position.organization().get()));
                }
                separator = "; ";
            }
        } else {
            ((Organization) party).parent().ifPresent(p -> text.append(", ").append(organization(p)));
        }
        if (withPlace && (party.city().isPresent() || party.country().isPresent())) {
            Optional<String> city = party.city().filter(c -> !namedBy(party, c));
            String between = city.isPresent() && party.country().isPresent() ? ", " : "";
            text.append(" (").append(city.orElse("")).append(between).append(party.country().orElse("")).append(')');
        }
        return text.toString();
    }

    /** Whether a city is already the name of a party or of one of its organizations. */
    private static boolean namedBy(Party party, String city) {
        if (party.name().equals(city)) {
            return true;
        }
        List<Organization> organizations = new ArrayList<>();
        if (party instanceof Person) {
            ((Person) party).positions().forEach(p -> p.organization().ifPresent(organizations::add));
        } else {
            ((Organization) party).parent().ifPresent(organizations::add);
        }
        for (Organization organization : organizations) {
            for (Optional<Organization> o = Optional.of(organization); o.isPresent(); o = o.get().parent()) {
                if (o.get().name().equals(city)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The postal address to write to a party at. */
    private static Optional<PostalAddress> address(Party party) {
        if (party instanceof Organization) {
            return addressUpwards((Organization) party);
        }
        for (Position position : ((Person) party).positions()) {
            Optional<PostalAddress> address = position.organization().flatMap(PartyText::addressUpwards);
            if (address.isPresent()) {
                return address;
            }
        }
        return Optional.empty();
    }

    /** The address of an organization, else of the nearest one above it that has one. */
    private static Optional<PostalAddress> addressUpwards(Organization organization) {
        for (Optional<Organization> o = Optional.of(organization); o.isPresent(); o = o.get().parent()) {
            if (o.get().address().isPresent()) {
                return o.get().address();
            }
        }
        return Optional.empty();
    }
}
