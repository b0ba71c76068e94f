package org.agendum.ical.fuzz;

import java.util.Random;
import java.util.function.BiFunction;

/**
 * One way of damaging an iCalendar document, with one job: flip bytes, change line ends, nest
 * components too deep… A mutator draws everything it decides from the random it is given, so the
 * same document and the same random give the same mutation.
 *
 * @param name the mutator's name, as it appears in case labels
 * @param surface whether it works on bytes and physical lines as they are (and so is applied after
 *     the mutators that rewrite the document's content lines, whose changes it keeps)
 * @param function the mutation: a document and a random in, the mutated document out
 */
public record Mutator(String name, boolean surface, BiFunction<String, Random, Mutation> function) {

    /**
     * Applies this mutator.
     *
     * @param document the document, as a {@linkplain ByteText byte string}
     * @param random where every choice is drawn from
     * @return the mutated document and its label
     */
    public Mutation apply(String document, Random random) {
        return function.apply(document, random);
    }
}
