package org.agendum.ical.fuzz;

import java.util.List;
import java.util.Random;

/** The random choices mutators make, drawn from the case's {@link Random} only. */
final class Draws {

    private Draws() {}

    /** One of some values, each as likely. */
    @SafeVarargs
    static <T> T one(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    /** One element of a non-empty list, each as likely. */
    static <T> T one(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An int in {@code [from, to]}. */
    static int between(Random random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** True with probability {@code p}. */
    static boolean chance(Random random, double p) {
        return random.nextDouble() < p;
    }
}
