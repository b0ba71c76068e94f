package org.agendum.web.internal;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Event;
import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Room;
import org.agendum.core.model.Venue;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an event as one schema.org {@code Event} in JSON-LD, walking it once in document order:
 * the event's own properties, then one {@code subEvent} per block of its {@link Timetable} (an
 * occurrence of a series is one sub-event), children inside their parents. Absent values and
 * empty lists are left out; every time comes from the timetable, with its offset.
 */
public final class JsonLdWriter {

    private final JsonGenerator out;
    private final Event event;
    private final Timetable timetable;

    private JsonLdWriter(JsonGenerator out, Event event) {
        this.out = out;
        this.event = event;
        this.timetable = Timetable.of(event);
    }

    /**
     * Writes an event as one JSON-LD object, with its {@code @context}.
     *
     * @param event the event
     * @param out the generator to write to
     */
    public static void write(Event event, JsonGenerator out) {
        new JsonLdWriter(out, event).event();
    }

    private void event() {
        out.writeStartObject();
        out.writeStringProperty("@context", SchemaOrg.CONTEXT);
        out.writeStringProperty("@type", SchemaOrg.eventType(event.kind()));
        out.writeStringProperty("identifier", event.id());
        out.writeStringProperty("name", event.title());
        event.subtitle().ifPresent(s -> out.writeStringProperty("disambiguatingDescription", s));
        event.description().ifPresent(d -> out.writeStringProperty("description", d));
        strings("inLanguage", event.languages());
        strings("keywords", event.topics());
        array("audience", event.audiences(), audience -> {
            out.writeStartObject();
            out.writeStringProperty("@type", "Audience");
            out.writeStringProperty("audienceType", audience);
            out.writeEndObject();
        });
        out.writeStringProperty("startDate", SchemaOrg.dateTime(timetable.eventStart()));
        end().ifPresent(end -> out.writeStringProperty("endDate", SchemaOrg.dateTime(end)));
        event.previousStart().ifPresent(p -> out.writeStringProperty("previousStartDate",
                SchemaOrg.dateTime(p, event.zone())));
        out.writeStringProperty("eventStatus", SchemaOrg.status(event.status()));
        out.writeStringProperty("eventAttendanceMode", SchemaOrg.attendance(event.attendanceMode()));
        location(event.attendanceMode(), event.venue(), Optional.empty(), event.onlineLocation(), event.registration());
        parties("organizer", event.organizers());
        List<Party> performers = new ArrayList<>();
        for (ScheduledBlock block : timetable.blocks()) {
            performers.addAll(performers(block.block()));
        }
        parties("performer", distinct(performers));
        event.registration().ifPresent(this::registration);
        List<ScheduledBlock> blocks = timetable.blocks();
        if (!blocks.isEmpty()) {
            out.writeArrayPropertyStart("subEvent");
            int next = 0;
            while (next < blocks.size()) {
                next = block(blocks, next);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    /** The event's end, else its agenda's. */
    private Optional<ZonedDateTime> end() {
        return timetable.eventEnd().or(() -> timetable.agendaSpan().map(TimeSpan::end));
    }

    /**
     * Writes the block at {@code index} of the depth-first list and the blocks within it.
     *
     * @return the index of the first block after it and its descendants
     */
    private int block(List<ScheduledBlock> blocks, int index) {
        ScheduledBlock scheduled = blocks.get(index);
        AgendaBlock block = scheduled.block();
        out.writeStartObject();
        out.writeStringProperty("@type", "Event");
        out.writeStringProperty("identifier", scheduled.occurrenceId());
        out.writeStringProperty("name", block.displayTitle());
        block.subtitle().ifPresent(s -> out.writeStringProperty("disambiguatingDescription", s));
        block.description().or(block::objective).ifPresent(d -> out.writeStringProperty("description", d));
        strings("inLanguage", block.languages());
        strings("keywords", block.topics());
        scheduled.span().ifPresent(span -> {
            out.writeStringProperty("startDate", SchemaOrg.dateTime(span.start()));
            out.writeStringProperty("endDate", SchemaOrg.dateTime(span.end()));
        });
        block.previousStart().ifPresent(p -> out.writeStringProperty("previousStartDate",
                SchemaOrg.dateTime(p, event.zone())));
        out.writeStringProperty("eventStatus", SchemaOrg.status(block.status()));
        block.attendanceMode().ifPresent(m -> out.writeStringProperty("eventAttendanceMode", SchemaOrg.attendance(m)));
        location(block.attendanceMode().orElseGet(() -> attendance(block)), block.venue(), block.room(),
                block.onlineLocation(), block.registration());
        parties("performer", distinct(performers(block)));
        block.registration().ifPresent(this::registration);
        int next = index + 1;
        if (next < blocks.size() && blocks.get(next).depth() > scheduled.depth()) {
            out.writeArrayPropertyStart("subEvent");
            while (next < blocks.size() && blocks.get(next).depth() > scheduled.depth()) {
                next = block(blocks, next);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        return next;
    }

    /** How a block without its own attendance mode is attended, by the places it names. */
    private static AttendanceMode attendance(AgendaBlock block) {
        boolean place = block.venue().isPresent() || block.room().isPresent();
        if (block.onlineLocation().isEmpty()) {
            return AttendanceMode.IN_PERSON;
        }
        return place ? AttendanceMode.MIXED : AttendanceMode.ONLINE;
    }

    /** The moderators and participants of a block, in this order. */
    private static List<Party> performers(AgendaBlock block) {
        List<Party> parties = new ArrayList<>(block.moderators().size() + block.participants().size());
        block.moderators().stream().map(Moderator::party).forEach(parties::add);
        block.participants().stream().map(Participant::party).forEach(parties::add);
        return parties;
    }

    /** Each party once, by id, in order of first appearance. */
    private static List<Party> distinct(List<Party> parties) {
        Map<String, Party> byId = new LinkedHashMap<>();
        parties.forEach(p -> byId.putIfAbsent(p.id(), p));
        return List.copyOf(byId.values());
    }

    /**
     * The location: a {@code Place} for the venue (or the block's room in the event's venue), a
     * {@code VirtualLocation} for the online location, both for a mixed mode. Where the link to
     * join is not published (sent after registration), the virtual location's link is the
     * registration's: that is where an attendee goes to get in.
     */
    private void location(AttendanceMode mode, Optional<Venue> venue, Optional<String> room,
            Optional<OnlineLocation> online, Optional<Registration> registration) {
        Optional<Venue> place = venue.or(() -> room.flatMap(r -> event.venue()));
        boolean inPerson = mode != AttendanceMode.ONLINE && (place.isPresent() || room.isPresent());
        Optional<URI> link = online.flatMap(OnlineLocation::url).or(() -> registration.flatMap(Registration::url));
        boolean virtual = mode != AttendanceMode.IN_PERSON && (online.isPresent() || link.isPresent());
        if (!inPerson && !virtual) {
            return;
        }
        out.writeName("location");
        if (inPerson && virtual) {
            out.writeStartArray();
        }
        if (inPerson) {
            place(place, room);
        }
        if (virtual) {
            out.writeStartObject();
            out.writeStringProperty("@type", "VirtualLocation");
            online.flatMap(OnlineLocation::platform).ifPresent(p -> out.writeStringProperty("name", p));
            link.ifPresent(u -> uri("url", u));
            out.writeEndObject();
        }
        if (inPerson && virtual) {
            out.writeEndArray();
        }
    }

    /** A venue, or a room of the event's venue, with the address (else the entrance's) and position. */
    private void place(Optional<Venue> venue, Optional<String> roomId) {
        out.writeStartObject();
        out.writeStringProperty("@type", "Place");
        Optional<String> room = roomId.map(r -> event.room(r).map(Room::displayName).orElse(r))
                .or(() -> venue.flatMap(Venue::room));
        List<String> name = new ArrayList<>(2);
        venue.ifPresent(v -> name.add(v.name()));
        room.ifPresent(name::add);
        out.writeStringProperty("name", String.join(", ", name));
        venue.flatMap(v -> v.address().or(v::entrance)).ifPresent(a -> address("address", a));
        venue.flatMap(Venue::geo).ifPresent(this::geo);
        venue.flatMap(Venue::url).ifPresent(u -> uri("url", u));
        roomId.flatMap(event::room).flatMap(Room::capacity)
                .ifPresent(c -> out.writeNumberProperty("maximumAttendeeCapacity", c.intValue()));
        out.writeEndObject();
    }

    private void address(String name, PostalAddress address) {
        out.writeObjectPropertyStart(name);
        out.writeStringProperty("@type", "PostalAddress");
        address.street().ifPresent(s -> out.writeStringProperty("streetAddress", s));
        address.postalCode().ifPresent(s -> out.writeStringProperty("postalCode", s));
        address.locality().ifPresent(s -> out.writeStringProperty("addressLocality", s));
        address.region().ifPresent(s -> out.writeStringProperty("addressRegion", s));
        address.country().ifPresent(s -> out.writeStringProperty("addressCountry", s));
        out.writeEndObject();
    }

    private void geo(GeoPoint geo) {
        out.writeObjectPropertyStart("geo");
        out.writeStringProperty("@type", "GeoCoordinates");
        out.writeNumberProperty("latitude", geo.latitude());
        out.writeNumberProperty("longitude", geo.longitude());
        out.writeEndObject();
    }

    /**
     * The registration as an {@code Offer}: its link, whether seats are limited, and the deadline
     * as {@code validThrough}; the number of seats as the event's {@code maximumAttendeeCapacity}.
     */
    private void registration(Registration registration) {
        registration.capacity().ifPresent(c -> c.seats().ifPresent(
                seats -> out.writeNumberProperty("maximumAttendeeCapacity", seats)));
        if (registration.url().isEmpty() && registration.deadline().isEmpty()) {
            return;
        }
        out.writeObjectPropertyStart("offers");
        out.writeStringProperty("@type", "Offer");
        registration.url().ifPresent(u -> uri("url", u));
        out.writeStringProperty("availability", SchemaOrg.CONTEXT + "/"
                + (registration.capacity().isPresent() ? "LimitedAvailability" : "InStock"));
        registration.deadline().ifPresent(d -> out.writeStringProperty("validThrough",
                SchemaOrg.dateTime(d.cutoff().atZone(d.zone()))));
        out.writeEndObject();
    }

    private void parties(String name, List<Party> parties) {
        array(name, parties, this::party);
    }

    private void party(Party party) {
        out.writeStartObject();
        if (party instanceof Person person) {
            out.writeStringProperty("@type", "Person");
            out.writeStringProperty("name", person.name());
            person.honorific().ifPresent(h -> out.writeStringProperty("honorificPrefix", h));
            strings("jobTitle", person.positions().stream().flatMap(p -> p.title().stream()).toList());
            array("affiliation", person.positions().stream().flatMap(p -> p.organization().stream()).toList(),
                    this::organization);
            party.url().ifPresent(u -> uri("url", u));
        } else {
            organizationFields((Organization) party);
        }
        out.writeEndObject();
    }

    private void organization(Organization organization) {
        out.writeStartObject();
        organizationFields(organization);
        out.writeEndObject();
    }

    private void organizationFields(Organization organization) {
        out.writeStringProperty("@type", "Organization");
        out.writeStringProperty("name", organization.name());
        organization.acronym().ifPresent(a -> out.writeStringProperty("alternateName", a));
        organization.email().ifPresent(e -> out.writeStringProperty("email", e));
        organization.phone().ifPresent(p -> out.writeStringProperty("telephone", p));
        organization.url().ifPresent(u -> uri("url", u));
        organization.address().ifPresent(a -> address("address", a));
        organization.parent().ifPresent(parent -> {
            out.writeName("parentOrganization");
            organization(parent);
        });
    }

    private void uri(String name, URI uri) {
        out.writeStringProperty(name, uri.toString());
    }

    /** One string as a string, several as an array, none not at all. */
    private void strings(String name, List<String> values) {
        if (values.size() == 1) {
            out.writeStringProperty(name, values.get(0));
        } else {
            array(name, values, out::writeString);
        }
    }

    /** One value as itself, several as an array, none not at all. */
    private <T> void array(String name, List<T> values, Consumer<T> write) {
        if (values.isEmpty()) {
            return;
        }
        out.writeName(name);
        if (values.size() == 1) {
            write.accept(values.get(0));
            return;
        }
        out.writeStartArray();
        values.forEach(write);
        out.writeEndArray();
    }

}
