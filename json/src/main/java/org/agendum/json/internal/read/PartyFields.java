package org.agendum.json.internal.read;

import static org.agendum.core.format.EventFormatException.Kind.INVALID_VALUE;
import static org.agendum.core.format.EventFormatException.Kind.MISSING_FIELD;
import static org.agendum.json.internal.read.Fields.list;

import java.net.URI;
import java.util.function.BiConsumer;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The parties: persons, organizations, and the positions persons hold. A party is read from the
 * tokens it was listed with when it is first referred to ({@link Parties}); its {@code type} is
 * read first, since it says which table the other fields are in.
 */
final class PartyFields {

    private PartyFields() {}

    /** A position's fields, until both are read. */
    private static final class PositionDraft {
        String title;
        Organization organization;
    }

    static final Fields<PositionDraft, Position> POSITION = Fields.of("position", PositionDraft::new, PartyFields::position)
            .optional("title", (in, p) -> p.title = in.text())
            .optional("organization", (in, p) -> p.organization = in.organization())
            .build();

    static final Fields<Person.Builder, Person> PERSON = contactDetails(
            Fields.of("person", Person::builder, Person.Builder::build)
                    .required("id", (in, p) -> p.id(in.text()))
                    .required("type", (in, p) -> in.skip())
                    .optional("honorific", (in, p) -> p.honorific(in.text()))
                    .required("name", (in, p) -> p.name(in.text()))
                    .optional("positions", list(POSITION, Person.Builder::addPosition)),
            Person.Builder::email, Person.Builder::phone, Person.Builder::url, Person.Builder::city,
            Person.Builder::country)
            .build();

    static final Fields<Organization.Builder, Organization> ORGANIZATION = contactDetails(
            Fields.of("organization", Organization::builder, Organization.Builder::build)
                    .required("id", (in, o) -> o.id(in.text()))
                    .required("type", (in, o) -> in.skip())
                    .required("name", (in, o) -> o.name(in.text()))
                    .optional("acronym", (in, o) -> o.acronym(in.text()))
                    .optional("parent", (in, o) -> o.parent(in.parties.parent()))
                    .optional("address", (in, o) -> o.address(PlaceFields.POSTAL_ADDRESS.read(in))),
            Organization.Builder::email, Organization.Builder::phone, Organization.Builder::url,
            Organization.Builder::city, Organization.Builder::country)
            .build();

    /**
     * Adds to a party's table the contact details every party has ({@link Party#email()} and the
     * rest), after the party's own fields: declared once for persons and organizations, each
     * setting its builder's attribute.
     */
    private static <B, T> Fields.Builder<B, T> contactDetails(Fields.Builder<B, T> party, BiConsumer<B, String> email,
            BiConsumer<B, String> phone, BiConsumer<B, URI> url, BiConsumer<B, String> city,
            BiConsumer<B, String> country) {
        return party.optional("email", (in, p) -> email.accept(p, in.text()))
                .optional("phone", (in, p) -> phone.accept(p, in.text()))
                .optional("url", (in, p) -> url.accept(p, in.uri()))
                .optional("city", (in, p) -> city.accept(p, in.text()))
                .optional("country", (in, p) -> country.accept(p, in.text()));
    }

    /**
     * Reads a party from the tokens it was listed with; the input's place is the party's.
     */
    static Party read(JsonInput input, TokenBuffer tokens) {
        input.in = tokens.asParser(input.main.objectReadContext());
        if (!DocumentBuffer.seekField(input.in, "type")) {
            throw input.problem(MISSING_FIELD, "missing required field 'type'");
        }
        input.path.push();
        input.path.name("type");
        String type = input.text();
        boolean person = type.equals("person");
        if (!person && !type.equals("organization")) {
            throw input.problem(INVALID_VALUE, "party type " + Quoting.quote(type)
                    + " is neither \"person\" nor \"organization\"");
        }
        input.path.pop();
        input.in = tokens.asParser(input.main.objectReadContext());
        input.in.nextToken();
        return person ? PERSON.read(input) : ORGANIZATION.read(input);
    }

    private static Position position(JsonInput in, PositionDraft p) {
        if (p.title == null && p.organization == null) {
            throw in.problem(MISSING_FIELD, "a position needs a title, an organization, or both");
        }
        return p.organization == null ? Position.of(p.title)
                : p.title == null ? Position.at(p.organization) : Position.of(p.title, p.organization);
    }
}
