package org.agendum.testing;

import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The cases of property tests, and the two system properties that choose them: one to run every
 * property test with another seed, one to run a single case again.
 *
 * <ul>
 *   <li>{@value #SEED_PROPERTY}: the seed property tests use instead of their own fixed default,
 *       so that CI is deterministic and any run can explore further:
 *       <pre>./mvnw -B -o verify -Dagendum.seed=7</pre>
 *   <li>{@value #CASE_PROPERTY}: the name of one case, as the test report and a failure show it;
 *       each property test then runs that case alone, and none of its others. For cases of {@link
 *       RandomEvents} the name is a {@link PropertyCase#name()}:
 *       <pre>./mvnw -B -o verify -pl json -am -Dtest=JsonProperties -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dagendum.case='RandomEvents.seeded(4021).withBlocks(5).event(17)'</pre>
 *       Property tests whose cases are of another kind (a size, a seed and an index) document
 *       their names and take them the same way; they run nothing for a name of another kind.
 * </ul>
 *
 * <p>With JUnit 5, a {@code @TestFactory} that maps the cases to dynamic tests named by {@link
 * PropertyCase#name()} (see {@link PropertyCase}) costs JUnit less per case than a {@code
 * @ParameterizedTest}, and may return no test; a {@code @ParameterizedTest} of these cases needs
 * {@code allowZeroInvocations = true}, since a name of another kind leaves it none.
 */
public final class PropertyCases {

    /** The system property that sets the seed of every property test: {@value}. */
    public static final String SEED_PROPERTY = "agendum.seed";

    /** The system property that names the one case to run: {@value}. */
    public static final String CASE_PROPERTY = "agendum.case";

    private PropertyCases() {}

    /**
     * Returns the seed to use: the {@value #SEED_PROPERTY} system property if set, else a default.
     *
     * @param defaultSeed the seed of the test when none is set, fixed so that CI is deterministic
     * @return the seed
     * @throws IllegalArgumentException if the property is set but not a number
     */
    public static long seed(long defaultSeed) {
        String seed = System.getProperty(SEED_PROPERTY, "").strip();
        if (seed.isEmpty()) {
            return defaultSeed;
        }
        try {
            return Long.parseLong(seed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + "=" + seed + " is not a whole number", e);
        }
    }

    /**
     * Returns the name of the one case to run: the {@value #CASE_PROPERTY} system property.
     *
     * @return the name, stripped, or empty if the property is not set or blank
     */
    public static Optional<String> replayed() {
        return Optional.of(System.getProperty(CASE_PROPERTY, "").strip()).filter(s -> !s.isEmpty());
    }

    /**
     * Returns the first events of each generator, in order (give the generators smallest first),
     * or, when {@value #CASE_PROPERTY} names a case, that case alone.
     *
     * @param generators the generators, in the order to run them
     * @param count how many events of a generator to check
     * @return the cases: {@code count(g)} of each generator {@code g}; the replayed case alone; or
     *     none, if the replayed name is of another kind
     * @throws IllegalArgumentException if the replayed name is of a case that cannot be
     */
    public static Stream<PropertyCase> of(Stream<RandomEvents> generators, ToLongFunction<? super RandomEvents> count) {
        Objects.requireNonNull(count, "count");
        return orReplayed(Objects.requireNonNull(generators, "generators")
                .flatMap(g -> LongStream.range(0, count.applyAsLong(g)).mapToObj(i -> PropertyCase.of(g, i))));
    }

    /**
     * Returns some cases or, when {@value #CASE_PROPERTY} names a case, that case alone.
     *
     * @param cases the cases to run without {@value #CASE_PROPERTY}
     * @return the cases; the replayed case alone; or none, if the replayed name is of another kind
     * @throws IllegalArgumentException if the replayed name is of a case that cannot be
     */
    public static Stream<PropertyCase> orReplayed(Stream<PropertyCase> cases) {
        return orReplayed(cases, replayed());
    }

    static Stream<PropertyCase> orReplayed(Stream<PropertyCase> cases, Optional<String> replayed) {
        Objects.requireNonNull(cases, "cases");
        return replayed.isEmpty() ? cases : PropertyCase.parse(replayed.get()).stream();
    }
}
