package org.agendum.json.internal.read;

import static org.agendum.core.format.EventFormatException.Kind.INVALID_VALUE;
import static org.agendum.core.format.EventFormatException.Kind.MISSING_FIELD;
import static org.agendum.json.internal.read.Fields.list;

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

    static final Fields<Person.Builder, Person> PERSON = Fields.of("person", Person::builder, Person.Builder::build)
            .required("id", (in, p) -> p.id(in.text()))
            .required("type", (in, p) -> in.skip())
            .optional("honorific", (in, p) -> p.honorific(in.text()))
            .required("name", (in, p) -> p.name(in.text()))
            .optional("positions", list(POSITION, Person.Builder::addPosition))
            .optional("email", (in, p) -> p.email(in.text()))
            .optional("phone", (in, p) -> p.phone(in.text()))
            .optional("url", (in, p) -> p.url(in.uri()))
            .optional("city", (in, p) -> p.city(in.text()))
            .optional("country", (in, p) -> p.country(in.text()))
            .build();

    static final Fields<Organization.Builder, Organization> ORGANIZATION =
            Fields.of("organization", Organization::builder, Organization.Builder::build)
                    .required("id", (in, o) -> o.id(in.text()))
                    .required("type", (in, o) -> in.skip())
                    .required("name", (in, o) -> o.name(in.text()))
                    .optional("acronym", (in, o) -> o.acronym(in.text()))
                    .optional("parent", (in, o) -> o.parent(in.parties.parent()))
                    .optional("address", (in, o) -> o.address(PlaceFields.POSTAL_ADDRESS.read(in)))
                    .optional("email", (in, o) -> o.email(in.text()))
                    .optional("phone", (in, o) -> o.phone(in.text()))
                    .optional("url", (in, o) -> o.url(in.uri()))
                    .optional("city", (in, o) -> o.city(in.text()))
                    .optional("country", (in, o) -> o.country(in.text()))
                    .build();

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
