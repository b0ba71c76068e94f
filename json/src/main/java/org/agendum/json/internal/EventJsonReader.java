package org.agendum.json.internal;

import static org.agendum.core.format.EventFormatException.Kind.INVALID_VALUE;
import static org.agendum.core.format.EventFormatException.Kind.INVARIANT;
import static org.agendum.core.format.EventFormatException.Kind.MISSING_FIELD;
import static org.agendum.core.format.EventFormatException.Kind.SYNTAX;
import static org.agendum.core.format.EventFormatException.Kind.UNKNOWN_FIELD;
import static org.agendum.core.format.EventFormatException.Kind.UNKNOWN_REFERENCE;
import static org.agendum.core.format.EventFormatException.Kind.UNSUPPORTED;
import static org.agendum.core.format.EventFormatException.Kind.WRONG_TYPE;
import static tools.jackson.core.JsonToken.END_ARRAY;
import static tools.jackson.core.JsonToken.PROPERTY_NAME;
import static tools.jackson.core.JsonToken.START_ARRAY;
import static tools.jackson.core.JsonToken.START_OBJECT;
import static tools.jackson.core.JsonToken.VALUE_STRING;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventKind;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.Invariant;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Link;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Timing;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.TransitMode;
import org.agendum.core.model.Venue;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads an event in the canonical format from a stream of JSON tokens, straight into the model's
 * public builders, so every invariant runs; every problem is reported with the JSON Pointer of its
 * place, and nothing is returned unless all of the document is valid.
 *
 * <p>Strict on purpose: unknown fields, unknown or unused party references, duplicate ids and
 * values of the wrong type are errors, so that what is read can be written back without loss.
 *
 * <p>The order of an object's fields does not matter. Two things must be known before the rest:
 * the format version, checked first so that a later version's new fields are not reported as
 * unknown, and the parties, which the rest refers to. The writer writes them first, so a written
 * document streams through once. When a document has them later, the rest of it is buffered as
 * tokens, they are looked up in the buffer, and reading goes on from the buffer; pointers are
 * tracked by the reader, so they are the same either way. A party is buffered as tokens when it is
 * listed and built from them when it is first referred to; an organization's parents are first
 * followed by their ids, so that building them recurses no deeper than the model allows.
 *
 * <p>A problem found part way through does not stop the document's own syntax from being checked:
 * the rest of the event is read before the problem is reported, so that, as when the whole document
 * was parsed before it was read, bad JSON anywhere is reported as bad JSON.
 */
public final class EventJsonReader {

    private static final int FORMAT_VERSION = EventJsonWriter.FORMAT_VERSION;

    /* The fields each object may have, as listed in "unknown field" messages. */
    private static final String EVENT_FIELDS = "formatVersion, id, kind, title, subtitle, description, topics, "
            + "audiences, objectives, frameworks, methodology, languages, status, attendanceMode, zone, start, end, "
            + "maximumDuration, displayZones, parties, organizers, partners, contacts, venue, onlineLocation, "
            + "registration, deadlines, links, agenda";
    private static final String DISPLAY_ZONE_FIELDS = "zone, label";
    private static final String CONTACT_FIELDS = "party, role";
    private static final String LINK_FIELDS = "url, label";
    private static final String PERSON_FIELDS = "id, type, honorific, name, positions, email, phone, url, city, "
            + "country";
    private static final String ORGANIZATION_FIELDS = "id, type, name, acronym, parent, address, email, phone, url, "
            + "city, country";
    private static final String POSITION_FIELDS = "title, organization";
    private static final String ADDRESS_FIELDS = "street, postalCode, locality, region, country";
    private static final String VENUE_FIELDS = "name, room, address, entrance, geo, transit, url";
    private static final String GEO_FIELDS = "latitude, longitude";
    private static final String TRANSIT_FIELDS = "mode, lines, station";
    private static final String ONLINE_FIELDS = "url, platform, linkSentAfterRegistration";
    private static final String REGISTRATION_FIELDS = "required, url, capacity, deadline, notes";
    private static final String DEADLINE_FIELDS = "kind, dateTime, date, zone, subject, wording";
    private static final String AGENDA_FIELDS = "status, title, blocks";
    private static final String BLOCK_FIELDS = "id, kind, label, title, objective, description, topics, "
            + "methodology, timing, moderators, participants, room, track, notes, children";
    private static final String TIMING_FIELDS = "date, start, end, duration";
    private static final String ROLE_FIELDS = "party, role, label";

    private static final EnumNames.Lookup<EventKind> EVENT_KINDS = EnumNames.Lookup.of(EventKind.class);
    private static final EnumNames.Lookup<EventStatus> EVENT_STATUSES = EnumNames.Lookup.of(EventStatus.class);
    private static final EnumNames.Lookup<AttendanceMode> ATTENDANCE_MODES = EnumNames.Lookup.of(AttendanceMode.class);
    private static final EnumNames.Lookup<TransitMode> TRANSIT_MODES = EnumNames.Lookup.of(TransitMode.class);
    private static final EnumNames.Lookup<Deadline.Kind> DEADLINE_KINDS = EnumNames.Lookup.of(Deadline.Kind.class);
    private static final EnumNames.Lookup<AgendaStatus> AGENDA_STATUSES = EnumNames.Lookup.of(AgendaStatus.class);
    private static final EnumNames.Lookup<BlockKind> BLOCK_KINDS = EnumNames.Lookup.of(BlockKind.class);
    private static final EnumNames.Lookup<ModeratorRole> MODERATOR_ROLES = EnumNames.Lookup.of(ModeratorRole.class);
    private static final EnumNames.Lookup<ParticipantRole> PARTICIPANT_ROLES =
            EnumNames.Lookup.of(ParticipantRole.class);

    /** A problem at a place in the document; turned into {@link EventFormatException} at the top. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Kind kind;
        final String pointer;

        Problem(Kind kind, String pointer, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
            this.pointer = pointer;
        }
    }

    /**
     * Where the reader is: the names and indices from the root down, turned into a JSON Pointer
     * only when a problem is reported. An entry is an object member (a name) or an array element
     * (an index); {@link #push()} opens one and {@link #name} or {@link #index} sets it.
     */
    private static final class Path {
        private String[] names = new String[16];
        private int[] indices = new int[16];
        private int depth;

        static Path of(String name) {
            Path path = new Path();
            path.push();
            path.name(name);
            return path;
        }

        void push() {
            if (depth == names.length) {
                names = Arrays.copyOf(names, depth * 2);
                indices = Arrays.copyOf(indices, depth * 2);
            }
            depth++;
        }

        void pop() {
            depth--;
        }

        void name(String name) {
            names[depth - 1] = name;
        }

        String top() {
            return names[depth - 1];
        }

        void index(int index) {
            names[depth - 1] = null;
            indices[depth - 1] = index;
        }

        String pointer() {
            StringBuilder pointer = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                pointer.append('/');
                if (names[i] == null) {
                    pointer.append(indices[i]);
                } else {
                    pointer.append(names[i].replace("~", "~0").replace("/", "~1"));
                }
            }
            return pointer.toString();
        }
    }

    /**
     * A party as listed: its tokens, built into a {@link Party} when first referred to, and the
     * strings of its {@code type} and {@code parent}, so that a chain of parents can be walked
     * without building it.
     */
    private static final class RawParty {
        final String id;
        final int index;
        final TokenBuffer tokens;
        final String type;
        final String parentId;
        boolean referenced;
        boolean resolving;
        Party built;

        RawParty(String id, int index, TokenBuffer tokens, String type, String parentId) {
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

    /* Whether the parties are known yet. */
    private static final int PARTIES_UNKNOWN = 0;
    private static final int PARTIES_INDEXED = 1;
    private static final int PARTIES_ABSENT = 2;

    /* Bits of the fields seen in an object. */
    private static final int B0 = 1;
    private static final int B1 = 1 << 1;
    private static final int B2 = 1 << 2;
    private static final int B3 = 1 << 3;
    private static final int B4 = 1 << 4;

    /** The parser of the document; the reader reads from it, or from a buffer of its tokens. */
    private final JsonParser main;
    /** Whether {@link #main} holds a whole document, after which nothing may follow. */
    private final boolean wholeDocument;
    private JsonParser in;
    private Path path = new Path();
    private boolean versionChecked;
    private boolean restCaptured;
    private boolean trailingChecked;
    private int partiesState = PARTIES_UNKNOWN;
    private Map<String, RawParty> rawParties = Map.of();

    private EventJsonReader(JsonParser main, boolean wholeDocument) {
        this.main = main;
        this.wholeDocument = wholeDocument;
        this.in = main;
    }

    /**
     * Reads an event, the whole document of a parser that has not read a token yet; nothing but
     * white space may follow the event.
     *
     * @param parser the parser of the document, before its first token
     * @return the event
     * @throws EventFormatException if the document is not a valid event, with the JSON Pointer of
     *     the first problem found
     * @throws tools.jackson.core.JacksonException if the document is not JSON, breaks a limit of
     *     the parser, or cannot be read
     */
    public static Event read(JsonParser parser) throws EventFormatException {
        return read(parser, true);
    }

    /**
     * Reads an event from the root of a parsed document.
     *
     * @param root the parsed document
     * @return the event
     * @throws EventFormatException if the document is not a valid event, with the JSON Pointer of
     *     the first problem found
     */
    public static Event read(JsonNode root) throws EventFormatException {
        try (JsonParser parser = root.traverse(ObjectReadContext.empty())) {
            return read(parser, false);
        }
    }

    private static Event read(JsonParser parser, boolean wholeDocument) throws EventFormatException {
        EventJsonReader reader = new EventJsonReader(parser, wholeDocument);
        try {
            return reader.event();
        } catch (Problem problem) {
            reader.finishDocument();
            throw EventFormatException.atPointer(problem.kind, problem.getMessage(), problem.pointer, problem.getCause());
        }
    }

    /**
     * Reads the rest of the document, strings included (so their length limit applies), and checks
     * that nothing follows it: a syntax error anywhere in a document comes before any other problem.
     */
    private void finishDocument() {
        if (!wholeDocument) {
            return;
        }
        while (main.currentToken() == null || main.streamReadContext().getNestingDepth() > 0) {
            JsonToken token = main.nextToken();
            if (token == null) {
                break;
            }
            if (token == VALUE_STRING) {
                main.getString();
            }
        }
        if (!trailingChecked) {
            trailingChecked = true;
            JsonToken trailing = main.nextToken();
            if (trailing != null) {
                // In the words of databind's DeserializationFeature.FAIL_ON_TRAILING_TOKENS, as before.
                throw MismatchedInputException.from(main, JsonNode.class, "Trailing token (`JsonToken."
                        + trailing.name() + "`) found after value (bound as `" + JsonNode.class.getName()
                        + "`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The event.

    private static final int E_ID = 1;
    private static final int E_TITLE = 1 << 1;
    private static final int E_ZONE = 1 << 2;
    private static final int E_START = 1 << 3;
    private static final int E_AGENDA = 1 << 4;

    private Event event() {
        if (in.nextToken() == null) {
            throw new Problem(SYNTAX, "", "the document is empty: expected a JSON object", null);
        }
        expectObject();
        String name = in.nextName();
        if ("formatVersion".equals(name)) {
            in.nextToken();
            path.push();
            path.name(name);
            version();
            path.pop();
            versionChecked = true;
            name = in.nextName();
        } else if (name == null) {
            throw new Problem(MISSING_FIELD, "", "missing required field 'formatVersion'", null);
        } else {
            readRootFromBuffer();
            name = in.nextName();
        }

        Event.Builder builder = Event.builder();
        int seen = 0;
        path.push();
        for (; name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "formatVersion" -> {
                    if (!versionChecked) {
                        throw duplicate();
                    }
                    skipValue();
                }
                case "id" -> {
                    seen = once(seen, E_ID);
                    builder.id(string());
                }
                case "kind" -> builder.kind(enumValue(EVENT_KINDS));
                case "title" -> {
                    seen = once(seen, E_TITLE);
                    builder.title(string());
                }
                case "subtitle" -> builder.subtitle(string());
                case "description" -> builder.description(string());
                case "topics" -> strings(builder::addTopics);
                case "audiences" -> strings(builder::addAudiences);
                case "objectives" -> strings(builder::addObjectives);
                case "frameworks" -> strings(builder::addFrameworks);
                case "methodology" -> strings(builder::addMethodology);
                case "languages" -> strings(builder::addLanguages);
                case "status" -> builder.status(enumValue(EVENT_STATUSES));
                case "attendanceMode" -> builder.attendanceMode(enumValue(ATTENDANCE_MODES));
                case "zone" -> {
                    seen = once(seen, E_ZONE);
                    builder.zone(zone(string()));
                }
                case "start" -> {
                    seen = once(seen, E_START);
                    builder.start(dateTime(string(), "a local date-time such as 2021-06-11T13:00"));
                }
                case "end" -> builder.end(dateTime(string(), "a local date-time such as 2021-06-11T14:30"));
                case "maximumDuration" -> builder.maximumDuration(duration(string()));
                case "displayZones" -> {
                    for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
                        path.index(i);
                        builder.addDisplayZone(displayZone());
                    }
                    path.pop();
                }
                case "parties" -> {
                    if (partiesState == PARTIES_UNKNOWN) {
                        indexParties();
                    } else {
                        // Already found ahead of the place where it was first needed.
                        skipValue();
                    }
                }
                case "organizers" -> {
                    for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
                        path.index(i);
                        builder.addOrganizer(party());
                    }
                    path.pop();
                }
                case "partners" -> {
                    for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
                        path.index(i);
                        builder.addPartner(party());
                    }
                    path.pop();
                }
                case "contacts" -> {
                    for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
                        path.index(i);
                        builder.addContact(contact());
                    }
                    path.pop();
                }
                case "venue" -> builder.venue(venue());
                case "onlineLocation" -> builder.onlineLocation(onlineLocation());
                case "registration" -> builder.registration(registration());
                case "deadlines" -> {
                    for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
                        path.index(i);
                        builder.addDeadline(deadline());
                    }
                    path.pop();
                }
                case "links" -> {
                    for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
                        path.index(i);
                        builder.addLink(link());
                    }
                    path.pop();
                }
                case "agenda" -> {
                    seen = once(seen, E_AGENDA);
                    builder.agenda(agenda());
                }
                default -> throw unknownField(name, EVENT_FIELDS);
            }
        }
        path.pop();
        // As when the whole document was parsed before it was read: nothing may follow it.
        finishDocument();
        required(seen, E_ID, "id");
        required(seen, E_TITLE, "title");
        required(seen, E_ZONE, "zone");
        required(seen, E_START, "start");
        required(seen, E_AGENDA, "agenda");
        for (RawParty raw : rawParties.values()) {
            if (!raw.referenced) {
                throw new Problem(INVALID_VALUE, "/parties/" + raw.index, "party '" + raw.id
                        + "' is defined but nothing in the event refers to it", null);
            }
        }
        return build(builder::build);
    }

    /** Checks the format version, the current value. */
    private void version() {
        if (in.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = in.getNumberType();
            boolean supported = type == JsonParser.NumberType.INT ? in.getIntValue() == FORMAT_VERSION
                    : type == JsonParser.NumberType.LONG ? in.getLongValue() == FORMAT_VERSION
                    : in.getBigIntegerValue().equals(BigInteger.valueOf(FORMAT_VERSION));
            if (supported) {
                return;
            }
        }
        throw problem(UNSUPPORTED, "unsupported format version " + valueAsNode() + "; this reader reads version "
                + FORMAT_VERSION);
    }

    /**
     * The root object does not start with its version: buffers it whole, checks the version and
     * indexes the parties found in it, then goes on reading from the buffer, after its {@code "{"}.
     * The current token is the root's first field name.
     */
    private void readRootFromBuffer() {
        TokenBuffer root = TokenBuffer.forBuffering(main, main.objectReadContext());
        root.writeStartObject();
        root.copyCurrentEvent(main);
        copyRest(root, 1);
        in = root.asParser(main.objectReadContext());
        if (!seekRootField("formatVersion", 0)) {
            throw new Problem(MISSING_FIELD, "", "missing required field 'formatVersion'", null);
        }
        path = Path.of("formatVersion");
        version();
        versionChecked = true;
        in = root.asParser(main.objectReadContext());
        findParties(0);
        path = new Path();
        in = root.asParser(main.objectReadContext());
        in.nextToken();
    }

    /**
     * A party is referred to before the parties are listed: buffers the rest of the event, indexes
     * the parties found in it, and goes on reading from the buffer, after the current token.
     */
    private void findPartiesAhead() {
        // Each container the reader is in has its entry in the path, the root object's included.
        int depth = path.depth;
        TokenBuffer rest = TokenBuffer.forBuffering(main, main.objectReadContext());
        copyRest(rest, depth);
        Path saved = path;
        in = rest.asParser(main.objectReadContext());
        findParties(depth);
        path = saved;
        in = rest.asParser(main.objectReadContext());
    }

    /** Copies the main parser's tokens after the current one until {@code depth} containers are closed. */
    private void copyRest(TokenBuffer buffer, int depth) {
        int open = depth;
        while (open > 0) {
            JsonToken token = main.nextToken();
            if (token == null) {
                break;
            }
            buffer.copyCurrentEvent(main);
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            }
        }
        restCaptured = true;
    }

    /** Indexes the root's "parties" if {@link #in}, {@code depth} containers deep, has them. */
    private void findParties(int depth) {
        if (seekRootField("parties", depth)) {
            path = Path.of("parties");
            indexParties();
        } else {
            partiesState = PARTIES_ABSENT;
        }
    }

    /**
     * Moves {@link #in}, which is {@code depth} containers deep (the root object being one), to the
     * value of the root's field {@code name}; false if the root ends without it.
     */
    private boolean seekRootField(String name, int depth) {
        int open = depth;
        JsonToken token;
        while ((token = in.nextToken()) != null) {
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                if (--open == 0) {
                    return false;
                }
            } else if (token == PROPERTY_NAME && open == 1 && name.equals(in.currentName())) {
                in.nextToken();
                return true;
            }
        }
        return false;
    }

    private DisplayZone displayZone() {
        expectObject();
        ZoneId zone = null;
        String label = null;
        int seen = 0;
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "zone" -> {
                    seen = once(seen, B0);
                    zone = zone(string());
                }
                case "label" -> {
                    seen = once(seen, B1);
                    label = string();
                }
                default -> throw unknownField(name, DISPLAY_ZONE_FIELDS);
            }
        }
        path.pop();
        required(seen, B0, "zone");
        required(seen, B1, "label");
        ZoneId z = zone;
        String l = label;
        return build(() -> DisplayZone.of(z, l));
    }

    private Contact contact() {
        expectObject();
        Party party = null;
        String role = null;
        int seen = 0;
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "party" -> {
                    seen = once(seen, B0);
                    party = party();
                }
                case "role" -> {
                    seen = once(seen, B1);
                    role = string();
                }
                default -> throw unknownField(name, CONTACT_FIELDS);
            }
        }
        path.pop();
        required(seen, B0, "party");
        Party p = party;
        String r = role;
        return build(() -> r == null ? Contact.of(p) : Contact.of(p).withRole(r));
    }

    private Link link() {
        expectObject();
        URI uri = null;
        String label = null;
        int seen = 0;
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "url" -> {
                    seen = once(seen, B0);
                    uri = uri(string());
                }
                case "label" -> {
                    seen = once(seen, B1);
                    label = string();
                }
                default -> throw unknownField(name, LINK_FIELDS);
            }
        }
        path.pop();
        required(seen, B0, "url");
        URI u = uri;
        String l = label;
        return build(() -> l != null ? Link.of(u, l) : Link.of(u));
    }

    // ---------------------------------------------------------------------------------------------
    // Parties.

    /** Indexes the parties, the current value: each by its id, as tokens to build it from when referred to. */
    private void indexParties() {
        int i = startArray();
        rawParties = new LinkedHashMap<>();
        for (; in.nextToken() != END_ARRAY; i++) {
            path.index(i);
            expectObject();
            TokenBuffer tokens = TokenBuffer.forBuffering(in, in.objectReadContext());
            tokens.copyCurrentEvent(in);
            String id = null;
            String type = null;
            String parentId = null;
            int open = 1;
            while (open > 0) {
                JsonToken token = in.nextToken();
                tokens.copyCurrentEvent(in);
                if (token.isStructStart()) {
                    open++;
                } else if (token.isStructEnd()) {
                    open--;
                } else if (token == PROPERTY_NAME && open == 1 && in.currentName().equals("id")) {
                    token = in.nextToken();
                    tokens.copyCurrentEvent(in);
                    path.push();
                    path.name("id");
                    id = string();
                    path.pop();
                } else if (token == PROPERTY_NAME && open == 1
                        && (in.currentName().equals("type") || in.currentName().equals("parent"))) {
                    // Kept when a string, to walk chains of parents; anything else is reported when built.
                    boolean isType = in.currentName().equals("type");
                    token = in.nextToken();
                    tokens.copyCurrentEvent(in);
                    if (token == VALUE_STRING) {
                        type = isType ? in.getString() : type;
                        parentId = isType ? parentId : in.getString();
                    } else if (token.isStructStart()) {
                        open++;
                    }
                }
            }
            if (id == null) {
                throw problem(MISSING_FIELD, "missing required field 'id'");
            }
            RawParty raw = new RawParty(id, i, tokens, type, parentId);
            RawParty first = rawParties.putIfAbsent(id, raw);
            if (first != null) {
                throw new Problem(INVALID_VALUE, path.pointer() + "/id", "party id '" + id + "' is defined twice, first at /parties/"
                        + first.index, null);
            }
        }
        path.pop();
        partiesState = PARTIES_INDEXED;
    }

    /** Resolves the reference that is the current value, building the party (and what it refers to) on first use. */
    private Party party() {
        String id = string();
        if (partiesState == PARTIES_UNKNOWN) {
            findPartiesAhead();
        }
        RawParty raw = rawParties.get(id);
        if (raw == null) {
            throw problem(UNKNOWN_REFERENCE, "no party with id '" + id + "' is defined in /parties");
        }
        raw.referenced = true;
        if (raw.built != null) {
            return raw.built;
        }
        if (raw.resolving) {
            throw problem(INVALID_VALUE, "party '" + id + "' belongs, through its organizations, to itself");
        }
        raw.resolving = true;
        JsonParser savedIn = in;
        Path savedPath = path;
        path = Path.of("parties");
        path.push();
        path.index(raw.index);
        raw.built = buildParty(raw);
        in = savedIn;
        path = savedPath;
        raw.resolving = false;
        return raw.built;
    }

    /** A reference that must be to an organization, the current value. */
    private Organization organization() {
        Party party = party();
        if (!(party instanceof Organization)) {
            throw problem(INVALID_VALUE, "party '" + party.id() + "' is a person, not an organization");
        }
        return (Organization) party;
    }

    private Party buildParty(RawParty raw) {
        // The type first: it says which fields the party may have.
        in = raw.tokens.asParser(main.objectReadContext());
        if (!seekRootField("type", 0)) {
            throw problem(MISSING_FIELD, "missing required field 'type'");
        }
        path.push();
        path.name("type");
        String type = string();
        if (!type.equals("person") && !type.equals("organization")) {
            throw problem(INVALID_VALUE, "party type '" + type + "' is neither \"person\" nor \"organization\"");
        }
        path.pop();
        in = raw.tokens.asParser(main.objectReadContext());
        in.nextToken();
        return type.equals("person") ? person() : organization(raw);
    }

    private Person person() {
        Person.Builder person = Person.builder();
        int seen = 0;
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "id" -> {
                    seen = once(seen, B0);
                    person.id(string());
                }
                case "type" -> seen = once(seen, B1);
                case "honorific" -> person.honorific(string());
                case "name" -> {
                    seen = once(seen, B2);
                    person.name(string());
                }
                case "positions" -> {
                    for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
                        path.index(i);
                        person.addPosition(position());
                    }
                    path.pop();
                }
                case "email" -> person.email(string());
                case "phone" -> person.phone(string());
                case "url" -> person.url(uri(string()));
                case "city" -> person.city(string());
                case "country" -> person.country(string());
                default -> throw unknownField(name, PERSON_FIELDS);
            }
        }
        path.pop();
        required(seen, B0, "id");
        required(seen, B2, "name");
        return build(person::build);
    }

    private Position position() {
        expectObject();
        String title = null;
        Organization organization = null;
        int seen = 0;
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "title" -> {
                    seen = once(seen, B0);
                    title = string();
                }
                case "organization" -> {
                    seen = once(seen, B1);
                    organization = organization();
                }
                default -> throw unknownField(name, POSITION_FIELDS);
            }
        }
        path.pop();
        if (title == null && organization == null) {
            throw problem(MISSING_FIELD, "a position needs a title, an organization, or both");
        }
        String t = title;
        Organization o = organization;
        return build(() -> o == null ? Position.of(t) : t == null ? Position.at(o) : Position.of(t, o));
    }

    private Organization organization(RawParty raw) {
        Organization.Builder organization = Organization.builder();
        int seen = 0;
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "id" -> {
                    seen = once(seen, B0);
                    organization.id(string());
                }
                case "type" -> seen = once(seen, B1);
                case "name" -> {
                    seen = once(seen, B2);
                    organization.name(string());
                }
                case "acronym" -> organization.acronym(string());
                case "parent" -> {
                    checkParentChain(raw, string());
                    organization.parent(organization());
                }
                case "address" -> organization.address(address());
                case "email" -> organization.email(string());
                case "phone" -> organization.phone(string());
                case "url" -> organization.url(uri(string()));
                case "city" -> organization.city(string());
                case "country" -> organization.country(string());
                default -> throw unknownField(name, ORGANIZATION_FIELDS);
            }
        }
        path.pop();
        required(seen, B0, "id");
        required(seen, B2, "name");
        return build(organization::build);
    }

    /**
     * Walks up the parents of an organization by their ids before its parent is built, so that
     * building them never recurses deeper than {@link Organization#MAX_PARENT_DEPTH}: an
     * organization that belongs to itself, through a chain of any length, or that would have more
     * organizations above it than that, is reported here. The walk ends at a party already built,
     * whose own chain is known, and at a reference that is not to an organization, which is
     * reported where it is read. The current value is the {@code parent} of {@code organization}.
     */
    private void checkParentChain(RawParty organization, String parentId) {
        Map<RawParty, RawParty> walked = new IdentityHashMap<>();
        walked.put(organization, organization);
        RawParty child = organization;
        String nextId = parentId;
        int levels = 0;
        while (nextId != null) {
            RawParty next = rawParties.get(nextId);
            if (next == null || !next.isOrganization()) {
                break;
            }
            if (walked.put(next, next) != null) {
                throw new Problem(INVALID_VALUE, "/parties/" + child.index + "/parent", "party '" + next.id
                        + "' belongs, through its organizations, to itself", null);
            }
            if (next.built != null) {
                levels += 1 + levelsAbove((Organization) next.built);
                break;
            }
            levels++;
            child = next;
            nextId = next.parentId;
        }
        if (levels > Organization.MAX_PARENT_DEPTH) {
            InvariantViolationException violation = new InvariantViolationException(Invariant.PARENT_CHAIN_TOO_DEEP,
                    "/parent", "organization '" + organization.id + "' would have more than "
                            + Organization.MAX_PARENT_DEPTH + " organizations above it");
            throw new Problem(INVARIANT, path.pointer(), violation.getMessage(), violation);
        }
    }

    private static int levelsAbove(Organization organization) {
        int levels = 0;
        for (Organization above = organization.parent().orElse(null); above != null;
                above = above.parent().orElse(null)) {
            levels++;
        }
        return levels;
    }

    // ---------------------------------------------------------------------------------------------
    // Places, registration and deadlines.

    private PostalAddress address() {
        expectObject();
        PostalAddress.Builder address = PostalAddress.builder();
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "street" -> address.street(string());
                case "postalCode" -> address.postalCode(string());
                case "locality" -> address.locality(string());
                case "region" -> address.region(string());
                case "country" -> address.country(string());
                default -> throw unknownField(name, ADDRESS_FIELDS);
            }
        }
        path.pop();
        return build(address::build);
    }

    private Venue venue() {
        expectObject();
        Venue.Builder venue = Venue.builder();
        int seen = 0;
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "name" -> {
                    seen = once(seen, B0);
                    venue.name(string());
                }
                case "room" -> venue.room(string());
                case "address" -> venue.address(address());
                case "entrance" -> venue.entrance(address());
                case "geo" -> venue.geo(geo());
                case "transit" -> {
                    for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
                        path.index(i);
                        venue.addTransit(transit());
                    }
                    path.pop();
                }
                case "url" -> venue.url(uri(string()));
                default -> throw unknownField(name, VENUE_FIELDS);
            }
        }
        path.pop();
        required(seen, B0, "name");
        return build(venue::build);
    }

    private GeoPoint geo() {
        expectObject();
        double latitude = 0;
        double longitude = 0;
        int seen = 0;
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "latitude" -> {
                    seen = once(seen, B0);
                    latitude = number();
                }
                case "longitude" -> {
                    seen = once(seen, B1);
                    longitude = number();
                }
                default -> throw unknownField(name, GEO_FIELDS);
            }
        }
        path.pop();
        required(seen, B0, "latitude");
        required(seen, B1, "longitude");
        double lat = latitude;
        double lon = longitude;
        return build(() -> GeoPoint.of(lat, lon));
    }

    private TransitAccess transit() {
        expectObject();
        TransitMode mode = null;
        String[] lines = {};
        String station = null;
        int seen = 0;
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "mode" -> {
                    seen = once(seen, B0);
                    mode = enumValue(TRANSIT_MODES);
                }
                case "lines" -> {
                    seen = once(seen, B1);
                    lines = stringArray();
                }
                case "station" -> {
                    seen = once(seen, B2);
                    station = string();
                }
                default -> throw unknownField(name, TRANSIT_FIELDS);
            }
        }
        path.pop();
        required(seen, B0, "mode");
        required(seen, B2, "station");
        TransitMode m = mode;
        String s = station;
        String[] l = lines;
        return build(() -> TransitAccess.of(m, s, l));
    }

    private OnlineLocation onlineLocation() {
        expectObject();
        OnlineLocation.Builder online = OnlineLocation.builder();
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "url" -> online.url(uri(string()));
                case "platform" -> online.platform(string());
                case "linkSentAfterRegistration" -> online.linkSentAfterRegistration(bool());
                default -> throw unknownField(name, ONLINE_FIELDS);
            }
        }
        path.pop();
        return build(online::build);
    }

    private Registration registration() {
        expectObject();
        Registration.Builder registration = Registration.builder();
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "required" -> registration.required(bool());
                case "url" -> registration.url(uri(string()));
                case "capacity" -> registration.capacity(capacity());
                case "deadline" -> registration.deadline(deadline());
                case "notes" -> registration.notes(string());
                default -> throw unknownField(name, REGISTRATION_FIELDS);
            }
        }
        path.pop();
        return build(registration::build);
    }

    private Capacity capacity() {
        JsonToken token = in.currentToken();
        if (token == VALUE_STRING && in.getString().equals("limited")) {
            return Capacity.limited();
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = in.getNumberType();
            long seats = type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG ? in.getLongValue()
                    : in.getBigIntegerValue().bitLength() < 32 ? in.getBigIntegerValue().longValue() : Long.MIN_VALUE;
            if (seats >= Integer.MIN_VALUE && seats <= Integer.MAX_VALUE) {
                try {
                    return Capacity.ofSeats((int) seats);
                } catch (InvariantViolationException e) {
                    // The seats are the number itself here, not a "seats" member.
                    throw new Problem(INVARIANT, path.pointer(), e.getMessage(), e);
                }
            }
        }
        // A string or a number that is not a capacity is a wrong value; anything else, a wrong type.
        Kind kind = token == VALUE_STRING || token.isNumeric() ? INVALID_VALUE : WRONG_TYPE;
        throw problem(kind, "capacity must be a number of seats or \"limited\", not " + valueAsNode());
    }

    /** A deadline: its fields are taken as they come, and checked together in a fixed order at its end. */
    private Deadline deadline() {
        expectObject();
        String kindName = null;
        String dateTimeText = null;
        String dateText = null;
        String zoneText = null;
        String subject = null;
        String wording = null;
        int seen = 0;
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "kind" -> {
                    seen = once(seen, B0);
                    kindName = string();
                }
                case "dateTime" -> {
                    seen = once(seen, B1);
                    dateTimeText = string();
                }
                case "date" -> {
                    seen = once(seen, B2);
                    dateText = string();
                }
                case "zone" -> {
                    seen = once(seen, B3);
                    zoneText = string();
                }
                case "subject" -> {
                    seen = once(seen, B4);
                    subject = string();
                }
                case "wording" -> {
                    seen = once(seen, 1 << 5);
                    wording = string();
                }
                default -> throw unknownField(name, DEADLINE_FIELDS);
            }
        }
        path.pop();
        required(seen, B0, "kind");
        Deadline.Kind kind = at("kind", k -> enumValue(DEADLINE_KINDS, k), kindName);
        required(seen, B3, "zone");
        ZoneId zone = at("zone", this::zone, zoneText);
        Deadline deadline;
        if (kind == Deadline.Kind.AT) {
            if (dateText != null) {
                throw childProblem(UNKNOWN_FIELD, "date", "a deadline of kind \"at\" has a dateTime, not a date");
            }
            required(seen, B1, "dateTime");
            LocalDateTime dateTime = at("dateTime", t -> dateTime(t, "a local date-time such as 2021-06-08T23:59"),
                    dateTimeText);
            deadline = build(() -> Deadline.at(dateTime, zone));
        } else {
            if (dateTimeText != null) {
                throw childProblem(UNKNOWN_FIELD, "dateTime", "a deadline of kind \"" + EnumNames.of(kind)
                        + "\" has a date, not a dateTime");
            }
            required(seen, B2, "date");
            LocalDate date = at("date", t -> date(t, "a date such as 2021-06-09"), dateText);
            deadline = build(() -> kind == Deadline.Kind.BEFORE ? Deadline.before(date, zone)
                    : Deadline.until(date, zone));
        }
        if (subject == null && wording == null) {
            return deadline;
        }
        Deadline base = deadline;
        Optional<String> s = Optional.ofNullable(subject);
        Optional<String> w = Optional.ofNullable(wording);
        return build(() -> base.withSubject(s).withWording(w));
    }

    // ---------------------------------------------------------------------------------------------
    // The agenda.

    private Agenda agenda() {
        expectObject();
        Agenda.Builder agenda = Agenda.builder();
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "status" -> agenda.status(enumValue(AGENDA_STATUSES));
                case "title" -> agenda.title(string());
                case "blocks" -> {
                    for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
                        path.index(i);
                        agenda.addBlock(block());
                    }
                    path.pop();
                }
                default -> throw unknownField(name, AGENDA_FIELDS);
            }
        }
        path.pop();
        return build(agenda::build);
    }

    private AgendaBlock block() {
        expectObject();
        AgendaBlock.Builder block = AgendaBlock.builder();
        int seen = 0;
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "id" -> {
                    seen = once(seen, B0);
                    block.id(string());
                }
                case "kind" -> {
                    seen = once(seen, B1);
                    block.kind(enumValue(BLOCK_KINDS));
                }
                case "label" -> block.label(string());
                case "title" -> {
                    seen = once(seen, B2);
                    block.title(string());
                }
                case "objective" -> block.objective(string());
                case "description" -> block.description(string());
                case "topics" -> strings(block::addTopics);
                case "methodology" -> strings(block::addMethodology);
                case "timing" -> block.timing(timing());
                case "moderators" -> roles(MODERATOR_ROLES,
                        (party, role, label) -> block.addModerator(label == null ? Moderator.of(party, role)
                                : Moderator.of(party, role).withLabel(label)));
                case "participants" -> roles(PARTICIPANT_ROLES,
                        (party, role, label) -> block.addParticipant(label == null ? Participant.of(party, role)
                                : Participant.of(party, role).withLabel(label)));
                case "room" -> block.room(string());
                case "track" -> block.track(string());
                case "notes" -> strings(block::addNotes);
                case "children" -> {
                    for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
                        path.index(i);
                        block.addChild(block());
                    }
                    path.pop();
                }
                default -> throw unknownField(name, BLOCK_FIELDS);
            }
        }
        path.pop();
        required(seen, B0, "id");
        required(seen, B1, "kind");
        required(seen, B2, "title");
        try {
            return block.build();
        } catch (InvariantViolationException e) {
            throw broken(e);
        }
    }

    /** Adds a role of a party in a block: a moderator or a participant. */
    @FunctionalInterface
    private interface RoleAdder<R> {
        void add(Party party, R role, String label);
    }

    /** The moderators or the participants of a block, the current value. */
    private <R extends Enum<R>> void roles(EnumNames.Lookup<R> roles, RoleAdder<R> adder) {
        for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
            path.index(i);
            expectObject();
            Party party = null;
            R role = null;
            String label = null;
            int seen = 0;
            path.push();
            for (String name = in.nextName(); name != null; name = in.nextName()) {
                path.name(name);
                in.nextToken();
                switch (name) {
                    case "party" -> {
                        seen = once(seen, B0);
                        party = party();
                    }
                    case "role" -> {
                        seen = once(seen, B1);
                        role = enumValue(roles);
                    }
                    case "label" -> {
                        seen = once(seen, B2);
                        label = string();
                    }
                    default -> throw unknownField(name, ROLE_FIELDS);
                }
            }
            path.pop();
            required(seen, B0, "party");
            required(seen, B1, "role");
            try {
                adder.add(party, role, label);
            } catch (InvariantViolationException e) {
                throw broken(e);
            }
        }
        path.pop();
    }

    /** A timing: its fields are taken as they come, and checked together in a fixed order at its end. */
    private Timing timing() {
        expectObject();
        String dateText = null;
        String startText = null;
        String endText = null;
        String durationText = null;
        int seen = 0;
        path.push();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            path.name(name);
            in.nextToken();
            switch (name) {
                case "date" -> {
                    seen = once(seen, B0);
                    dateText = string();
                }
                case "start" -> {
                    seen = once(seen, B1);
                    startText = string();
                }
                case "end" -> {
                    seen = once(seen, B2);
                    endText = string();
                }
                case "duration" -> {
                    seen = once(seen, B3);
                    durationText = string();
                }
                default -> throw unknownField(name, TIMING_FIELDS);
            }
        }
        path.pop();
        try {
            if (durationText != null) {
                if (startText != null) {
                    throw childProblem(UNKNOWN_FIELD, "start", "a timing has either a duration or a start and an end, not both");
                }
                if (endText != null) {
                    throw childProblem(UNKNOWN_FIELD, "end", "a timing has either a duration or a start and an end, not both");
                }
                if (dateText != null) {
                    throw childProblem(UNKNOWN_FIELD, "date", "a timing with a duration follows the block before it and has no date");
                }
                return Timing.duration(at("duration", this::duration, durationText));
            }
            LocalDate date = dateText == null ? null : at("date", t -> date(t, "a date such as 2018-07-05"), dateText);
            required(seen, B1, "start");
            LocalTime start = at("start", t -> time(t, "a local time such as 09:30"), startText);
            required(seen, B2, "end");
            LocalTime end = at("end", t -> time(t, "a local time such as 10:00"), endText);
            return date == null ? Timing.slot(start, end) : Timing.slot(date, start, end);
        } catch (InvariantViolationException e) {
            throw broken(e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Values.

    private void expectObject() {
        if (in.currentToken() != START_OBJECT) {
            throw problem(WRONG_TYPE, "expected an object, found " + describe());
        }
    }

    /** Checks that the current value is an array and opens its entry in the path; the first index. */
    private int startArray() {
        if (in.currentToken() != START_ARRAY) {
            throw problem(WRONG_TYPE, "expected an array, found " + describe());
        }
        path.push();
        return 0;
    }

    private String string() {
        if (in.currentToken() != VALUE_STRING) {
            throw problem(WRONG_TYPE, "expected a string, found " + describe());
        }
        return in.getString();
    }

    /** The current value, an array of strings, element by element. */
    private void strings(Consumer<String> each) {
        for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
            path.index(i);
            each.accept(string());
        }
        path.pop();
    }

    private String[] stringArray() {
        String[] strings = new String[4];
        int count = 0;
        for (int i = startArray(); in.nextToken() != END_ARRAY; i++) {
            path.index(i);
            if (count == strings.length) {
                strings = Arrays.copyOf(strings, count * 2);
            }
            strings[count++] = string();
        }
        path.pop();
        return Arrays.copyOf(strings, count);
    }

    private boolean bool() {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw problem(WRONG_TYPE, "expected true or false, found " + describe());
    }

    private double number() {
        JsonToken token = in.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw problem(WRONG_TYPE, "expected a number, found " + describe());
        }
        return in.getDoubleValue();
    }

    private <E extends Enum<E>> E enumValue(EnumNames.Lookup<E> names) {
        return enumValue(names, string());
    }

    private <E extends Enum<E>> E enumValue(EnumNames.Lookup<E> names, String text) {
        E constant = names.get(text);
        if (constant == null) {
            throw problem(INVALID_VALUE, "'" + text + "' is not one of " + names.allOf());
        }
        return constant;
    }

    private ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw problem(INVALID_VALUE, "'" + text + "' is not a known time-zone id such as America/Montevideo", e);
        }
    }

    private URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw problem(INVALID_VALUE, "'" + text + "' is not a URI: " + e.getReason(), e);
        }
    }

    private LocalDateTime dateTime(String text, String expected) {
        LocalDateTime value;
        try {
            value = IsoSpellings.dateTime(text);
        } catch (DateTimeException e) {
            return parsedAnyway(text, expected, LocalDateTime::parse);
        }
        return value != null ? value : misspelt(text, expected);
    }

    private LocalDate date(String text, String expected) {
        LocalDate value;
        try {
            value = IsoSpellings.date(text);
        } catch (DateTimeException e) {
            return parsedAnyway(text, expected, LocalDate::parse);
        }
        return value != null ? value : misspelt(text, expected);
    }

    private LocalTime time(String text, String expected) {
        LocalTime value = IsoSpellings.time(text);
        return value != null ? value : misspelt(text, expected);
    }

    private Duration duration(String text) {
        String expected = "an ISO-8601 duration such as PT1H30M";
        Duration value;
        try {
            value = IsoSpellings.duration(text);
        } catch (DateTimeParseException e) {
            throw problem(INVALID_VALUE, "'" + text + "' is not " + expected, e);
        }
        return value != null ? value : misspelt(text, expected);
    }

    private <T> T misspelt(String text, String expected) {
        throw problem(INVALID_VALUE, "'" + text + "' is not " + expected);
    }

    /** Spelt right but not on the calendar: java.time's parser says why, as the cause. */
    private <T> T parsedAnyway(String text, String expected, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            throw problem(INVALID_VALUE, "'" + text + "' is not " + expected, e);
        }
    }

    /** Reads a value kept from a field of the current object, with the path at that field. */
    private <T> T at(String child, Function<String, T> reader, String text) {
        path.push();
        path.name(child);
        T value = reader.apply(text);
        path.pop();
        return value;
    }

    /** Skips the current value, reading its strings (so their length limit applies). */
    private void skipValue() {
        JsonToken token = in.currentToken();
        if (token == VALUE_STRING) {
            in.getString();
        } else if (token.isStructStart()) {
            int open = 1;
            while (open > 0) {
                token = in.nextToken();
                if (token.isStructStart()) {
                    open++;
                } else if (token.isStructEnd()) {
                    open--;
                } else if (token == VALUE_STRING) {
                    in.getString();
                }
            }
        }
    }

    /** The current value in words, for messages: its JSON if it is short, else what it is. */
    private String describe() {
        JsonToken token = in.currentToken();
        if (token == START_OBJECT) {
            return "an object";
        }
        if (token == START_ARRAY) {
            return "an array";
        }
        if (token == JsonToken.VALUE_NULL) {
            return "null";
        }
        String text = valueAsNode().toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** The current value as a tree, for messages, as databind would have built it. */
    private JsonNode valueAsNode() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = in.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                for (String name = in.nextName(); name != null; name = in.nextName()) {
                    in.nextToken();
                    object.set(name, valueAsNode());
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (in.nextToken() != END_ARRAY) {
                    array.add(valueAsNode());
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.stringNode(in.getString());
            }
            case VALUE_NUMBER_INT -> {
                return switch (in.getNumberType()) {
                    case INT -> nodes.numberNode(in.getIntValue());
                    case LONG -> nodes.numberNode(in.getLongValue());
                    default -> nodes.numberNode(in.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return switch (in.getNumberTypeFP()) {
                    case BIG_DECIMAL -> nodes.numberNode(in.getDecimalValue());
                    case FLOAT32 -> nodes.numberNode(in.getFloatValue());
                    default -> nodes.numberNode(in.getDoubleValue());
                };
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> {
                return nodes.pojoNode(in.getEmbeddedObject());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Problems.

    /** Builds a model value; an invariant it breaks is reported at the current place plus the invariant's path. */
    private <T> T build(Supplier<T> builder) {
        try {
            return builder.get();
        } catch (InvariantViolationException e) {
            throw broken(e);
        }
    }

    /**
     * The model refused a value: reported at the current place plus the invariant's own path. Only
     * invariant violations are translated; anything else a builder throws (a strict builder's
     * {@code IllegalStateException}, which the reader's own checks rule out) is a bug and propagates.
     */
    private Problem broken(InvariantViolationException e) {
        return new Problem(INVARIANT, path.pointer() + e.path(), e.getMessage(), e);
    }

    private Problem problem(Kind kind, String message) {
        return new Problem(kind, path.pointer(), message, null);
    }

    private Problem problem(Kind kind, String message, Throwable cause) {
        return new Problem(kind, path.pointer(), message, cause);
    }

    /** A problem with a field of the current object, which may be absent: at that field. */
    private Problem childProblem(Kind kind, String child, String message) {
        return new Problem(kind, path.pointer() + "/" + child, message, null);
    }

    private Problem unknownField(String name, String allowed) {
        return problem(UNKNOWN_FIELD, "unknown field '" + name + "'; expected one of " + allowed);
    }

    /**
     * The field being read, seen a second time: the parser refuses duplicate keys, so this is a bug.
     * A syntax error, as the parser's own refusal is.
     */
    private Problem duplicate() {
        return problem(SYNTAX, "duplicate field '" + path.top() + "'");
    }

    /** Marks a field as seen, refusing it the second time. */
    private int once(int seen, int bit) {
        if ((seen & bit) != 0) {
            throw duplicate();
        }
        return seen | bit;
    }

    private void required(int seen, int bit, String name) {
        if ((seen & bit) == 0) {
            throw problem(MISSING_FIELD, "missing required field '" + name + "'");
        }
    }
}
