package org.agendum.core.validation;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * A validation rule: a stable code, a severity, and a check that reports what it finds.
 *
 * <p>agendum's own rules are the constants of {@link StandardRule}. A user's rule is a class that
 * implements this interface, or a lambda given to {@link #of}:
 *
 * <pre>{@code
 * Rule titleInCapitals = Rule.of("TITLE_IN_CAPITALS", Severity.INFO, (context, reporter) -> {
 *     String title = context.event().title();
 *     if (title.equals(title.toUpperCase(Locale.ROOT))) {
 *         reporter.report("/title", "title '" + title + "' is all in capitals");
 *     }
 * });
 * ValidationReport report = Validator.standard().withRules(titleInCapitals).validate(event);
 * }</pre>
 *
 * @implSpec Implementations must be thread-safe and must not keep state between checks: a
 *     validator may run one rule on several events at once.
 */
public interface Rule {

    /**
     * Returns the stable code of this rule: upper-case letters, digits and underscores, starting
     * with a letter ({@code BLOCK_OVERLAP}).
     *
     * @return the code
     */
    String code();

    /**
     * Returns the severity of what this rule reports.
     *
     * @return the severity
     */
    Severity severity();

    /**
     * Returns what this rule checks, in one sentence.
     *
     * @return the description
     */
    default String description() {
        return code();
    }

    /**
     * Checks an event and reports each violation found.
     *
     * @param context the event, its timetable and, for time-dependent rules, a clock
     * @param reporter where to report violations
     */
    void check(ValidationContext context, Reporter reporter);

    /**
     * Obtains a rule from a code, a severity and a check.
     *
     * @param code the stable code: upper-case letters, digits and underscores, starting with a
     *     letter
     * @param severity the severity of what it reports
     * @param check the check, which reports through the reporter it is given
     * @return the rule
     * @throws IllegalArgumentException if the code is not well formed
     */
    static Rule of(String code, Severity severity, BiConsumer<ValidationContext, Reporter> check) {
        String checkedCode = requireCode(code);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        return new Rule() {
            @Override
            public String code() {
                return checkedCode;
            }

            @Override
            public Severity severity() {
                return severity;
            }

            @Override
            public void check(ValidationContext context, Reporter reporter) {
                check.accept(context, reporter);
            }

            @Override
            public String toString() {
                return "Rule[" + checkedCode + ", " + severity + "]";
            }
        };
    }

    /**
     * Checks that a code is well formed.
     *
     * @param code the code
     * @return the code
     * @throws IllegalArgumentException if the code is not upper-case letters, digits and
     *     underscores starting with a letter
     */
    static String requireCode(String code) {
        Objects.requireNonNull(code, "code");
        if (!Pattern.matches("[A-Z][A-Z0-9_]*", code)) {
            throw new IllegalArgumentException(
                    "rule code '" + code + "' must be upper-case letters, digits and underscores, starting with a letter");
        }
        return code;
    }
}
