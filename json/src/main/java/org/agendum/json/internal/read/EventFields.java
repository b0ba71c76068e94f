package org.agendum.json.internal.read;

import static org.agendum.core.format.EventFormatException.Kind.INVALID_VALUE;
import static org.agendum.core.format.EventFormatException.Kind.WRONG_TYPE;
import static org.agendum.json.internal.read.Fields.list;
import static tools.jackson.core.JsonToken.VALUE_NUMBER_INT;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Contact;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventKind;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.Party;
import org.agendum.json.internal.EnumNames;
import tools.jackson.core.JsonParser;

/**
 * The event, the document's root, and the small objects that only it holds: display zones,
 * contacts and links. {@link #all()} lists every table of the format.
 */
public final class EventFields {

    private static final EnumNames.Lookup<EventKind> EVENT_KINDS = EnumNames.Lookup.of(EventKind.class);
    private static final EnumNames.Lookup<LinkKind> LINK_KINDS = EnumNames.Lookup.of(LinkKind.class);
    private static final EnumNames.Lookup<EventStatus> EVENT_STATUSES = EnumNames.Lookup.of(EventStatus.class);
    static final EnumNames.Lookup<AttendanceMode> ATTENDANCE_MODES = EnumNames.Lookup.of(AttendanceMode.class);

    private EventFields() {}

    /** A display zone's fields, until both are read. */
    private static final class DisplayZoneDraft {
        ZoneId zone;
        String label;
    }

    static final Fields<DisplayZoneDraft, DisplayZone> DISPLAY_ZONE =
            Fields.of("displayZone", DisplayZoneDraft::new, (DisplayZoneDraft d) -> DisplayZone.of(d.zone, d.label))
                    .required("zone", (in, d) -> d.zone = in.zone())
                    .required("label", (in, d) -> d.label = in.text())
                    .build();

    /** A contact's fields, until both are read. */
    private static final class ContactDraft {
        Party party;
        String role;
    }

    static final Fields<ContactDraft, Contact> CONTACT =
            Fields.of("contact", ContactDraft::new,
                    (ContactDraft d) -> d.role == null ? Contact.of(d.party) : Contact.of(d.party).withRole(d.role))
                    .required("party", (in, d) -> d.party = in.party())
                    .optional("role", (in, d) -> d.role = in.text())
                    .build();

    /** A link's fields, until all are read. */
    private static final class LinkDraft {
        URI url;
        String label;
        LinkKind kind;

        Link link() {
            Link link = label == null ? Link.of(url) : Link.of(url, label);
            return kind == null ? link : link.withKind(kind);
        }
    }

    static final Fields<LinkDraft, Link> LINK =
            Fields.of("link", LinkDraft::new, LinkDraft::link)
                    .required("url", (in, d) -> d.url = in.uri())
                    .optional("label", (in, d) -> d.label = in.text())
                    .optional("kind", (in, d) -> d.kind = in.enumValue(LINK_KINDS))
                    .build();

    /**
     * The event. Its {@code formatVersion} is checked before any other field and its {@code
     * parties} listed as soon as they are met ({@link EventJsonReader}); here they are only
     * skipped when met again in a buffered root.
     */
    static final Fields<Event.Builder, Event> EVENT = Fields.of("event", Event::builder, Event.Builder::build)
            .required("formatVersion", (in, e) -> in.skip())
            .required("id", (in, e) -> e.id(in.text()))
            .optional("kind", (in, e) -> e.kind(in.enumValue(EVENT_KINDS)))
            .required("title", (in, e) -> e.title(in.text()))
            .optional("subtitle", (in, e) -> e.subtitle(in.text()))
            .optional("description", (in, e) -> e.description(in.text()))
            .optional("topics", (in, e) -> e.addTopics(in.texts()))
            .optional("audiences", (in, e) -> e.addAudiences(in.texts()))
            .optional("objectives", (in, e) -> e.addObjectives(in.texts()))
            .optional("frameworks", (in, e) -> e.addFrameworks(in.texts()))
            .optional("methodology", (in, e) -> e.addMethodology(in.texts()))
            .optional("languages", (in, e) -> e.addLanguages(in.texts()))
            .optional("interpretations", list(LanguageFields.INTERPRETATION, Event.Builder::addInterpretation))
            .optional("localizations", list(LanguageFields.LOCALIZATION, Event.Builder::addLocalization))
            .optional("status", (in, e) -> e.status(in.enumValue(EVENT_STATUSES)))
            .optional("statusNote", (in, e) -> e.statusNote(in.text()))
            .optional("attendanceMode", (in, e) -> e.attendanceMode(in.enumValue(ATTENDANCE_MODES)))
            .optional("revision", (in, e) -> e.revision(revision(in)))
            .required("zone", (in, e) -> e.zone(in.zone()))
            .required("start", (in, e) -> e.start(in.dateTime(in.text(), "a local date-time such as 2021-06-11T13:00")))
            .optional("previousStart", (in, e) -> e.previousStart(in.dateTime(in.text(), "a local date-time such as 2021-06-04T13:00")))
            .optional("end", (in, e) -> e.end(in.dateTime(in.text(), "a local date-time such as 2021-06-11T14:30")))
            .optional("maximumDuration", (in, e) -> e.maximumDuration(in.duration()))
            .optional("displayZones", list(DISPLAY_ZONE, Event.Builder::addDisplayZone))
            .optional("parties", (in, e) -> in.parties.listOrSkip())
            .optional("organizers", list(JsonInput::party, Event.Builder::addOrganizer))
            .optional("partners", list(JsonInput::party, Event.Builder::addPartner))
            .optional("contacts", list(CONTACT, Event.Builder::addContact))
            .optional("venue", (in, e) -> e.venue(PlaceFields.VENUE.read(in)))
            .optional("rooms", list(PlaceFields.ROOM, Event.Builder::addRoom))
            .optional("tracks", list(PlaceFields.TRACK, Event.Builder::addTrack))
            .optional("onlineLocation", (in, e) -> e.onlineLocation(PlaceFields.ONLINE_LOCATION.read(in)))
            .optional("registration", (in, e) -> e.registration(RegistrationFields.REGISTRATION.read(in)))
            .optional("deadlines", list(RegistrationFields.DEADLINE, Event.Builder::addDeadline))
            .optional("links", list(LINK, Event.Builder::addLink))
            .required("agenda", (in, e) -> e.agenda(AgendaFields.AGENDA.read(in)))
            .build();

    /** A revision: a whole number from 0 to {@link Integer#MAX_VALUE}, written without a fraction. */
    private static int revision(JsonInput in) {
        JsonParser parser = in.in;
        if (parser.currentToken() == VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                && parser.getIntValue() >= 0) {
            return parser.getIntValue();
        }
        throw in.problem(parser.currentToken().isNumeric() ? INVALID_VALUE : WRONG_TYPE,
                "revision must be a whole number from 0 to " + Integer.MAX_VALUE + ", not " + in.describe());
    }

    /**
     * Returns the table of every object type of the format, the event first.
     *
     * @return the tables
     */
    public static List<Fields<?, ?>> all() {
        return List.of(EVENT, DISPLAY_ZONE, PartyFields.PERSON, PartyFields.ORGANIZATION, PartyFields.POSITION,
                PlaceFields.POSTAL_ADDRESS, CONTACT, PlaceFields.VENUE, PlaceFields.GEO, PlaceFields.TRANSIT,
                PlaceFields.ROOM, PlaceFields.TRACK,
                PlaceFields.ONLINE_LOCATION, PlaceFields.DIAL_IN, RegistrationFields.REGISTRATION, RegistrationFields.DEADLINE, LINK,
                AgendaFields.AGENDA, AgendaFields.BLOCK, AgendaFields.TIMING, SeriesFields.RECURRENCE,
                AgendaFields.MODERATOR, AgendaFields.PARTICIPANT, LanguageFields.INTERPRETATION,
                LanguageFields.LOCALIZATION);
    }
}
