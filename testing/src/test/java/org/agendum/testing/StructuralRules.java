package org.agendum.testing;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.Organization;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Registration;
import org.agendum.core.time.LocalTimeIssue;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/**
 * A reading of the validation rule catalogue written straight from its definitions on the
 * timetable, independent of the validator, so that the generator can be tested before (and
 * against) it; {@code RandomEventsValidationTest} checks that both agree. Time-dependent rules
 * (REGISTRATION_CLOSED) are left out.
 */
final class StructuralRules {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private StructuralRules() {}

    /** The rooms a block books: its room and its overflow rooms. */
    private static Set<String> booked(AgendaBlock block) {
        Set<String> rooms = new HashSet<>(block.overflowRooms());
        block.room().ifPresent(rooms::add);
        return rooms;
    }

    /**
     * Whether a block's own registration offers more seats than the declared rooms it books (its room, its
     * overflow rooms) seat together, every one of them stating its seats.
     */
    private static boolean overRoomCapacity(Event event, AgendaBlock block) {
        Optional<Capacity> offered = block.registration().flatMap(Registration::capacity);
        if (block.room().isEmpty() || offered.isEmpty() || offered.get().seats().isEmpty()) {
            return false;
        }
        long seated = 0;
        for (String id : booked(block)) {
            Optional<Integer> seats = event.rooms().stream().filter(r -> r.id().equals(id)).findAny()
                    .flatMap(r -> r.capacity());
            if (seats.isEmpty()) {
                return false;
            }
            seated += seats.get();
        }
        return offered.get().seats().getAsInt() > seated;
    }

    /** Whether two of the names of the blocks, at any depth, are one name but for case and whitespace. */
    private static boolean spelledTwoWays(Timetable timetable, Function<AgendaBlock, Set<String>> names) {
        Map<String, Set<String>> spellings = new LinkedHashMap<>();
        for (ScheduledBlock block : timetable.blocks()) {
            for (String name : names.apply(block.block())) {
                String key = name.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
                spellings.computeIfAbsent(key, k -> new HashSet<>()).add(name);
            }
        }
        return spellings.values().stream().anyMatch(spelled -> spelled.size() > 1);
    }

    /** The codes an event breaks. */
    static SortedSet<String> codes(Event event) {
        Timetable timetable = Timetable.of(event);
        SortedSet<String> codes = new TreeSet<>();
        List<ScheduledBlock> top = timetable.topLevelBlocks();
        // A cancelled or postponed block, and what is nested in it, holds no room, party or time.
        List<ScheduledBlock> held = timetable.blocks().stream().filter(b -> takesPlace(b, timetable)).toList();
        List<ScheduledBlock> heldTop = top.stream().filter(held::contains).toList();
        Map<String, List<ScheduledBlock>> siblings = new LinkedHashMap<>();
        for (ScheduledBlock block : held) {
            siblings.computeIfAbsent(block.parentId().orElse(""), k -> new ArrayList<>()).add(block);
        }
        for (List<ScheduledBlock> level : siblings.values()) {
            if (overlapsInSameRoom(level)) {
                codes.add("BLOCK_OVERLAP");
            }
        }
        // A room, at any depth, overlapping: a block's room or one it is shown in; not a block and its
        // parts, not siblings of one room and track; not a cancelled or postponed block.
        for (ScheduledBlock[] pair : overlappingPairs(held)) {
            AgendaBlock a = pair[0].block();
            AgendaBlock b = pair[1].block();
            boolean related = pair[0].path().startsWith(pair[1].path() + "/")
                    || pair[1].path().startsWith(pair[0].path() + "/");
            boolean oneTrack = pair[0].parentId().equals(pair[1].parentId()) && a.track().equals(b.track())
                    && a.room().equals(b.room());
            Set<String> shared = booked(a);
            shared.retainAll(booked(b));
            if (!shared.isEmpty() && !related && !oneTrack) {
                codes.add("ROOM_DOUBLE_BOOKED");
            }
        }
        if (event.rooms().isEmpty() && spelledTwoWays(timetable, StructuralRules::booked)) {
            codes.add("ROOM_NAME_VARIANTS");
        }
        if (event.tracks().isEmpty() && spelledTwoWays(timetable, b -> new HashSet<>(b.track().stream().toList()))) {
            codes.add("TRACK_NAME_VARIANTS");
        }
        ZonedDateTime start = timetable.eventStart();
        Optional<ZonedDateTime> end = timetable.eventEnd();
        for (int i = 0; i < top.size(); i++) {
            TimeSpan span = top.get(i).span().orElseThrow();
            boolean outside = span.start().isBefore(start) || end.isPresent() && span.end().isAfter(end.get());
            if (outside && held.contains(top.get(i))) {
                codes.add("BLOCK_OUTSIDE_EVENT");
            }
            if (i > 0) {
                TimeSpan previous = top.get(i - 1).span().orElseThrow();
                // A block belongs to the day it starts: the night after one that ends at or past
                // midnight is no gap.
                if (previous.end().isBefore(span.start())
                        && previous.start().toLocalDate().equals(span.start().toLocalDate())) {
                    codes.add("SCHEDULE_GAP");
                }
            }
        }
        for (ScheduledBlock[] pair : overlappingPairs(heldTop)) {
            if (!disjoint(partiesWithin(pair[0].block()), partiesWithin(pair[1].block()))) {
                codes.add("PARTY_DOUBLE_BOOKED");
            }
        }
        // Nested blocks of one top-level block, neither part of the other, with a party in both.
        for (ScheduledBlock parent : heldTop) {
            List<ScheduledBlock> nested = held.stream()
                    .filter(b -> b.path().startsWith(parent.path() + "/")).toList();
            for (ScheduledBlock[] pair : overlappingPairs(nested)) {
                boolean related = pair[0].path().startsWith(pair[1].path() + "/")
                        || pair[1].path().startsWith(pair[0].path() + "/");
                if (!related && !disjoint(partyIds(pair[0].block()), partyIds(pair[1].block()))) {
                    codes.add("PARTY_DOUBLE_BOOKED");
                }
            }
        }
        if (event.end().isPresent() && event.maximumDuration().isPresent()
                && timetable.eventSpan().orElseThrow().duration().compareTo(event.maximumDuration().get()) > 0) {
            codes.add("EVENT_LONGER_THAN_MAXIMUM");
        }
        if (event.maximumDuration().isPresent() && !heldTop.isEmpty()) {
            Instant first = heldTop.stream().map(b -> b.span().get().start().toInstant()).min(Comparator.naturalOrder()).get();
            Instant last = heldTop.stream().map(b -> b.span().get().end().toInstant()).max(Comparator.naturalOrder()).get();
            if (java.time.Duration.between(first, last).compareTo(event.maximumDuration().get()) > 0) {
                codes.add("DURATION_OVER_BUDGET");
            }
        }
        for (ScheduledBlock block : held) {
            Optional<Deadline> own = block.block().registration().flatMap(Registration::deadline);
            if (own.isPresent() && block.span().isPresent()
                    && own.get().cutoff().isAfter(block.span().get().start().toInstant())) {
                codes.add("BLOCK_DEADLINE_AFTER_START");
            }
            if (overRoomCapacity(event, block.block())) {
                codes.add("BLOCK_OVER_ROOM_CAPACITY");
            }
        }
        for (ScheduledBlock block : timetable.blocks()) {
            if (block.parentId().isPresent() && block.span().isPresent()) {
                TimeSpan parent = timetable.spanOf(block.parentId().get()).orElseThrow();
                if (!parent.encloses(block.span().get())) {
                    codes.add("CHILD_OUTSIDE_PARENT");
                }
            }
            if (listsAPartyTwice(block.block().moderators().stream().map(m -> m.party().id()).toList())
                    || listsAPartyTwice(block.block().participants().stream().map(p -> p.party().id()).toList())) {
                codes.add("PARTY_LISTED_TWICE");
            }
            BlockKind kind = block.block().kind();
            // Nobody speaks in or chairs a cancelled or postponed block.
            boolean takesPlace = takesPlace(block, timetable);
            if (EnumSet.of(BlockKind.TALK, BlockKind.KEYNOTE, BlockKind.PANEL).contains(kind)
                    && event.agenda().status() == AgendaStatus.CONFIRMED && takesPlace
                    && speakersWithin(block.block()) == 0 && !ancestorSpeaks(timetable, block)) {
                codes.add("SPEAKER_MISSING");
            }
            if ((kind == BlockKind.PANEL || kind == BlockKind.DISCUSSION) && block.block().moderators().isEmpty()
                    && takesPlace) {
                codes.add("MODERATOR_MISSING");
            }
        }
        Instant startInstant = start.toInstant();
        List<Deadline> deadlines = new ArrayList<>(event.deadlines());
        event.registration().flatMap(Registration::deadline).ifPresent(deadlines::add);
        timetable.blocks().forEach(b -> b.block().registration().flatMap(Registration::deadline).ifPresent(deadlines::add));
        // Only the registration deadline: the event's other deadlines may fall during or after it.
        if (event.registration().flatMap(Registration::deadline).filter(d -> d.cutoff().isAfter(startInstant))
                .isPresent()) {
            codes.add("DEADLINE_AFTER_START");
        }
        AttendanceMode mode = event.attendanceMode();
        if (mode != AttendanceMode.ONLINE && event.venue().isEmpty()) {
            codes.add("VENUE_MISSING");
        }
        HybridOracle.addCodes(event, codes);
        for (Contact contact : event.contacts()) {
            if (contact.party().email().isEmpty() && contact.party().phone().isEmpty()) {
                codes.add("CONTACT_UNREACHABLE");
            }
        }
        List<URI> urls = new ArrayList<>();
        for (Party party : parties(event)) {
            party.email().filter(e -> !EMAIL.matcher(e).matches()).ifPresent(e -> codes.add("INVALID_EMAIL"));
            party.phone().filter(p -> !isPhone(p)).ifPresent(p -> codes.add("INVALID_PHONE"));
            party.url().ifPresent(urls::add);
        }
        event.venue().flatMap(v -> v.url()).ifPresent(urls::add);
        event.onlineLocation().flatMap(o -> o.url()).ifPresent(urls::add);
        for (ScheduledBlock block : timetable.blocks()) {
            block.block().onlineLocation().flatMap(o -> o.url()).ifPresent(urls::add);
        }
        event.registration().flatMap(Registration::url).ifPresent(urls::add);
        event.links().stream().map(Link::url).forEach(urls::add);
        timetable.blocks().forEach(b -> b.block().registration().flatMap(Registration::url).ifPresent(urls::add));
        if (urls.stream().anyMatch(u -> !isWebUrl(u))) {
            codes.add("INVALID_URL");
        }
        for (LocalTimeIssue issue : timetable.localTimeIssues()) {
            codes.add(switch (issue.kind()) {
                case GAP -> "NONEXISTENT_LOCAL_TIME";
                case OVERLAP -> "AMBIGUOUS_LOCAL_TIME";
                case OFFSET_NOT_VALID -> "LOCAL_TIME_OFFSET_INVALID";
            });
        }
        for (Deadline deadline : deadlines) {
            if (deadline instanceof Deadline.At at) {
                int offsets = at.zone().getRules().getValidOffsets(at.dateTime()).size();
                if (offsets != 1) {
                    codes.add(offsets == 0 ? "NONEXISTENT_LOCAL_TIME" : "AMBIGUOUS_LOCAL_TIME");
                }
            }
        }
        return codes;
    }

    /** Whether neither the block nor a block it is nested in is cancelled or postponed. */
    private static boolean takesPlace(ScheduledBlock block, Timetable timetable) {
        for (ScheduledBlock other : timetable.blocks()) {
            boolean self = other.path().equals(block.path());
            BlockStatus status = other.block().status();
            if ((self || block.path().startsWith(other.path() + "/"))
                    && (status == BlockStatus.CANCELLED || status == BlockStatus.POSTPONED)) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlapsInSameRoom(List<ScheduledBlock> level) {
        for (ScheduledBlock[] pair : overlappingPairs(level)) {
            AgendaBlock a = pair[0].block();
            AgendaBlock b = pair[1].block();
            if (a.room().equals(b.room()) && a.track().equals(b.track())) {
                return true;
            }
        }
        return false;
    }

    /** The pairs of timed blocks whose spans overlap: a sweep over the blocks sorted by start. */
    private static List<ScheduledBlock[]> overlappingPairs(List<ScheduledBlock> blocks) {
        List<ScheduledBlock> timed = new ArrayList<>();
        blocks.stream().filter(b -> b.span().isPresent()).forEach(timed::add);
        timed.sort(Comparator.comparing(b -> b.span().get().start().toInstant()));
        List<ScheduledBlock[]> pairs = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            TimeSpan span = timed.get(i).span().get();
            for (int j = i + 1; j < timed.size() && timed.get(j).span().get().start().isBefore(span.end()); j++) {
                if (span.overlaps(timed.get(j).span().get())) {
                    pairs.add(new ScheduledBlock[] {timed.get(i), timed.get(j)});
                }
            }
        }
        return pairs;
    }

    /** How many participants who are not only hosts a block and its descendants list. */
    private static long speakersWithin(AgendaBlock block) {
        return block.participants().stream().filter(p -> p.role() != ParticipantRole.HOST).count()
                + block.children().stream().mapToLong(StructuralRules::speakersWithin).sum();
    }

    private static boolean ancestorSpeaks(Timetable timetable, ScheduledBlock block) {
        for (ScheduledBlock other : timetable.blocks()) {
            if (block.path().startsWith(other.path() + "/")
                    && other.block().participants().stream().anyMatch(p -> p.role() != ParticipantRole.HOST)) {
                return true;
            }
        }
        return false;
    }

    private static boolean listsAPartyTwice(List<String> ids) {
        return new HashSet<>(ids).size() < ids.size();
    }

    static boolean isPhone(String phone) {
        String stripped = phone.strip();
        long digits = stripped.chars().filter(Character::isDigit).count();
        boolean letters = stripped.chars().anyMatch(Character::isLetter);
        return !letters && digits >= 6 && stripped.lastIndexOf('+') <= 0;
    }

    static boolean isWebUrl(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty();
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.isEmpty();
    }

    static Set<String> partyIds(AgendaBlock block) {
        Set<String> ids = new LinkedHashSet<>();
        block.moderators().forEach(m -> ids.add(m.party().id()));
        block.participants().forEach(p -> ids.add(p.party().id()));
        return ids;
    }

    /** The ids of the parties of a block and of its children: all take part in the block. */
    static Set<String> partiesWithin(AgendaBlock block) {
        Set<String> ids = partyIds(block);
        block.children().forEach(c -> ids.addAll(partiesWithin(c)));
        return ids;
    }

    /** Every party of an event, nested organizations included, each once. */
    static List<Party> parties(Event event) {
        Map<String, Party> byId = new LinkedHashMap<>();
        List<Party> direct = new ArrayList<>(event.organizers());
        direct.addAll(event.partners());
        event.contacts().forEach(c -> direct.add(c.party()));
        addBlockParties(event.agenda().blocks(), direct);
        direct.forEach(p -> walk(p, byId));
        return new ArrayList<>(byId.values());
    }

    private static void addBlockParties(List<AgendaBlock> blocks, List<Party> into) {
        for (AgendaBlock block : blocks) {
            block.moderators().forEach(m -> into.add(m.party()));
            block.participants().forEach(p -> into.add(p.party()));
            addBlockParties(block.children(), into);
        }
    }

    private static void walk(Party party, Map<String, Party> byId) {
        if (byId.putIfAbsent(party.id(), party) != null) {
            return;
        }
        if (party instanceof Person) {
            ((Person) party).positions().forEach(p -> p.organization().ifPresent(o -> walk(o, byId)));
        } else {
            ((Organization) party).parent().ifPresent(p -> walk(p, byId));
        }
    }
}
