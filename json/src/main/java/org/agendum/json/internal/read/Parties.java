package org.agendum.json.internal.read;

import static org.agendum.core.format.EventFormatException.Kind.INVALID_VALUE;
import static org.agendum.core.format.EventFormatException.Kind.INVARIANT;
import static org.agendum.core.format.EventFormatException.Kind.MISSING_FIELD;
import static org.agendum.core.format.EventFormatException.Kind.UNKNOWN_REFERENCE;
import static org.agendum.core.format.EventFormatException.Kind.WRONG_TYPE;
import static tools.jackson.core.JsonToken.END_ARRAY;
import static tools.jackson.core.JsonToken.PROPERTY_NAME;
import static tools.jackson.core.JsonToken.START_ARRAY;
import static tools.jackson.core.JsonToken.VALUE_STRING;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agendum.core.model.Invariant;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Party;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The document's parties, by id. Each is kept as the tokens it was listed with and built when it
 * is first referred to, from {@link PartyFields}, so that the order of the parties does not
 * matter; when a reference comes before the list, the rest of the document is read ahead to find
 * it ({@link DocumentBuffer}).
 *
 * <p>An organization's parents are walked by their ids before its parent is built, so that building
 * them never recurses deeper than {@link Organization#MAX_PARENT_DEPTH}, whatever the document.
 */
final class Parties {

    /** A party as listed: its tokens, and the strings of its {@code type} and {@code parent}. */
    private static final class Listed {
        final String id;
        final int index;
        final String type;
        final String parentId;
        /** The tokens to build it from; dropped once it is built. */
        TokenBuffer tokens;
        boolean referenced;
        boolean building;
        Party built;
        /** How many organizations are above it: counted when its parent is read, so known once it is built. */
        int levelsAbove;

        Listed(String id, int index, TokenBuffer tokens, String type, String parentId) {
            this.id = id;
            this.index = index;
            this.tokens = tokens;
            this.type = type;
            this.parentId = parentId;
        }

        boolean isOrganization() {
            return built != null ? built instanceof Organization : "organization".equals(type);
        }
    }

    private final JsonInput input;
    /** Null until the parties are listed, or known to be absent. */
    private Map<String, Listed> listed;
    /** The party being built, whose {@code parent} field is read next. */
    private Listed building;

    Parties(JsonInput input) {
        this.input = input;
    }

    /** Whether the parties are known: listed, or known to be absent. */
    boolean known() {
        return listed != null;
    }

    /** There is no list of parties in the document. */
    void absent() {
        listed = Map.of();
    }

    /** Lists the parties, the current value, unless they were listed ahead of their place. */
    void listOrSkip() {
        if (known()) {
            input.skip();
        } else {
            list();
        }
    }

    /** Lists the parties, the current value: each by its id, as tokens to build it from when referred to. */
    void list() {
        JsonParser in = input.in;
        if (in.currentToken() != START_ARRAY) {
            throw input.problem(WRONG_TYPE, "expected an array, found " + input.describe());
        }
        listed = new LinkedHashMap<>();
        // Tokens from a buffer were checked for repeated names as they were buffered.
        RepeatedNames names = in == input.main ? new RepeatedNames(input) : null;
        try {
            listFrom(in, names);
        } catch (ReadProblem problem) {
            if (names != null) {
                names.addTo(problem);
            }
            throw problem;
        }
    }

    private void listFrom(JsonParser in, RepeatedNames names) {
        ReadPath path = input.path;
        path.push();
        for (int i = 0; in.nextToken() != END_ARRAY; i++) {
            path.index(i);
            input.expectObject();
            TokenBuffer tokens = TokenBuffer.forBuffering(in, in.objectReadContext());
            copy(tokens, names);
            String id = null;
            String type = null;
            String parentId = null;
            for (int open = 1; open > 0; ) {
                JsonToken token = in.nextToken();
                copy(tokens, names);
                if (token.isStructStart()) {
                    open++;
                } else if (token.isStructEnd()) {
                    open--;
                } else if (token == PROPERTY_NAME && open == 1) {
                    String name = in.currentName();
                    token = in.nextToken();
                    copy(tokens, names);
                    if (name.equals("id")) {
                        path.push();
                        path.name("id");
                        id = input.text();
                        path.pop();
                    } else if (token == VALUE_STRING && (name.equals("type") || name.equals("parent"))) {
                        // Kept to walk chains of parents; anything else is reported when the party is built.
                        type = name.equals("type") ? in.getString() : type;
                        parentId = name.equals("parent") ? in.getString() : parentId;
                    } else if (token.isStructStart()) {
                        open++;
                    }
                }
            }
            if (id == null) {
                throw input.problem(MISSING_FIELD, "missing required field 'id'");
            }
            Listed first = listed.putIfAbsent(id, new Listed(id, i, tokens, type, parentId));
            if (first != null) {
                throw input.fieldProblem(INVALID_VALUE, "id", "party id " + Quoting.quote(id)
                        + " is defined twice, first at /parties/" + first.index);
            }
        }
        path.pop();
    }

    /** Copies the current token, a string's decoding included (so that its limit applies). */
    private void copy(TokenBuffer tokens, RepeatedNames names) {
        if (names != null) {
            names.accept(input.in.currentToken());
        }
        input.decodingString = true;
        tokens.copyCurrentEvent(input.in);
        input.decodingString = false;
    }

    /** The party with an id, built (with what it refers to) when first referred to. */
    Party resolve(String id) {
        if (!known()) {
            DocumentBuffer.findPartiesAhead(input);
        }
        Listed party = listed.get(id);
        if (party == null) {
            throw input.problem(UNKNOWN_REFERENCE, "no party with id " + Quoting.quote(id) + " is defined in /parties");
        }
        party.referenced = true;
        if (party.built != null) {
            return party.built;
        }
        if (party.building) {
            throw input.problem(INVALID_VALUE, "party " + Quoting.quote(id)
                    + " belongs, through its organizations, to itself");
        }
        party.building = true;
        JsonParser savedIn = input.in;
        ReadPath savedPath = input.path;
        Listed savedBuilding = building;
        input.path = ReadPath.of("parties", party.index);
        building = party;
        try {
            party.built = PartyFields.read(input, party.tokens);
        } finally {
            // Restored for a problem too: the objects it comes up through are where the reader is.
            building = savedBuilding;
            input.in = savedIn;
            input.path = savedPath;
        }
        party.tokens = null;
        party.building = false;
        return party.built;
    }

    /**
     * The parent of the organization being built, the current value: its chain of parents is
     * walked by id first (see {@link #checkParentChain}).
     */
    Organization parent() {
        String parentId = input.text();
        checkParentChain(building, parentId);
        return input.organization();
    }

    /**
     * Walks up the parents of an organization by their ids before its parent is built: an
     * organization that belongs to itself, through a chain of any length, or that would have more
     * organizations above it than {@link Organization#MAX_PARENT_DEPTH}, is reported here. The walk
     * ends at a party already built, whose own count of organizations above it is known, and at a
     * reference that is not to an organization, which is reported where it is read.
     */
    private void checkParentChain(Listed organization, String parentId) {
        Map<Listed, Listed> walked = new IdentityHashMap<>();
        walked.put(organization, organization);
        Listed child = organization;
        String nextId = parentId;
        int levels = 0;
        while (nextId != null) {
            Listed next = listed.get(nextId);
            if (next == null || !next.isOrganization()) {
                break;
            }
            if (walked.put(next, next) != null) {
                throw new ReadProblem(INVALID_VALUE, "/parties/" + child.index + "/parent", "party "
                        + Quoting.quote(next.id) + " belongs, through its organizations, to itself", null);
            }
            if (next.built != null) {
                levels += 1 + next.levelsAbove;
                break;
            }
            levels++;
            child = next;
            nextId = next.parentId;
        }
        if (levels > Organization.MAX_PARENT_DEPTH) {
            InvariantViolationException violation = new InvariantViolationException(Invariant.PARENT_CHAIN_TOO_DEEP,
                    "/parent", "organization " + Quoting.quote(organization.id) + " would have more than "
                            + Organization.MAX_PARENT_DEPTH + " organizations above it");
            throw new ReadProblem(INVARIANT, input.path.pointer(), violation.getMessage(), violation);
        }
        organization.levelsAbove = levels;
    }

    /** Reports the first party, in the list's order, that nothing in the event refers to. */
    void requireAllReferenced() {
        for (Listed party : listed.values()) {
            if (!party.referenced) {
                throw new ReadProblem(INVALID_VALUE, "/parties/" + party.index, "party " + Quoting.quote(party.id)
                        + " is defined but nothing in the event refers to it", null);
            }
        }
    }
}
