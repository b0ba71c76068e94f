package org.agendum.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Registration;

/**
 * A seeded generator of random, valid events, and of variants that break one validation rule, for
 * property tests with any testing library.
 *
 * <pre>{@code
 * RandomEvents gen = RandomEvents.seeded(42).withBlocks(20).withParties(8).withDays(2);
 * Event event = gen.event(0);                          // the same event on every run
 * gen.events().limit(200).forEach(e -> ...);           // event(0), event(1), ...
 * Event broken = gen.breaking("BLOCK_OVERLAP", 0);     // event(0), with two blocks overlapping
 *
 * // smallest sizes first: 0, 1, 2, 5, 20 and 100 top-level blocks
 * RandomEvents.seeded(7).smallestFirst().map(g -> g.event(0)).forEach(e -> ...);
 * }</pre>
 *
 * <p><b>Determinism.</b> The {@code i}-th event is a pure function of the seed, the sizes, {@code
 * i} and the JDK's tz data: equal on every run on the same JDK, whatever the default zone and
 * locale. It is built only through the public model API. Random numbers come from {@link
 * java.util.Random} (whose algorithm is specified); zones from {@link #zones()}, every zone of the
 * JDK's tz database, sorted; the dates of clock changes, and whether a day has one in the hours an
 * event uses, from each zone's {@link java.time.zone.ZoneRules}. Nothing reads the clock or
 * iterates a hash-ordered collection. As JDK versions ship different zones and tz data
 * (JDK 17.0.15 has 603 zones and tz data 2025a, JDK 25.0.3 604 and 2026a), <b>an event may differ
 * between JDK versions</b>: its zone, its dates, and what depends on them. A seed printed with a
 * failure replays the failure on the same JDK.
 *
 * <p><b>Valid events.</b> Every invariant holds, and the standard validation rules find no error
 * and, but for a rare gap between blocks ({@code SCHEDULE_GAP}, an info), nothing else:
 * <ul>
 *   <li>the event's zone, its display zones and its deadlines' zones are drawn from {@link
 *       #zones()}, each zone as likely as any other;
 *   <li>the event's dates are in 1970&ndash;2037, about one event in six on a day its zone changes
 *       its clocks (about 420 zones ever do then). No day of an event has a clock change
 *       between 06:00 and 22:30: days on which the zone changed its clocks in the daytime, or
 *       that it skipped altogether (30 December 2011 in Pacific/Apia), are passed over. So every
 *       wall-clock time of the event, of its slots and of its deadlines exists exactly once in its
 *       zone;
 *   <li>top-level blocks are in chronological order and never overlap; fixed slots (with a date
 *       whenever the event spans several days) and duration-only blocks are mixed, a duration-only
 *       block following the block before it; the event ends when its last block ends or later,
 *       and its maximum duration, if any, covers both the agenda and the announced event; each
 *       day's blocks are between 07:00 and 21:00, the event starts at 06:30 at the earliest and
 *       ends at 21:30 at the latest;
 *   <li>child blocks are untimed or duration-only, and their durations fit in their parent's;
 *   <li>every panel and discussion, at any depth, has a moderator; every talk, keynote and panel
 *       has a participant who is not only a host (a block drawn as one without such a participant
 *       is of kind {@code OTHER});
 *   <li>no block lists a party twice among its moderators or among its participants;
 *   <li>an in-person or mixed event has a venue; an online or mixed event has an online location
 *       or a registration URL;
 *   <li>contacts have an e-mail address or a telephone number; e-mail addresses, telephone numbers
 *       and URLs ({@code https} with a host) are well formed;
 *   <li>every deadline cuts off at least two days before the event starts (so possibly in 1969);
 *   <li>each party is defined once and reused; ids contain no whitespace (some events use ids with
 *       accents, CJK, emoji, {@code :} and {@code ;});
 *   <li>text is drawn from pools that mix Spanish and French accents, emoji with surrogate pairs,
 *       ZWJ sequences and flags, Arabic and Hebrew, CJK, combining marks, and the characters JSON
 *       and iCalendar escape ({@code " \ , ; :}, newlines in descriptions).
 * </ul>
 *
 * <p><b>Sizes.</b> {@link #withBlocks(int) blocks} is the number of top-level blocks; {@link
 * #withParties(int) parties} the number of distinct parties (by id) in the whole event, nested
 * organizations included; {@link #withDays(int) days} the number of dates from the event's start
 * to its end or to the end of its last block, whichever is later. A size not given is drawn per
 * event: 0 to 12 blocks, 0 to 10 parties, 1 to 3 days (more if the blocks need them). A day holds
 * at most {@value #MAX_BLOCKS_PER_DAY} blocks (one second each); an event spans at most {@value
 * #MAX_DAYS} days.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class RandomEvents {

    /** The most top-level blocks one day of an event holds: one second each, 10:00 to 21:00. */
    public static final int MAX_BLOCKS_PER_DAY = 39_600;

    /** The most days an event spans: a year, which every zone has without a clock change in the daytime. */
    public static final int MAX_DAYS = 366;

    private static final List<Integer> SIZES = List.of(0, 1, 2, 5, 20, 100);
    private static final int DRAWN = -1;

    private final long seed;
    private final int blocks;
    private final int parties;
    private final int days;

    private RandomEvents(long seed, int blocks, int parties, int days) {
        this.seed = seed;
        this.blocks = blocks;
        this.parties = parties;
        this.days = days;
    }

    /**
     * Obtains a generator with a seed, drawing the sizes of each event.
     *
     * @param seed the seed; print it with any failure so that the failure reproduces
     * @return the generator
     */
    public static RandomEvents seeded(long seed) {
        return new RandomEvents(seed, DRAWN, DRAWN, DRAWN);
    }

    /**
     * Returns a copy of this generator whose events have a number of top-level blocks.
     *
     * @param blocks the number of top-level blocks, zero or more
     * @return the new generator
     * @throws IllegalArgumentException if {@code blocks} is negative, or more than the days hold
     */
    public RandomEvents withBlocks(int blocks) {
        if (blocks < 0) {
            throw new IllegalArgumentException("blocks " + blocks + " must not be negative");
        }
        return checked(new RandomEvents(seed, blocks, parties, days));
    }

    /**
     * Returns a copy of this generator whose events have a number of distinct parties.
     *
     * @param parties the number of parties, zero or more; without parties, events have no panel or
     *     discussion (they need a moderator)
     * @return the new generator
     * @throws IllegalArgumentException if {@code parties} is negative
     */
    public RandomEvents withParties(int parties) {
        if (parties < 0) {
            throw new IllegalArgumentException("parties " + parties + " must not be negative");
        }
        return new RandomEvents(seed, blocks, parties, days);
    }

    /**
     * Returns a copy of this generator whose events span a number of dates.
     *
     * @param days the number of days, from one to {@value #MAX_DAYS}
     * @return the new generator
     * @throws IllegalArgumentException if {@code days} is not positive, more than {@value
     *     #MAX_DAYS}, or too few for the blocks
     */
    public RandomEvents withDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days " + days + " must be from 1 to " + MAX_DAYS);
        }
        return checked(new RandomEvents(seed, blocks, parties, days));
    }

    private static RandomEvents checked(RandomEvents generator) {
        if (generator.blocks > (long) MAX_BLOCKS_PER_DAY * Math.max(generator.days, 1) && generator.days != DRAWN) {
            throw new IllegalArgumentException(generator.blocks + " blocks do not fit in " + generator.days
                    + " day(s): a day holds at most " + MAX_BLOCKS_PER_DAY);
        }
        return generator;
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the number of top-level blocks of each event.
     *
     * @return the number, or empty if drawn per event
     */
    public OptionalInt blocks() {
        return blocks == DRAWN ? OptionalInt.empty() : OptionalInt.of(blocks);
    }

    /**
     * Returns the number of distinct parties of each event.
     *
     * @return the number, or empty if drawn per event
     */
    public OptionalInt parties() {
        return parties == DRAWN ? OptionalInt.empty() : OptionalInt.of(parties);
    }

    /**
     * Returns the number of days each event spans.
     *
     * @return the number, or empty if drawn per event
     */
    public OptionalInt days() {
        return days == DRAWN ? OptionalInt.empty() : OptionalInt.of(days);
    }

    /**
     * Returns the sizes property tests should try first, smallest first: 0, 1, 2, 5, 20 and 100.
     *
     * @return the sizes, ascending
     */
    public static List<Integer> sizes() {
        return SIZES;
    }

    /**
     * Returns copies of this generator with each of the {@link #sizes() sizes} as the number of
     * top-level blocks, smallest first, so that a failing property shows its smallest case first.
     *
     * @return the generators, with 0, 1, 2, 5, 20 and 100 blocks
     */
    public Stream<RandomEvents> smallestFirst() {
        return SIZES.stream().map(this::withBlocks);
    }

    /**
     * Returns the zones events are placed in, also used for display zones and deadlines: every
     * zone of the JDK's own tz database, sorted by id (603 on JDK 17.0.15, 604 on JDK 25.0.3).
     *
     * <p>These are the ids of {@link ZoneId#getAvailableZoneIds()} without those other libraries
     * register at run time (ical4j adds about 1,500 synthetic ids, {@code ical4j-local-<token>-<n>}
     * and {@code ical4j~<uuid>}, on first use): only ids that {@link java.util.TimeZone#getAvailableIDs()}
     * lists too are kept. {@code java.util.TimeZone} reads its ids from the JDK's tz database file
     * itself and has no method to add one, so the list is the same whatever ran earlier in the
     * JVM; it changes only with the JDK's tz data.
     *
     * @return the zones, sorted by id; unmodifiable
     */
    public static List<ZoneId> zones() {
        return JdkZones.ALL;
    }

    /**
     * Returns the event of an index: the same for the same seed, sizes and index.
     *
     * @param index the index, zero or more
     * @return the event, valid
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Event event(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index " + index + " must not be negative");
        }
        return EventDraw.draw(Dice.seedOf(seed, index), index, blocks, parties, days, JdkZones.ALL);
    }

    /**
     * Returns the events of this generator in order: {@code event(0)}, {@code event(1)}, and so on,
     * without end.
     *
     * @return an infinite, ordered, sequential stream; limit it
     */
    public Stream<Event> events() {
        return LongStream.iterate(0, i -> i + 1).mapToObj(this::event);
    }

    /**
     * Returns the codes {@link #breaking(String, long)} breaks so that {@code Validator.standard()},
     * as it is, reports them: a loop over them can assert each is reported. The time-dependent ones
     * are apart, in {@link #timeDependentBreakableCodes()}.
     *
     * @return the rule codes, sorted
     */
    public static SortedSet<String> breakableCodes() {
        return RuleBreaker.WITHOUT_CLOCK;
    }

    /**
     * Returns the codes {@link #breaking(String, long)} breaks that only a validator with a clock
     * reports ({@code REGISTRATION_CLOSED}): validate the broken event with {@code
     * Validator.standard().withClock(Clock.fixed(registrationCutoff(broken), ZoneOffset.UTC))}.
     *
     * @return the rule codes, sorted
     */
    public static SortedSet<String> timeDependentBreakableCodes() {
        return RuleBreaker.TIME_DEPENDENT;
    }

    /**
     * Returns the event of an index changed so that validation reports a rule code. The change is
     * as small as the rule allows; where the event lacks what the rule is about (a block, a
     * registration), it is added first. The standard validator reports that code and, but for
     * {@code DURATION_OVER_BUDGET} (which brings {@code EVENT_LONGER_THAN_MAXIMUM}), nothing the
     * event did not already raise. The result is deterministic like {@link #event(long)}. For the
     * rules that leave out cancelled and postponed blocks ({@code BLOCK_OVERLAP}, {@code
     * ROOM_DOUBLE_BOOKED}, {@code BLOCK_OUTSIDE_EVENT}, {@code DURATION_OVER_BUDGET}, {@code
     * PARTY_DOUBLE_BOOKED}, {@code BLOCK_OVER_ROOM_CAPACITY}) every block is first scheduled again.
     * What the variant of each code changes is listed in the {@linkplain org.agendum.testing
     * package documentation}.
     *
     * @param code a rule code among {@link #breakableCodes()} and {@link #timeDependentBreakableCodes()}
     * @param index the index of the event to break, zero or more
     * @return the broken event
     * @throws IllegalArgumentException if the code is not breakable or the index is negative
     */
    public Event breaking(String code, long index) {
        Objects.requireNonNull(code, "code");
        if (!RuleBreaker.CODES.contains(code)) {
            throw new IllegalArgumentException("no variant breaks '" + code + "'; breakable codes are "
                    + RuleBreaker.CODES);
        }
        return RuleBreaker.breaking(event(index), code, Dice.seedOf(Dice.seedOf(seed, index), code));
    }

    /**
     * Returns the instant from which an event's registration is closed: the cutoff of its
     * registration deadline. A validator whose clock is at or after it reports {@code
     * REGISTRATION_CLOSED}; for {@code breaking("REGISTRATION_CLOSED", i)} it is one day before the
     * event starts.
     *
     * @param event the event
     * @return the cutoff of the registration deadline
     * @throws IllegalArgumentException if the event has no registration deadline
     */
    public static Instant registrationCutoff(Event event) {
        return event.registration().flatMap(Registration::deadline).map(Deadline::cutoff)
                .orElseThrow(() -> new IllegalArgumentException("event '" + event.id() + "' has no registration deadline"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RandomEvents
                && seed == ((RandomEvents) other).seed
                && blocks == ((RandomEvents) other).blocks
                && parties == ((RandomEvents) other).parties
                && days == ((RandomEvents) other).days;
    }

    @Override
    public int hashCode() {
        return Objects.hash(seed, blocks, parties, days);
    }

    /**
     * Returns the seed and sizes, for assertion messages: {@code RandomEvents[seed=42, blocks=20,
     * parties=drawn, days=2]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "RandomEvents[seed=" + seed + ", blocks=" + size(blocks) + ", parties=" + size(parties)
                + ", days=" + size(days) + "]";
    }

    private static String size(int size) {
        return size == DRAWN ? "drawn" : Integer.toString(size);
    }
}
