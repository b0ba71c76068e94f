package org.agendum.jscalendar.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Venue;

/**
 * Builds agenda blocks, and the event's places and organizers, from entries: times converted to
 * the event's zone, people made parties once per participant key, so that the same key in two
 * blocks is one party.
 */
final class BlockReader {

    private final ZoneId zone;
    private final Map<String, Party> parties = new HashMap<>();

    BlockReader(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * A block from an entry.
     *
     * @param inSeries whether it is part of a series: its slot has no date, so that it repeats
     * @param children its child blocks, already built
     */
    AgendaBlock block(Entry entry, boolean inSeries, List<AgendaBlock> children) throws EventFormatException {
        AgendaBlock.Builder block = start(entry, JsValues.idInUid(entry.uid()).orElse(entry.uid()));
        BlockKind kind = BlockKind.OTHER;
        if (entry.kind().isPresent()) {
            kind = Vocabulary.enumOf(BlockKind.class, entry.kind().get()).orElseThrow(() -> JsonIn.problem(
                    Kind.INVALID_VALUE, "not a kind of block: " + entry.kind().get(), entry.pointer() + "/" + Vocabulary.KIND));
        }
        block.kind(kind);
        if (!entry.untimed()) {
            slot(entry, inSeries).ifPresent(block::timing);
        }
        entry.track().ifPresent(block::track);
        // The venue; the first other location is the room, unless marked as an overflow room.
        boolean roomSet = false;
        for (Entry.Place place : entry.places()) {
            if (place.key().equals(Vocabulary.VENUE_KEY)) {
                block.venue(venue(entry, place));
            } else if (place.overflow() || roomSet) {
                block.addOverflowRoom(JsValues.fromId(place.key()));
            } else {
                block.room(JsValues.fromId(place.key()));
                roomSet = true;
            }
        }
        if (entry.rule().isPresent()) {
            block.recurrence(recurrence(entry));
        }
        return build(entry, block.addAllChildren(children));
    }

    /** The series block of an entry that is the event and recurs: the event's sessions. */
    AgendaBlock series(Entry root) throws EventFormatException {
        AgendaBlock.Builder block = start(root, "sessions").kind(BlockKind.OTHER);
        block.timing(slot(root, false).orElseThrow(() -> JsonIn.problem(Kind.UNSUPPORTED,
                "a recurring event without a duration is not read: a series needs sessions with an end",
                root.pointer() + "/duration")));
        return build(root, block.recurrence(recurrence(root)));
    }

    /** A block's builder with what every entry gives: id, texts, status, languages, links, people. */
    private AgendaBlock.Builder start(Entry entry, String id) throws EventFormatException {
        AgendaBlock.Builder block = AgendaBlock.builder().id(id)
                .title(entry.title().orElseThrow(() -> JsonIn.problem(Kind.MISSING_FIELD,
                        "the block has no 'title': agendum needs one", entry.pointer() + "/title")))
                .description(entry.description())
                .addAllTopics(entry.topics())
                .addAllLocalizations(entry.localizations())
                .status(BlockStatus.valueOf(Vocabulary.eventStatus(entry.status())
                        .orElseThrow(() -> JsCalendarReader.badStatus(entry)).name()))
                .addAllLinks(entry.links());
        entry.locale().ifPresent(block::addLanguage);
        online(entry).ifPresent(block::onlineLocation);
        for (Entry.Person person : entry.people()) {
            for (String role : person.roles()) {
                Optional<ModeratorRole> moderator = Vocabulary.moderatorRole(role).filter(r -> role.startsWith(Vocabulary.VENDOR));
                Optional<ParticipantRole> speaker = Vocabulary.participantRole(role).filter(r -> role.startsWith(Vocabulary.VENDOR));
                if (moderator.isPresent()) {
                    block.addModerator(Moderator.of(party(person), moderator.get()));
                } else if (speaker.isPresent()) {
                    block.addParticipant(Participant.of(party(person), speaker.get()));
                } else if (role.equals("chair") && person.roles().stream().noneMatch(r -> r.startsWith(Vocabulary.VENDOR))) {
                    block.addModerator(Moderator.moderator(party(person)));
                }
            }
        }
        return block;
    }

    private static AgendaBlock build(Entry entry, AgendaBlock.Builder block) throws EventFormatException {
        try {
            return block.build();
        } catch (InvariantViolationException e) {
            throw EventFormatException.atPointer(Kind.INVARIANT, e.getMessage(), entry.pointer(), e);
        }
    }

    /** The participants of an entry with the role {@code owner}, as parties. */
    List<Party> organizers(Entry entry) throws EventFormatException {
        List<Party> organizers = new ArrayList<>();
        for (Entry.Person person : entry.people()) {
            if (person.roles().contains("owner")) {
                organizers.add(party(person));
            }
        }
        return organizers;
    }

    private Party party(Entry.Person person) throws EventFormatException {
        Party known = parties.get(person.key());
        if (known != null) {
            return known;
        }
        String id = JsValues.fromId(person.key());
        try {
            Party party = person.group() ? Organization.of(id, person.name()) : Person.of(id, person.name());
            parties.put(person.key(), party);
            return party;
        } catch (InvariantViolationException e) {
            throw EventFormatException.atPointer(Kind.INVARIANT, e.getMessage(), person.pointer(), e);
        }
    }

    /** The event's venue: the location {@code venue}, else the first. */
    Optional<Venue> venue(Entry entry) throws EventFormatException {
        Entry.Place chosen = null;
        for (Entry.Place place : entry.places()) {
            if (chosen == null || place.key().equals(Vocabulary.VENUE_KEY)) {
                chosen = place;
            }
        }
        return chosen == null ? Optional.empty() : Optional.of(venue(entry, chosen));
    }

    private static Venue venue(Entry entry, Entry.Place place) throws EventFormatException {
        try {
            return Venue.builder().name(place.name().orElse(place.key())).geo(place.coordinates()).build();
        } catch (InvariantViolationException e) {
            throw EventFormatException.atPointer(Kind.INVARIANT, e.getMessage(),
                    entry.pointer() + "/locations/" + place.key(), e);
        }
    }

    /** The online location of an entry: its first virtual location's URI, named by its platform. */
    Optional<OnlineLocation> online(Entry entry) throws EventFormatException {
        if (entry.online().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OnlineLocation.builder().url(entry.online().get().uri())
                    .platform(entry.online().get().name()).build());
        } catch (InvariantViolationException e) {
            throw EventFormatException.atPointer(Kind.INVARIANT, e.getMessage(), entry.pointer() + "/virtualLocations", e);
        }
    }

    /**
     * The slot of an entry: its start and end in the event's zone, with the offsets stated where a
     * wall-clock time of an overlap is at the later one; empty for a zero duration.
     */
    private Optional<Slot> slot(Entry entry, boolean inSeries) throws EventFormatException {
        ZonedDateTime start = ZonedDateTime.of(entry.start(), entry.zone().orElse(zone));
        ZonedDateTime end = start.plusDays(entry.duration().days()).plus(entry.duration().time());
        if (!end.isAfter(start)) {
            return Optional.empty();
        }
        ZonedDateTime from = start.withZoneSameInstant(zone);
        ZonedDateTime to = end.withZoneSameInstant(zone);
        LocalDate day = from.toLocalDate();
        if (to.toLocalDate().isAfter(day.plusDays(1))) {
            throw JsonIn.problem(Kind.UNSUPPORTED, "a block that ends more than a day after it starts is not read:"
                    + " a block's slot ends at the latest on the following day", entry.pointer() + "/duration");
        }
        Slot.Builder slot = Slot.builder().start(from.toLocalTime()).end(to.toLocalTime())
                .endsNextDay(to.toLocalDate().isAfter(day));
        if (!inSeries) {
            slot.date(day);
        }
        stated(from).ifPresent(slot::startOffset);
        stated(to).ifPresent(slot::endOffset);
        try {
            return Optional.of(slot.build());
        } catch (InvariantViolationException e) {
            throw EventFormatException.atPointer(Kind.INVARIANT, e.getMessage(), entry.pointer() + "/start", e);
        }
    }

    /** The offset of a time to state: only where its wall-clock time alone would be placed at another. */
    private Optional<java.time.ZoneOffset> stated(ZonedDateTime at) {
        LocalDateTime local = at.toLocalDateTime();
        return ZonedDateTime.of(local, zone).getOffset().equals(at.getOffset()) ? Optional.empty()
                : Optional.of(at.getOffset());
    }

    /**
     * The recurrence of an entry's rule; a rule without end is read as its first {@link
     * Recurrence#MAX_OCCURRENCES} occurrences, the most a recurrence has.
     */
    private Recurrence recurrence(Entry entry) throws EventFormatException {
        Entry.Rule rule = entry.rule().orElseThrow();
        Recurrence.Builder recurrence = Recurrence.builder().interval(rule.interval())
                .frequency(Vocabulary.enumOf(Recurrence.Frequency.class, rule.frequency())
                        .orElseThrow(() -> JsonIn.problem(Kind.UNSUPPORTED, "a recurrence of frequency "
                                + rule.frequency() + " is not read: agendum repeats daily, weekly, monthly or yearly",
                                rule.pointer() + "/frequency")));
        LocalDateTime first = entry.start();
        if (rule.until().isPresent()) {
            // The last date a session may start on: until's day if a session starting then is not after it.
            LocalDateTime until = rule.until().get();
            recurrence.until(until.toLocalTime().isBefore(first.toLocalTime()) ? until.toLocalDate().minusDays(1)
                    : until.toLocalDate());
        } else {
            recurrence.count(rule.count().orElse(Recurrence.MAX_OCCURRENCES));
        }
        entry.excluded().forEach(at -> recurrence.addExcludedDate(at.toLocalDate()));
        try {
            return recurrence.build();
        } catch (InvariantViolationException e) {
            throw EventFormatException.atPointer(Kind.INVARIANT, e.getMessage(), rule.pointer(), e);
        }
    }
}
