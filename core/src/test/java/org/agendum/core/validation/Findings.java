package org.agendum.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

    /** Asserts on (code, severity, path) of each violation of a report. */
    static ListAssert<Tuple> assertFindings(ValidationReport report) {
        List<Tuple> findings = report.violations().stream()
                .map(v -> tuple(v.code(), v.severity(), v.path()))
                .collect(Collectors.toList());
        return assertThat(findings).as("findings of%n%s", report);
    }
}
