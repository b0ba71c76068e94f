package org.agendum.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.Contact;
import org.agendum.core.model.DurationOnly;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventKind;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;

/**
 * Draws one valid event for {@link RandomEvents}: one instance per event, used once.
 *
 * <p>Each day of the event is a window of wall-clock times between 06:30 and 21:30 on a date whose
 * zone has no clock change in those hours ({@link ZoneTransitions#isQuiet}), so that every
 * wall-clock time exists exactly once and wall-clock arithmetic equals elapsed time. Blocks are
 * laid out in that window one after another, each within an equal share of it; one event in
 * twenty or so leaves one gap. In about one event in eight, the last block runs past midnight when
 * it is on the last day: a slot that {@linkplain org.agendum.core.model.Slot#endsNextDay() ends on
 * the following day}, at 00:00 (written {@code 24:00}), 00:30, 01:00 or 02:00, when the zone's
 * clocks do not change between its start and that end. That choice is drawn from a dice of its own, so that every other
 * draw, and every event without such a night, is what it was before slots could cross midnight.
 */
final class EventDraw {
    /** The latest wall-clock time a block of a generated event ends at. */
    static final LocalTime LAST_END = LocalTime.of(21, 0);
    private static final LocalTime EARLIEST_DAY_START = LocalTime.of(7, 0);
    private static final int MAX_DAY_START_STEPS = 12;

    /** When the last block may end, on the following day, if it runs past midnight. */
    private static final List<LocalTime> NIGHT_ENDS =
            List.of(LocalTime.MIDNIGHT, LocalTime.of(0, 30), LocalTime.of(1, 0), LocalTime.of(2, 0));
    /** Mixed into an event's seed for the dice of its night, so that the night does not shift other draws. */
    private static final String NIGHT = "NIGHT";
    /** Mixed into an event's seed for the dice of {@link #later}. */
    private static final String LATER = "subtitles, languages and links";
    /** Mixed into an event's seed for the dice of {@link ChangeDraw}. */
    private static final String CHANGES = "block status, block registration, deadline blocks";
    private final long eventSeed;

    private final Dice dice;
    /** The end of the last block on the following day, or null if it does not run past midnight. */
    private final LocalTime nightEnd;
    /**
     * The draws added after seeds were pinned &mdash; a block's subtitle, languages and links, a link's
     * kind &mdash; from dice of their own, so that they shift none of the draws above.
     */
    private final Dice later;
    /** The dice of where the blocks are: overflow rooms, venues, declared rooms and tracks ({@link RoomDraw}). */
    private final Dice places;
    private final long index;
    private final int blockCount;
    private final int partyCount;
    private final int dayCount;
    private final boolean exoticIds;
    private final List<ZoneId> zones;

    private ZoneId zone;
    private List<Party> parties;
    private BlockDraw blockDraw;

    private EventDraw(long eventSeed, Dice dice, Dice later, Dice places, LocalTime nightEnd, long index,
            int blockCount, int partyCount, int dayCount, List<ZoneId> zones) {
        this.eventSeed = eventSeed;
        this.dice = dice;
        this.later = later;
        this.places = places;
        this.nightEnd = nightEnd;
        this.index = index;
        this.blockCount = blockCount;
        this.partyCount = partyCount;
        this.dayCount = dayCount;
        this.exoticIds = dice.chance(0.2);
        this.zones = zones;
    }

    /**
     * Draws the event. Sizes left at -1 are drawn too; the three draws happen whether or not a size
     * is given, so that giving one does not shift the others. The event's zone is one of {@code
     * zones}; {@link RandomEvents} passes {@link JdkZones#ALL}, tests a single zone. Display and
     * deadline zones are always among {@link JdkZones#ALL}.
     */
    static Event draw(long eventSeed, long index, int blocks, int parties, int days, List<ZoneId> zones) {
        Dice dice = new Dice(eventSeed);
        int drawnBlocks = dice.pick(List.of(0, 1, 2, 3, 4, 5, 6, 8, 10, 12));
        int drawnParties = dice.between(0, 10);
        int drawnDays = dice.chance(0.7) ? 1 : dice.between(2, 3);
        int blockCount = blocks < 0 ? drawnBlocks : blocks;
        int fewestDays = (blockCount + RandomEvents.MAX_BLOCKS_PER_DAY - 1) / RandomEvents.MAX_BLOCKS_PER_DAY;
        Dice night = new Dice(Dice.seedOf(eventSeed, NIGHT));
        LocalTime nightEnd = night.chance(0.125) ? night.pick(NIGHT_ENDS) : null;
        Event event = new EventDraw(eventSeed, dice, new Dice(Dice.seedOf(eventSeed, LATER)),
                new Dice(Dice.seedOf(eventSeed, RoomDraw.DICE)), nightEnd,
                index, blockCount, parties < 0 ? drawnParties : parties,
                days < 0 ? Math.max(drawnDays, fewestDays) : days, zones).event();
        return HybridDraw.draw(eventSeed, event);
    }

    private Event event() {
        zone = dice.pickWithOneDraw(zones);
        PartyDraw partyDraw = PartyDraw.draw(dice, partyCount, exoticIds);
        parties = partyDraw.parties();
        PlaceDraw placeDraw = new PlaceDraw(dice, zone);
        Event.Builder event = Event.builder()
                .id(id("event-" + index, "évènement:" + index + ";ñ"))
                .title(dice.pick(SampleText.EVENT_TITLES))
                .zone(zone)
                .status(dice.pick(EventStatus.values()));
        if (dice.chance(0.85)) {
            event.kind(dice.pick(EventKind.values()));
        }
        if (dice.chance(0.4)) {
            event.subtitle(dice.pick(SampleText.SUBTITLES));
        }
        if (dice.chance(0.6)) {
            event.description(paragraphs(3));
        }
        event.addAllTopics(dice.some(SampleText.TOPICS, 3))
                .addAllAudiences(dice.some(SampleText.AUDIENCES, 2))
                .addAllObjectives(dice.some(SampleText.OBJECTIVES, 2))
                .addAllFrameworks(dice.some(SampleText.FRAMEWORKS, 1))
                .addAllMethodology(dice.some(SampleText.METHODOLOGY, 2))
                .addAllLanguages(dice.some(SampleText.LANGUAGES, 2));

        Schedule schedule = schedule();
        event.start(schedule.start);
        schedule.end.ifPresent(event::end);
        schedule.maximumDuration.ifPresent(event::maximumDuration);
        RoomDraw roomDraw = new RoomDraw(places);
        ChangeDraw changes = new ChangeDraw(new Dice(Dice.seedOf(eventSeed, CHANGES)), zone, schedule.start.atZone(zone));
        List<AgendaBlock> blocks = RoomDraw.seated(changes.blocks(roomDraw.draw(schedule.blocks)), roomDraw.rooms());
        Agenda.Builder agenda = Agenda.builder().addAllBlocks(blocks).status(dice.pick(AgendaStatus.values()));
        event.addAllRooms(roomDraw.rooms()).addAllTracks(roomDraw.tracks());
        if (dice.chance(0.3)) {
            agenda.title(dice.pick(SampleText.AGENDA_TITLES));
        }
        event.agenda(agenda.build());

        Set<ZoneId> displays = new LinkedHashSet<>();
        for (int i = dice.below(3); i > 0; i--) {
            displays.add(dice.pickWithOneDraw(JdkZones.ALL));
        }
        for (ZoneId display : displays) {
            event.addDisplayZone(DisplayZone.of(display, SampleText.zoneLabel(display.getId())));
        }
        ZonedDateTime start = schedule.start.atZone(zone);
        placeDraw.place(event, start);

        List<Contact> contacts = partyDraw.contacts();
        event.addAllContacts(contacts);
        List<Party> organizers = new ArrayList<>(dice.some(partyDraw.organizations(), 2));
        List<Party> partners = new ArrayList<>(dice.some(parties, 2));
        partners.removeAll(organizers);
        Set<String> present = new LinkedHashSet<>();
        organizers.forEach(p -> reach(p, present));
        partners.forEach(p -> reach(p, present));
        contacts.forEach(c -> reach(c.party(), present));
        for (AgendaBlock block : schedule.blocks) {
            reachAll(block, present);
        }
        // Every party of the pool appears in the event, so that it has exactly partyCount parties.
        for (Party party : parties) {
            if (!present.contains(party.id())) {
                (dice.chance(0.6) ? organizers : partners).add(party);
                reach(party, present);
            }
        }
        event.addAllOrganizers(organizers).addAllPartners(partners);

        for (int i = dice.below(3); i > 0; i--) {
            Link link = Link.of(SampleText.url(dice), dice.pick(SampleText.LINK_LABELS));
            event.addLink(later.chance(0.5) ? link.withKind(later.pick(LinkKind.values())) : link);
        }
        for (int i = dice.chance(0.3) ? dice.between(1, 2) : 0; i > 0; i--) {
            event.addDeadline(changes.deadline(placeDraw.deadline(start).withSubject(dice.pick(SampleText.DEADLINE_SUBJECTS)),
                    blocks));
        }
        // Drawn last, so that the rest of every event is what it was before these attributes.
        if (dice.chance(0.2)) {
            event.revision(dice.between(1, 12));
        }
        if (dice.chance(0.2)) {
            event.statusNote(dice.pick(SampleText.STATUS_NOTES));
        }
        if (dice.chance(0.15)) {
            int days = dice.between(1, 60);
            event.previousStart(schedule.start.getYear() > 1 ? schedule.start.minusDays(days) : schedule.start.plusDays(days));
        }
        return event.build();
    }


    /** Adds the ids of a party and of the organizations it names to a set. */
    static void reach(Party party, Set<String> present) {
        if (!present.add(party.id())) {
            return;
        }
        if (party instanceof Person) {
            for (Position position : ((Person) party).positions()) {
                position.organization().ifPresent(o -> reach(o, present));
            }
        } else {
            ((Organization) party).parent().ifPresent(p -> reach(p, present));
        }
    }

    private static void reachAll(AgendaBlock block, Set<String> present) {
        block.moderators().forEach(m -> reach(m.party(), present));
        block.participants().forEach(p -> reach(p.party(), present));
        block.children().forEach(c -> reachAll(c, present));
    }

    // ---------------------------------------------------------------- schedule

    /** The times of the event and its top-level blocks. */
    private static final class Schedule {
        LocalDateTime start;
        Optional<LocalDateTime> end = Optional.empty();
        Optional<Duration> maximumDuration = Optional.empty();
        final List<AgendaBlock> blocks = new ArrayList<>();
    }

    private Schedule schedule() {
        if (blockCount > (long) RandomEvents.MAX_BLOCKS_PER_DAY * dayCount) {
            throw new IllegalArgumentException(blockCount + " blocks do not fit in " + dayCount
                    + " day(s): at most " + RandomEvents.MAX_BLOCKS_PER_DAY + " a day");
        }
        LocalDate first = startDate();
        int[] perDay = perDay();
        Schedule schedule = new Schedule();
        LocalTime firstDayStart = dayStart();
        int early = perDay[0] > 0 && dice.chance(0.15) ? 15 * dice.between(1, 2) : 0;
        schedule.start = first.atTime(firstDayStart).minusMinutes(early);
        LocalDateTime previousEnd = schedule.start;
        LocalDateTime lastEnd = schedule.start;
        TrackEnds trackEnds = new TrackEnds(schedule.start);
        // A rare event leaves one gap in a day (SCHEDULE_GAP, an info), before this block.
        int gapBefore = blockCount > 1 && dice.chance(0.06) ? dice.between(1, blockCount - 1) : -1;
        int number = 0;
        for (int day = 0; day < dayCount; day++) {
            LocalDate date = first.plusDays(day);
            LocalTime dayStart = day == 0 ? firstDayStart : dayStart();
            int count = perDay[day];
            if (count == 0) {
                continue;
            }
            long window = Duration.between(dayStart, LAST_END).getSeconds();
            long typical = 60L * dice.pick(10, 15, 20, 30, 45, 60, 90);
            long budget = count * typical <= window ? typical : window / count;
            long unit = budget >= 600 ? 300 : budget >= 120 ? 60 : 1;
            long units = budget / unit;
            long used = 0;
            for (int b = 0; b < count; b++) {
                long duration = unit * (units - dice.below((int) Math.min(units / 2 + 1, Integer.MAX_VALUE)));
                long spare = (b + 1) * budget - used - duration;
                long gap = number == gapBefore && b > 0 && spare >= unit
                        ? unit * dice.between(1, (int) Math.min(spare / unit, 12)) : 0;
                LocalDateTime start = date.atTime(dayStart).plusSeconds(used + gap);
                LocalDateTime end = start.plusSeconds(duration);
                used += gap + duration;
                boolean followsPrevious = start.equals(previousEnd);
                Timing timing;
                if (followsPrevious && dice.chance(0.6)) {
                    timing = Timing.duration(Duration.ofSeconds(duration));
                } else if (dayCount > 1 || dice.chance(0.3)) {
                    timing = Timing.slot(date, start.toLocalTime(), end.toLocalTime());
                } else {
                    timing = Timing.slot(start.toLocalTime(), end.toLocalTime());
                }
                if (number == blockCount - 1 && day == dayCount - 1 && nightEnd != null && quietNight(start, date.plusDays(1).atTime(nightEnd))) {
                    // The last block runs past midnight: a dinner, a party, a hack night.
                    end = date.plusDays(1).atTime(nightEnd);
                    duration = Duration.between(start, end).getSeconds();
                    timing = timing instanceof Slot && ((Slot) timing).date().isEmpty()
                            ? Timing.slotToNextDay(start.toLocalTime(), nightEnd)
                            : Timing.slotToNextDay(date, start.toLocalTime(), nightEnd);
                }
                AgendaBlock block = blockDraw().block(number++, timing, duration);
                if (block.timing().orElseThrow() instanceof DurationOnly && !trackEnds.follows(block.track(), start)) {
                    // Its track's layout would start it elsewhere (Timetable): the same times, as a slot.
                    block = block.withTiming(Timing.slot(date, start.toLocalTime(), end.toLocalTime()));
                }
                trackEnds.placed(block.track(), end);
                schedule.blocks.add(block);
                previousEnd = end;
                lastEnd = end;
            }
        }
        LocalDate lastDate = first.plusDays(dayCount - 1L);
        LocalDateTime end = schedule.blocks.isEmpty() ? lastDate.atTime(12 + dice.below(8), 0)
                : lastEnd.plusMinutes(dice.chance(0.6) ? 0 : 15L * dice.between(1, 2));
        if (end.toLocalDate().isBefore(lastDate)) {
            end = lastDate.atTime(12 + dice.below(8), 0);
        }
        boolean hasEnd = dayCount > 1 || dice.chance(0.75);
        boolean hasMaximum = hasEnd ? dice.chance(0.3) : dice.chance(0.85);
        if (hasEnd) {
            schedule.end = Optional.of(end);
        }
        if (hasMaximum) {
            Duration span = Duration.between(schedule.start.atZone(zone), end.atZone(zone));
            schedule.maximumDuration = Optional.of(span.plusMinutes(dice.pick(0, 0, 10, 60)));
        }
        return schedule;
    }

    /**
     * Whether the zone's clocks keep still from a start to an end the next night, both of which
     * exist exactly once, so that wall-clock arithmetic still equals elapsed time.
     */
    private boolean quietNight(LocalDateTime start, LocalDateTime end) {
        ZoneRules rules = zone.getRules();
        if (rules.getValidOffsets(start).size() != 1 || rules.getValidOffsets(end).size() != 1) {
            return false;
        }
        ZoneOffsetTransition next = rules.nextTransition(start.atZone(zone).toInstant());
        return next == null || next.getInstant().isAfter(end.atZone(zone).toInstant());
    }

    /**
     * The first date: drawn in 1970&ndash;2037; one time in four replaced by the nearest date on
     * which the zone changes its clocks (if it ever does then); then moved on to the first date
     * from which the event's days are quiet. The two draws happen whatever the zone.
     */
    private LocalDate startDate() {
        LocalDate drawn = ZoneTransitions.FIRST_DATE.plusDays(dice.below(ZoneTransitions.DATES));
        boolean onChange = dice.chance(0.25);
        LocalDate date = onChange ? ZoneTransitions.nearestChange(zone, drawn).orElse(drawn) : drawn;
        return ZoneTransitions.quietDates(zone, date, dayCount);
    }

    private LocalTime dayStart() {
        return EARLIEST_DAY_START.plusMinutes(15L * dice.below(MAX_DAY_START_STEPS + 1));
    }

    /** Spreads the blocks over the days: evenly, the remainder on random days, in order. */
    private int[] perDay() {
        int[] perDay = new int[dayCount];
        if (blockCount < dayCount) {
            for (int placed = 0; placed < blockCount;) {
                int day = dice.below(dayCount);
                if (perDay[day] == 0) {
                    perDay[day] = 1;
                    placed++;
                }
            }
            return perDay;
        }
        Arrays.fill(perDay, blockCount / dayCount);
        for (int extra = blockCount % dayCount; extra > 0;) {
            int day = dice.below(dayCount);
            if (perDay[day] == blockCount / dayCount) {
                perDay[day]++;
                extra--;
            }
        }
        return perDay;
    }

    /** What draws the blocks, once the parties they may name are drawn. */
    private BlockDraw blockDraw() {
        if (blockDraw == null) {
            blockDraw = new BlockDraw(dice, later, exoticIds, parties);
        }
        return blockDraw;
    }

    /** Paragraphs of a description, drawn as {@link BlockDraw} draws a block's. */
    private String paragraphs(int max) {
        return BlockDraw.paragraphs(dice, max);
    }

    /** An id, sometimes in the exotic style of this event: no whitespace, but anything else. */
    private String id(String plain, String exotic) {
        return exoticIds ? exotic : plain;
    }
}
