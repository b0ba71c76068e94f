package org.agendum.json.internal.read;

import static org.agendum.core.format.EventFormatException.Kind.INVALID_VALUE;
import static org.agendum.core.format.EventFormatException.Kind.WRONG_TYPE;
import static org.agendum.json.internal.read.Fields.list;
import static tools.jackson.core.JsonToken.VALUE_NUMBER_INT;

import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.DialIn;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Room;
import org.agendum.core.model.Track;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.TransitMode;
import org.agendum.core.model.Venue;
import org.agendum.json.internal.EnumNames;
import tools.jackson.core.JsonParser;

/**
 * Where an event happens: its venue (address, geo point, transit), its rooms and tracks, and its online
 * location.
 */
final class PlaceFields {

    private static final EnumNames.Lookup<TransitMode> TRANSIT_MODES = EnumNames.Lookup.of(TransitMode.class);

    private PlaceFields() {}

    static final Fields<PostalAddress.Builder, PostalAddress> POSTAL_ADDRESS =
            Fields.of("postalAddress", PostalAddress::builder, PostalAddress.Builder::build)
                    .optional("street", (in, a) -> a.street(in.text()))
                    .optional("postalCode", (in, a) -> a.postalCode(in.text()))
                    .optional("locality", (in, a) -> a.locality(in.text()))
                    .optional("region", (in, a) -> a.region(in.text()))
                    .optional("country", (in, a) -> a.country(in.text()))
                    .build();

    /** A geo point's coordinates, until both are read. */
    private static final class GeoDraft {
        double latitude;
        double longitude;
    }

    static final Fields<GeoDraft, GeoPoint> GEO =
            Fields.of("geo", GeoDraft::new, (GeoDraft g) -> GeoPoint.of(g.latitude, g.longitude))
                    .required("latitude", (in, g) -> g.latitude = in.number())
                    .required("longitude", (in, g) -> g.longitude = in.number())
                    .build();

    /** A transit access's fields, until all are read. */
    private static final class TransitDraft {
        TransitMode mode;
        String[] lines = {};
        String station;
    }

    static final Fields<TransitDraft, TransitAccess> TRANSIT =
            Fields.of("transit", TransitDraft::new, (TransitDraft t) -> TransitAccess.of(t.mode, t.station, t.lines))
                    .required("mode", (in, t) -> t.mode = in.enumValue(TRANSIT_MODES))
                    .optional("lines", (in, t) -> t.lines = in.texts())
                    .required("station", (in, t) -> t.station = in.text())
                    .build();

    static final Fields<Venue.Builder, Venue> VENUE = Fields.of("venue", Venue::builder, Venue.Builder::build)
            .required("name", (in, v) -> v.name(in.text()))
            .optional("room", (in, v) -> v.room(in.text()))
            .optional("address", (in, v) -> v.address(POSTAL_ADDRESS.read(in)))
            .optional("entrance", (in, v) -> v.entrance(POSTAL_ADDRESS.read(in)))
            .optional("geo", (in, v) -> v.geo(GEO.read(in)))
            .optional("transit", list(TRANSIT, Venue.Builder::addTransit))
            .optional("url", (in, v) -> v.url(in.uri()))
            .build();

    static final Fields<DialIn.Builder, DialIn> DIAL_IN = Fields.of("dialIn", DialIn::builder, DialIn.Builder::build)
            .required("number", (in, d) -> d.number(in.text()))
            .optional("pin", (in, d) -> d.pin(in.text()))
            .optional("label", (in, d) -> d.label(in.text()))
            .build();

    static final Fields<OnlineLocation.Builder, OnlineLocation> ONLINE_LOCATION =
            Fields.of("onlineLocation", OnlineLocation::builder, OnlineLocation.Builder::build)
                    .optional("url", (in, o) -> o.url(in.uri()))
                    .optional("platform", (in, o) -> o.platform(in.text()))
                    .optional("linkSentAfterRegistration", (in, o) -> o.linkSentAfterRegistration(in.bool()))
                    .optional("meetingId", (in, o) -> o.meetingId(in.text()))
                    .optional("passcode", (in, o) -> o.passcode(in.text()))
                    .optional("dialIns", list(DIAL_IN, OnlineLocation.Builder::addDialIn))
                    .build();

    static final Fields<Room.Builder, Room> ROOM = Fields.of("room", Room::builder, Room.Builder::build)
            .required("id", (in, r) -> r.id(in.text()))
            .required("name", (in, r) -> r.name(in.text()))
            .optional("capacity", (in, r) -> r.capacity(seats(in)))
            .optional("floor", (in, r) -> r.floor(in.text()))
            .optional("venue", (in, r) -> r.venue(VENUE.read(in)))
            .optional("accessibility", (in, r) -> r.accessibility(in.text()))
            .build();

    static final Fields<Track.Builder, Track> TRACK = Fields.of("track", Track::builder, Track.Builder::build)
            .required("id", (in, t) -> t.id(in.text()))
            .required("name", (in, t) -> t.name(in.text()))
            .optional("color", (in, t) -> t.color(in.text()))
            .optional("description", (in, t) -> t.description(in.text()))
            .build();

    /** A room's capacity: a whole number of seats that fits an {@code int}; the room checks it is positive. */
    private static int seats(JsonInput in) {
        JsonParser parser = in.in;
        if (parser.currentToken() == VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue();
        }
        throw in.problem(parser.currentToken().isNumeric() ? INVALID_VALUE : WRONG_TYPE,
                "capacity must be a whole number of seats, not " + in.describe());
    }
}
