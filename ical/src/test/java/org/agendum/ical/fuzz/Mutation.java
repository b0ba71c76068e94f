package org.agendum.ical.fuzz;

/**
 * A document after one mutator, and what the mutator did to it.
 *
 * @param document the document, as a {@linkplain ByteText byte string}
 * @param label what was done, short: {@code line-ends(CR)}
 */
public record Mutation(String document, String label) {

    /**
     * A mutation labelled with the mutator's name and what it chose.
     *
     * @param mutator the mutator's name
     * @param document the mutated document
     * @param detail what it chose, or empty
     * @return the mutation
     */
    static Mutation of(String mutator, String document, String detail) {
        return new Mutation(document, detail.isEmpty() ? mutator : mutator + "(" + detail + ")");
    }
}
