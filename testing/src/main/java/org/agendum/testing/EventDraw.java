package org.agendum.testing;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.Contact;
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

/**
 * Draws one valid event for {@link RandomEvents}: one instance per event, used once. The event's
 * times and top-level blocks are laid out by {@link ScheduleDraw}; its parties, places, rooms,
 * changes and hybrid access by the other draws, each from the dice this class hands it.
 */
final class EventDraw {
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
        Event event = new EventDraw(eventSeed, dice, new Dice(Dice.seedOf(eventSeed, LATER)),
                new Dice(Dice.seedOf(eventSeed, RoomDraw.DICE)), ScheduleDraw.nightEnd(eventSeed),
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
        dice.maybePick(0.4, SampleText.SUBTITLES).ifPresent(event::subtitle);
        if (dice.chance(0.6)) {
            event.description(paragraphs(3));
        }
        event.addAllTopics(dice.some(SampleText.TOPICS, 3))
                .addAllAudiences(dice.some(SampleText.AUDIENCES, 2))
                .addAllObjectives(dice.some(SampleText.OBJECTIVES, 2))
                .addAllFrameworks(dice.some(SampleText.FRAMEWORKS, 1))
                .addAllMethodology(dice.some(SampleText.METHODOLOGY, 2))
                .addAllLanguages(dice.some(SampleText.LANGUAGES, 2));

        ScheduleDraw.Schedule schedule = new ScheduleDraw(dice, zone, blockCount, dayCount, nightEnd,
                new BlockDraw(dice, later, exoticIds, parties)).schedule();
        event.start(schedule.start);
        schedule.end.ifPresent(event::end);
        schedule.maximumDuration.ifPresent(event::maximumDuration);
        RoomDraw roomDraw = new RoomDraw(places);
        ChangeDraw changes = new ChangeDraw(new Dice(Dice.seedOf(eventSeed, CHANGES)), zone, schedule.start.atZone(zone));
        List<AgendaBlock> blocks = RoomDraw.seated(changes.blocks(roomDraw.draw(schedule.blocks)), roomDraw.rooms());
        Agenda.Builder agenda = Agenda.builder().addAllBlocks(blocks).status(dice.pick(AgendaStatus.values()));
        event.addAllRooms(roomDraw.rooms()).addAllTracks(roomDraw.tracks());
        dice.maybePick(0.3, SampleText.AGENDA_TITLES).ifPresent(agenda::title);
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
        dice.maybePick(0.2, SampleText.STATUS_NOTES).ifPresent(event::statusNote);
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

    /** Paragraphs of a description, drawn as {@link BlockDraw} draws a block's. */
    private String paragraphs(int max) {
        return BlockDraw.paragraphs(dice, max);
    }

    /** An id, sometimes in the exotic style of this event: no whitespace, but anything else. */
    private String id(String plain, String exotic) {
        return exoticIds ? exotic : plain;
    }
}
