package org.agendum.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The shapes of the edits {@link EventShrinker} lists: a list with a run of its entries removed, an
 * optional attribute emptied, a list with one entry made simpler. Each edit is a supplier, built
 * only when tried.
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

    /**
     * Adds the edits of each entry of a list, entry by entry: the list with that entry replaced by
     * each of its simpler versions in turn, as a wither takes it.
     */
    static <T, R> void entries(List<T> list, Function<T, List<Supplier<T>>> simpler, Function<List<T>, R> with,
            List<Supplier<R>> edits) {
        for (int i = 0; i < list.size(); i++) {
            int at = i;
            for (Supplier<T> entry : simpler.apply(list.get(i))) {
                edits.add(() -> with.apply(replaced(list, at, entry.get())));
            }
        }
    }

    /** Adds the edits that empty one optional attribute of each entry of a list that has it. */
    static <T, R> void emptyEach(List<T> list, Function<T, Optional<?>> attribute, UnaryOperator<T> emptied,
            Function<List<T>, R> with, List<Supplier<R>> edits) {
        entries(list, entry -> attribute.apply(entry).isPresent() ? List.of(() -> emptied.apply(entry)) : List.of(),
                with, edits);
    }

    /** A copy of a list with one entry replaced. */
    static <T> List<T> replaced(List<T> list, int at, T entry) {
        List<T> copy = new ArrayList<>(list);
        copy.set(at, entry);
        return copy;
    }
}
