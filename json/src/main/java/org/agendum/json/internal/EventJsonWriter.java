package org.agendum.json.internal;

import java.net.URI;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.DialIn;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.DurationOnly;
import org.agendum.core.model.Event;
import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.Interpretation;
import org.agendum.core.model.Link;
import org.agendum.core.model.Localization;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Room;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Track;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.Venue;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an event in the canonical JSON format, field by field in a fixed order, so that equal
 * events give identical bytes. Absent optional values and empty lists are left out; the event's
 * status and attendance mode and the agenda's status are always written.
 */
public final class EventJsonWriter {

    /** The version of the format this writer writes and the reader reads. */
    public static final int FORMAT_VERSION = 1;

    private final JsonGenerator out;

    private EventJsonWriter(JsonGenerator out) {
        this.out = out;
    }

    /**
     * Writes an event as one JSON object.
     *
     * @param event the event
     * @param out the generator to write to
     */
    public static void write(Event event, JsonGenerator out) {
        new EventJsonWriter(out).event(event);
    }

    private void event(Event event) {
        out.writeStartObject();
        out.writeNumberProperty("formatVersion", FORMAT_VERSION);
        out.writeStringProperty("id", event.id());
        event.kind().ifPresent(kind -> out.writeStringProperty("kind", EnumNames.of(kind)));
        out.writeStringProperty("title", event.title());
        text("subtitle", event.subtitle());
        text("description", event.description());
        strings("topics", event.topics());
        strings("audiences", event.audiences());
        strings("objectives", event.objectives());
        strings("frameworks", event.frameworks());
        strings("methodology", event.methodology());
        strings("languages", event.languages());
        array("interpretations", event.interpretations(), this::interpretation);
        array("localizations", event.localizations(), this::localization);
        out.writeStringProperty("status", EnumNames.of(event.status()));
        text("statusNote", event.statusNote());
        out.writeStringProperty("attendanceMode", EnumNames.of(event.attendanceMode()));
        if (event.revision() != 0) {
            out.writeNumberProperty("revision", event.revision());
        }
        out.writeStringProperty("zone", event.zone().getId());
        out.writeStringProperty("start", event.start().toString());
        event.previousStart().ifPresent(previous -> out.writeStringProperty("previousStart", previous.toString()));
        event.end().ifPresent(end -> out.writeStringProperty("end", end.toString()));
        event.maximumDuration().ifPresent(max -> out.writeStringProperty("maximumDuration", max.toString()));
        array("displayZones", event.displayZones(), this::displayZone);
        array("parties", event.parties(), this::party);
        references("organizers", event.organizers());
        references("partners", event.partners());
        array("contacts", event.contacts(), this::contact);
        event.venue().ifPresent(this::venue);
        array("rooms", event.rooms(), this::room);
        array("tracks", event.tracks(), this::track);
        event.onlineLocation().ifPresent(this::onlineLocation);
        event.registration().ifPresent(this::registration);
        array("deadlines", event.deadlines(), this::deadline);
        array("links", event.links(), this::link);
        out.writeName("agenda");
        agenda(event.agenda());
        out.writeEndObject();
    }

    private void displayZone(DisplayZone zone) {
        out.writeStartObject();
        out.writeStringProperty("zone", zone.zone().getId());
        out.writeStringProperty("label", zone.label());
        out.writeEndObject();
    }

    private void contact(Contact contact) {
        out.writeStartObject();
        out.writeStringProperty("party", contact.party().id());
        text("role", contact.role());
        out.writeEndObject();
    }

    private void link(Link link) {
        out.writeStartObject();
        out.writeStringProperty("url", link.url().toString());
        text("label", link.label());
        link.kind().ifPresent(kind -> out.writeStringProperty("kind", EnumNames.of(kind)));
        out.writeEndObject();
    }

    private void party(Party party) {
        out.writeStartObject();
        out.writeStringProperty("id", party.id());
        if (party instanceof Person) {
            Person person = (Person) party;
            out.writeStringProperty("type", "person");
            text("honorific", person.honorific());
            out.writeStringProperty("name", person.name());
            array("positions", person.positions(), this::position);
        } else {
            Organization organization = (Organization) party;
            out.writeStringProperty("type", "organization");
            out.writeStringProperty("name", organization.name());
            text("acronym", organization.acronym());
            organization.parent().ifPresent(p -> out.writeStringProperty("parent", p.id()));
            organization.address().ifPresent(a -> address("address", a));
        }
        text("email", party.email());
        text("phone", party.phone());
        uri("url", party.url());
        text("city", party.city());
        text("country", party.country());
        out.writeEndObject();
    }

    private void position(Position position) {
        out.writeStartObject();
        text("title", position.title());
        position.organization().ifPresent(o -> out.writeStringProperty("organization", o.id()));
        out.writeEndObject();
    }

    private void room(Room room) {
        out.writeStartObject();
        out.writeStringProperty("id", room.id());
        out.writeStringProperty("name", room.name());
        room.capacity().ifPresent(seats -> out.writeNumberProperty("capacity", seats));
        text("floor", room.floor());
        room.venue().ifPresent(this::venue);
        text("accessibility", room.accessibility());
        out.writeEndObject();
    }

    private void track(Track track) {
        out.writeStartObject();
        out.writeStringProperty("id", track.id());
        out.writeStringProperty("name", track.name());
        text("color", track.color());
        text("description", track.description());
        out.writeEndObject();
    }

    private void venue(Venue venue) {
        out.writeObjectPropertyStart("venue");
        out.writeStringProperty("name", venue.name());
        text("room", venue.room());
        venue.address().ifPresent(a -> address("address", a));
        venue.entrance().ifPresent(a -> address("entrance", a));
        venue.geo().ifPresent(this::geo);
        array("transit", venue.transit(), this::transit);
        uri("url", venue.url());
        out.writeEndObject();
    }

    private void transit(TransitAccess transit) {
        out.writeStartObject();
        out.writeStringProperty("mode", EnumNames.of(transit.mode()));
        strings("lines", transit.lines());
        out.writeStringProperty("station", transit.station());
        out.writeEndObject();
    }

    private void geo(GeoPoint geo) {
        out.writeObjectPropertyStart("geo");
        out.writeNumberProperty("latitude", geo.latitude());
        out.writeNumberProperty("longitude", geo.longitude());
        out.writeEndObject();
    }

    private void address(String name, PostalAddress address) {
        out.writeObjectPropertyStart(name);
        text("street", address.street());
        text("postalCode", address.postalCode());
        text("locality", address.locality());
        text("region", address.region());
        text("country", address.country());
        out.writeEndObject();
    }

    private void onlineLocation(OnlineLocation online) {
        out.writeObjectPropertyStart("onlineLocation");
        uri("url", online.url());
        text("platform", online.platform());
        if (online.linkSentAfterRegistration()) {
            out.writeBooleanProperty("linkSentAfterRegistration", true);
        }
        text("meetingId", online.meetingId());
        text("passcode", online.passcode());
        array("dialIns", online.dialIns(), this::dialIn);
        out.writeEndObject();
    }

    private void dialIn(DialIn dialIn) {
        out.writeStartObject();
        out.writeStringProperty("number", dialIn.number());
        text("pin", dialIn.pin());
        text("label", dialIn.label());
        out.writeEndObject();
    }

    private void registration(Registration registration) {
        out.writeObjectPropertyStart("registration");
        out.writeBooleanProperty("required", registration.required());
        uri("url", registration.url());
        registration.capacity().ifPresent(this::capacity);
        registration.deadline().ifPresent(d -> {
            out.writeName("deadline");
            deadline(d);
        });
        text("notes", registration.notes());
        out.writeEndObject();
    }

    private void capacity(Capacity capacity) {
        out.writeName("capacity");
        if (capacity.seats().isPresent()) {
            out.writeNumber(capacity.seats().getAsInt());
        } else {
            out.writeString("limited");
        }
    }

    private void deadline(Deadline deadline) {
        out.writeStartObject();
        out.writeStringProperty("kind", EnumNames.of(deadline.kind()));
        if (deadline instanceof Deadline.At at) {
            out.writeStringProperty("dateTime", at.dateTime().toString());
        } else if (deadline instanceof Deadline.Before before) {
            out.writeStringProperty("date", before.date().toString());
        } else {
            out.writeStringProperty("date", ((Deadline.Until) deadline).date().toString());
        }
        out.writeStringProperty("zone", deadline.zone().getId());
        text("subject", deadline.subject());
        text("wording", deadline.wording());
        text("block", deadline.blockId());
        out.writeEndObject();
    }

    private void agenda(Agenda agenda) {
        out.writeStartObject();
        out.writeStringProperty("status", EnumNames.of(agenda.status()));
        text("title", agenda.title());
        array("blocks", agenda.blocks(), this::block);
        out.writeEndObject();
    }

    private void block(AgendaBlock block) {
        out.writeStartObject();
        out.writeStringProperty("id", block.id());
        out.writeStringProperty("kind", EnumNames.of(block.kind()));
        text("label", block.label());
        out.writeStringProperty("title", block.title());
        text("subtitle", block.subtitle());
        text("objective", block.objective());
        text("description", block.description());
        strings("topics", block.topics());
        strings("methodology", block.methodology());
        strings("languages", block.languages());
        array("interpretations", block.interpretations(), this::interpretation);
        array("localizations", block.localizations(), this::localization);
        block.timing().ifPresent(this::timing);
        if (block.status() != BlockStatus.SCHEDULED) {
            out.writeStringProperty("status", EnumNames.of(block.status()));
        }
        text("statusNote", block.statusNote());
        block.previousStart().ifPresent(previous -> out.writeStringProperty("previousStart", previous.toString()));
        array("moderators", block.moderators(), m -> role(m.party(), EnumNames.of(m.role()), m.label(), m.remote()));
        array("participants", block.participants(),
                p -> role(p.party(), EnumNames.of(p.role()), p.label(), p.remote()));
        text("room", block.room());
        strings("overflowRooms", block.overflowRooms());
        text("track", block.track());
        block.venue().ifPresent(this::venue);
        block.registration().ifPresent(this::registration);
        block.attendanceMode().ifPresent(mode -> out.writeStringProperty("attendanceMode", EnumNames.of(mode)));
        block.onlineLocation().ifPresent(this::onlineLocation);
        strings("notes", block.notes());
        array("links", block.links(), this::link);
        block.recurrence().ifPresent(this::recurrence);
        array("children", block.children(), this::block);
        out.writeEndObject();
    }

    private void timing(Timing timing) {
        out.writeObjectPropertyStart("timing");
        if (timing instanceof Slot) {
            Slot slot = (Slot) timing;
            slot.date().ifPresent(d -> out.writeStringProperty("date", d.toString()));
            out.writeStringProperty("start", slot.start().toString());
            if (slot.endsNextDay() && slot.end().equals(LocalTime.MIDNIGHT)) {
                // Midnight at the end of the day, as programmes print it.
                out.writeStringProperty("end", "24:00");
            } else {
                out.writeStringProperty("end", slot.end().toString());
                if (slot.endsNextDay()) {
                    out.writeBooleanProperty("endsNextDay", true);
                }
            }
            slot.startOffset().ifPresent(o -> out.writeStringProperty("startOffset", o.toString()));
            slot.endOffset().ifPresent(o -> out.writeStringProperty("endOffset", o.toString()));
        } else {
            out.writeStringProperty("duration", ((DurationOnly) timing).duration().toString());
        }
        out.writeEndObject();
    }

    private void recurrence(Recurrence recurrence) {
        out.writeObjectPropertyStart("recurrence");
        out.writeStringProperty("frequency", EnumNames.of(recurrence.frequency()));
        if (recurrence.interval() != 1) {
            out.writeNumberProperty("interval", recurrence.interval());
        }
        recurrence.count().ifPresent(count -> out.writeNumberProperty("count", count));
        recurrence.until().ifPresent(until -> out.writeStringProperty("until", until.toString()));
        array("excludedDates", recurrence.excludedDates(), date -> out.writeString(date.toString()));
        out.writeEndObject();
    }

    private void role(Party party, String role, Optional<String> label, boolean remote) {
        out.writeStartObject();
        out.writeStringProperty("party", party.id());
        out.writeStringProperty("role", role);
        text("label", label);
        if (remote) {
            out.writeBooleanProperty("remote", true);
        }
        out.writeEndObject();
    }

    private void interpretation(Interpretation interpretation) {
        out.writeStartObject();
        out.writeStringProperty("language", interpretation.language());
        text("sourceLanguage", interpretation.sourceLanguage());
        text("channel", interpretation.channel());
        out.writeEndObject();
    }

    private void localization(Localization localization) {
        out.writeStartObject();
        out.writeStringProperty("language", localization.language());
        text("title", localization.title());
        text("subtitle", localization.subtitle());
        text("description", localization.description());
        out.writeEndObject();
    }

    private void references(String name, List<Party> parties) {
        array(name, parties, party -> out.writeString(party.id()));
    }

    private void strings(String name, List<String> values) {
        array(name, values, out::writeString);
    }

    /** Writes a list as an array, each element as {@code element} writes it; an empty list is left out. */
    private <T> void array(String name, List<T> elements, Consumer<T> element) {
        if (elements.isEmpty()) {
            return;
        }
        out.writeArrayPropertyStart(name);
        for (T value : elements) {
            element.accept(value);
        }
        out.writeEndArray();
    }

    private void text(String name, Optional<String> value) {
        value.ifPresent(v -> out.writeStringProperty(name, v));
    }

    private void uri(String name, Optional<URI> value) {
        value.ifPresent(v -> out.writeStringProperty(name, v.toString()));
    }
}
