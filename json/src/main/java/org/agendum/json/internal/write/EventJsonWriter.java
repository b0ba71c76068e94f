package org.agendum.json.internal.write;

import java.time.LocalTime;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockStatus;
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
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Room;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Track;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.Venue;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an event in the canonical JSON format: the event walked once, field by field in a fixed
 * order, so that equal events give identical bytes. Absent optional values and empty lists are
 * left out; the event's status and attendance mode and the agenda's status are always written.
 * Each object type of the format is one method here, listing its fields in the order of the
 * reader's table of that type; {@link FieldWriter} says how a field is written.
 */
public final class EventJsonWriter {

    /** The version of the format this writer writes and the reader reads. */
    public static final int FORMAT_VERSION = 1;

    private EventJsonWriter() {}

    /**
     * Writes an event as one JSON object.
     *
     * @param event the event
     * @param out the generator to write to
     */
    public static void write(Event event, JsonGenerator out) {
        new FieldWriter(out).document(event, EventJsonWriter::event);
    }

    private static void event(FieldWriter out, Event event) {
        out.number("formatVersion", FORMAT_VERSION);
        out.string("id", event.id());
        out.spelling("kind", event.kind());
        out.string("title", event.title());
        out.text("subtitle", event.subtitle());
        out.text("description", event.description());
        out.strings("topics", event.topics());
        out.strings("audiences", event.audiences());
        out.strings("objectives", event.objectives());
        out.strings("frameworks", event.frameworks());
        out.strings("methodology", event.methodology());
        out.strings("languages", event.languages());
        out.objects("interpretations", event.interpretations(), EventJsonWriter::interpretation);
        out.objects("localizations", event.localizations(), EventJsonWriter::localization);
        out.spelling("status", event.status());
        out.text("statusNote", event.statusNote());
        out.spelling("attendanceMode", event.attendanceMode());
        if (event.revision() != 0) {
            out.number("revision", event.revision());
        }
        out.string("zone", event.zone().getId());
        out.string("start", event.start());
        out.text("previousStart", event.previousStart());
        out.text("end", event.end());
        out.text("maximumDuration", event.maximumDuration());
        out.objects("displayZones", event.displayZones(), EventJsonWriter::displayZone);
        out.objects("parties", event.parties(), EventJsonWriter::party);
        out.references("organizers", event.organizers());
        out.references("partners", event.partners());
        out.objects("contacts", event.contacts(), EventJsonWriter::contact);
        out.object("venue", event.venue(), EventJsonWriter::venue);
        out.objects("rooms", event.rooms(), EventJsonWriter::room);
        out.objects("tracks", event.tracks(), EventJsonWriter::track);
        out.object("onlineLocation", event.onlineLocation(), EventJsonWriter::onlineLocation);
        out.object("registration", event.registration(), EventJsonWriter::registration);
        out.objects("deadlines", event.deadlines(), EventJsonWriter::deadline);
        out.objects("links", event.links(), EventJsonWriter::link);
        out.object("agenda", event.agenda(), EventJsonWriter::agenda);
    }

    private static void displayZone(FieldWriter out, DisplayZone zone) {
        out.string("zone", zone.zone().getId());
        out.string("label", zone.label());
    }

    /** A link of the event or of a block. */
    private static void link(FieldWriter out, Link link) {
        out.string("url", link.url());
        out.text("label", link.label());
        out.spelling("kind", link.kind());
    }

    private static void party(FieldWriter out, Party party) {
        out.string("id", party.id());
        if (party instanceof Person person) {
            out.string("type", "person");
            out.text("honorific", person.honorific());
            out.string("name", person.name());
            out.objects("positions", person.positions(), EventJsonWriter::position);
        } else {
            Organization organization = (Organization) party;
            out.string("type", "organization");
            out.string("name", organization.name());
            out.text("acronym", organization.acronym());
            out.text("parent", organization.parent().map(Party::id));
            out.object("address", organization.address(), EventJsonWriter::address);
        }
        out.text("email", party.email());
        out.text("phone", party.phone());
        out.text("url", party.url());
        out.text("city", party.city());
        out.text("country", party.country());
    }

    private static void position(FieldWriter out, Position position) {
        out.text("title", position.title());
        out.text("organization", position.organization().map(Party::id));
    }

    private static void contact(FieldWriter out, Contact contact) {
        out.string("party", contact.party().id());
        out.text("role", contact.role());
    }

    private static void venue(FieldWriter out, Venue venue) {
        out.string("name", venue.name());
        out.text("room", venue.room());
        out.object("address", venue.address(), EventJsonWriter::address);
        out.object("entrance", venue.entrance(), EventJsonWriter::address);
        out.object("geo", venue.geo(), EventJsonWriter::geo);
        out.objects("transit", venue.transit(), EventJsonWriter::transit);
        out.text("url", venue.url());
    }

    private static void address(FieldWriter out, PostalAddress address) {
        out.text("street", address.street());
        out.text("postalCode", address.postalCode());
        out.text("locality", address.locality());
        out.text("region", address.region());
        out.text("country", address.country());
    }

    private static void geo(FieldWriter out, GeoPoint geo) {
        out.number("latitude", geo.latitude());
        out.number("longitude", geo.longitude());
    }

    private static void transit(FieldWriter out, TransitAccess transit) {
        out.spelling("mode", transit.mode());
        out.strings("lines", transit.lines());
        out.string("station", transit.station());
    }

    private static void room(FieldWriter out, Room room) {
        out.string("id", room.id());
        out.string("name", room.name());
        room.capacity().ifPresent(seats -> out.number("capacity", seats));
        out.text("floor", room.floor());
        out.object("venue", room.venue(), EventJsonWriter::venue);
        out.text("accessibility", room.accessibility());
    }

    private static void track(FieldWriter out, Track track) {
        out.string("id", track.id());
        out.string("name", track.name());
        out.text("color", track.color());
        out.text("description", track.description());
    }

    private static void onlineLocation(FieldWriter out, OnlineLocation online) {
        out.text("url", online.url());
        out.text("platform", online.platform());
        out.flag("linkSentAfterRegistration", online.linkSentAfterRegistration());
        out.text("meetingId", online.meetingId());
        out.text("passcode", online.passcode());
        out.objects("dialIns", online.dialIns(), EventJsonWriter::dialIn);
    }

    private static void dialIn(FieldWriter out, DialIn dialIn) {
        out.string("number", dialIn.number());
        out.text("pin", dialIn.pin());
        out.text("label", dialIn.label());
    }

    private static void registration(FieldWriter out, Registration registration) {
        out.bool("required", registration.required());
        out.text("url", registration.url());
        registration.capacity().ifPresent(capacity -> {
            if (capacity.seats().isPresent()) {
                out.number("capacity", capacity.seats().getAsInt());
            } else {
                out.string("capacity", "limited");
            }
        });
        out.object("deadline", registration.deadline(), EventJsonWriter::deadline);
        out.text("notes", registration.notes());
    }

    private static void deadline(FieldWriter out, Deadline deadline) {
        out.spelling("kind", deadline.kind());
        if (deadline instanceof Deadline.At at) {
            out.string("dateTime", at.dateTime());
        } else if (deadline instanceof Deadline.Before before) {
            out.string("date", before.date());
        } else {
            out.string("date", ((Deadline.Until) deadline).date());
        }
        out.string("zone", deadline.zone().getId());
        out.text("subject", deadline.subject());
        out.text("wording", deadline.wording());
        out.text("block", deadline.blockId());
    }

    private static void agenda(FieldWriter out, Agenda agenda) {
        out.spelling("status", agenda.status());
        out.text("title", agenda.title());
        out.objects("blocks", agenda.blocks(), EventJsonWriter::block);
    }

    private static void block(FieldWriter out, AgendaBlock block) {
        out.string("id", block.id());
        out.spelling("kind", block.kind());
        out.text("label", block.label());
        out.string("title", block.title());
        out.text("subtitle", block.subtitle());
        out.text("objective", block.objective());
        out.text("description", block.description());
        out.strings("topics", block.topics());
        out.strings("methodology", block.methodology());
        out.strings("languages", block.languages());
        out.objects("interpretations", block.interpretations(), EventJsonWriter::interpretation);
        out.objects("localizations", block.localizations(), EventJsonWriter::localization);
        out.object("timing", block.timing(), EventJsonWriter::timing);
        if (block.status() != BlockStatus.SCHEDULED) {
            out.spelling("status", block.status());
        }
        out.text("statusNote", block.statusNote());
        out.text("previousStart", block.previousStart());
        out.objects("moderators", block.moderators(), EventJsonWriter::moderator);
        out.objects("participants", block.participants(), EventJsonWriter::participant);
        out.text("room", block.room());
        out.strings("overflowRooms", block.overflowRooms());
        out.text("track", block.track());
        out.object("venue", block.venue(), EventJsonWriter::venue);
        out.object("registration", block.registration(), EventJsonWriter::registration);
        out.spelling("attendanceMode", block.attendanceMode());
        out.object("onlineLocation", block.onlineLocation(), EventJsonWriter::onlineLocation);
        out.strings("notes", block.notes());
        out.objects("links", block.links(), EventJsonWriter::link);
        out.object("recurrence", block.recurrence(), EventJsonWriter::recurrence);
        out.objects("children", block.children(), EventJsonWriter::block);
    }

    private static void timing(FieldWriter out, Timing timing) {
        if (timing instanceof Slot slot) {
            out.text("date", slot.date());
            out.string("start", slot.start());
            if (slot.endsNextDay() && slot.end().equals(LocalTime.MIDNIGHT)) {
                // Midnight at the end of the day, as programmes print it.
                out.string("end", "24:00");
            } else {
                out.string("end", slot.end());
                out.flag("endsNextDay", slot.endsNextDay());
            }
            out.text("startOffset", slot.startOffset());
            out.text("endOffset", slot.endOffset());
        } else {
            out.string("duration", ((DurationOnly) timing).duration());
        }
    }

    private static void recurrence(FieldWriter out, Recurrence recurrence) {
        out.spelling("frequency", recurrence.frequency());
        if (recurrence.interval() != 1) {
            out.number("interval", recurrence.interval());
        }
        recurrence.count().ifPresent(count -> out.number("count", count));
        out.text("until", recurrence.until());
        out.strings("excludedDates", recurrence.excludedDates());
    }

    private static void moderator(FieldWriter out, Moderator moderator) {
        role(out, moderator.party(), moderator.role(), moderator.label(), moderator.remote());
    }

    private static void participant(FieldWriter out, Participant participant) {
        role(out, participant.party(), participant.role(), participant.label(), participant.remote());
    }

    private static void role(FieldWriter out, Party party, Enum<?> role, Optional<String> label, boolean remote) {
        out.string("party", party.id());
        out.spelling("role", role);
        out.text("label", label);
        out.flag("remote", remote);
    }

    private static void interpretation(FieldWriter out, Interpretation interpretation) {
        out.string("language", interpretation.language());
        out.text("sourceLanguage", interpretation.sourceLanguage());
        out.text("channel", interpretation.channel());
    }

    private static void localization(FieldWriter out, Localization localization) {
        out.string("language", localization.language());
        out.text("title", localization.title());
        out.text("subtitle", localization.subtitle());
        out.text("description", localization.description());
    }
}
