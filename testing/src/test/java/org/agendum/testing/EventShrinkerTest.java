package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Contact;
import org.agendum.core.model.DurationOnly;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link EventShrinker}: it returns an event that still fails, one whose candidates all pass (a
 * local minimum), every candidate holds the model's invariants (checked here by a reading of them
 * of its own), and the same input gives the same result. The expected shapes are written from the
 * predicates, not from the shrinker's list of edits.
 */
class EventShrinkerTest {

    private static final long SEED = 2026_12_06L;

    /** Random events of 0 to 20 blocks, and the hand-made event of {@link #shared()}. */
    static Stream<Event> events() {
        return Stream.concat(Stream.of(0, 1, 2, 5, 20).flatMap(blocks -> LongStream.range(0, 2)
                .mapToObj(i -> RandomEvents.seeded(SEED).withBlocks(blocks).withParties(6).event(i))), Stream.of(shared()));
    }

    @ParameterizedTest
    @MethodSource("events")
    void candidates_holdTheInvariants_differFromTheEvent_andComeInTheSameOrderEachTime(Event event) {
        List<Event> candidates = EventShrinker.candidates(event).collect(Collectors.toList());

        assertThat(candidates).isNotEmpty().doesNotContain(event);
        assertThat(EventShrinker.candidates(event).collect(Collectors.toList())).isEqualTo(candidates);
        for (Event candidate : candidates) {
            assertInvariants(candidate);
        }
    }

    @ParameterizedTest
    @MethodSource("events")
    void aPropertyThatAlwaysFails_shrinksToWhatAnEventRequires(Event event) {
        Event required = Event.builder().id(event.id()).title(event.title()).zone(event.zone()).start(event.start()).build();

        assertThat(EventShrinker.shrink(event, e -> true)).isEqualTo(required);
    }

    @Test
    void aHundredBlocks_shrinkToOneInFewTries() {
        Event event = RandomEvents.seeded(SEED).withBlocks(100).event(0);
        String kept = event.agenda().blocks().get(63).id();
        int[] tries = {0};

        Event smallest = EventShrinker.shrink(event, e -> {
            tries[0]++;
            return e.agenda().blocks().stream().anyMatch(b -> b.id().equals(kept));
        });

        assertThat(smallest.agenda().blocks()).extracting(AgendaBlock::id).containsExactly(kept);
        assertThat(tries[0]).isLessThan(300);
    }

    /** Properties that fail for some events, independent of how the shrinker edits. */
    static Stream<Object[]> failures() {
        List<Object[]> failures = new ArrayList<>();
        failures.add(new Object[] {"a block with a moderator and a participant",
                (Predicate<Event>) e -> allBlocks(e).stream().anyMatch(b -> !b.moderators().isEmpty()
                        && !b.participants().isEmpty())});
        failures.add(new Object[] {"a party in two blocks", (Predicate<Event>) e -> {
            Map<String, Integer> blocks = new HashMap<>();
            for (AgendaBlock block : allBlocks(e)) {
                block.moderators().stream().map(m -> m.party().id()).distinct().forEach(id -> blocks.merge(id, 1, Integer::sum));
                block.participants().stream().map(p -> p.party().id())
                        .filter(id -> block.moderators().stream().noneMatch(m -> m.party().id().equals(id)))
                        .distinct().forEach(id -> blocks.merge(id, 1, Integer::sum));
            }
            return blocks.values().stream().anyMatch(n -> n >= 2);
        }});
        failures.add(new Object[] {"a person working at an organization inside another",
                (Predicate<Event>) e -> e.parties().stream().filter(p -> p instanceof Person)
                        .flatMap(p -> ((Person) p).positions().stream())
                        .anyMatch(p -> p.organization().flatMap(Organization::parent).isPresent())});
        failures.add(new Object[] {"three blocks, one of them duration-only", (Predicate<Event>) e ->
                e.agenda().blocks().size() >= 3
                        && e.agenda().blocks().stream().anyMatch(b -> b.timing().get() instanceof DurationOnly)});
        failures.add(new Object[] {"an odd number of blocks (not monotone)",
                (Predicate<Event>) e -> e.agenda().blocks().size() % 2 == 1});
        return failures.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void shrinking_endsAtAnEventThatStillFails_noneOfWhoseCandidatesFails(String property, Predicate<Event> fails) {
        List<Event> failing = Stream.concat(Stream.of(shared()), LongStream.range(0, 60)
                .mapToObj(i -> RandomEvents.seeded(SEED + 1).withBlocks(i % 2 == 0 ? 5 : 20).withParties(8).event(i)))
                .filter(fails).limit(3).collect(Collectors.toList());
        assertThat(failing).as("events that fail '%s'", property).isNotEmpty();

        for (Event event : failing) {
            Event smallest = EventShrinker.shrink(event, fails);

            assertThat(fails).as(property).accepts(smallest);
            assertInvariants(smallest);
            assertThat(EventShrinker.candidates(smallest).filter(fails).findFirst()).as(property).isEmpty();
        }
    }

    @Test
    void theSmallestEvents_areAsSmallAsThePropertiesAllow() {
        Event event = shared();

        Event moderatedAndAttended = EventShrinker.shrink(event, e -> allBlocks(e).stream()
                .anyMatch(b -> !b.moderators().isEmpty() && !b.participants().isEmpty()));
        assertThat(allBlocks(moderatedAndAttended)).hasSize(1)
                .allSatisfy(b -> assertThat(b.moderators().size() + b.participants().size()).isEqualTo(2));
        assertThat(moderatedAndAttended.parties()).hasSize(2);

        Event nested = EventShrinker.shrink(event, e -> e.parties().stream().filter(p -> p instanceof Person)
                .flatMap(p -> ((Person) p).positions().stream())
                .anyMatch(p -> p.organization().flatMap(Organization::parent).isPresent()));
        // Ana, the contact, at the FES inside the UNAM, each with nothing but its id and name; no block.
        assertThat(nested.agenda().blocks()).isEmpty();
        assertThat(nested.parties()).extracting(Party::id).containsExactlyInAnyOrder("ana", "fes", "unam");
        assertThat(nested.contacts()).extracting(Contact::party).containsExactly(Person.of("ana", "Ana Pérez")
                .withPositions(Position.at(Organization.of("fes", "Facultad de Estudios Superiores Acatlán")
                        .withParent(Organization.of("unam", "Universidad Nacional Autónoma de México")))));
    }

    @Test
    void aBlocksSubtitleLanguagesAndLinks_shrinkToWhatThePropertyNeeds() {
        Link slides = Link.of(URI.create("https://example.org/s.pdf"), "Diapositivas").withKind(LinkKind.SLIDES);
        Link recording = Link.of(URI.create("https://example.org/r"), "Grabación").withKind(LinkKind.RECORDING);
        AgendaBlock talk = AgendaBlock.builder().id("charla").kind(BlockKind.TALK).title("Charla")
                .subtitle("y algo más").addLanguages("es", "pt-BR").addLinks(slides, recording)
                .timing(Timing.minutes(30)).build();
        Event event = Event.builder().id("e").title("E").zone(ZoneId.of("America/Mexico_City"))
                .start(LocalDateTime.of(2021, 6, 11, 10, 0)).addLinks(recording).agenda(Agenda.of(talk)).build();

        // A recording among a block's links: one link, of that kind, with neither label nor anything else.
        Event smallest = EventShrinker.shrink(event, e -> e.agenda().blocks().stream()
                .anyMatch(b -> b.links().stream().anyMatch(l -> l.kind().equals(Optional.of(LinkKind.RECORDING)))));
        assertThat(smallest).isEqualTo(Event.builder().id("e").title("E").zone(event.zone()).start(event.start())
                .agenda(Agenda.of(AgendaBlock.builder().id("charla").kind(BlockKind.TALK).title("Charla")
                        .timing(Timing.minutes(30)).addLinks(Link.of(URI.create("https://example.org/r"))
                                .withKind(LinkKind.RECORDING)).build()))
                .build());

        // A block held in Portuguese: that language alone.
        Event portuguese = EventShrinker.shrink(event, e -> !e.agenda().blocks().isEmpty()
                && e.agenda().blocks().get(0).languages().contains("pt-BR"));
        assertThat(portuguese.agenda().blocks().get(0).languages()).containsExactly("pt-BR");
        assertThat(portuguese.agenda().blocks().get(0).subtitle()).isEmpty();
        assertThat(portuguese.agenda().blocks().get(0).links()).isEmpty();

        // An event link with a kind: its kind kept, its label dropped.
        Event kindOfLink = EventShrinker.shrink(event, e -> e.links().stream().anyMatch(l -> l.kind().isPresent()));
        assertThat(kindOfLink.links()).containsExactly(Link.of(URI.create("https://example.org/r")).withKind(LinkKind.RECORDING));
        assertThat(kindOfLink.agenda().blocks()).isEmpty();
    }

    @Test
    void aPartyIsEditedEverywhereAtOnce() {
        Event event = shared();

        // Ana is a contact, moderates the panel and speaks in the talk: without her e-mail address everywhere.
        Optional<Event> withoutEmail = EventShrinker.candidates(event)
                .filter(c -> c.parties().stream().anyMatch(p -> p.id().equals("ana") && p.email().isEmpty()))
                .findFirst();
        assertThat(withoutEmail).isPresent();
        assertThat(occurrences(withoutEmail.get(), "ana")).hasSize(3).allSatisfy(p -> assertThat(p.email()).isEmpty());

        // Removed, she is gone from all three places, and the rest stays.
        Optional<Event> withoutAna = EventShrinker.candidates(event)
                .filter(c -> c.parties().stream().noneMatch(p -> p.id().equals("ana"))
                        && allBlocks(c).size() == allBlocks(event).size() && !c.organizers().isEmpty())
                .findFirst();
        assertThat(withoutAna).isPresent();
        assertThat(occurrences(withoutAna.get(), "ana")).isEmpty();
        assertThat(withoutAna.get().contacts()).isEmpty();
    }

    @Test
    void removingAnOrganization_dropsThePositionsAtIt_butKeepsTheirTitles() {
        Event event = shared();

        Optional<Event> withoutFes = EventShrinker.candidates(event)
                .filter(c -> c.parties().stream().noneMatch(p -> p.id().equals("fes")) && !c.organizers().isEmpty())
                .findFirst();

        assertThat(withoutFes).isPresent();
        Person luis = (Person) occurrences(withoutFes.get(), "luis").get(0);
        assertThat(luis.positions()).containsExactly(Position.of("Director"));
        Person ana = (Person) occurrences(withoutFes.get(), "ana").get(0);
        assertThat(ana.positions()).isEmpty();
    }

    @Test
    void candidatesThatWouldBreakAnInvariant_areSkipped() {
        // An online location with only a URL cannot lose it; a position only at an organization
        // cannot lose the organization; a top-level block cannot lose its timing.
        Event event = shared();

        List<Event> candidates = EventShrinker.candidates(event).collect(Collectors.toList());

        assertThat(candidates).filteredOn(c -> c.onlineLocation().isPresent())
                .allSatisfy(c -> assertThat(c.onlineLocation().get().url()).isPresent());
        assertThat(candidates).anyMatch(c -> c.onlineLocation().isEmpty());
        assertThat(candidates).allSatisfy(c -> assertThat(c.agenda().blocks()).allMatch(b -> b.timing().isPresent()));
        // A child's timing can go.
        assertThat(candidates).anyMatch(c -> allBlocks(c).stream().anyMatch(b -> b.id().equals("preguntas")
                && b.timing().isEmpty()));
    }

    @Test
    void shrinking_isDeterministic() {
        Event event = RandomEvents.seeded(SEED).withBlocks(20).withParties(8).event(3);
        Predicate<Event> fails = e -> e.parties().size() >= 3 && e.agenda().blocks().size() >= 2;
        List<Event> tried = new ArrayList<>();
        List<Event> triedAgain = new ArrayList<>();

        Event first = EventShrinker.shrink(event, e -> tried.add(e) && fails.test(e));
        Event second = EventShrinker.shrink(event, e -> triedAgain.add(e) && fails.test(e));

        assertThat(second).isEqualTo(first);
        assertThat(triedAgain).isEqualTo(tried);
    }

    @Test
    void shrinking_triesAtMostMaxTries() {
        Event event = RandomEvents.seeded(SEED).withBlocks(20).event(0);
        int[] calls = {0};

        Event unchanged = EventShrinker.shrink(event, e -> ++calls[0] > 0 && e.equals(event), 5);

        assertThat(unchanged).isSameAs(event);
        assertThat(calls[0]).isEqualTo(1 + 5);
        assertThat(EventShrinker.shrink(event, e -> true, 0)).isSameAs(event);
    }

    @Test
    void anEventThatDoesNotFail_isRefused() {
        Event event = shared();

        assertThatThrownBy(() -> EventShrinker.shrink(event, e -> false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not fail");
        assertThatThrownBy(() -> EventShrinker.shrink(event, e -> true, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- an event with shared parties

    private static Organization unam() {
        return Organization.builder().id("unam").name("Universidad Nacional Autónoma de México").acronym("UNAM")
                .country("MX").build();
    }

    private static Organization fes() {
        return Organization.builder().id("fes").name("Facultad de Estudios Superiores Acatlán").acronym("FES")
                .parent(unam()).build();
    }

    /**
     * Ana (contact, moderator of the panel, speaker of the talk) works at the FES, inside the
     * UNAM; Luis is the FES's director; the panel has a timed child; online through a URL alone.
     */
    static Event shared() {
        Person ana = Person.builder().id("ana").name("Ana Pérez").email("ana@example.org")
                .addPosition(Position.at(fes())).build();
        Person luis = Person.builder().id("luis").honorific("Dr.").name("Luis Gómez")
                .addPosition(Position.of("Director", fes())).build();
        AgendaBlock panel = AgendaBlock.builder().id("panel").kind(BlockKind.PANEL).title("Panel")
                .timing(Timing.slot(LocalTime.of(10, 0), LocalTime.of(11, 0)))
                .addModerator(Moderator.moderator(ana).withLabel("Modera"))
                .addParticipant(Participant.panelist(luis))
                .addChild(AgendaBlock.builder().id("preguntas").kind(BlockKind.QUESTIONS_AND_ANSWERS).title("Preguntas")
                        .timing(Timing.minutes(15)).build())
                .build();
        AgendaBlock talk = AgendaBlock.builder().id("charla").kind(BlockKind.TALK).title("Charla").room("Sala 2")
                .timing(Timing.minutes(30)).addParticipant(Participant.speaker(ana)).build();
        return Event.builder().id("compartido").title("Partes compartidas").subtitle("Prueba")
                .zone(ZoneId.of("America/Mexico_City")).start(LocalDateTime.of(2021, 6, 11, 10, 0))
                .maximumDuration(Duration.ofMinutes(90))
                .addOrganizer(unam()).addPartner(fes())
                .addContact(Contact.of(ana))
                .onlineLocation(OnlineLocation.of(URI.create("https://example.org/sala")))
                .agenda(Agenda.of(panel, talk))
                .build();
    }

    // ---------------------------------------------------------------- an independent reading of the invariants

    /**
     * The invariants an edit could break, read from the model's documentation: one party per id,
     * unique block ids, a timing on each top-level block, a position with a title or an
     * organization, an online location with something in it.
     */
    private static void assertInvariants(Event event) {
        Map<String, Party> byId = new HashMap<>();
        for (Party party : occurrences(event, null)) {
            Party known = byId.putIfAbsent(party.id(), party);
            assertThat(known == null || known.equals(party)).as("one party for id %s", party.id()).isTrue();
            if (party instanceof Person) {
                assertThat(((Person) party).positions())
                        .allMatch(p -> p.title().isPresent() || p.organization().isPresent());
            }
        }
        Set<String> ids = new HashSet<>();
        assertThat(allBlocks(event)).allMatch(b -> ids.add(b.id()));
        assertThat(event.agenda().blocks()).allMatch(b -> b.timing().isPresent());
        event.onlineLocation().ifPresent(o -> assertThat(o.url().isPresent() || o.platform().isPresent()
                || o.linkSentAfterRegistration()).isTrue());
    }

    /** Every place a party appears (with that id, or any with null), organizations above and at positions included. */
    private static List<Party> occurrences(Event event, String id) {
        List<Party> direct = new ArrayList<>(event.organizers());
        direct.addAll(event.partners());
        event.contacts().forEach(c -> direct.add(c.party()));
        for (AgendaBlock block : allBlocks(event)) {
            block.moderators().forEach(m -> direct.add(m.party()));
            block.participants().forEach(p -> direct.add(p.party()));
        }
        List<Party> all = new ArrayList<>();
        List<Party> pending = new ArrayList<>(direct);
        while (!pending.isEmpty()) {
            Party party = pending.remove(0);
            all.add(party);
            if (party instanceof Person) {
                ((Person) party).positions().forEach(p -> p.organization().ifPresent(pending::add));
            } else {
                ((Organization) party).parent().ifPresent(pending::add);
            }
        }
        return all.stream().filter(p -> id == null || p.id().equals(id)).collect(Collectors.toList());
    }

    private static List<AgendaBlock> allBlocks(Event event) {
        List<AgendaBlock> all = new ArrayList<>();
        List<AgendaBlock> pending = new ArrayList<>(event.agenda().blocks());
        while (!pending.isEmpty()) {
            AgendaBlock block = pending.remove(0);
            all.add(block);
            pending.addAll(0, block.children());
        }
        return all;
    }
}
