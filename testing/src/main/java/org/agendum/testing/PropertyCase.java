package org.agendum.testing;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.core.model.Event;

/**
 * One case of a property test: the event of an index of a {@link RandomEvents} generator, or its
 * variant that breaks a rule, named by the Java expression that makes it, such as {@code
 * RandomEvents.seeded(4021).withBlocks(5).event(17)}. The name alone reproduces the case: paste it
 * into a test, or give it to {@code -Dagendum.case} (see {@link PropertyCases}).
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> everyEvent_roundTrips() {
 *     long seed = PropertyCases.seed(4021);
 *     return PropertyCases.of(RandomEvents.seeded(seed).smallestFirst(), generator -> 200)
 *             .map(c -> DynamicTest.dynamicTest(c.name(), () -> c.check(
 *                     event -> assertThat(json.fromJson(json.toJson(event))).isEqualTo(event), json::toJson)));
 * }
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PropertyCase {

    private static final Pattern NAME = Pattern.compile("RandomEvents\\.seeded\\((-?\\d+)L?\\)"
            + "((?:\\.with(?:Blocks|Parties|Days)\\(\\d+\\))*)"
            + "\\.(?:event\\((\\d+)\\)|breaking\\(\"([A-Z0-9_]+)\",\\s*(\\d+)\\))");
    private static final Pattern SIZE = Pattern.compile("\\.with(Blocks|Parties|Days)\\((\\d+)\\)");

    private final RandomEvents generator;
    private final long index;
    private final String code;
    /** Drawn on first use; racy on purpose: every thread would draw an equal event. */
    private volatile Event event;

    private PropertyCase(RandomEvents generator, long index, String code) {
        this.generator = Objects.requireNonNull(generator, "generator");
        if (index < 0) {
            throw new IllegalArgumentException("index " + index + " must not be negative");
        }
        this.index = index;
        this.code = code;
    }

    /**
     * Obtains the case of {@code generator.event(index)}.
     *
     * @param generator the generator
     * @param index the index, zero or more
     * @return the case
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public static PropertyCase of(RandomEvents generator, long index) {
        return new PropertyCase(generator, index, null);
    }

    /**
     * Obtains the case of {@code generator.breaking(code, index)}.
     *
     * @param generator the generator
     * @param code a rule code the generator can break ({@link RandomEvents#breakableCodes()}, {@link
     *     RandomEvents#timeDependentBreakableCodes()})
     * @param index the index, zero or more
     * @return the case
     * @throws IllegalArgumentException if {@code index} is negative or the code is not breakable
     */
    public static PropertyCase breaking(RandomEvents generator, String code, long index) {
        Objects.requireNonNull(code, "code");
        if (!RandomEvents.breakableCodes().contains(code)
                && !RandomEvents.timeDependentBreakableCodes().contains(code)) {
            throw new IllegalArgumentException("no variant breaks '" + code + "'");
        }
        return new PropertyCase(generator, index, code);
    }

    /**
     * Obtains the case a name gives, as {@link #name()} writes it.
     *
     * @param name the name, such as {@code RandomEvents.seeded(4021).withBlocks(5).event(17)} or
     *     {@code RandomEvents.seeded(7).withDays(2).breaking("BLOCK_OVERLAP", 1)}; the sizes in
     *     any order, as Java takes them
     * @return the case, or empty if the text is not such a name
     * @throws IllegalArgumentException if it is such a name, but of a generator or case that
     *     cannot be (too many blocks for the days, a code no variant breaks)
     */
    public static Optional<PropertyCase> parse(CharSequence name) {
        Matcher matcher = NAME.matcher(name.toString().strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            RandomEvents generator = RandomEvents.seeded(Long.parseLong(matcher.group(1)));
            // In the order written, as Java would call them.
            Matcher size = SIZE.matcher(matcher.group(2));
            while (size.find()) {
                int value = Integer.parseInt(size.group(2));
                generator = size.group(1).equals("Blocks") ? generator.withBlocks(value)
                        : size.group(1).equals("Parties") ? generator.withParties(value) : generator.withDays(value);
            }
            return Optional.of(matcher.group(3) != null ? of(generator, Long.parseLong(matcher.group(3)))
                    : breaking(generator, matcher.group(4), Long.parseLong(matcher.group(5))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a number in '" + name + "' is out of range", e);
        }
    }

    /**
     * Returns the generator.
     *
     * @return the generator
     */
    public RandomEvents generator() {
        return generator;
    }

    /**
     * Returns the generator's seed.
     *
     * @return the seed
     */
    public long seed() {
        return generator.seed();
    }

    /**
     * Returns the index of the event.
     *
     * @return the index, zero or more
     */
    public long index() {
        return index;
    }

    /**
     * Returns the rule code the case's event breaks.
     *
     * @return the code, or empty for a valid event
     */
    public Optional<String> brokenCode() {
        return Optional.ofNullable(code);
    }

    /**
     * Returns the case's event: {@code generator().event(index())}, or its variant breaking {@link
     * #brokenCode()}.
     *
     * @return the event, the same on every call
     */
    public Event event() {
        Event drawn = event;
        if (drawn == null) {
            drawn = code == null ? generator.event(index) : generator.breaking(code, index);
            event = drawn;
        }
        return drawn;
    }

    /**
     * Checks a property on the case's event; on failure, shrinks it and throws an {@link
     * AssertionError} naming the case, its seed and index, how to replay it, and the smallest
     * failing event as {@link Event#toString()} prints it.
     *
     * @param property the property
     * @throws AssertionError if the event does not have the property
     */
    public void check(EventProperty property) {
        check(property, Event::toString);
    }

    /**
     * Checks a property on the case's event, as {@link #check(EventProperty)}, printing the
     * smallest failing event with a printer such as a JSON format's {@code toJson}.
     *
     * @param property the property
     * @param printer how to print the smallest failing event
     * @throws AssertionError if the event does not have the property
     * @see EventProperty#assertHolds(String, Event, Function)
     */
    public void check(EventProperty property, Function<? super Event, String> printer) {
        Objects.requireNonNull(property, "property").assertHolds(description(), event(), printer);
    }

    /**
     * Returns what a failure of this case starts with: its name, seed and index, and how to run it
     * alone.
     *
     * @return the description, such as {@code RandomEvents.seeded(4021).withBlocks(5).event(17)
     *     (seed 4021, index 17; replay: -Dagendum.case='RandomEvents.seeded(4021).withBlocks(5).event(17)')}
     */
    public String description() {
        return name() + " (seed " + seed() + ", index " + index + "; replay: -D" + PropertyCases.CASE_PROPERTY + "='"
                + name() + "')";
    }

    /**
     * Returns the name: the Java expression that makes the case's event.
     *
     * @return the name, such as {@code RandomEvents.seeded(4021).withBlocks(5).event(17)}
     */
    public String name() {
        long seed = generator.seed();
        StringBuilder name = new StringBuilder("RandomEvents.seeded(").append(seed)
                .append(seed == (int) seed ? "" : "L").append(')');
        generator.blocks().ifPresent(n -> name.append(".withBlocks(").append(n).append(')'));
        generator.parties().ifPresent(n -> name.append(".withParties(").append(n).append(')'));
        generator.days().ifPresent(n -> name.append(".withDays(").append(n).append(')'));
        return (code == null ? name.append(".event(").append(index).append(')')
                : name.append(".breaking(\"").append(code).append("\", ").append(index).append(')')).toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PropertyCase
                && generator.equals(((PropertyCase) other).generator)
                && index == ((PropertyCase) other).index
                && Objects.equals(code, ((PropertyCase) other).code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(generator, index, code);
    }

    /**
     * Returns the {@linkplain #name() name}.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name();
    }
}
