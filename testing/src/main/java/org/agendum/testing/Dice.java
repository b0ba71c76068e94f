package org.agendum.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded random choices for {@link RandomEvents}.
 *
 * <p>Backed by {@link Random}, whose algorithm its Javadoc specifies, and only by the methods
 * whose results it specifies ({@code nextInt(int)}, {@code nextLong()}, {@code nextDouble()}), so
 * that a seed draws the same values on every JDK.
 */
final class Dice {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** The seed of the {@code index}-th event of a generator: a SplitMix64 mix of both. */
    static long seedOf(long seed, long index) {
        return mix(seed + mix(index + GOLDEN_GAMMA));
    }

    /** The seed of a variant of an event, one per rule code. */
    static long seedOf(long eventSeed, String code) {
        long hash = 0;
        for (int i = 0; i < code.length(); i++) {
            hash = hash * 31 + code.charAt(i);
        }
        return mix(eventSeed ^ mix(hash));
    }

    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A number in {@code [0, bound)}. */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** A number in {@code [min, max]}. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** True with a probability. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A number in {@code [0, 1)}. */
    double unit() {
        return random.nextDouble();
    }

    /** One element. */
    <T> T pick(List<T> elements) {
        return elements.get(below(elements.size()));
    }

    /**
     * One element, with a probability: the chance is drawn, then the element only if the chance
     * comes up, as {@code if (chance(probability)) pick(elements)} draws them.
     */
    <T> Optional<T> maybePick(double probability, List<T> elements) {
        return chance(probability) ? Optional.of(pick(elements)) : Optional.empty();
    }

    /**
     * One element, with exactly one draw whatever the size of the list: for a list that differs
     * between JDKs (the zones), so that how many numbers it takes does not.
     */
    <T> T pickWithOneDraw(List<T> elements) {
        return elements.get((int) (random.nextDouble() * elements.size()));
    }

    /** One element. */
    @SafeVarargs
    final <T> T pick(T... elements) {
        return elements[below(elements.length)];
    }

    /** Up to {@code max} distinct elements, in the order of the list. */
    <T> List<T> some(List<T> elements, int max) {
        int count = Math.min(below(max + 1), elements.size());
        boolean[] chosen = new boolean[elements.size()];
        for (int picked = 0; picked < count;) {
            int i = below(elements.size());
            if (!chosen[i]) {
                chosen[i] = true;
                picked++;
            }
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                result.add(elements.get(i));
            }
        }
        return result;
    }
}
