package org.agendum.testing;

import static org.agendum.testing.EventEdits.allParties;
import static org.agendum.testing.EventEdits.covered;
import static org.agendum.testing.EventEdits.fresh;
import static org.agendum.testing.EventEdits.freshBlockId;
import static org.agendum.testing.EventEdits.half;
import static org.agendum.testing.EventEdits.latest;
import static org.agendum.testing.EventEdits.partiesOf;
import static org.agendum.testing.EventEdits.partyIds;
import static org.agendum.testing.EventEdits.replaceTopLevel;
import static org.agendum.testing.EventEdits.withBlocks;
import static org.agendum.testing.EventEdits.withTopLevel;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Event;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/**
 * Changes a valid event so that validation reports one rule code, changing as little as it can.
 * What each variant does is listed in the package documentation ({@code package-info.java}).
 */
final class RuleBreaker {

    /** The codes and how to break each; sorted by code. */
    private static final List<Variant> VARIANTS = List.of(
            new Variant("AMBIGUOUS_LOCAL_TIME", (b, e) -> TransitionMove.into(e, false)),
            new Variant("BLOCK_DEADLINE_AFTER_START", (b, e) -> b.access.blockDeadlineAfterStart(e)),
            new Variant("BLOCK_ONLINE_ACCESS_MISSING", (b, e) -> b.access.blockOnlineAccessMissing(e)),
            new Variant("BLOCK_OUTSIDE_EVENT", RuleBreaker::blockOutsideEvent),
            new Variant("BLOCK_OVERLAP", RuleBreaker::blockOverlap),
            new Variant("BLOCK_OVER_ROOM_CAPACITY", (b, e) -> RoomBreaks.blockOverRoomCapacity(b.dice, e)),
            new Variant("CHILD_OUTSIDE_PARENT", RuleBreaker::childOutsideParent),
            new Variant("CONTACT_UNREACHABLE", (b, e) -> b.access.contactUnreachable(e)),
            new Variant("DEADLINE_AFTER_START", (b, e) -> b.access.deadlineAfterStart(e)),
            new Variant("DURATION_OVER_BUDGET", RuleBreaker::durationOverBudget),
            new Variant("EVENT_LONGER_THAN_MAXIMUM", RuleBreaker::eventLongerThanMaximum),
            new Variant("INVALID_EMAIL", (b, e) -> b.access.invalidEmail(e)),
            new Variant("INVALID_PHONE", (b, e) -> b.access.invalidPhone(e)),
            new Variant("INVALID_URL", (b, e) -> b.access.invalidUrl(e)),
            new Variant("LOCAL_TIME_OFFSET_INVALID", (b, e) -> OffsetBreak.offsetInvalid(b.dice, e)),
            new Variant("MODERATOR_MISSING", RuleBreaker::moderatorMissing),
            new Variant("NONEXISTENT_LOCAL_TIME", (b, e) -> TransitionMove.into(e, true)),
            new Variant("ONLINE_ACCESS_MISSING", (b, e) -> b.access.onlineAccessMissing(e)),
            new Variant("ONLINE_ACCESS_PLATFORM_ONLY", (b, e) -> b.access.onlineAccessPlatformOnly(e)),
            new Variant("PARTY_DOUBLE_BOOKED", RuleBreaker::partyDoubleBooked),
            new Variant("PARTY_LISTED_TWICE", RuleBreaker::partyListedTwice),
            new Variant("REGISTRATION_CLOSED", (b, e) -> b.access.registrationClosed(e)),
            new Variant("ROOM_DOUBLE_BOOKED", RuleBreaker::roomDoubleBooked),
            new Variant("ROOM_NAME_VARIANTS", (b, e) -> RoomBreaks.roomNameVariants(e)),
            new Variant("SCHEDULE_GAP", RuleBreaker::scheduleGap),
            new Variant("SPEAKER_MISSING", RuleBreaker::speakerMissing),
            new Variant("TRACK_NAME_VARIANTS", (b, e) -> RoomBreaks.trackNameVariants(e)),
            new Variant("VENUE_MISSING", (b, e) -> b.access.venueMissing(e)));

    /** Every code a variant breaks. */
    static final SortedSet<String> CODES = codes();
    /** The codes only a validator with a clock reports (see {@link RandomEvents#registrationCutoff}). */
    static final SortedSet<String> TIME_DEPENDENT = Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(
            "REGISTRATION_CLOSED")));
    /**
     * The codes of rules that leave out cancelled and postponed blocks: their variants first
     * schedule every block again, so that the block they pick is one the rule sees.
     */
    private static final Set<String> ABOUT_BLOCKS_TAKING_PLACE = Set.of("BLOCK_OVERLAP", "ROOM_DOUBLE_BOOKED",
            "BLOCK_OUTSIDE_EVENT", "DURATION_OVER_BUDGET", "PARTY_DOUBLE_BOOKED", "BLOCK_OVER_ROOM_CAPACITY");
    /** The codes {@code Validator.standard()} reports as it is, without a clock. */
    static final SortedSet<String> WITHOUT_CLOCK = withoutClock();

    private final Dice dice;
    /** The variants of the place, registration and contact rules, drawing from the same dice. */
    private final AccessBreaks access;

    private RuleBreaker(Dice dice) {
        this.dice = dice;
        this.access = new AccessBreaks(dice);
    }

    /** A rule code and how to break it. */
    private record Variant(String code, BiFunction<RuleBreaker, Event, Event> apply) {}

    private static SortedSet<String> withoutClock() {
        SortedSet<String> codes = new TreeSet<>(CODES);
        codes.removeAll(TIME_DEPENDENT);
        return Collections.unmodifiableSortedSet(codes);
    }

    private static SortedSet<String> codes() {
        SortedSet<String> codes = new TreeSet<>();
        VARIANTS.forEach(v -> codes.add(v.code));
        return Collections.unmodifiableSortedSet(codes);
    }

    static Event breaking(Event event, String code, long seed) {
        for (Variant variant : VARIANTS) {
            if (variant.code.equals(code)) {
                Event base = ABOUT_BLOCKS_TAKING_PLACE.contains(code) ? EventEdits.reinstated(event) : event;
                return variant.apply.apply(new RuleBreaker(new Dice(seed)), base);
            }
        }
        throw new IllegalArgumentException("no variant breaks '" + code + "'; breakable codes are " + CODES);
    }

    // ---------------------------------------------------------------- agenda timing

    /** Inserts a block after a top-level one, in its second half; same room and track. */
    private Event blockOverlap(Event event) {
        Event base = withBlocks(event, 1);
        int at = dice.below(base.agenda().blocks().size());
        return insertOverlapping(base, at, "Sesión paralela", List.of(), false);
    }

    /**
     * Inserts after a top-level block a slot from its middle to its end in the same room (giving the
     * block one if it has none) and in another track: a workshop without parties.
     */
    private Event roomDoubleBooked(Event event) {
        Event base = withBlocks(event, 1);
        int at = dice.below(base.agenda().blocks().size());
        AgendaBlock block = base.agenda().blocks().get(at);
        if (block.room().isEmpty()) {
            String room = dice.pick("Sala 1", "Auditórium");
            base = EventEdits.declaringRoom(base, room);
            block = block.withRoom(EventEdits.reference(base.rooms(), room));
            base = base.withAgenda(replaceTopLevel(base.agenda(), at, block));
        }
        Event inserted = insertOverlapping(base, at, "Sesión en la misma sala", List.of(), false);
        AgendaBlock added = inserted.agenda().blocks().get(at + 1);
        String otherTrack = block.track().map(t -> t + " (bis)").orElse("Pista B");
        inserted = EventEdits.declaringTrack(inserted, otherTrack);
        return inserted.withAgenda(replaceTopLevel(inserted.agenda(), at + 1,
                added.withTrack(EventEdits.reference(inserted.tracks(), otherTrack))));
    }

    /** Brings the event's end forward into the middle of its last block. */
    private Event blockOutsideEvent(Event event) {
        Event base = withBlocks(event, 1);
        Timetable timetable = Timetable.of(base);
        TimeSpan last = latest(timetable);
        ZonedDateTime end = last.end().minus(half(last.duration()));
        if (!end.isAfter(timetable.eventStart())) {
            end = last.end().minusNanos(1);
        }
        return base.withEnd(end.toLocalDateTime());
    }

    /**
     * Appends a block a quarter of an hour after the last block ends. When the last block runs past
     * midnight, the night after it is no gap: a first block a quarter of an hour after it starts the
     * next day's programme, and a second one a quarter of an hour after that leaves the gap.
     */
    private Event scheduleGap(Event event) {
        Event base = withBlocks(event, 1);
        TimeSpan last = latest(Timetable.of(base));
        ZonedDateTime start = last.end().plusMinutes(15);
        boolean night = !last.end().toLocalDate().equals(last.start().toLocalDate());
        Event result = base;
        for (int i = night ? 2 : 1; i > 0; i--) {
            AgendaBlock block = AgendaBlock.builder()
                    .id(freshBlockId(result, "networking"))
                    .kind(BlockKind.NETWORKING)
                    .title(i == 1 ? "Cóctel de cierre 🥂" : "Desayuno")
                    .timing(slot(start.toLocalDateTime(), start.plusMinutes(15).toLocalDateTime()))
                    .build();
            result = withTopLevel(result, result.agenda().blocks().size(), block);
            start = start.plusMinutes(30);
        }
        return covered(result);
    }

    /** A slot on the date of its start, ending on that date or, past midnight, on the next one. */
    static Slot slot(LocalDateTime start, LocalDateTime end) {
        return end.toLocalDate().isAfter(start.toLocalDate())
                ? Timing.slotToNextDay(start.toLocalDate(), start.toLocalTime(), end.toLocalTime())
                : Timing.slot(start.toLocalDate(), start.toLocalTime(), end.toLocalTime());
    }

    /** Sets the maximum duration to half the span of the agenda, keeping the event's end. */
    private Event durationOverBudget(Event event) {
        Event base = withBlocks(event, 1);
        Timetable timetable = Timetable.of(base);
        TimeSpan agenda = timetable.agendaSpan().orElseThrow();
        if (base.end().isEmpty()) {
            base = base.withEnd(timetable.eventEnd().orElse(agenda.end()).toLocalDateTime());
        }
        return base.withMaximumDuration(half(agenda.duration()));
    }

    /**
     * Announces the event until 30 minutes after it (or its agenda) ends, with a maximum duration
     * 15 minutes shorter than that: longer than the agenda, shorter than the announced event.
     */
    private Event eventLongerThanMaximum(Event event) {
        Timetable timetable = Timetable.of(event);
        ZonedDateTime end = timetable.eventEnd().orElse(timetable.eventStart());
        Optional<TimeSpan> agenda = timetable.agendaSpan();
        if (agenda.isPresent() && agenda.get().end().isAfter(end)) {
            end = agenda.get().end();
        }
        ZonedDateTime later = end.plusMinutes(30);
        return event.withEnd(later.toLocalDateTime())
                .withMaximumDuration(Duration.between(timetable.eventStart(), later).minusMinutes(15));
    }

    /** Adds to a top-level block a child that lasts until ten minutes after the block ends. */
    private Event childOutsideParent(Event event) {
        Event base = withBlocks(event, 1);
        Timetable timetable = Timetable.of(base);
        int at = dice.below(base.agenda().blocks().size());
        AgendaBlock parent = base.agenda().blocks().get(at);
        TimeSpan span = timetable.spanOf(parent.id()).orElseThrow();
        ZonedDateTime childStart = span.start();
        for (AgendaBlock child : parent.children()) {
            Optional<TimeSpan> childSpan = timetable.spanOf(child.id());
            if (childSpan.isPresent()) {
                childStart = childSpan.get().end();
            }
        }
        Duration untilEnd = Duration.between(childStart, span.end());
        AgendaBlock child = AgendaBlock.builder()
                .id(freshBlockId(base, "preguntas"))
                .kind(BlockKind.QUESTIONS_AND_ANSWERS)
                .title("Preguntas y respuestas")
                .timing(Timing.duration((untilEnd.isNegative() ? Duration.ZERO : untilEnd).plusMinutes(10)))
                .build();
        List<AgendaBlock> children = new ArrayList<>(parent.children());
        children.add(child);
        return base.withAgenda(replaceTopLevel(base.agenda(), at, parent.withChildren(children)));
    }

    // ---------------------------------------------------------------- parties and blocks

    /**
     * Inserts a block overlapping one of a top-level block's parties in another room, so that the
     * party is in two places at once.
     */
    private Event partyDoubleBooked(Event event) {
        Event base = withBlocks(event, 1);
        List<AgendaBlock> blocks = base.agenda().blocks();
        int start = dice.below(blocks.size());
        OptionalInt withParties = firstFrom(blocks, start, block -> !partiesOf(block).isEmpty());
        if (withParties.isPresent()) {
            int at = withParties.getAsInt();
            Party party = partiesOf(blocks.get(at)).get(0);
            return insertOverlapping(base, at, "Entrevista simultánea", List.of(party), true);
        }
        Set<String> ids = partyIds(base);
        Party party = allParties(base).stream().findFirst()
                .orElseGet(() -> Person.of(fresh("invitada", ids), "Invitada sorpresa 🎁"));
        AgendaBlock host = blocks.get(start);
        List<Participant> participants = new ArrayList<>(host.participants());
        participants.add(Participant.speaker(party));
        Event hosted = base.withAgenda(replaceTopLevel(base.agenda(), start, host.withParticipants(participants)));
        return insertOverlapping(hosted, start, "Entrevista simultánea", List.of(party), true);
    }

    /**
     * Lists a block's first participant again at the end of its participants; a block without
     * participants (where no block has any) gets a new speaker, listed twice.
     */
    private Event partyListedTwice(Event event) {
        Event base = withBlocks(event, 1);
        List<AgendaBlock> blocks = base.agenda().blocks();
        int start = dice.below(blocks.size());
        int at = firstFrom(blocks, start, block -> !block.participants().isEmpty()).orElse(start);
        AgendaBlock block = blocks.get(at);
        List<Participant> participants = new ArrayList<>(block.participants());
        if (participants.isEmpty()) {
            participants.add(Participant.speaker(Person.of(fresh("ponente", partyIds(base)), "Ponente invitado 🎤")));
        }
        participants.add(participants.get(0));
        return base.withAgenda(replaceTopLevel(base.agenda(), at, block.withParticipants(participants)));
    }

    /**
     * The index of the first block a test accepts, looking from {@code start} on and wrapping
     * around past the last: empty if it accepts none.
     */
    private static OptionalInt firstFrom(List<AgendaBlock> blocks, int start, Predicate<AgendaBlock> accepted) {
        for (int i = 0; i < blocks.size(); i++) {
            int at = (start + i) % blocks.size();
            if (accepted.test(blocks.get(at))) {
                return OptionalInt.of(at);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Inserts after the top-level block at {@code at} a slot from its middle to its end, so that
     * the blocks after it stay where they are.
     */
    private Event insertOverlapping(Event event, int at, String title, List<Party> speakers, boolean otherRoom) {
        AgendaBlock block = event.agenda().blocks().get(at);
        TimeSpan span = Timetable.of(event).spanOf(block.id()).orElseThrow();
        ZonedDateTime middle = span.start().plus(half(span.duration())).truncatedTo(ChronoUnit.SECONDS);
        if (middle.isBefore(span.start())) {
            middle = span.start();
        }
        AgendaBlock.Builder overlapping = AgendaBlock.builder()
                .id(freshBlockId(event, "paralela"))
                .kind(speakers.isEmpty() ? BlockKind.WORKSHOP : BlockKind.TALK)
                .title(title)
                .timing(slot(middle.toLocalDateTime(), span.end().toLocalDateTime()));
        speakers.forEach(p -> overlapping.addParticipant(Participant.speaker(p)));
        if (otherRoom) {
            String room = block.room().map(r -> r + " (anexo)").orElse("Sala anexa");
            event = EventEdits.declaringRoom(event, room);
            overlapping.room(EventEdits.reference(event.rooms(), room));
        } else {
            block.room().ifPresent(overlapping::room);
        }
        block.track().ifPresent(overlapping::track);
        return withTopLevel(event, at + 1, overlapping.build());
    }

    /** Takes the moderators off a panel or discussion, or turns a block into an unmoderated discussion. */
    private Event moderatorMissing(Event event) {
        Event base = withBlocks(event, 1);
        List<AgendaBlock> blocks = base.agenda().blocks();
        int start = dice.below(blocks.size());
        OptionalInt moderated = firstFrom(blocks, start,
                block -> block.kind() == BlockKind.PANEL || block.kind() == BlockKind.DISCUSSION);
        if (moderated.isPresent()) {
            int at = moderated.getAsInt();
            return base.withAgenda(replaceTopLevel(base.agenda(), at, reinstated(blocks.get(at)).withModerators()));
        }
        AgendaBlock block = reinstated(blocks.get(start)).withKind(BlockKind.DISCUSSION).withModerators();
        return base.withAgenda(replaceTopLevel(base.agenda(), start, block));
    }

    /**
     * Makes a top-level block (the first without children from a drawn one, if any) a talk, and
     * takes the participants off it and off its children; a provisional agenda is confirmed.
     */
    private Event speakerMissing(Event event) {
        Event base = withBlocks(event, 1);
        List<AgendaBlock> blocks = base.agenda().blocks();
        int start = dice.below(blocks.size());
        int at = firstFrom(blocks, start, block -> block.children().isEmpty()).orElse(start);
        AgendaBlock talk = withoutParticipants(reinstated(blocks.get(at))).withKind(BlockKind.TALK);
        return base.withAgenda(replaceTopLevel(base.agenda(), at, talk).withStatus(AgendaStatus.CONFIRMED));
    }

    /** The block scheduled again if it was cancelled or postponed, so that the rules about who takes part see it. */
    static AgendaBlock reinstated(AgendaBlock block) {
        return block.status().takesPlace() ? block : block.withStatus(BlockStatus.SCHEDULED);
    }

    private static AgendaBlock withoutParticipants(AgendaBlock block) {
        return block.withParticipants().withChildren(block.children().stream().map(RuleBreaker::withoutParticipants).toList());
    }
}
