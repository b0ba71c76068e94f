package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Room;
import org.agendum.core.model.Track;
import org.agendum.core.model.Venue;
import org.junit.jupiter.api.Test;

/**
 * A two-track conference with declared rooms: the publish profile's LOCATION names each block's room by
 * name (with its floor and the place it is in), as ical4j reads it back; the instants follow the layout
 * per track (against {@link ExpectedInstants}); the rich profile keeps everything.
 */
class IcsRoomsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    private static Event conference() {
        Venue kicc = Venue.builder().name("KICC")
                .address(PostalAddress.builder().street("Harambee Avenue").locality("Nairobi").build()).build();
        return Event.builder().id("foro-2025").title("Foro").zone(ZoneId.of("Africa/Nairobi"))
                .start(LocalDateTime.of(2025, 3, 4, 9, 0))
                .venue(kicc)
                .addRooms(Room.builder().id("aud").name("Auditorio").floor("Planta baja").build(),
                        Room.of("b", "Sala B"),
                        Room.builder().id("anexo").name("Anexo").venue(Venue.builder().name("Hotel Hilton").build()).build())
                .addTracks(Track.of("policy", "Policy"), Track.of("research", "Research"))
                .agenda(Agenda.compose()
                        .block(Duration.ofMinutes(30), BlockKind.OPENING, "Apertura").id("apertura").room("aud")
                        .overflowRooms("b")
                        .block(Duration.ofMinutes(45), BlockKind.WORKSHOP, "Taller A").id("taller-a").room("b").track("policy")
                        .block(Duration.ofMinutes(30), BlockKind.WORKSHOP, "Taller B").id("taller-b").room("anexo")
                        .track("research")
                        .block(Duration.ofMinutes(30), BlockKind.WORKSHOP, "Taller B2").id("taller-b2").room("anexo")
                        .track("research")
                        .block(Duration.ofHours(2), BlockKind.MEAL, "Cena").id("cena")
                        .venue(Venue.builder().name("Restaurante El Puerto").build())
                        .toAgenda())
                .build();
    }

    /** Each VEVENT's LOCATION by UID, as ical4j reads the document. */
    private static Map<String, String> locations(String document) throws IOException, ParserException {
        Map<String, String> locations = new TreeMap<>();
        for (VEvent vevent : new CalendarBuilder().build(new StringReader(document)).<VEvent>getComponents(Component.VEVENT)) {
            locations.put(vevent.<Property>getProperty(Property.UID).orElseThrow().getValue(),
                    vevent.<Property>getProperty(Property.LOCATION).map(Property::getValue).orElse(""));
        }
        return locations;
    }

    @Test
    void publishLocation_namesTheRoom_neverItsId_withItsFloorAndThePlaceItIsIn() throws Exception {
        String document = IcsEventFormat.create().withClock(CLOCK).toIcs(conference());

        assertThat(locations(document)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "foro-2025@agendum", "KICC, Harambee Avenue, Nairobi",
                "foro-2025.apertura@agendum", "Auditorio, Planta baja, KICC, Harambee Avenue, Nairobi",
                "foro-2025.taller-a@agendum", "Sala B, KICC, Harambee Avenue, Nairobi",
                "foro-2025.taller-b@agendum", "Anexo, Hotel Hilton",
                "foro-2025.taller-b2@agendum", "Anexo, Hotel Hilton",
                "foro-2025.cena@agendum", "Restaurante El Puerto"));
    }

    @Test
    void theInstants_followTheLayoutPerTrack_asIcal4jReadsThem() {
        Event conference = conference();
        String document = IcsEventFormat.create().withClock(CLOCK).toIcs(conference);

        IcsChecks.assertIcal4jInstantsAgreeWithTimetable(conference, document);
        // By hand: both tracks follow the opening (09:30); the dinner follows the last track to end (10:30).
        assertThat(IcsChecks.line(document, "foro-2025.taller-a@agendum", "DTSTART")).endsWith("20250304T093000");
        assertThat(IcsChecks.line(document, "foro-2025.taller-b@agendum", "DTSTART")).endsWith("20250304T093000");
        assertThat(IcsChecks.line(document, "foro-2025.taller-b2@agendum", "DTSTART")).endsWith("20250304T100000");
        assertThat(IcsChecks.line(document, "foro-2025.cena@agendum", "DTSTART")).endsWith("20250304T103000");
    }

    /** Each VEVENT's GEO by UID, as ical4j reads the document; blank where it has none. */
    private static Map<String, String> geos(String document) throws IOException, ParserException {
        Map<String, String> geos = new TreeMap<>();
        for (VEvent vevent : new CalendarBuilder().build(new StringReader(document)).<VEvent>getComponents(Component.VEVENT)) {
            geos.put(vevent.<Property>getProperty(Property.UID).orElseThrow().getValue(),
                    vevent.<Property>getProperty(Property.GEO).map(Property::getValue).orElse(""));
        }
        return geos;
    }

    @Test
    void publishGeo_isTheVenueTheBlockIsHeldAt_itsOwnElseItsRoomsElseTheEvents() throws Exception {
        Event conference = conference();
        Event located = conference
                .withVenue(conference.venue().orElseThrow().withGeo(GeoPoint.of(-1.2884, 36.8233)))
                .withRooms(conference.rooms().get(0), conference.rooms().get(1), conference.rooms().get(2)
                        .withVenue(Venue.builder().name("Hotel Hilton").geo(GeoPoint.of(-1.2847, 36.8219)).build()))
                .withAgenda(conference.agenda().withBlocks(conference.agenda().blocks().stream()
                        .map(b -> b.venue().isPresent()
                                ? b.withVenue(b.venue().get().withGeo(GeoPoint.of(-4.0435, 39.6682))) : b)
                        .toList()));

        String document = IcsEventFormat.create().withClock(CLOCK).toIcs(located);

        assertThat(geos(document)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "foro-2025@agendum", "-1.2884;36.8233",
                "foro-2025.apertura@agendum", "-1.2884;36.8233",
                "foro-2025.taller-a@agendum", "-1.2884;36.8233",
                "foro-2025.taller-b@agendum", "-1.2847;36.8219",
                "foro-2025.taller-b2@agendum", "-1.2847;36.8219",
                "foro-2025.cena@agendum", "-4.0435;39.6682"));
    }

    @Test
    void theRichProfile_readsRoomsTracksVenuesAndOverflowRoomsBack() throws EventFormatException {
        Event conference = conference();
        IcsEventFormat rich = IcsEventFormat.create().withClock(CLOCK).withProfile(IcsEventFormat.Profile.RICH);

        assertThat(rich.fromIcs(rich.toIcs(conference))).isEqualTo(conference);
    }
}
