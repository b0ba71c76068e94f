package org.agendum.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The result of validating an event: its violations, sorted.
 *
 * <p>Violations are sorted by severity (errors first), then by path segment by segment (numbers
 * compare as numbers, so {@code /agenda/blocks/9} comes before {@code /agenda/blocks/10}, and
 * before any segment that is not a number), then by code and message. The same event and rules always give an equal report.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(event);
 * if (report.hasErrors()) {
 *     report.errors().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ValidationReport {

    /** Severity, then path with numeric segments compared as numbers, then code and message. */
    static final Comparator<Violation> ORDER = Comparator.comparing(Violation::severity)
            .thenComparing(Violation::path, ValidationReport::comparePaths)
            .thenComparing(Violation::code)
            .thenComparing(Violation::message);

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    private final List<Violation> violations;

    private ValidationReport(List<Violation> sorted) {
        this.violations = sorted;
    }

    /**
     * Obtains a report of violations, in any order.
     *
     * @param violations the violations
     * @return the report, with the violations sorted
     */
    public static ValidationReport of(Collection<Violation> violations) {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.forEach(v -> Objects.requireNonNull(v, "violation"));
        sorted.sort(ORDER);
        return sorted.isEmpty() ? EMPTY : new ValidationReport(Collections.unmodifiableList(sorted));
    }

    /**
     * Returns a report without violations.
     *
     * @return the empty report
     */
    public static ValidationReport empty() {
        return EMPTY;
    }

    /**
     * Returns all violations, sorted.
     *
     * @return the violations, possibly empty
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns whether there are no violations at all.
     *
     * @return true if the report is empty
     */
    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /**
     * Returns whether any violation is an {@link Severity#ERROR error}.
     *
     * @return true if there is an error
     */
    public boolean hasErrors() {
        return !violations.isEmpty() && violations.get(0).severity() == Severity.ERROR;
    }

    /**
     * Returns whether any violation is an {@link Severity#ERROR error} or a {@link Severity#WARNING
     * warning}.
     *
     * @return true if there is an error or a warning
     */
    public boolean hasErrorsOrWarnings() {
        return !violations.isEmpty() && violations.get(0).severity() != Severity.INFO;
    }

    /**
     * Returns the most serious severity in the report.
     *
     * @return the highest severity, empty if there are no violations
     */
    public Optional<Severity> highestSeverity() {
        return violations.isEmpty() ? Optional.empty() : Optional.of(violations.get(0).severity());
    }

    /**
     * Returns the errors.
     *
     * @return the violations of severity {@link Severity#ERROR}, sorted
     */
    public List<Violation> errors() {
        return violations(Severity.ERROR);
    }

    /**
     * Returns the warnings.
     *
     * @return the violations of severity {@link Severity#WARNING}, sorted
     */
    public List<Violation> warnings() {
        return violations(Severity.WARNING);
    }

    /**
     * Returns the violations of one severity.
     *
     * @param severity the severity
     * @return those violations, sorted
     */
    public List<Violation> violations(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return select(v -> v.severity() == severity);
    }

    /**
     * Returns the violations a rule reported: those with its code.
     *
     * <p>The rule is given, not its code, so that a misspelt code cannot select nothing forever;
     * a code read from elsewhere can be compared with {@link #filter(Predicate)}.
     *
     * @param rule the rule, for example {@link StandardRule#BLOCK_OVERLAP}
     * @return those violations, sorted
     */
    public List<Violation> violations(Rule rule) {
        String code = Objects.requireNonNull(rule, "rule").code();
        return select(v -> v.code().equals(code));
    }

    /**
     * Returns a report of the violations that match a condition.
     *
     * @param condition the condition
     * @return the report of the matching violations
     */
    public ValidationReport filter(Predicate<? super Violation> condition) {
        Objects.requireNonNull(condition, "condition");
        List<Violation> kept = select(condition);
        return kept.size() == violations.size() ? this : of(kept);
    }

    /**
     * Returns the codes in this report, each once.
     *
     * @return the codes, in alphabetical order
     */
    public SortedSet<String> codes() {
        SortedSet<String> codes = new TreeSet<>();
        violations.forEach(v -> codes.add(v.code()));
        return Collections.unmodifiableSortedSet(codes);
    }

    private List<Violation> select(Predicate<? super Violation> condition) {
        List<Violation> selected = new ArrayList<>();
        for (Violation violation : violations) {
            if (condition.test(violation)) {
                selected.add(violation);
            }
        }
        return Collections.unmodifiableList(selected);
    }

    /**
     * Compares two JSON Pointers segment by segment, numeric segments as numbers.
     *
     * @param left a path
     * @param right another path
     * @return negative, zero or positive as {@code left} sorts before, with or after {@code right}
     */
    static int comparePaths(String left, String right) {
        String[] a = left.split("/", -1);
        String[] b = right.split("/", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order = compareSegments(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /** Numeric segments (array indexes) before other segments; numbers by value, others as text. */
    private static int compareSegments(String a, String b) {
        boolean aNumber = isNumber(a);
        boolean bNumber = isNumber(b);
        if (aNumber != bNumber) {
            return aNumber ? -1 : 1;
        }
        if (aNumber) {
            String x = a.replaceFirst("^0+(?=.)", "");
            String y = b.replaceFirst("^0+(?=.)", "");
            int byLength = Integer.compare(x.length(), y.length());
            return byLength != 0 ? byLength : x.compareTo(y) != 0 ? x.compareTo(y) : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationReport && violations.equals(((ValidationReport) other).violations);
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    /**
     * Returns the report as a person reads it: a summary line, then one line per violation.
     *
     * @return the readable report
     */
    @Override
    public String toString() {
        int errors = errors().size();
        int warnings = warnings().size();
        int infos = violations.size() - errors - warnings;
        StringBuilder text = new StringBuilder()
                .append(violations.size()).append(violations.size() == 1 ? " violation" : " violations")
                .append(" (").append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning, " : " warnings, ")
                .append(infos).append(infos == 1 ? " info)" : " infos)");
        for (Violation violation : violations) {
            text.append("\n  ").append(violation);
        }
        return text.toString();
    }
}
