package org.agendum.json.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.agendum.core.format.EventFormatException;
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
import tools.jackson.databind.JsonNode;

/**
 * Reads an event from a parsed JSON document in the canonical format. Every value is built
 * through the model's public builders, so every invariant runs; every problem is reported with
 * the JSON Pointer of its place, and nothing is returned unless all of the document is valid.
 *
 * <p>Strict on purpose: unknown fields, unknown or unused party references, duplicate ids and
 * values of the wrong type are errors, so that what is read can be written back without loss.
 */
public final class EventJsonReader {

    /*
     * The spellings the writer writes and the schema allows (java.time's parsers alone would also
     * take "pt15m", "-PT-15M" or "2021-06-11t13:00"): what is read is what could have been written.
     */
    private static final String TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?";
    private static final String DATE = "[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";
    private static final Pattern LOCAL_TIME = Pattern.compile(TIME);
    private static final Pattern LOCAL_DATE = Pattern.compile(DATE);
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile(DATE + "T" + TIME);
    private static final Pattern DURATION = Pattern.compile(
            "P(?=[0-9]|T[0-9])(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-9]{1,9})?S)?)?");

    /** A problem at a place in the document; turned into {@link EventFormatException} at the top. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String pointer;

        Problem(String pointer, String message, Throwable cause) {
            super(message, cause);
            this.pointer = pointer;
        }
    }

    /** The raw party objects by id, and those built so far. */
    private final Map<String, Field> rawParties = new LinkedHashMap<>();
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final Set<String> resolving = new HashSet<>();
    private final Set<String> referenced = new HashSet<>();

    private EventJsonReader() {}

    /**
     * Reads an event from the root of a document.
     *
     * @param root the parsed document
     * @return the event
     * @throws EventFormatException if the document is not a valid event, with the JSON Pointer of
     *     the first problem found
     */
    public static Event read(JsonNode root) throws EventFormatException {
        try {
            return new EventJsonReader().event(new Field(root, ""));
        } catch (Problem problem) {
            throw EventFormatException.atPointer(problem.getMessage(), problem.pointer, problem.getCause());
        }
    }

    private Event event(Field root) {
        // The version first: a later version's new fields are not this version's unknown fields.
        Field version = root.object().required("formatVersion");
        if (!version.node.isIntegralNumber() || !version.node.canConvertToInt()
                || version.node.intValue() != EventJsonWriter.FORMAT_VERSION) {
            throw new Problem(version.pointer, "unsupported format version " + version.node
                    + "; this reader reads version " + EventJsonWriter.FORMAT_VERSION, null);
        }
        Fields event = root.object("formatVersion", "id", "kind", "title", "subtitle", "description", "topics",
                "audiences", "objectives", "frameworks", "methodology", "languages", "status", "attendanceMode", "zone",
                "start", "end", "maximumDuration", "displayZones", "parties", "organizers", "partners", "contacts",
                "venue", "onlineLocation", "registration", "deadlines", "links", "agenda");
        event.optional("parties").ifPresent(this::indexParties);

        Event.Builder builder = Event.builder();
        builder.id(event.required("id").string());
        event.optional("kind").ifPresent(f -> builder.kind(f.enumValue(EventKind.class)));
        builder.title(event.required("title").string());
        event.optional("subtitle").ifPresent(f -> builder.subtitle(f.string()));
        event.optional("description").ifPresent(f -> builder.description(f.string()));
        builder.addAllTopics(event.strings("topics"));
        builder.addAllAudiences(event.strings("audiences"));
        builder.addAllObjectives(event.strings("objectives"));
        builder.addAllFrameworks(event.strings("frameworks"));
        builder.addAllMethodology(event.strings("methodology"));
        builder.addAllLanguages(event.strings("languages"));
        event.optional("status").ifPresent(f -> builder.status(f.enumValue(EventStatus.class)));
        event.optional("attendanceMode").ifPresent(f -> builder.attendanceMode(f.enumValue(AttendanceMode.class)));
        builder.zone(event.required("zone").zone());
        builder.start(event.required("start").parsed(LOCAL_DATE_TIME, "a local date-time such as 2021-06-11T13:00",
                LocalDateTime::parse));
        event.optional("end").ifPresent(f -> builder.end(f.<LocalDateTime>parsed(LOCAL_DATE_TIME,
                "a local date-time such as 2021-06-11T14:30", LocalDateTime::parse)));
        event.optional("maximumDuration").ifPresent(f -> builder.maximumDuration(f.duration()));
        for (Field zone : event.array("displayZones")) {
            Fields display = zone.object("zone", "label");
            builder.addDisplayZone(zone.build(() -> DisplayZone.of(display.required("zone").zone(),
                    display.required("label").string())));
        }
        for (Field reference : event.array("organizers")) {
            builder.addOrganizer(party(reference));
        }
        for (Field reference : event.array("partners")) {
            builder.addPartner(party(reference));
        }
        for (Field contact : event.array("contacts")) {
            Fields fields = contact.object("party", "role");
            Party party = party(fields.required("party"));
            Optional<String> role = fields.optional("role").map(Field::string);
            builder.addContact(contact.build(() -> Contact.of(party).withRole(role)));
        }
        event.optional("venue").ifPresent(f -> builder.venue(venue(f)));
        event.optional("onlineLocation").ifPresent(f -> builder.onlineLocation(onlineLocation(f)));
        event.optional("registration").ifPresent(f -> builder.registration(registration(f)));
        for (Field deadline : event.array("deadlines")) {
            builder.addDeadline(deadline(deadline));
        }
        for (Field link : event.array("links")) {
            Fields fields = link.object("uri", "label");
            URI uri = fields.required("uri").uri();
            Optional<String> label = fields.optional("label").map(Field::string);
            builder.addLink(link.build(() -> label.isPresent() ? Link.of(uri, label.get()) : Link.of(uri)));
        }
        builder.agenda(agenda(event.required("agenda")));
        rawParties.forEach((id, field) -> {
            if (!referenced.contains(id)) {
                throw new Problem(field.pointer, "party '" + id + "' is defined but nothing in the event refers to it",
                        null);
            }
        });
        return root.build(builder::build);
    }

    private void indexParties(Field list) {
        for (Field party : list.elements()) {
            Fields fields = party.object();
            Field id = fields.required("id");
            if (rawParties.putIfAbsent(id.string(), party) != null) {
                throw new Problem(id.pointer, "party id '" + id.string() + "' is defined twice, first at "
                        + rawParties.get(id.string()).pointer, null);
            }
        }
    }

    /** Resolves a reference to a party, building it (and what it refers to) on first use. */
    private Party party(Field reference) {
        String id = reference.string();
        Field raw = rawParties.get(id);
        if (raw == null) {
            throw new Problem(reference.pointer, "no party with id '" + id + "' is defined in /parties", null);
        }
        referenced.add(id);
        Party built = parties.get(id);
        if (built != null) {
            return built;
        }
        if (!resolving.add(id)) {
            throw new Problem(reference.pointer, "party '" + id + "' belongs, through its organizations, to itself", null);
        }
        Party party = buildParty(raw);
        resolving.remove(id);
        parties.put(id, party);
        return party;
    }

    private Organization organization(Field reference) {
        Party party = party(reference);
        if (!(party instanceof Organization)) {
            throw new Problem(reference.pointer, "party '" + party.id() + "' is a person, not an organization", null);
        }
        return (Organization) party;
    }

    private Party buildParty(Field raw) {
        Fields any = raw.object();
        String type = any.required("type").string();
        if (type.equals("person")) {
            Fields fields = raw.object("id", "type", "honorific", "name", "positions", "email", "phone", "url", "city",
                    "country");
            Person.Builder person = Person.builder().id(fields.required("id").string());
            fields.optional("honorific").ifPresent(f -> person.honorific(f.string()));
            person.name(fields.required("name").string());
            for (Field position : fields.array("positions")) {
                Fields parts = position.object("title", "organization");
                Optional<String> title = parts.optional("title").map(Field::string);
                Optional<Organization> organization = parts.optional("organization").map(this::organization);
                if (title.isEmpty() && organization.isEmpty()) {
                    throw new Problem(position.pointer, "a position needs a title, an organization, or both", null);
                }
                person.addPosition(position.build(() -> organization.isEmpty() ? Position.of(title.get())
                        : title.map(t -> Position.of(t, organization.get())).orElseGet(() -> Position.at(organization.get()))));
            }
            partyAttributes(fields, person::email, person::phone, person::url, person::city, person::country);
            return raw.build(person::build);
        }
        if (type.equals("organization")) {
            Fields fields = raw.object("id", "type", "name", "acronym", "parent", "address", "email", "phone", "url",
                    "city", "country");
            Organization.Builder organization = Organization.builder().id(fields.required("id").string());
            organization.name(fields.required("name").string());
            fields.optional("acronym").ifPresent(f -> organization.acronym(f.string()));
            fields.optional("parent").ifPresent(f -> organization.parent(organization(f)));
            fields.optional("address").ifPresent(f -> organization.address(address(f)));
            partyAttributes(fields, organization::email, organization::phone, organization::url, organization::city,
                    organization::country);
            return raw.build(organization::build);
        }
        throw new Problem(any.required("type").pointer, "party type '" + type + "' is neither \"person\" nor "
                + "\"organization\"", null);
    }

    private static void partyAttributes(Fields fields, Function<String, ?> email, Function<String, ?> phone,
            Function<URI, ?> url, Function<String, ?> city, Function<String, ?> country) {
        fields.optional("email").ifPresent(f -> email.apply(f.string()));
        fields.optional("phone").ifPresent(f -> phone.apply(f.string()));
        fields.optional("url").ifPresent(f -> url.apply(f.uri()));
        fields.optional("city").ifPresent(f -> city.apply(f.string()));
        fields.optional("country").ifPresent(f -> country.apply(f.string()));
    }

    private PostalAddress address(Field field) {
        Fields fields = field.object("street", "postalCode", "locality", "region", "country");
        PostalAddress.Builder address = PostalAddress.builder();
        fields.optional("street").ifPresent(f -> address.street(f.string()));
        fields.optional("postalCode").ifPresent(f -> address.postalCode(f.string()));
        fields.optional("locality").ifPresent(f -> address.locality(f.string()));
        fields.optional("region").ifPresent(f -> address.region(f.string()));
        fields.optional("country").ifPresent(f -> address.country(f.string()));
        return field.build(address::build);
    }

    private Venue venue(Field field) {
        Fields fields = field.object("name", "room", "address", "entrance", "geo", "transit", "url");
        Venue.Builder venue = Venue.builder().name(fields.required("name").string());
        fields.optional("room").ifPresent(f -> venue.room(f.string()));
        fields.optional("address").ifPresent(f -> venue.address(address(f)));
        fields.optional("entrance").ifPresent(f -> venue.entrance(address(f)));
        fields.optional("geo").ifPresent(f -> {
            Fields geo = f.object("latitude", "longitude");
            double latitude = geo.required("latitude").number();
            double longitude = geo.required("longitude").number();
            venue.geo(f.build(() -> GeoPoint.of(latitude, longitude)));
        });
        for (Field transit : fields.array("transit")) {
            Fields access = transit.object("mode", "lines", "station");
            TransitMode mode = access.required("mode").enumValue(TransitMode.class);
            List<String> lines = access.strings("lines");
            String station = access.required("station").string();
            venue.addTransit(transit.build(() -> TransitAccess.of(mode, station, lines.toArray(new String[0]))));
        }
        fields.optional("url").ifPresent(f -> venue.url(f.uri()));
        return field.build(venue::build);
    }

    private OnlineLocation onlineLocation(Field field) {
        Fields fields = field.object("url", "platform", "linkSentAfterRegistration");
        OnlineLocation.Builder online = OnlineLocation.builder();
        fields.optional("url").ifPresent(f -> online.url(f.uri()));
        fields.optional("platform").ifPresent(f -> online.platform(f.string()));
        fields.optional("linkSentAfterRegistration").ifPresent(f -> online.linkSentAfterRegistration(f.bool()));
        return field.build(online::build);
    }

    private Registration registration(Field field) {
        Fields fields = field.object("required", "url", "capacity", "deadline", "notes");
        Registration.Builder registration = Registration.builder();
        fields.optional("required").ifPresent(f -> registration.required(f.bool()));
        fields.optional("url").ifPresent(f -> registration.url(f.uri()));
        fields.optional("capacity").ifPresent(f -> registration.capacity(capacity(f)));
        fields.optional("deadline").ifPresent(f -> registration.deadline(deadline(f)));
        fields.optional("notes").ifPresent(f -> registration.notes(f.string()));
        return field.build(registration::build);
    }

    private static Capacity capacity(Field field) {
        if (field.node.isString() && field.node.stringValue().equals("limited")) {
            return Capacity.limited();
        }
        if (field.node.isIntegralNumber() && field.node.canConvertToInt()) {
            try {
                return Capacity.ofSeats(field.node.intValue());
            } catch (InvariantViolationException e) {
                // The seats are the number itself here, not a "seats" member.
                throw new Problem(field.pointer, e.getMessage(), e);
            }
        }
        throw new Problem(field.pointer, "capacity must be a number of seats or \"limited\", not " + field.node, null);
    }

    private Deadline deadline(Field field) {
        Fields fields = field.object("kind", "dateTime", "date", "zone", "subject", "wording");
        Deadline.Kind kind = fields.required("kind").enumValue(Deadline.Kind.class);
        ZoneId zone = fields.required("zone").zone();
        Deadline deadline;
        if (kind == Deadline.Kind.AT) {
            fields.forbidden("date", "a deadline of kind \"at\" has a dateTime, not a date");
            LocalDateTime at = fields.required("dateTime").parsed(LOCAL_DATE_TIME,
                    "a local date-time such as 2021-06-08T23:59", LocalDateTime::parse);
            deadline = field.build(() -> Deadline.at(at, zone));
        } else {
            fields.forbidden("dateTime", "a deadline of kind \"" + EnumNames.of(kind) + "\" has a date, not a dateTime");
            LocalDate date = fields.required("date").parsed(LOCAL_DATE, "a date such as 2021-06-09", LocalDate::parse);
            deadline = field.build(() -> kind == Deadline.Kind.BEFORE ? Deadline.before(date, zone)
                    : Deadline.until(date, zone));
        }
        Optional<String> subject = fields.optional("subject").map(Field::string);
        Optional<String> wording = fields.optional("wording").map(Field::string);
        Deadline base = deadline;
        return field.build(() -> base.withSubject(subject).withWording(wording));
    }

    private Agenda agenda(Field field) {
        Fields fields = field.object("status", "title", "blocks");
        Agenda.Builder agenda = Agenda.builder();
        fields.optional("status").ifPresent(f -> agenda.status(f.enumValue(AgendaStatus.class)));
        fields.optional("title").ifPresent(f -> agenda.title(f.string()));
        for (Field block : fields.array("blocks")) {
            agenda.addBlock(block(block));
        }
        return field.build(agenda::build);
    }

    private AgendaBlock block(Field field) {
        Fields fields = field.object("id", "kind", "label", "title", "objective", "description", "topics",
                "methodology", "timing", "moderators", "participants", "room", "track", "notes", "children");
        AgendaBlock.Builder block = AgendaBlock.builder();
        block.id(fields.required("id").string());
        block.kind(fields.required("kind").enumValue(BlockKind.class));
        fields.optional("label").ifPresent(f -> block.label(f.string()));
        block.title(fields.required("title").string());
        fields.optional("objective").ifPresent(f -> block.objective(f.string()));
        fields.optional("description").ifPresent(f -> block.description(f.string()));
        block.addAllTopics(fields.strings("topics"));
        block.addAllMethodology(fields.strings("methodology"));
        fields.optional("timing").ifPresent(f -> block.timing(timing(f)));
        for (Field moderator : fields.array("moderators")) {
            Fields role = moderator.object("party", "role", "label");
            Party party = party(role.required("party"));
            ModeratorRole kind = role.required("role").enumValue(ModeratorRole.class);
            Optional<String> label = role.optional("label").map(Field::string);
            block.addModerator(moderator.build(() -> Moderator.of(party, kind).withLabel(label)));
        }
        for (Field participant : fields.array("participants")) {
            Fields role = participant.object("party", "role", "label");
            Party party = party(role.required("party"));
            ParticipantRole kind = role.required("role").enumValue(ParticipantRole.class);
            Optional<String> label = role.optional("label").map(Field::string);
            block.addParticipant(participant.build(() -> Participant.of(party, kind).withLabel(label)));
        }
        fields.optional("room").ifPresent(f -> block.room(f.string()));
        fields.optional("track").ifPresent(f -> block.track(f.string()));
        block.addAllNotes(fields.strings("notes"));
        for (Field child : fields.array("children")) {
            block.addChild(block(child));
        }
        return field.build(block::build);
    }

    private static Timing timing(Field field) {
        Fields fields = field.object("date", "start", "end", "duration");
        Optional<Field> duration = fields.optional("duration");
        if (duration.isPresent()) {
            fields.forbidden("start", "a timing has either a duration or a start and an end, not both");
            fields.forbidden("end", "a timing has either a duration or a start and an end, not both");
            fields.forbidden("date", "a timing with a duration follows the block before it and has no date");
            Duration length = duration.get().duration();
            return field.build(() -> Timing.duration(length));
        }
        Optional<LocalDate> date = fields.optional("date")
                .map(f -> f.parsed(LOCAL_DATE, "a date such as 2018-07-05", LocalDate::parse));
        LocalTime start = fields.required("start").parsed(LOCAL_TIME, "a local time such as 09:30", LocalTime::parse);
        LocalTime end = fields.required("end").parsed(LOCAL_TIME, "a local time such as 10:00", LocalTime::parse);
        return field.build(() -> date.isPresent() ? Timing.slot(date.get(), start, end) : Timing.slot(start, end));
    }

    /** A node of the document and its JSON Pointer. */
    private static final class Field {
        final JsonNode node;
        final String pointer;

        Field(JsonNode node, String pointer) {
            this.node = node;
            this.pointer = pointer;
        }

        /** The fields of an object node, after checking that it has no field outside {@code allowed}. */
        Fields object(String... allowed) {
            if (!node.isObject()) {
                throw new Problem(pointer, "expected an object, found " + describe(node), null);
            }
            if (allowed.length > 0) {
                Set<String> known = Set.of(allowed);
                for (String name : node.propertyNames()) {
                    if (!known.contains(name)) {
                        throw new Problem(child(name), "unknown field '" + name + "'; expected one of "
                                + String.join(", ", allowed), null);
                    }
                }
            }
            return new Fields(this);
        }

        List<Field> elements() {
            if (!node.isArray()) {
                throw new Problem(pointer, "expected an array, found " + describe(node), null);
            }
            List<Field> elements = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                elements.add(new Field(node.get(i), pointer + "/" + i));
            }
            return elements;
        }

        String string() {
            if (!node.isString()) {
                throw new Problem(pointer, "expected a string, found " + describe(node), null);
            }
            return node.stringValue();
        }

        boolean bool() {
            if (!node.isBoolean()) {
                throw new Problem(pointer, "expected true or false, found " + describe(node), null);
            }
            return node.booleanValue();
        }

        double number() {
            if (!node.isNumber()) {
                throw new Problem(pointer, "expected a number, found " + describe(node), null);
            }
            return node.doubleValue();
        }

        <T> T parsed(Pattern spelling, String expected, Function<String, T> parser) {
            String text = string();
            if (!spelling.matcher(text).matches()) {
                throw new Problem(pointer, "'" + text + "' is not " + expected, null);
            }
            try {
                return parser.apply(text);
            } catch (DateTimeParseException e) {
                throw new Problem(pointer, "'" + text + "' is not " + expected, e);
            }
        }

        ZoneId zone() {
            String text = string();
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw new Problem(pointer, "'" + text + "' is not a known time-zone id such as America/Montevideo", e);
            }
        }

        Duration duration() {
            return parsed(DURATION, "an ISO-8601 duration such as PT1H30M", Duration::parse);
        }

        URI uri() {
            String text = string();
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                throw new Problem(pointer, "'" + text + "' is not a URI: " + e.getReason(), e);
            }
        }

        <E extends Enum<E>> E enumValue(Class<E> type) {
            String text = string();
            return EnumNames.parse(type, text).orElseThrow(() -> new Problem(pointer,
                    "'" + text + "' is not one of " + EnumNames.allOf(type), null));
        }

        /** Builds a model value; an invariant it breaks is reported at this field plus the invariant's path. */
        <T> T build(Supplier<T> builder) {
            try {
                return builder.get();
            } catch (InvariantViolationException e) {
                throw new Problem(pointer + e.path(), e.getMessage(), e);
            } catch (IllegalStateException e) {
                // A strict builder missing a required attribute: the reader checks them first, so this is a bug.
                throw new Problem(pointer, e.getMessage(), e);
            }
        }

        String child(String name) {
            return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        }

        private static String describe(JsonNode node) {
            if (node.isObject()) {
                return "an object";
            }
            if (node.isArray()) {
                return "an array";
            }
            if (node.isNull()) {
                return "null";
            }
            String text = node.toString();
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }

    /** The fields of one object. */
    private static final class Fields {
        final Field object;

        Fields(Field object) {
            this.object = object;
        }

        Field required(String name) {
            return optional(name).orElseThrow(() -> new Problem(object.pointer,
                    "missing required field '" + name + "'", null));
        }

        Optional<Field> optional(String name) {
            JsonNode value = object.node.get(name);
            return value == null ? Optional.empty() : Optional.of(new Field(value, object.child(name)));
        }

        void forbidden(String name, String why) {
            optional(name).ifPresent(f -> {
                throw new Problem(f.pointer, why, null);
            });
        }

        List<Field> array(String name) {
            return optional(name).map(Field::elements).orElse(List.of());
        }

        List<String> strings(String name) {
            List<String> strings = new ArrayList<>();
            for (Field element : array(name)) {
                strings.add(element.string());
            }
            return strings;
        }
    }
}
