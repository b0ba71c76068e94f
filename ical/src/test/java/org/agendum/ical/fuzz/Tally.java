package org.agendum.ical.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * What a run of cases gave: outcomes by kind, refusals by their first words and by limit,
 * outcomes by first mutator, read times, the slowest cases and every failure.
 */
public final class Tally {

    /** A case remembered for the report. */
    public record Entry(String id, String label, Outcome outcome) {}

    private final Map<Outcome.Kind, Integer> kinds = new EnumMap<>(Outcome.Kind.class);
    private final Map<String, Integer> refusals = new TreeMap<>();
    private final Map<Limit, Integer> limits = new EnumMap<>(Limit.class);
    private final Map<String, int[]> byMutator = new TreeMap<>();
    private final List<Entry> failures = new ArrayList<>();
    private final PriorityQueue<Entry> slowest = new PriorityQueue<>(
            Comparator.comparingLong((Entry e) -> e.outcome().readNanos()));
    private final int keepSlowest;
    private long[] times = new long[1024];
    private int count;

    /**
     * Creates an empty tally.
     *
     * @param keepSlowest how many of the slowest cases to keep
     */
    public Tally(int keepSlowest) {
        this.keepSlowest = keepSlowest;
    }

    /**
     * Counts a case.
     *
     * @param fuzzCase the case
     * @param outcome its outcome
     */
    public void add(FuzzCase fuzzCase, Outcome outcome) {
        kinds.merge(outcome.kind(), 1, Integer::sum);
        int[] perMutator = byMutator.computeIfAbsent(fuzzCase.first(), m -> new int[3]);
        perMutator[outcome.kind().ordinal()]++;
        Entry entry = new Entry(fuzzCase.id(), fuzzCase.label(), outcome);
        if (outcome.kind() == Outcome.Kind.REFUSED) {
            refusals.merge(firstWords(outcome.message()), 1, Integer::sum);
            Limit.of(outcome.message()).ifPresent(l -> limits.merge(l, 1, Integer::sum));
        } else if (outcome.kind() == Outcome.Kind.FAILED) {
            failures.add(entry);
        }
        if (count == times.length) {
            times = Arrays.copyOf(times, count * 2);
        }
        times[count++] = outcome.readNanos();
        slowest.add(entry);
        if (slowest.size() > keepSlowest) {
            slowest.poll();
        }
    }

    /** The cases counted. */
    public int cases() {
        return count;
    }

    /** The cases of an outcome. */
    public int count(Outcome.Kind kind) {
        return kinds.getOrDefault(kind, 0);
    }

    /** The refusals for a limit. */
    public int refusals(Limit limit) {
        return limits.getOrDefault(limit, 0);
    }

    /** Imported, refused and failed cases by first mutator. */
    public Map<String, int[]> byMutator() {
        return byMutator;
    }

    /** The failures. */
    public List<Entry> failures() {
        return failures;
    }

    /** The slowest cases kept, slowest first. */
    public List<Entry> slowest() {
        List<Entry> list = new ArrayList<>(slowest);
        list.sort(Comparator.comparingLong((Entry e) -> e.outcome().readNanos()).reversed());
        return list;
    }

    /** A read time at a quantile (0.5, 0.999, 1.0), in nanoseconds: the smallest time at least that share of cases took at most. */
    public long quantile(double q) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(times, count);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(count - 1, Math.max(0, Math.ceil(q * count) - 1))];
    }

    /** Refusals by the first words of their message (quoted parts and numbers blanked). */
    public Map<String, Integer> refusalsByWords() {
        return refusals;
    }

    /** The first six words of a message, without its location, quoted parts and numbers. */
    static String firstWords(String message) {
        String m = message.replaceAll(" \\(at line \\d+(, column \\d+)?\\)$", "").replaceAll("'[^']*'", "'…'")
                .replaceAll("\\d[\\d,.]*", "N");
        String[] words = m.split("\\s+");
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(6, words.length)));
    }

    /**
     * The report: counts, refusals by words and by limit, outcomes by mutator, read-time quantiles,
     * the slowest cases and every failure.
     */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "cases %d: imported %d, refused %d, failed %d%n", count,
                count(Outcome.Kind.IMPORTED), count(Outcome.Kind.REFUSED), count(Outcome.Kind.FAILED)));
        out.append(String.format(Locale.ROOT, "read time: median %.2f ms, 99th %.1f ms, 99.9th %.1f ms, max %.1f ms%n",
                quantile(0.5) / 1e6, quantile(0.99) / 1e6, quantile(0.999) / 1e6, quantile(1.0) / 1e6));
        out.append(String.format(Locale.ROOT, "%nrefusals by limit:%n"));
        for (Limit limit : Limit.values()) {
            out.append(String.format(Locale.ROOT, "  %7d  %s%n", refusals(limit), limit));
        }
        out.append(String.format(Locale.ROOT, "%nrefusals by first words:%n"));
        refusals.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %7d  %s%n", e.getValue(), e.getKey())));
        out.append(String.format(Locale.ROOT, "%nby first mutator (imported / refused / failed):%n"));
        byMutator.forEach((m, n) -> out.append(String.format(Locale.ROOT, "  %-18s %7d %7d %7d%n", m, n[0], n[1], n[2])));
        out.append(String.format(Locale.ROOT, "%nslowest reads:%n"));
        for (Entry e : slowest()) {
            out.append(String.format(Locale.ROOT, "  %9.1f ms  %-16s %-8s %s%n", e.outcome().readNanos() / 1e6, e.id(),
                    e.outcome().kind(), shorten(e.label(), 160)));
        }
        out.append(String.format(Locale.ROOT, "%nfailures: %d%n", failures.size()));
        for (Entry e : failures) {
            out.append(String.format(Locale.ROOT, "  %s  %s%n    %s%n", e.id(), shorten(e.label(), 200),
                    shorten(e.outcome().message(), 300)));
        }
        return out.toString();
    }

    static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }
}
