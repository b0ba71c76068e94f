package org.agendum.core.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.agendum.core.model.Event;
import org.agendum.core.time.Timetable;

/**
 * Validates events against a set of {@link Rule}s.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(event);
 *
 * Validator strict = Validator.standard()
 *         .withoutRules(StandardRule.SCHEDULE_GAP) // gaps are intended here
 *         .withRules(myRule)                       // a rule of our own
 *         .withClock(Clock.systemUTC());           // and report closed registrations
 * }</pre>
 *
 * <p>Rules run in the order they were given; the report sorts what they find, so it does not
 * depend on that order. Without a {@linkplain #withClock(Clock) clock}, time-dependent rules such
 * as {@link StandardRule#REGISTRATION_CLOSED} report nothing, and validating the same event always
 * gives the same report.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Validator {
    private final List<Rule> rules;
    private final Optional<Clock> clock;

    private Validator(List<Rule> rules, Optional<Clock> clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Obtains a validator with every {@link StandardRule} and no clock.
     *
     * @return the standard validator
     */
    public static Validator standard() {
        return of(Arrays.asList(StandardRule.values()));
    }

    /**
     * Obtains a validator with some rules and no clock.
     *
     * @param rules the rules, each with a different code
     * @return the validator
     * @throws IllegalArgumentException if two rules have the same code
     */
    public static Validator of(Rule... rules) {
        return of(Arrays.asList(rules));
    }

    /**
     * Obtains a validator with some rules and no clock.
     *
     * @param rules the rules, each with a different code
     * @return the validator
     * @throws IllegalArgumentException if two rules have the same code
     */
    public static Validator of(Collection<? extends Rule> rules) {
        return new Validator(distinct(new ArrayList<>(rules)), Optional.empty());
    }

    /**
     * Returns the rules of this validator, in the order they run.
     *
     * @return the rules
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Returns the clock of time-dependent rules.
     *
     * @return the clock, if set
     */
    public Optional<Clock> clock() {
        return clock;
    }

    /**
     * Returns a copy of this validator with more rules.
     *
     * @param added the rules to add, each with a code this validator does not have yet
     * @return the new validator
     * @throws IllegalArgumentException if a code is already used
     */
    public Validator withRules(Rule... added) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(Arrays.asList(added));
        return new Validator(distinct(all), clock);
    }

    /**
     * Returns a copy of this validator without some of its rules.
     *
     * @param removed the rules to remove, for example {@link StandardRule#SCHEDULE_GAP}; each must
     *     be one of this validator's (a rule of the same code)
     * @return the new validator
     * @throws IllegalArgumentException if a rule is not one of this validator's
     */
    public Validator withoutRules(Rule... removed) {
        String[] codes = new String[removed.length];
        for (int i = 0; i < removed.length; i++) {
            codes[i] = Objects.requireNonNull(removed[i], "rule").code();
        }
        return withoutRules(codes);
    }

    /**
     * Returns a copy of this validator without the rules of some codes.
     *
     * @param codes the codes of the rules to remove; each must be a code of this validator's rules,
     *     so that a misspelt code fails instead of leaving its rule in
     * @return the new validator
     * @throws IllegalArgumentException if a code is not one of this validator's rules
     */
    public Validator withoutRules(String... codes) {
        Set<String> removed = new HashSet<>(Arrays.asList(codes));
        Set<String> known = new HashSet<>();
        List<Rule> kept = new ArrayList<>();
        for (Rule rule : rules) {
            known.add(rule.code());
            if (!removed.contains(rule.code())) {
                kept.add(rule);
            }
        }
        removed.removeAll(known);
        if (!removed.isEmpty()) {
            throw new IllegalArgumentException("this validator has no rule " + new TreeSet<>(removed) + "; its codes are "
                    + new TreeSet<>(known));
        }
        return new Validator(List.copyOf(kept), clock);
    }

    /**
     * Returns a copy of this validator whose time-dependent rules read "now" from a clock.
     *
     * @param clock the clock
     * @return the new validator
     */
    public Validator withClock(Clock clock) {
        return new Validator(rules, Optional.of(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Validates an event.
     *
     * @param event the event
     * @return the report, sorted
     */
    public ValidationReport validate(Event event) {
        ValidationContext context = new ValidationContext(event, Timetable.of(event), clock);
        List<Violation> found = new ArrayList<>();
        for (Rule rule : rules) {
            String code = rule.code();
            Severity severity = Objects.requireNonNull(rule.severity(), "severity of rule " + code);
            rule.check(context, (path, message) -> found.add(Violation.of(code, severity,
                    Objects.requireNonNull(path, "path"), Objects.requireNonNull(message, "message"))));
        }
        return ValidationReport.of(found);
    }

    private static List<Rule> distinct(List<Rule> rules) {
        Set<String> codes = new HashSet<>();
        for (Rule rule : rules) {
            Objects.requireNonNull(rule, "rule");
            if (!codes.add(Rule.requireCode(rule.code()))) {
                throw new IllegalArgumentException("two rules have the code " + rule.code());
            }
        }
        return List.copyOf(rules);
    }

    @Override
    public String toString() {
        List<String> codes = new ArrayList<>();
        rules.forEach(r -> codes.add(r.code()));
        return "Validator" + codes + clock.map(c -> " with " + c).orElse("");
    }
}
