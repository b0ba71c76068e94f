package org.agendum.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.agendum.core.model.Event;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;

/**
 * Assertions on what validation finds: the code, severity and path of each violation, in report
 * order. A failure prints the whole report, messages included.
 */
final class Findings {

    private Findings() {}

    /** Validates {@code event} with {@code rule} alone and asserts on (code, severity, path) of each finding. */
    static ListAssert<Tuple> assertFindings(Rule rule, Event event) {
        return assertFindings(Validator.of(rule), event);
    }

    /** Validates {@code event} with {@code validator} and asserts on (code, severity, path) of each finding. */
    static ListAssert<Tuple> assertFindings(Validator validator, Event event) {
        return assertFindings(validator.validate(event));
    }

    /**
     * Validates {@code event} with {@code rule} alone and asserts that it finds exactly one violation
     * at each of {@code paths}, in report order, each of {@code severity} and with the rule's constant
     * name as its code.
     */
    static void assertFindingsAt(StandardRule rule, Severity severity, Event event, String... paths) {
        assertFindings(rule, event).containsExactly(
                Arrays.stream(paths).map(path -> tuple(rule.name(), severity, path)).toArray(Tuple[]::new));
    }

    /** Asserts on (code, severity, path) of each violation of a report. */
    static ListAssert<Tuple> assertFindings(ValidationReport report) {
        List<Tuple> findings = report.violations().stream()
                .map(v -> tuple(v.code(), v.severity(), v.path()))
                .collect(Collectors.toList());
        return assertThat(findings).as("findings of%n%s", report);
    }
}
