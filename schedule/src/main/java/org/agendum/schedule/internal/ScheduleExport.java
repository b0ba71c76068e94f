package org.agendum.schedule.internal;

import java.net.URI;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Venue;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.Timetable;

/**
 * An event laid out as a schedule, which the XML and JSON writers print: the conference, then its
 * days in order of date, each with its rooms in order of first use and their talks in agenda order.
 * Every block of the {@linkplain Timetable timetable} with a span is a talk, each session of a
 * series one; a cancelled block and a block without a span (a child without timing) are not. A
 * day is the event's start date or a date on which a talk starts. A schedule's times are whole
 * minutes: a talk starts at the minute its block starts and ends at the end of the minute its
 * block ends in.
 *
 * @param title the conference's title
 * @param acronym the {@linkplain #acronymOf(String) acronym}
 * @param zone the zone's id
 * @param start when the event starts
 * @param end when it ends: its end, else the end of its last talk, else its start
 * @param url the event's first http(s) link
 * @param description the event's description
 * @param tracks the tracks of the talks, in order of first use
 * @param rooms the rooms of the talks, in order of first use
 * @param days the days
 */
public record ScheduleExport(String title, String acronym, String zone, OffsetDateTime start, OffsetDateTime end,
        Optional<URI> url, Optional<String> description, List<String> tracks, List<String> rooms, List<Day> days) {

    /**
     * A day.
     *
     * @param index its 1-based index
     * @param date its date
     * @param start the earliest start of its talks, or of the event when it starts that day
     * @param end the latest end of its talks, or the end of the day
     * @param rooms its rooms and their talks
     */
    public record Day(int index, LocalDate date, OffsetDateTime start, OffsetDateTime end, Map<String, List<Talk>> rooms) {}

    /**
     * A talk.
     *
     * @param id its integer id
     * @param guid its name-based UUID
     * @param slug the acronym, a hyphen and the id
     * @param date when it starts
     * @param duration its wall-clock length, {@code HH:MM} (hours may pass 23)
     * @param room its room
     * @param block the block
     * @param persons its moderators and participants, each once, with their integer ids
     * @param links its http(s) links
     * @param url its first link, else the conference's web site, else {@code urn:uuid:} and its guid
     */
    public record Talk(long id, UUID guid, String slug, OffsetDateTime date, String duration, String room, AgendaBlock block,
            Map<Long, String> persons, List<Link> links, URI url) {}

    /**
     * Lays an event out.
     *
     * @param event the event
     * @return the schedule
     */
    public static ScheduleExport of(Event event) {
        Timetable timetable = Timetable.of(event);
        List<ScheduledBlock> talks = timetable.blocks().stream()
                .filter(b -> b.span().isPresent() && b.block().status() != BlockStatus.CANCELLED).toList();
        Map<String, Long> ids = NumericIds.assign(talks.stream().map(ScheduledBlock::occurrenceId).toList(),
                event.id() + "/block");
        Map<String, Long> partyIds = NumericIds.assign(talks.stream().flatMap(t -> parties(t.block()).stream())
                .map(Party::id).distinct().toList(), event.id() + "/party");
        String acronym = acronymOf(event.id());
        Optional<URI> url = absoluteLinks(event.links()).stream().map(Link::url).filter(ScheduleValues::isWeb).findFirst();
        ZonedDateTime start = timetable.eventStart();
        TreeMap<LocalDate, List<ScheduledBlock>> byDate = new TreeMap<>();
        byDate.put(start.toLocalDate(), new ArrayList<>());
        LinkedHashSet<String> tracks = new LinkedHashSet<>();
        LinkedHashSet<String> rooms = new LinkedHashSet<>();
        ZonedDateTime last = start;
        for (ScheduledBlock talk : talks) {
            byDate.computeIfAbsent(floor(talk.span().orElseThrow().start()).toLocalDate(), date -> new ArrayList<>()).add(talk);
            talk.block().track().ifPresent(tracks::add);
            rooms.add(roomOf(event, talk.block()));
            last = talk.span().orElseThrow().end().isAfter(last) ? talk.span().orElseThrow().end() : last;
        }
        List<Day> days = new ArrayList<>();
        for (Map.Entry<LocalDate, List<ScheduledBlock>> date : byDate.entrySet()) {
            ZonedDateTime dayStart = date.getKey().equals(start.toLocalDate()) ? floor(start) : null;
            ZonedDateTime dayEnd = null;
            Map<String, List<Talk>> dayRooms = new LinkedHashMap<>();
            for (ScheduledBlock scheduled : date.getValue()) {
                ZonedDateTime from = floor(scheduled.span().orElseThrow().start());
                ZonedDateTime to = ceiling(scheduled.span().orElseThrow().end());
                dayStart = dayStart == null || from.isBefore(dayStart) ? from : dayStart;
                dayEnd = dayEnd == null || to.isAfter(dayEnd) ? to : dayEnd;
                Talk talk = talk(event, scheduled, ids.get(scheduled.occurrenceId()), partyIds, url, acronym, from, to);
                dayRooms.computeIfAbsent(talk.room(), room -> new ArrayList<>()).add(talk);
            }
            ZonedDateTime end = dayEnd == null ? date.getKey().plusDays(1).atStartOfDay(timetable.zone()) : dayEnd;
            days.add(new Day(days.size() + 1, date.getKey(), dayStart.toOffsetDateTime(), end.toOffsetDateTime(), dayRooms));
        }
        ZonedDateTime end = timetable.eventEnd().orElse(last);
        return new ScheduleExport(event.title(), acronym, event.zone().getId(), start.toOffsetDateTime(),
                end.toOffsetDateTime(), url, event.description(), List.copyOf(tracks), List.copyOf(rooms), days);
    }

    private static Talk talk(Event event, ScheduledBlock scheduled, long id, Map<String, Long> partyIds, Optional<URI> url,
            String acronym, ZonedDateTime from, ZonedDateTime to) {
        UUID guid = NumericIds.guid(event.id() + "/" + scheduled.occurrenceId());
        Map<Long, String> persons = new LinkedHashMap<>();
        parties(scheduled.block()).forEach(party -> persons.put(partyIds.get(party.id()), party.name()));
        List<Link> links = absoluteLinks(scheduled.block().links());
        URI talkUrl = links.stream().findFirst().map(Link::url).or(() -> url).orElseGet(() -> URI.create("urn:uuid:" + guid));
        return new Talk(id, guid, acronym + "-" + id, from.toOffsetDateTime(),
                hoursMinutes(Duration.between(from.toLocalDateTime(), to.toLocalDateTime())),
                roomOf(event, scheduled.block()), scheduled.block(), persons, links, talkUrl);
    }

    /** Returns a time on the wall clock's minute, as a schedule writes it: seconds dropped. */
    private static ZonedDateTime floor(ZonedDateTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES);
    }

    /** Returns the end of the minute a time falls in, or the time itself on a whole minute. */
    private static ZonedDateTime ceiling(ZonedDateTime time) {
        ZonedDateTime floor = floor(time);
        return floor.equals(time) ? time : floor.plusMinutes(1);
    }

    /**
     * Returns the acronym of an event id, as the voc schema and XSD want it: lower-case ASCII letters,
     * digits and underscores, at least four, no hyphen ({@code gobiernos-locales-2021} is {@code
     * gobiernos_locales_2021}): accents are dropped, every other character is an underscore, and a
     * short id is padded with underscores.
     *
     * @param eventId the event's id
     * @return the acronym
     */
    public static String acronymOf(String eventId) {
        String ascii = Normalizer.normalize(eventId, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder acronym = new StringBuilder(ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
        while (acronym.length() < 4) {
            acronym.append('_');
        }
        return acronym.toString();
    }

    /** Returns a duration as {@code HH:MM}, hours and minutes (seconds dropped; hours may pass 23). */
    static String hoursMinutes(Duration duration) {
        return String.format(Locale.ROOT, "%02d:%02d", duration.toHours(), duration.toMinutesPart());
    }

    /** The room a talk is in: its own, else the venue's room or name, else the event's title. */
    private static String roomOf(Event event, AgendaBlock block) {
        return block.room().or(() -> event.venue().flatMap(Venue::room))
                .or(() -> event.venue().map(Venue::name)).orElse(event.title());
    }

    private static List<Party> parties(AgendaBlock block) {
        LinkedHashMap<String, Party> parties = new LinkedHashMap<>();
        block.moderators().stream().map(Moderator::party).forEach(p -> parties.putIfAbsent(p.id(), p));
        block.participants().stream().map(Participant::party).forEach(p -> parties.putIfAbsent(p.id(), p));
        return List.copyOf(parties.values());
    }

    private static List<Link> absoluteLinks(List<Link> links) {
        return links.stream().filter(l -> ScheduleValues.absoluteUrl(l.url().toString()).isPresent()).toList();
    }
}
