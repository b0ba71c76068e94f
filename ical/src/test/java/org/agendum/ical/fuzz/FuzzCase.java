package org.agendum.ical.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One case of the mutation property: a seed document and the mutators applied to it, all drawn
 * from {@code (seed, index)} alone, so that a case can be made again, and run, on its own.
 *
 * <p>The index selects the first mutator ({@code index % }{@link Mutators#ALL}{@code .size()}), so
 * that every run of {@code Mutators.ALL.size()} consecutive cases uses each mutator; one or two
 * more are drawn at random half of the time. Mutators that rewrite content lines go first, the
 * first mutator last among them so that the limit it aims at is not undone, then those that
 * damage bytes and physical lines, whose changes a rewrite would undo.
 *
 * @param seed the seed
 * @param index the index
 * @param first the first mutator's name
 * @param label the seed document and what each mutator did
 * @param document the mutated document
 */
public record FuzzCase(long seed, long index, String first, String label, byte[] document) {

    /**
     * Makes a case.
     *
     * @param seed the seed
     * @param index the index, zero or more
     * @param seeds the documents to start from
     * @return the case
     */
    public static FuzzCase of(long seed, long index, SeedDocuments seeds) {
        Random random = new Random(mix(seed, index));
        String[] start = seeds.get(random.nextInt(seeds.size()));
        Mutator first = Mutators.ALL.get((int) (index % Mutators.ALL.size()));
        List<Mutator> chosen = new ArrayList<>(List.of(first));
        for (int extra = Draws.one(random, 0, 0, 0, 1, 1, 2); extra > 0; extra--) {
            chosen.add(Draws.one(random, Mutators.ALL));
        }
        // Content-line rewriters first, the first mutator last among them (so that a limit it
        // aims at is not undone), then the byte and physical-line mutators.
        List<Mutator> ordered = new ArrayList<>(chosen.subList(1, chosen.size()).stream().filter(m -> !m.surface()).toList());
        if (!first.surface()) {
            ordered.add(first);
        }
        ordered.addAll(chosen.stream().filter(Mutator::surface).toList());
        String document = start[1];
        StringBuilder label = new StringBuilder(start[0]);
        for (Mutator mutator : ordered) {
            Mutation mutation = mutator.apply(document, random);
            document = mutation.document();
            label.append(" + ").append(mutation.label());
        }
        return new FuzzCase(seed, index, first.name(), label.toString(), ByteText.bytes(document));
    }

    /**
     * The index of the document a case starts from: the first draw of {@link #of}.
     *
     * @param seed the seed
     * @param index the index, zero or more
     * @param seeds the documents to start from
     * @return the index of the document in {@code seeds}
     */
    public static int start(long seed, long index, SeedDocuments seeds) {
        return new Random(mix(seed, index)).nextInt(seeds.size());
    }

    /** The case's id, {@code seed:index}, as {@code -Dagendum.case} takes it. */
    public String id() {
        return seed + ":" + index;
    }

    /** A random's seed from a case's seed and index (SplitMix64's finalizer: nearby indexes differ in every bit). */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
