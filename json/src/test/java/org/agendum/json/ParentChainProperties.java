package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Event;
import org.agendum.core.model.Invariant;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.testing.EventProperty;
import org.agendum.testing.PropertyCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chains of parent organizations (DESIGN.md §5), seeded and smallest first: chains of 1 to {@link
 * Organization#MAX_PARENT_DEPTH} + 50 levels built in code and written as JSON documents by hand
 * (not by the writer under test), and cycles of 1 to 10,000 organizations, which only a document
 * can hold. Chains within the limit build and round-trip equal; longer ones break {@link
 * Invariant#PARENT_CHAIN_TOO_DEEP} at the organization that is too deep; cycles are refused; and
 * nothing overflows a small stack.
 *
 * <p>A case is a seed and a size, named {@code seed 20261205, 37 levels} or {@code seed 20261205,
 * 40 organizations}: the sizes are drawn from the seed ({@code -Dagendum.seed}, default {@value
 * #DEFAULT_SEED}), the case's other draws from the seed plus the size, so the name alone
 * reproduces it; {@code -Dagendum.case='seed 20261205, 37 levels'} runs that case alone ({@link
 * PropertyCases}). An event built in code that fails to round-trip is shrunk ({@link
 * EventProperty}) and printed as JSON; documents are written from the size, smallest first, and
 * printed as they are.
 */
class ParentChainProperties {

    static final long DEFAULT_SEED = 2026_12_05L;
    private static final int MAX = Organization.MAX_PARENT_DEPTH;
    private static final long SEED = PropertyCases.seed(DEFAULT_SEED);
    private static final Pattern LEVELS = Pattern.compile("seed (-?\\d+), (\\d+) levels");
    private static final Pattern CYCLE = Pattern.compile("seed (-?\\d+), (\\d+) organizations");
    private static final JsonEventFormat JSON = JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT);

    /**
     * A stack of 512 KiB: the recursive reader this guards against overflowed it at about 1,000
     * parents; a reader bounded by the limit needs a small fraction of it.
     */
    private static final long SMALL_STACK = 512 * 1024;

    /** A case: a seed, and a number of levels or of organizations in a cycle. */
    record Case(long seed, int size, String unit) {
        @Override
        public String toString() {
            return "seed " + seed + ", " + size + " " + unit;
        }
    }

    /** Levels above the bottom organization: the limit and its neighbours, random ones, and far beyond. */
    static Stream<Case> levels() {
        SplittableRandom random = new SplittableRandom(SEED);
        TreeSet<Integer> levels = new TreeSet<>(List.of(1, MAX - 1, MAX, MAX + 1, MAX + 50, 1_000, 10_000));
        random.ints(40, 1, MAX + 51).forEach(levels::add);
        return orReplayed(LEVELS, levels.stream().map(n -> new Case(SEED, n, "levels")));
    }

    /** Organizations in a cycle: one (its own parent), random lengths around the limit, and far beyond. */
    static Stream<Case> cycleLengths() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        TreeSet<Integer> lengths = new TreeSet<>(List.of(1, 2, MAX, MAX + 1, MAX + 2, 1_000, 10_000));
        random.ints(20, 1, MAX + 51).forEach(lengths::add);
        return orReplayed(CYCLE, lengths.stream().map(n -> new Case(SEED, n, "organizations")));
    }

    /** The cases, or the one {@code -Dagendum.case} names if it is of this kind; none if of another. */
    private static Stream<Case> orReplayed(Pattern kind, Stream<Case> cases) {
        Optional<String> replayed = PropertyCases.replayed();
        if (replayed.isEmpty()) {
            return cases;
        }
        Matcher name = kind.matcher(replayed.get());
        return name.matches() ? Stream.of(new Case(Long.parseLong(name.group(1)), Integer.parseInt(name.group(2)),
                kind == LEVELS ? "levels" : "organizations")) : Stream.empty();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("levels")
    void chainBuiltInCode_isBuiltUpToTheLimit_andRoundTripsThroughJson(Case c) throws Exception {
        int levels = c.size();
        List<Organization> built = new ArrayList<>();
        Object outcome = onSmallStack(() -> chainInCode(levels, built));

        if (levels <= MAX) {
            assertThat(outcome).as(c.toString()).isInstanceOf(Organization.class);
            Organization bottom = (Organization) outcome;
            Organization first = built.get(new SplittableRandom(c.seed() + levels).nextInt(levels + 1));
            Event event = event(bottom, first, levels % 2 == 0);
            assertThat(event.parties()).filteredOn(p -> p instanceof Organization).hasSize(levels + 1);
            EventProperty roundTrip = e -> assertThat(onSmallStack(() -> JSON.fromBytes(JSON.toBytes(e)))).isEqualTo(e);
            roundTrip.assertHolds(c.toString(), event, JSON::toJson);
        } else {
            assertThat(outcome).as(c.toString()).isInstanceOfSatisfying(InvariantViolationException.class, e -> {
                assertThat(e.invariant()).isEqualTo(Invariant.PARENT_CHAIN_TOO_DEEP);
                assertThat(e.path()).isEqualTo("/parent");
            });
            // The top and MAX organizations below it were built; the next would have had MAX + 1 above.
            assertThat(built).hasSize(MAX + 1);
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("levels")
    void chainWrittenAsJson_isReadUpToTheLimit_orRefusedAtTheFirstOrganizationTooDeep(Case c) throws Exception {
        int levels = c.size();
        SplittableRandom random = new SplittableRandom(c.seed() + levels);
        int firstOrganizer = random.nextInt(levels + 1);
        boolean withContact = random.nextBoolean();
        List<Integer> order = shuffled(levels + 1, random);
        List<String> parties = new ArrayList<>();
        for (int i : order) {
            parties.add(organization(i, i < levels ? id(i + 1) : null));
        }
        // Read in document order: the contact's affiliation (o-0) first, if there is one, then the organizers.
        List<Integer> organizers = firstOrganizer == 0 ? List.of(0) : List.of(firstOrganizer, 0);
        if (withContact) {
            parties.add("{\"id\":\"ana\",\"type\":\"person\",\"name\":\"Ana\",\"positions\":[{\"organization\":\"o-0\"}]}");
        }
        byte[] document = document(parties, organizers, withContact);

        Object outcome = onSmallStack(() -> JSON.fromBytes(document));

        // o-i has levels - i organizations above it; the first one read with more than MAX is refused.
        List<Integer> reading = new ArrayList<>(withContact ? List.of(0) : List.of());
        reading.addAll(organizers);
        Integer tooDeep = reading.stream().filter(i -> levels - i > MAX).findFirst().orElse(null);
        if (tooDeep == null) {
            assertThat(outcome).as("%s: %s", c, text(document)).isInstanceOf(Event.class);
            Organization bottom = chainInCode(levels, new ArrayList<>());
            Organization first = bottom;
            for (int i = 0; i < firstOrganizer; i++) {
                first = first.parent().orElseThrow();
            }
            assertThat(outcome).as(c.toString()).isEqualTo(event(bottom, first, withContact));
        } else {
            assertThat(outcome).as("%s: %s", c, text(document)).isInstanceOfSatisfying(EventFormatException.class, e -> {
                assertThat(e.code()).contains(Invariant.PARENT_CHAIN_TOO_DEEP.code());
                assertThat(e.pointer()).contains("/parties/" + order.indexOf(tooDeep) + "/parent");
                assertThat(e.getCause()).isInstanceOf(InvariantViolationException.class);
            });
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("cycleLengths")
    void cycleWrittenAsJson_isRefusedWhereItClosesItself(Case c) throws Exception {
        int length = c.size();
        SplittableRandom random = new SplittableRandom(c.seed() ^ length);
        int tail = random.nextInt(4);
        // Tail t-0 ⊂ … ⊂ t-(tail - 1) ⊂ c-0 ⊂ c-1 ⊂ … ⊂ c-(length - 1) ⊂ c-0.
        List<String> ids = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (int i = 0; i < tail; i++) {
            ids.add("t-" + i);
            parents.add(i + 1 < tail ? "t-" + (i + 1) : "c-0");
        }
        for (int i = 0; i < length; i++) {
            ids.add("c-" + i);
            parents.add("c-" + ((i + 1) % length));
        }
        List<Integer> order = shuffled(ids.size(), random);
        List<String> parties = new ArrayList<>();
        for (int i : order) {
            parties.add("{\"id\":\"" + ids.get(i) + "\",\"type\":\"organization\",\"name\":\"" + ids.get(i)
                    + "\",\"parent\":\"" + parents.get(i) + "\"}");
        }
        String organizer = ids.get(0);
        byte[] document = ("{\"formatVersion\":1,\"id\":\"ciclo\",\"title\":\"Ciclo\",\"zone\":\"UTC\","
                + "\"start\":\"2021-06-11T13:00\",\"parties\":[" + String.join(",", parties) + "],"
                + "\"organizers\":[\"" + organizer + "\"],\"agenda\":{}}").getBytes(StandardCharsets.UTF_8);

        Object outcome = onSmallStack(() -> JSON.fromBytes(document));

        // Walking up from the organizer, c-(length - 1) names c-0 again: it is where the cycle closes.
        int closing = ids.indexOf("c-" + (length - 1));
        assertThat(outcome).as(c.toString()).isInstanceOfSatisfying(EventFormatException.class, e -> {
            assertThat(e.pointer()).contains("/parties/" + order.indexOf(closing) + "/parent");
            assertThat(e.code()).isEmpty();
            assertThat(e.getMessage()).contains("'c-0'");
        });
    }

    // ---------------------------------------------------------------- helpers

    private static String id(int level) {
        return "o-" + level;
    }

    /**
     * o-0 ⊂ o-1 ⊂ … ⊂ o-levels, built in code, each organization added to {@code built} as it is
     * built; returns o-0. The top first: a parent exists before its child, so code cannot build a
     * cycle.
     */
    private static Organization chainInCode(int levels, List<Organization> built) {
        Organization above = null;
        for (int i = levels; i >= 0; i--) {
            Organization.Builder organization = Organization.builder().id(id(i)).name("Nivel " + i);
            if (above != null) {
                organization.parent(above);
            }
            above = organization.build();
            built.add(above);
        }
        return above;
    }

    /** The event of the documents: organizers {@code first} and {@code bottom}, and Ana, affiliated to {@code bottom}. */
    private static Event event(Organization bottom, Organization first, boolean withContact) {
        Event.Builder event = Event.builder().id("cadena").title("Cadena").zone(ZoneId.of("UTC"))
                .start(LocalDateTime.of(2021, 6, 11, 13, 0));
        event.addOrganizer(first);
        if (first != bottom) {
            event.addOrganizer(bottom);
        }
        if (withContact) {
            Party ana = Person.builder().id("ana").name("Ana").addPosition(Position.at(bottom)).build();
            event.addContact(Contact.of(ana));
        }
        return event.build();
    }

    private static String organization(int level, String parent) {
        return "{\"id\":\"" + id(level) + "\",\"type\":\"organization\",\"name\":\"Nivel " + level + "\""
                + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + "}";
    }

    private static byte[] document(List<String> parties, List<Integer> organizers, boolean withContact) {
        StringBuilder json = new StringBuilder("{\"formatVersion\":1,\"id\":\"cadena\",\"title\":\"Cadena\",")
                .append("\"zone\":\"UTC\",\"start\":\"2021-06-11T13:00\",\"parties\":[")
                .append(String.join(",", parties)).append("],");
        if (withContact) {
            json.append("\"contacts\":[{\"party\":\"ana\"}],");
        }
        json.append("\"organizers\":[");
        for (int i = 0; i < organizers.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(id(organizers.get(i))).append('"');
        }
        return json.append("],\"agenda\":{}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 0 to {@code size - 1} in a random order: the reader must not depend on the order of the parties. */
    private static List<Integer> shuffled(int size, SplittableRandom random) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        Collections.shuffle(order, new Random(random.nextLong()));
        return order;
    }

    private static String text(byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    /**
     * Runs a call on a thread with a {@linkplain #SMALL_STACK small stack} and returns what it
     * returned or threw as an exception; an error, such as {@link StackOverflowError}, fails the test.
     */
    private static Object onSmallStack(Callable<?> call) throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                outcome.set(call.call());
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "small-stack", SMALL_STACK);
        thread.start();
        thread.join();
        if (outcome.get() instanceof Error) {
            fail("expected a value or an exception, got " + outcome.get(), (Error) outcome.get());
        }
        return outcome.get();
    }
}
