package org.agendum.ical.internal.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.TransitAccess;

/**
 * People, organizations, contacts, roles and transit as the plain text of DESCRIPTION, CONTACT and
 * the rich profile's PARTICIPANT: names with honorifics, positions with their organizations (and
 * theirs), city and country. The few fixed words are English, so the text depends on no locale.
 */
final class PartyText {

    private PartyText() {}

    /**
     * Returns a party as text: name with honorific, positions with their organizations, city and
     * country, email and phone.
     *
     * @param party the party
     * @return the text
     */
    static String party(Party party) {
        StringBuilder text = new StringBuilder(party.displayName());
        if (party instanceof Person) {
            List<String> positions = new ArrayList<>();
            for (Position position : ((Person) party).positions()) {
                List<String> parts = new ArrayList<>();
                position.title().ifPresent(parts::add);
                position.organization().ifPresent(o -> parts.add(organization(o)));
                positions.add(String.join(", ", parts));
            }
            if (!positions.isEmpty()) {
                text.append(", ").append(String.join("; ", positions));
            }
        } else {
            ((Organization) party).parent().ifPresent(p -> text.append(", ").append(organization(p)));
        }
        List<String> place = new ArrayList<>();
        party.city().ifPresent(place::add);
        party.country().ifPresent(place::add);
        if (!place.isEmpty()) {
            text.append(" (").append(String.join(", ", place)).append(')');
        }
        return text.toString();
    }

    /**
     * Returns a contact as text: the party, its role, email and phone.
     *
     * @param contact the contact
     * @return the text
     */
    static String contact(Contact contact) {
        StringBuilder text = new StringBuilder(party(contact.party()));
        contact.role().ifPresent(r -> text.append(" — ").append(r));
        contact.party().email().ifPresent(e -> text.append(", ").append(e));
        contact.party().phone().ifPresent(p -> text.append(", ").append(p));
        contact.party().url().ifPresent(u -> text.append(", ").append(u));
        return text.toString();
    }

    /** "FES Acatlán, Universidad Nacional Autónoma de México (UNAM)": the organization and its parents. */
    private static String organization(Organization organization) {
        StringBuilder text = new StringBuilder(organization.displayName());
        for (Optional<Organization> parent = organization.parent(); parent.isPresent(); parent = parent.get().parent()) {
            text.append(", ").append(parent.get().displayName());
        }
        return text.toString();
    }

    static String joinParties(List<Party> parties) {
        List<String> texts = new ArrayList<>();
        parties.forEach(p -> texts.add(party(p)));
        return String.join("; ", texts);
    }

    static String transit(TransitAccess transit) {
        String mode = switch (transit.mode()) {
            case METRO -> "Metro";
            case TRAM -> "Tram";
            case BUS -> "Bus";
            case TRAIN -> "Train";
            case FERRY -> "Ferry";
            case OTHER -> "Transit";
        };
        return mode + " " + transit.station()
                + (transit.lines().isEmpty() ? "" : " (" + String.join(", ", transit.lines()) + ")");
    }

    static String moderatorRole(Moderator moderator) {
        return switch (moderator.role()) {
            case MODERATOR -> "Moderator";
            case FACILITATOR -> "Facilitator";
            case CHAIR -> "Chair";
        };
    }

    static String participantRole(Participant participant) {
        return switch (participant.role()) {
            case SPEAKER -> "Speaker";
            case PANELIST -> "Panelist";
            case PRESENTER -> "Presenter";
            case KEYNOTE_SPEAKER -> "Keynote speaker";
            case DISCUSSANT -> "Discussant";
            case HOST -> "Host";
            case OTHER -> "Participant";
        };
    }
}
