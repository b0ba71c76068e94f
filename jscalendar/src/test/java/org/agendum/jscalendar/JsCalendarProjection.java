package org.agendum.jscalendar;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.GeoPoint;
import org.agendum.core.model.Link;
import org.agendum.core.model.Localization;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Party;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Venue;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.Timetable;

/**
 * What a JSCalendar round trip keeps of an event, as docs/JSCALENDAR.md's loss table says: an
 * event's projection equals its read-back's projection. Written from the table, field by field,
 * sharing nothing with the format's code; times are compared as the instants the two events'
 * timetables give, so a block's timing may change form (a duration becomes a slot) but not its
 * place on the time-line.
 */
record JsCalendarProjection(String id, String title, Optional<String> description, List<String> topics,
        String status, int revision, String zone, String start, Optional<Instant> end, Optional<String> language,
        List<String> localizations, Optional<String> kind, Optional<String> venue, Optional<String> online,
        List<String> links, List<String> organizers, List<BlockProjection> blocks) {

    /**
     * What a block keeps.
     *
     * @param id its id
     * @param parent its parent's id, or empty at the top level
     * @param text its kind, title, description, topics, first language, track and status
     * @param places its room, overflow rooms, venue and online location
     * @param links its links
     * @param people its moderators and participants
     * @param localizations its localizations' titles and descriptions
     * @param recurrence its recurrence
     * @param spans the instants of its sessions, from the timetable
     */
    record BlockProjection(String id, Optional<String> parent, List<Object> text, List<Object> places,
            List<String> links, List<String> people, List<String> localizations, Optional<String> recurrence,
            List<String> spans) {}

    /** The projection of an event. */
    static JsCalendarProjection of(Event event) {
        ZonedDateTime start = ZonedDateTime.of(event.start(), event.zone());
        Optional<Instant> end = event.end().map(e -> ZonedDateTime.of(e, event.zone()).toInstant())
                .or(() -> event.maximumDuration().map(d -> start.plus(d).toInstant()));
        List<BlockProjection> blocks = new ArrayList<>();
        Timetable timetable = Timetable.of(event);
        blocks(event.agenda().blocks(), Optional.empty(), timetable, blocks);
        return new JsCalendarProjection(event.id(), event.title(), event.description(), event.topics(),
                status(event.status().name()), event.revision(), event.zone().getId(), event.start().toString(), end,
                event.defaultLanguage(), localizations(event.localizations()),
                event.kind().map(Enum::name), event.venue().map(JsCalendarProjection::venue),
                event.onlineLocation().flatMap(JsCalendarProjection::online), links(event.links()),
                event.organizers().stream().map(JsCalendarProjection::party).collect(Collectors.toList()), blocks);
    }

    private static void blocks(List<AgendaBlock> level, Optional<String> parent, Timetable timetable,
            List<BlockProjection> out) {
        for (AgendaBlock block : level) {
            List<String> spans = timetable.blocks().stream().filter(b -> b.id().equals(block.id()))
                    .map(ScheduledBlock::span).flatMap(Optional::stream)
                    .map(s -> s.start().toInstant() + "/" + s.end().toInstant()).collect(Collectors.toList());
            // One JSCalendar participant per party: a party's roles are read back in the order the
            // parties first appear, moderators before participants.
            List<Party> order = new ArrayList<>();
            block.moderators().forEach(m -> order.add(m.party()));
            block.participants().forEach(p -> order.add(p.party()));
            List<String> people = new ArrayList<>();
            for (Moderator moderator : block.moderators()) {
                people.add("moderator " + moderator.role() + " " + party(moderator.party()));
            }
            block.participants().stream().sorted(java.util.Comparator.comparingInt(p -> order.indexOf(p.party())))
                    .forEach(p -> people.add("participant " + p.role() + " " + party(p.party())));
            out.add(new BlockProjection(block.id(), parent,
                    List.of(block.kind(), block.title(), block.description(), block.topics(),
                            block.languages().stream().findFirst(), block.track(), status(block.status().name())),
                    List.of(block.room(), block.overflowRooms(), block.venue().map(JsCalendarProjection::venue),
                            block.onlineLocation().flatMap(JsCalendarProjection::online)),
                    links(block.links()), people, localizations(block.localizations()),
                    block.recurrence().map(JsCalendarProjection::recurrence), spans));
            blocks(block.children(), Optional.of(block.id()), timetable, out);
        }
    }

    /** RFC 8984 has three statuses: postponed is tentative, rescheduled confirmed. */
    private static String status(String status) {
        switch (status) {
            case "PROVISIONAL":
            case "POSTPONED":
                return "tentative";
            case "CANCELLED":
                return "cancelled";
            default:
                return "confirmed";
        }
    }

    private static String venue(Venue venue) {
        return venue.name() + " " + venue.geo().map(GeoPoint::toString).orElse("");
    }

    private static Optional<String> online(OnlineLocation online) {
        return online.url().map(URI::toString).map(url -> url + " " + online.platform().orElse(""));
    }

    private static List<String> links(List<Link> links) {
        return links.stream().map(link -> link.url() + " " + link.label().orElse("")).collect(Collectors.toList());
    }

    private static String party(Party party) {
        return (party instanceof Organization ? "organization " : "person ") + party.id() + " " + party.name();
    }

    private static List<String> localizations(List<Localization> localizations) {
        return localizations.stream().filter(l -> l.title().isPresent() || l.description().isPresent())
                .map(l -> l.language() + " " + l.title() + " " + l.description()).collect(Collectors.toList());
    }

    private static String recurrence(Recurrence recurrence) {
        return recurrence.frequency() + " every " + recurrence.interval() + " count " + recurrence.count()
                + " until " + recurrence.until() + " except " + recurrence.excludedDates();
    }
}
