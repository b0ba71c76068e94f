package org.agendum.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The shapes of the edits {@link EventShrinker} lists: a list with a run of its entries removed, an
 * optional attribute emptied. Each edit is a supplier, built only when tried.
 */
final class Shrinks {

    private Shrinks() {}

    /**
     * A list with runs of entries removed, the largest runs first: all of it, each half, each
     * quarter, &hellip;, each entry. A long agenda loses most of its blocks in a few steps, and
     * the number of lists grows as {@code n log n}.
     */
    static <T> List<List<T>> removals(List<T> list) {
        List<List<T>> removals = new ArrayList<>();
        int size = list.size();
        int previous = 0;
        for (int run = size; run >= 1; run = run / 2) {
            if (run == previous) {
                continue;
            }
            previous = run;
            for (int from = 0; from < size; from += run) {
                List<T> rest = new ArrayList<>(list.subList(0, from));
                rest.addAll(list.subList(Math.min(from + run, size), size));
                removals.add(rest);
            }
        }
        return removals;
    }

    /** Adds the edits that remove runs of a list's entries, as a wither takes them. */
    static <T, R> void lists(List<T> list, Function<List<T>, R> with, List<Supplier<R>> edits) {
        for (List<T> rest : removals(list)) {
            edits.add(() -> with.apply(rest));
        }
    }

    /** Adds an edit that empties an optional attribute, if it is present. */
    static <R> void empty(Optional<?> attribute, Supplier<R> emptied, List<Supplier<R>> edits) {
        if (attribute.isPresent()) {
            edits.add(emptied);
        }
    }

    /** A copy of a list with one entry replaced. */
    static <T> List<T> replaced(List<T> list, int at, T entry) {
        List<T> copy = new ArrayList<>(list);
        copy.set(at, entry);
        return copy;
    }
}
