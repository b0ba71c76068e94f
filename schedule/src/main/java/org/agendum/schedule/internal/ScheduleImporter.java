package org.agendum.schedule.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Link;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Person;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Venue;
import org.agendum.schedule.ScheduleImport;
import org.agendum.schedule.internal.ScheduleDocument.Conference;
import org.agendum.schedule.internal.ScheduleDocument.Day;
import org.agendum.schedule.internal.ScheduleDocument.Speaker;
import org.agendum.schedule.internal.ScheduleDocument.Talk;
import org.agendum.schedule.internal.ScheduleDocument.TalkLink;

/**
 * Turns a {@link ScheduleDocument} into an event: the conference becomes the event, each talk of
 * each day and room a top-level block in document order, with a fixed slot on its date.
 *
 * <p>Times are wall-clock times in the conference's zone: {@code time_zone_name} when the schedule
 * states it, else the zone the reader was given, else the offset of the conference's or first
 * day's start. frab's <em>day change</em> rule applies: a talk listed under a day whose start is
 * before the day changes ({@code conference/day_change}, or else the time of the day's {@code
 * start}) happens on the following date &mdash; 31C3's "Citizenfour" at 00:00 under 27 December
 * runs in the night to the 28th. The event runs from the conference's start (a date-time) or else
 * the earliest day or talk start, to its end or else the latest day or talk end.
 */
public final class ScheduleImporter {

    private final Optional<ZoneId> fallbackZone;
    private final List<String> skipped = new ArrayList<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, Place> talkIds = new java.util.HashMap<>();

    private ScheduleImporter(Optional<ZoneId> fallbackZone) {
        this.fallbackZone = fallbackZone;
    }

    /**
     * Turns a schedule into an event.
     *
     * @param document the schedule
     * @param fallbackZone the zone of a schedule without {@code time_zone_name}
     * @return the event and what was skipped
     * @throws EventFormatException if the schedule lacks what an event needs or the model refuses a value
     */
    public static ScheduleImport toEvent(ScheduleDocument document, Optional<ZoneId> fallbackZone)
            throws EventFormatException {
        return new ScheduleImporter(fallbackZone).read(document);
    }

    private ScheduleImport read(ScheduleDocument document) throws EventFormatException {
        Conference conference = document.conference();
        ZoneId zone = zoneOf(document);
        Window window = new Window();
        List<AgendaBlock> blocks = new ArrayList<>();
        for (Day day : document.days()) {
            Optional<LocalDateTime> dayStart = day.start().map(time -> local(time, zone));
            dayStart.ifPresent(window::add);
            day.end().map(time -> local(time, zone)).ifPresent(window::add);
            LocalTime dayChange = conference.dayChange()
                    .or(() -> dayStart.map(LocalDateTime::toLocalTime)).orElse(LocalTime.MIDNIGHT);
            for (Talk talk : day.talks()) {
                blocks.add(block(talk, day.date(), dayChange, window));
            }
        }
        conference.start().map(time -> local(time, zone)).ifPresent(window::first);
        conference.end().map(time -> local(time, zone)).ifPresent(window::last);
        return new ScheduleImport(event(conference, zone, window, blocks), skipped);
    }

    private ZoneId zoneOf(ScheduleDocument document) throws EventFormatException {
        Conference conference = document.conference();
        Optional<ZoneId> zone = conference.zone().or(() -> fallbackZone)
                .or(() -> conference.start().or(() -> document.days().stream().flatMap(d -> d.start().stream()).findFirst())
                        .map(OffsetDateTime::getOffset));
        return zone.orElseThrow(() -> conference.place().at("time_zone_name").problem(Kind.MISSING_FIELD,
                "the schedule states no time zone (time_zone_name), no offset, and the reader was given no zone", null));
    }

    private static LocalDateTime local(OffsetDateTime time, ZoneId zone) {
        return time.atZoneSameInstant(zone).toLocalDateTime();
    }

    private AgendaBlock block(Talk talk, LocalDate day, LocalTime dayChange, Window window) throws EventFormatException {
        Place first = talkIds.putIfAbsent(talk.id(), talk.place());
        if (first != null) {
            throw talk.place().problem(Kind.INVALID_VALUE, "talk id " + talk.id() + " is used twice: first at "
                    + (first.line() > 0 ? "line " + first.line() : first.path()), null);
        }
        LocalDate date = talk.start().isBefore(dayChange) ? day.plusDays(1) : day;
        // frab's duration is on the wall clock of the day (a schedule has no way to say otherwise).
        LocalDateTime start = date.atTime(talk.start());
        LocalDateTime end = start.plus(talk.duration());
        window.add(start);
        window.add(end);
        try {
            AgendaBlock.Builder block = AgendaBlock.builder().id(talk.id())
                    .kind(talk.type().map(BlockKinds::kindOf).orElse(org.agendum.core.model.BlockKind.OTHER))
                    .title(talk.title()).timing(timing(talk, start, end));
            talk.subtitle().ifPresent(block::subtitle);
            description(talk).ifPresent(block::description);
            talk.room().ifPresent(block::room);
            talk.track().ifPresent(block::track);
            talk.language().ifPresent(block::addLanguage);
            for (Speaker speaker : talk.persons()) {
                block.addParticipant(Participant.speaker(person(speaker)));
            }
            for (TalkLink link : talk.links()) {
                link(link).ifPresent(block::addLink);
            }
            return block.build();
        } catch (InvariantViolationException e) {
            throw talk.place().problem(Kind.INVARIANT, "talk " + talk.id() + ": " + e.getMessage(), e);
        }
    }

    private static Timing timing(Talk talk, LocalDateTime start, LocalDateTime end) throws EventFormatException {
        LocalDate date = start.toLocalDate();
        if (end.toLocalDate().equals(date)) {
            return Timing.slot(date, start.toLocalTime(), end.toLocalTime());
        }
        if (end.toLocalDate().equals(date.plusDays(1)) && !end.toLocalTime().isAfter(start.toLocalTime())) {
            return Timing.slotToNextDay(date, start.toLocalTime(), end.toLocalTime());
        }
        throw talk.place().at("duration").problem(Kind.UNSUPPORTED,
                "talk " + talk.id() + " lasts " + talk.duration() + ": a block ends by its start time on the next day", null);
    }

    /** The abstract, then the description when it says more (FOSDEM writes both as HTML, kept as written). */
    private static Optional<String> description(Talk talk) {
        Optional<String> more = talk.description().filter(text -> !talk.summary().equals(Optional.of(text)));
        if (talk.summary().isPresent() && more.isPresent()) {
            return Optional.of(talk.summary().get() + "\n\n" + more.get());
        }
        return talk.summary().or(() -> more);
    }

    private Person person(Speaker speaker) {
        return persons.computeIfAbsent(speaker.id(),
                key -> Person.of("person-" + key.toLowerCase(Locale.ROOT), speaker.name()));
    }

    /** Reads a link, or lists it as skipped when its address is not an absolute URL. */
    private Optional<Link> link(TalkLink link) {
        Optional<Link> read = ScheduleValues.absoluteUrl(link.href())
                .map(url -> link.label().map(label -> Link.of(url, label)).orElseGet(() -> Link.of(url)))
                .map(l -> link.kind().map(l::withKind).orElse(l));
        if (read.isEmpty()) {
            skipped.add(link.place().path() + ": '" + link.href() + "' is not an absolute URL");
        }
        return read;
    }

    private static Event event(Conference conference, ZoneId zone, Window window, List<AgendaBlock> blocks)
            throws EventFormatException {
        String title = conference.title().orElseThrow(() -> conference.place().at("title")
                .problem(Kind.MISSING_FIELD, "the conference has no title", null));
        String id = conference.acronym().orElse(title).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (window.first == null) {
            throw conference.place().problem(Kind.MISSING_FIELD, "the schedule has no start, no day with a start and no talk",
                    null);
        }
        try {
            Event.Builder event = Event.builder().id(id.isEmpty() ? "schedule" : id).title(title).zone(zone)
                    .start(window.first).agenda(Agenda.builder().addAllBlocks(blocks).build());
            if (window.last.isAfter(window.first)) {
                event.end(window.last);
            }
            conference.subtitle().ifPresent(event::subtitle);
            conference.description().ifPresent(event::description);
            conference.url().ifPresent(url -> event.addLink(Link.of(url)));
            conference.venue().ifPresent(name -> event.venue(venue(name, conference.city())));
            return event.build();
        } catch (InvariantViolationException e) {
            throw conference.place().problem(Kind.INVARIANT, e.getMessage(), e);
        }
    }

    private static Venue venue(String name, Optional<String> city) {
        Venue.Builder venue = Venue.builder().name(name);
        city.ifPresent(locality -> venue.address(PostalAddress.builder().locality(locality).build()));
        return venue.build();
    }

    /** The earliest and the latest wall-clock times seen, or those the conference states. */
    private static final class Window {
        private LocalDateTime first;
        private LocalDateTime last;

        void add(LocalDateTime time) {
            first = first == null || time.isBefore(first) ? time : first;
            last = last == null || time.isAfter(last) ? time : last;
        }

        void first(LocalDateTime time) {
            first = time;
            last = last == null ? time : last;
        }

        void last(LocalDateTime time) {
            last = time;
        }
    }
}
