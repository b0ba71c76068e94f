package org.agendum.testing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/**
 * Changes a valid event so that validation reports one rule code, changing as little as it can.
 * See {@link RandomEvents#breaking(String, long)} for what each variant does.
 */
final class RuleBreaker {

    /** The codes and how to break each; sorted by code. */
    private static final List<Variant> VARIANTS = List.of(
            new Variant("AMBIGUOUS_LOCAL_TIME", (b, e) -> b.intoTransition(e, false)),
            new Variant("BLOCK_OUTSIDE_EVENT", RuleBreaker::blockOutsideEvent),
            new Variant("BLOCK_OVERLAP", RuleBreaker::blockOverlap),
            new Variant("CHILD_OUTSIDE_PARENT", RuleBreaker::childOutsideParent),
            new Variant("CONTACT_UNREACHABLE", RuleBreaker::contactUnreachable),
            new Variant("DEADLINE_AFTER_START", RuleBreaker::deadlineAfterStart),
            new Variant("DURATION_OVER_BUDGET", RuleBreaker::durationOverBudget),
            new Variant("EVENT_LONGER_THAN_MAXIMUM", RuleBreaker::eventLongerThanMaximum),
            new Variant("INVALID_EMAIL", RuleBreaker::invalidEmail),
            new Variant("INVALID_PHONE", RuleBreaker::invalidPhone),
            new Variant("INVALID_URL", RuleBreaker::invalidUrl),
            new Variant("MODERATOR_MISSING", RuleBreaker::moderatorMissing),
            new Variant("NONEXISTENT_LOCAL_TIME", (b, e) -> b.intoTransition(e, true)),
            new Variant("ONLINE_ACCESS_MISSING", RuleBreaker::onlineAccessMissing),
            new Variant("PARTY_DOUBLE_BOOKED", RuleBreaker::partyDoubleBooked),
            new Variant("REGISTRATION_CLOSED", RuleBreaker::registrationClosed),
            new Variant("SCHEDULE_GAP", RuleBreaker::scheduleGap),
            new Variant("VENUE_MISSING", RuleBreaker::venueMissing));

    static final SortedSet<String> CODES = codes();

    private final Dice dice;

    private RuleBreaker(Dice dice) {
        this.dice = dice;
    }

    /** A rule code and how to break it. */
    private record Variant(String code, BiFunction<RuleBreaker, Event, Event> apply) {}

    private static SortedSet<String> codes() {
        SortedSet<String> codes = new TreeSet<>();
        VARIANTS.forEach(v -> codes.add(v.code));
        return Collections.unmodifiableSortedSet(codes);
    }

    static Event breaking(Event event, String code, long seed) {
        for (Variant variant : VARIANTS) {
            if (variant.code.equals(code)) {
                return variant.apply.apply(new RuleBreaker(new Dice(seed)), event);
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

    /** Appends a block on the last block's day, a quarter of an hour after it ends. */
    private Event scheduleGap(Event event) {
        Event base = withBlocks(event, 1);
        TimeSpan last = latest(Timetable.of(base));
        ZonedDateTime start = last.end().plusMinutes(15);
        AgendaBlock block = AgendaBlock.builder()
                .id(freshBlockId(base, "networking"))
                .kind(BlockKind.NETWORKING)
                .title("Cóctel de cierre 🥂")
                .timing(Timing.slot(start.toLocalDate(), start.toLocalTime(), start.plusMinutes(15).toLocalTime()))
                .build();
        return covered(withTopLevel(base, base.agenda().blocks().size(), block));
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

    /**
     * Moves the event to the nearest daylight-saving gap (or overlap) of its zone that falls at
     * night, or of Europe/Paris when its zone has none: shifts every date of the event by the same
     * number of days, starts the event in the gap and opens the agenda with a block from the gap
     * to where the agenda started.
     */
    private Event intoTransition(Event event, boolean gap) {
        Optional<ZoneOffsetTransition> own = nearestTransition(event.zone(), event.start(), gap);
        ZoneId zone = own.isPresent() ? event.zone() : SampleZones.PARIS;
        ZoneOffsetTransition transition = own.orElseGet(() -> nearestTransition(zone, event.start(), gap).orElseThrow());
        LocalDateTime from = gap ? transition.getDateTimeBefore() : transition.getDateTimeAfter();
        LocalDateTime middle = from.plus(half(transition.getDuration().abs())).truncatedTo(ChronoUnit.SECONDS);
        long days = ChronoUnit.DAYS.between(event.start().toLocalDate(), middle.toLocalDate());
        Event moved = shift(event, days).withZone(zone);
        Timetable timetable = Timetable.of(moved);
        LocalDateTime agendaStart = moved.start();
        if (!moved.agenda().isEmpty()) {
            LocalDateTime first = timetable.topLevelBlocks().get(0).span().orElseThrow().start().toLocalDateTime();
            if (first.toLocalDate().equals(middle.toLocalDate()) && first.isAfter(middle)) {
                agendaStart = first;
            }
        }
        if (!agendaStart.isAfter(middle)) {
            agendaStart = middle.plusMinutes(30);
        }
        AgendaBlock arrival = AgendaBlock.builder()
                .id(freshBlockId(moved, "acreditacion"))
                .kind(BlockKind.REGISTRATION)
                .title(gap ? "Acreditación (hora inexistente)" : "Acreditación (hora ambigua)")
                .timing(Timing.slot(middle.toLocalDate(), middle.toLocalTime(), agendaStart.toLocalTime()))
                .build();
        Event result = withTopLevel(moved, 0, arrival).withStart(middle);
        Duration earlier = Duration.between(ZonedDateTime.of(middle, zone), ZonedDateTime.of(moved.start(), zone));
        if (result.maximumDuration().isPresent() && earlier.compareTo(Duration.ZERO) > 0) {
            result = result.withMaximumDuration(result.maximumDuration().get().plus(earlier));
        }
        // In another zone, or on other dates, a multi-day event may cross a clock change at night
        // that it did not cross before (or the reverse): elapsed time differs by the change.
        return covered(result);
    }

    /**
     * The transition of a zone nearest to a date in 2000&ndash;2036 whose gap (or overlap) is at
     * night, between midnight and 06:00 of one day.
     */
    static Optional<ZoneOffsetTransition> nearestTransition(ZoneId zone, LocalDateTime near, boolean gap) {
        ZoneRules rules = zone.getRules();
        Instant instant = LocalDate.of(2000, 1, 1).atStartOfDay(zone).toInstant();
        Instant until = LocalDate.of(2037, 1, 1).atStartOfDay(zone).toInstant();
        ZoneOffsetTransition best = null;
        long bestDistance = Long.MAX_VALUE;
        for (ZoneOffsetTransition t = rules.nextTransition(instant); t != null && t.getInstant().isBefore(until);
                t = rules.nextTransition(t.getInstant())) {
            if (t.isGap() != gap) {
                continue;
            }
            LocalDateTime from = gap ? t.getDateTimeBefore() : t.getDateTimeAfter();
            LocalDateTime to = gap ? t.getDateTimeAfter() : t.getDateTimeBefore();
            boolean atNight = from.getHour() < 6 && !to.isAfter(from.toLocalDate().atTime(6, 0));
            long distance = Math.abs(ChronoUnit.DAYS.between(near.toLocalDate(), from.toLocalDate()));
            if (atNight && distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every date of the event, its agenda and its deadlines, a number of days later. */
    private static Event shift(Event event, long days) {
        if (days == 0) {
            return event;
        }
        List<Deadline> deadlines = new ArrayList<>();
        event.deadlines().forEach(d -> deadlines.add(shift(d, days)));
        // Each copy checks that the event ends after it starts: move the end first when moving later.
        Event shifted = days > 0
                ? event.withEnd(event.end().map(e -> e.plusDays(days))).withStart(event.start().plusDays(days))
                : event.withStart(event.start().plusDays(days)).withEnd(event.end().map(e -> e.plusDays(days)));
        shifted = shifted.withDeadlines(deadlines)
                .withAgenda(event.agenda().withBlocks(shift(event.agenda().blocks(), days)));
        return shifted.withRegistration(event.registration()
                .map(r -> r.withDeadline(r.deadline().map(d -> shift(d, days)))));
    }

    private static List<AgendaBlock> shift(List<AgendaBlock> blocks, long days) {
        List<AgendaBlock> shifted = new ArrayList<>();
        for (AgendaBlock block : blocks) {
            AgendaBlock moved = block.withChildren(shift(block.children(), days));
            if (block.timing().isPresent() && block.timing().get() instanceof Slot) {
                Slot slot = (Slot) block.timing().get();
                moved = moved.withTiming(slot.withDate(slot.date().map(d -> d.plusDays(days))));
            }
            shifted.add(moved);
        }
        return shifted;
    }

    private static Deadline shift(Deadline deadline, long days) {
        return deadline.kind() == Deadline.Kind.AT
                ? deadline.withDateTime(deadline.dateTime().map(t -> t.plusDays(days)))
                : deadline.withDate(deadline.date().map(d -> d.plusDays(days)));
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
        for (int i = 0; i < blocks.size(); i++) {
            int at = (start + i) % blocks.size();
            List<Party> parties = partiesOf(blocks.get(at));
            if (!parties.isEmpty()) {
                return insertOverlapping(base, at, "Entrevista simultánea", List.of(parties.get(0)), true);
            }
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
                .kind(BlockKind.TALK)
                .title(title)
                .timing(Timing.slot(middle.toLocalDate(), middle.toLocalTime(), span.end().toLocalTime()));
        speakers.forEach(p -> overlapping.addParticipant(Participant.speaker(p)));
        if (otherRoom) {
            overlapping.room(block.room().map(r -> r + " (anexo)").orElse("Sala anexa"));
            block.track().ifPresent(overlapping::track);
        } else {
            block.room().ifPresent(overlapping::room);
            block.track().ifPresent(overlapping::track);
        }
        return withTopLevel(event, at + 1, overlapping.build());
    }

    /** Takes the moderators off a panel or discussion, or turns a block into an unmoderated panel. */
    private Event moderatorMissing(Event event) {
        Event base = withBlocks(event, 1);
        List<AgendaBlock> blocks = base.agenda().blocks();
        int start = dice.below(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            int at = (start + i) % blocks.size();
            BlockKind kind = blocks.get(at).kind();
            if (kind == BlockKind.PANEL || kind == BlockKind.DISCUSSION) {
                return base.withAgenda(replaceTopLevel(base.agenda(), at, blocks.get(at).withModerators()));
            }
        }
        AgendaBlock block = blocks.get(start).withKind(BlockKind.PANEL).withModerators();
        return base.withAgenda(replaceTopLevel(base.agenda(), start, block));
    }

    // ---------------------------------------------------------------- place, registration, deadlines

    private Event venueMissing(Event event) {
        Event base = event.attendanceMode() == AttendanceMode.ONLINE ? event.withAttendanceMode(AttendanceMode.MIXED) : event;
        return base.withVenue(Optional.empty());
    }

    private Event onlineAccessMissing(Event event) {
        Event base = event.attendanceMode() == AttendanceMode.IN_PERSON ? event.withAttendanceMode(AttendanceMode.MIXED) : event;
        return base.withOnlineLocation(Optional.empty())
                .withRegistration(base.registration().map(r -> r.withUrl(Optional.empty())));
    }

    /** Closes registration (or, without one, another deadline) at the end of the event's first day. */
    private Event deadlineAfterStart(Event event) {
        Deadline late = Deadline.until(event.start().toLocalDate(), event.zone()).withWording("hasta el día del evento");
        if (event.registration().flatMap(Registration::deadline).isPresent()) {
            return event.withRegistration(event.registration().get().withDeadline(late));
        }
        List<Deadline> deadlines = new ArrayList<>(event.deadlines());
        deadlines.add(late.withSubject("Ponencias"));
        return event.withDeadlines(deadlines);
    }

    /** Sets the registration deadline to one day before the event starts, at the same time. */
    private Event registrationClosed(Event event) {
        LocalDateTime dayBefore = event.start().minusDays(1);
        Deadline deadline = event.zone().getRules().getValidOffsets(dayBefore).size() == 1
                ? Deadline.at(dayBefore, event.zone())
                : Deadline.before(event.start().toLocalDate(), event.zone());
        Registration registration = event.registration().orElseGet(() -> Registration.builder().required(true).build());
        return event.withRegistration(registration.withDeadline(deadline.withWording("hasta la víspera")));
    }

    // ---------------------------------------------------------------- contacts, channels

    /** Adds a contact without e-mail or telephone: a party of the event that has none, or a new one. */
    private Event contactUnreachable(Event event) {
        Set<String> contacts = new LinkedHashSet<>();
        event.contacts().forEach(c -> contacts.add(c.party().id()));
        Party party = null;
        for (Party candidate : allParties(event)) {
            if (candidate.email().isEmpty() && candidate.phone().isEmpty() && !contacts.contains(candidate.id())) {
                party = candidate;
                break;
            }
        }
        if (party == null) {
            party = Organization.builder().id(fresh("secretaria", partyIds(event))).name("Secretaría técnica")
                    .url(URI.create("https://www.example.org/contacto")).build();
        }
        return addContact(event, party);
    }

    private Event invalidEmail(Event event) {
        Person person = Person.builder().id(fresh("correo", partyIds(event))).name("Ana Correo")
                .email(dice.pick("ana.example.org", "ana@", "@example.org", "ana@@example.org"))
                .phone("+598 2915 0000").build();
        return addContact(event, person);
    }

    private Event invalidPhone(Event event) {
        Person person = Person.builder().id(fresh("telefono", partyIds(event))).name("Ana Teléfono")
                .email("ana@example.org")
                .phone(dice.pick("+33 1 ABC 81 92", "12345", "33+1 53 41 81 92")).build();
        return addContact(event, person);
    }

    private Event invalidUrl(Event event) {
        List<Link> links = new ArrayList<>(event.links());
        links.add(Link.of(URI.create(dice.pick("https:///programa", "ftp://example.org/programa.pdf")), "Programa"));
        return event.withLinks(links);
    }

    private static Event addContact(Event event, Party party) {
        List<Contact> contacts = new ArrayList<>(event.contacts());
        contacts.add(Contact.of(party));
        return event.withContacts(contacts);
    }

    // ---------------------------------------------------------------- shared

    /**
     * Appends 30-minute breaks until the agenda has a number of top-level blocks, then makes the
     * event cover them.
     */
    private static Event withBlocks(Event event, int count) {
        Event result = event;
        while (result.agenda().blocks().size() < count) {
            AgendaBlock pause = AgendaBlock.builder()
                    .id(freshBlockId(result, "pausa"))
                    .kind(BlockKind.BREAK)
                    .title("Pausa ☕")
                    .timing(Timing.minutes(30))
                    .build();
            result = withTopLevel(result, result.agenda().blocks().size(), pause);
        }
        return result == event ? event : covered(result);
    }

    /**
     * Moves the event's end, and raises its maximum duration, so that they cover the agenda (and
     * the maximum the announced event).
     */
    private static Event covered(Event event) {
        Timetable timetable = Timetable.of(event);
        TimeSpan agenda = timetable.agendaSpan().orElseThrow();
        Event result = event;
        if (timetable.eventEnd().isPresent() && timetable.eventEnd().get().isBefore(agenda.end())) {
            if (event.end().isPresent()) {
                result = result.withEnd(agenda.end().toLocalDateTime());
            } else {
                result = result.withMaximumDuration(Duration.between(timetable.eventStart(), agenda.end()));
            }
        }
        Duration needed = agenda.duration();
        if (result.end().isPresent()) {
            Duration announced = Timetable.of(result).eventSpan().orElseThrow().duration();
            needed = announced.compareTo(needed) > 0 ? announced : needed;
        }
        if (result.maximumDuration().isPresent() && result.maximumDuration().get().compareTo(needed) < 0) {
            result = result.withMaximumDuration(needed);
        }
        return result;
    }

    /** Inserts a top-level block at a position; with a null block, returns the event unchanged. */
    private static Event withTopLevel(Event event, int at, AgendaBlock block) {
        if (block == null) {
            return event;
        }
        List<AgendaBlock> blocks = new ArrayList<>(event.agenda().blocks());
        blocks.add(at, block);
        return event.withAgenda(event.agenda().withBlocks(blocks));
    }

    private static Agenda replaceTopLevel(Agenda agenda, int at, AgendaBlock block) {
        List<AgendaBlock> blocks = new ArrayList<>(agenda.blocks());
        blocks.set(at, block);
        return agenda.withBlocks(blocks);
    }

    /** The span of the top-level block that ends last. */
    private static TimeSpan latest(Timetable timetable) {
        TimeSpan latest = null;
        for (ScheduledBlock block : timetable.topLevelBlocks()) {
            TimeSpan span = block.span().orElseThrow();
            if (latest == null || !span.end().isBefore(latest.end())) {
                latest = span;
            }
        }
        return latest;
    }

    /** Half a duration, in whole minutes (or seconds) when it is long enough, and never zero. */
    private static Duration half(Duration duration) {
        Duration half = duration.dividedBy(2);
        if (half.toMinutes() >= 1) {
            half = half.truncatedTo(ChronoUnit.MINUTES);
        } else if (half.getSeconds() >= 1) {
            half = half.truncatedTo(ChronoUnit.SECONDS);
        }
        return half.isZero() ? Duration.ofNanos(1) : half;
    }

    private static List<Party> partiesOf(AgendaBlock block) {
        List<Party> parties = new ArrayList<>();
        block.moderators().forEach(m -> parties.add(m.party()));
        block.participants().forEach(p -> parties.add(p.party()));
        return parties;
    }

    /** Every party of the event, nested organizations included, each once, in order of appearance. */
    static List<Party> allParties(Event event) {
        List<Party> all = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Party> direct = new ArrayList<>(event.organizers());
        direct.addAll(event.partners());
        event.contacts().forEach(c -> direct.add(c.party()));
        collectBlocks(event.agenda().blocks(), direct);
        for (Party party : direct) {
            collect(party, seen, all);
        }
        return all;
    }

    private static void collectBlocks(List<AgendaBlock> blocks, List<Party> into) {
        for (AgendaBlock block : blocks) {
            into.addAll(partiesOf(block));
            collectBlocks(block.children(), into);
        }
    }

    private static void collect(Party party, Set<String> seen, List<Party> into) {
        if (!seen.add(party.id())) {
            return;
        }
        into.add(party);
        if (party instanceof Person) {
            ((Person) party).positions().forEach(p -> p.organization().ifPresent(o -> collect(o, seen, into)));
        } else {
            ((Organization) party).parent().ifPresent(p -> collect(p, seen, into));
        }
    }

    private static Set<String> partyIds(Event event) {
        Set<String> ids = new LinkedHashSet<>();
        allParties(event).forEach(p -> ids.add(p.id()));
        return ids;
    }

    private static String freshBlockId(Event event, String base) {
        Set<String> ids = new LinkedHashSet<>();
        collectIds(event.agenda().blocks(), ids);
        return fresh(base, ids);
    }

    private static void collectIds(List<AgendaBlock> blocks, Set<String> into) {
        for (AgendaBlock block : blocks) {
            into.add(block.id());
            collectIds(block.children(), into);
        }
    }

    private static String fresh(String base, Set<String> used) {
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
