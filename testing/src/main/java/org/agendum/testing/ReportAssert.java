package org.agendum.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.agendum.core.model.Event;
import org.agendum.core.validation.Rule;
import org.agendum.core.validation.Severity;
import org.agendum.core.validation.StandardRule;
import org.agendum.core.validation.ValidationReport;
import org.agendum.core.validation.Validator;
import org.agendum.core.validation.Violation;

/**
 * Assertions on validation reports for any test framework: a failed assertion throws {@link
 * AssertionError} whose message lists every violation of the report.
 *
 * <pre>{@code
 * ReportAssert.assertThatEvent(SeedEvents.gobiernosLocales2021()).hasNoErrorsOrWarnings();
 * ReportAssert.assertThatEvent(SeedEvents.parisSeminar2018())
 *         .hasExactlyCodes("BLOCK_OUTSIDE_EVENT", "SCHEDULE_GAP", "SCHEDULE_GAP")
 *         .hasViolation("BLOCK_OUTSIDE_EVENT", "/agenda/blocks/8");
 * }</pre>
 *
 * <p>Assertions return this object, so they chain. They compare codes and paths, never messages,
 * since only codes and paths are a contract.
 *
 * <p>Codes are given as rules ({@link StandardRule#BLOCK_OVERLAP}, or a {@link Rule} of one's
 * own) or as strings. A string must be a {@link StandardRule}'s code or one in the report:
 * anything else is refused with {@link IllegalArgumentException}, since {@code
 * doesNotHaveCodes("BLOCK_OVERLAPS")}, misspelt, would otherwise pass forever. For a rule of your
 * own that the report may not hold, pass the rule.
 */
public final class ReportAssert {
    private static final Set<String> STANDARD_CODES = Arrays.stream(StandardRule.values()).map(StandardRule::code)
            .collect(Collectors.toUnmodifiableSet());

    private final ValidationReport report;
    private final String description;

    private ReportAssert(ValidationReport report, String description) {
        this.report = Objects.requireNonNull(report, "report");
        this.description = description;
    }

    /**
     * Starts assertions on a report.
     *
     * @param report the report
     * @return the assertions
     */
    public static ReportAssert assertThatReport(ValidationReport report) {
        return new ReportAssert(report, "");
    }

    /**
     * Validates an event with {@link Validator#standard()} and starts assertions on the report.
     *
     * @param event the event
     * @return the assertions on its report
     */
    public static ReportAssert assertThatEvent(Event event) {
        return assertThatEvent(event, Validator.standard());
    }

    /**
     * Validates an event with a validator and starts assertions on the report.
     *
     * @param event the event
     * @param validator the validator
     * @return the assertions on its report
     */
    public static ReportAssert assertThatEvent(Event event, Validator validator) {
        return new ReportAssert(validator.validate(event), "");
    }

    /**
     * Returns these assertions with a description that every failure's message starts with: the
     * case a property test was checking, so that a failure names its seed and index.
     *
     * <pre>{@code
     * assertThatEvent(generator.event(i)).as("seed %d, event %d", seed, i).hasNoErrors();
     * }</pre>
     *
     * @param description the description, a {@link String#format} pattern
     * @param args the pattern's arguments
     * @return assertions on the same report, with that description
     */
    public ReportAssert as(String description, Object... args) {
        return new ReportAssert(report, String.format(Locale.ROOT, Objects.requireNonNull(description, "description"),
                args));
    }

    /**
     * Returns the report under assertion, for checks of its own.
     *
     * @return the report
     */
    public ValidationReport report() {
        return report;
    }

    /**
     * Asserts that the report has no violations at all.
     *
     * @return these assertions
     * @throws AssertionError if it has some
     */
    public ReportAssert isEmpty() {
        return check(report.isEmpty(), "no violations");
    }

    /**
     * Asserts that the report has no {@link Severity#ERROR errors}.
     *
     * @return these assertions
     * @throws AssertionError if it has some
     */
    public ReportAssert hasNoErrors() {
        return check(!report.hasErrors(), "no errors");
    }

    /**
     * Asserts that the report has neither {@link Severity#ERROR errors} nor {@link
     * Severity#WARNING warnings}.
     *
     * @return these assertions
     * @throws AssertionError if it has some
     */
    public ReportAssert hasNoErrorsOrWarnings() {
        return check(!report.hasErrorsOrWarnings(), "no errors and no warnings");
    }

    /**
     * Asserts that the codes of the report's violations are exactly these, as many times each as
     * given, in any order.
     *
     * @param codes the expected codes, one per violation
     * @return these assertions
     * @throws AssertionError if the report has other codes, or other counts of them
     */
    public ReportAssert hasExactlyCodes(String... codes) {
        return exactly(known(codes));
    }

    /**
     * Asserts that the report has each of these codes at least once.
     *
     * @param codes the codes
     * @return these assertions
     * @throws AssertionError if one is missing
     */
    public ReportAssert hasCodes(String... codes) {
        return check(report.codes().containsAll(known(codes)), "the codes " + Arrays.toString(codes));
    }

    /**
     * Asserts that the report has none of these codes.
     *
     * @param codes the codes
     * @return these assertions
     * @throws AssertionError if one is present
     */
    public ReportAssert doesNotHaveCodes(String... codes) {
        return check(Collections.disjoint(report.codes(), known(codes)), "none of the codes " + Arrays.toString(codes));
    }

    /**
     * Asserts that the report has a violation with a code at a path.
     *
     * @param code the code
     * @param path the JSON Pointer
     * @return these assertions
     * @throws AssertionError if there is no such violation
     */
    public ReportAssert hasViolation(String code, String path) {
        known(code);
        boolean found = false;
        for (Violation violation : report.violations()) {
            found |= violation.code().equals(code) && violation.path().equals(path);
        }
        return check(found, code + " at " + path);
    }

    /**
     * Asserts that the report's violations are exactly those of these rules, as many times each as
     * given, in any order.
     *
     * @param rules the expected rules, one per violation
     * @return these assertions
     * @throws AssertionError if the report has other codes, or other counts of them
     */
    public ReportAssert hasExactlyCodes(Rule... rules) {
        return exactly(List.of(codes(rules)));
    }

    /**
     * Asserts that each of these rules reported at least once.
     *
     * @param rules the rules
     * @return these assertions
     * @throws AssertionError if one did not
     */
    public ReportAssert hasCodes(Rule... rules) {
        List<String> codes = List.of(codes(rules));
        return check(report.codes().containsAll(codes), "the codes " + codes);
    }

    /**
     * Asserts that none of these rules reported.
     *
     * @param rules the rules
     * @return these assertions
     * @throws AssertionError if one did
     */
    public ReportAssert doesNotHaveCodes(Rule... rules) {
        List<String> codes = List.of(codes(rules));
        return check(Collections.disjoint(report.codes(), codes), "none of the codes " + codes);
    }

    /**
     * Asserts that a rule reported a violation at a path.
     *
     * @param rule the rule
     * @param path the JSON Pointer
     * @return these assertions
     * @throws AssertionError if there is no such violation
     */
    public ReportAssert hasViolation(Rule rule, String path) {
        String code = Objects.requireNonNull(rule, "rule").code();
        boolean found = report.violations(rule).stream().anyMatch(v -> v.path().equals(path));
        return check(found, code + " at " + path);
    }

    private ReportAssert exactly(List<String> codes) {
        List<String> expected = sorted(codes);
        List<String> actual = new ArrayList<>();
        report.violations().forEach(v -> actual.add(v.code()));
        return check(sorted(actual).equals(expected), "exactly the codes " + expected);
    }

    /** The codes, each a standard rule's or one in the report; else refused. */
    private List<String> known(String... codes) {
        for (String code : codes) {
            Objects.requireNonNull(code, "code");
            if (!STANDARD_CODES.contains(code) && !report.codes().contains(code)) {
                throw new IllegalArgumentException("'" + code + "' is not the code of a standard rule (is it misspelt?) "
                        + "nor in the report; for a rule of your own, pass the Rule");
            }
        }
        return Arrays.asList(codes);
    }

    private static String[] codes(Rule... rules) {
        String[] codes = new String[rules.length];
        for (int i = 0; i < rules.length; i++) {
            codes[i] = Objects.requireNonNull(rules[i], "rule").code();
        }
        return codes;
    }

    private ReportAssert check(boolean holds, String expectation) {
        if (!holds) {
            throw new AssertionError((description.isEmpty() ? "" : "[" + description + "] ")
                    + "expected a validation report with " + expectation + ", but it has " + report);
        }
        return this;
    }

    private static List<String> sorted(List<String> codes) {
        List<String> sorted = new ArrayList<>(codes);
        Collections.sort(sorted);
        return sorted;
    }
}
