package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.agendum.core.model.Event;
import org.agendum.core.validation.StandardRule;
import org.agendum.core.validation.ValidationReport;
import org.agendum.core.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random events against the standard validator, and the validator against {@link StructuralRules}. */
class RandomEventsValidationTest {

    private static final Validator VALIDATOR = Validator.standard();

    @Test
    void everyStandardRule_canBeBroken() {
        SortedSet<String> all = new TreeSet<>(RandomEvents.breakableCodes());
        all.addAll(RandomEvents.timeDependentBreakableCodes());
        assertThat(all).containsExactlyElementsOf(Arrays.stream(StandardRule.values()).map(StandardRule::code).sorted().toList());
    }

    /** What a user's loop does: it used to fail on REGISTRATION_CLOSED, which needs a clock. */
    @Test
    void everyBreakableCode_isReportedByTheStandardValidatorAsItIs() {
        RandomEvents generator = RandomEvents.seeded(20261206);
        for (String code : RandomEvents.breakableCodes()) {
            assertThat(VALIDATOR.validate(generator.breaking(code, 0)).codes()).as(code).contains(code);
        }
        for (String code : RandomEvents.timeDependentBreakableCodes()) {
            Event broken = generator.breaking(code, 0);
            Clock atCutoff = Clock.fixed(RandomEvents.registrationCutoff(broken), ZoneOffset.UTC);
            assertThat(VALIDATOR.validate(broken).codes()).as(code).doesNotContain(code);
            assertThat(VALIDATOR.withClock(atCutoff).validate(broken).codes()).as(code).contains(code);
        }
    }

    @Test
    void validEvents_raiseNothingButARareGap() {
        RandomEventsTest.SAMPLES.forEach(s -> assertValid(s.generator(), s.index(), s.event()));
        RandomEventsTest.sized().forEach(g -> assertValid(g, 0, g.event(0)));
    }

    private static void assertValid(RandomEvents generator, long index, Event event) {
        ValidationReport report = VALIDATOR.validate(event);
        String where = RandomEventsTest.where(generator, index) + "\n" + report.violations();
        assertThat(Set.of("SCHEDULE_GAP")).as(where).containsAll(report.codes());
        assertThat(report.codes()).as(where + "\nagrees with StructuralRules").isEqualTo(StructuralRules.codes(event));
    }

    @ParameterizedTest
    @MethodSource("org.agendum.testing.RandomEventsTest#codes")
    void breaking_raisesThatCode_andNothingElseNew(String code) {
        RandomEventsTest.breakable().forEach(g -> {
            for (long i = 0; i < 4; i++) {
                Event event = g.event(i);
                Event broken = g.breaking(code, i);
                ValidationReport report = VALIDATOR.validate(broken);
                String where = RandomEventsTest.where(g, i) + " breaking " + code + "\n" + report;
                SortedSet<String> others = new TreeSet<>(report.codes());
                others.removeAll(VALIDATOR.validate(event).codes());
                others.removeAll(RandomEventsTest.sideEffectsOf(code));
                if (code.equals("REGISTRATION_CLOSED")) {
                    assertThat(others).as(where).isEmpty();
                    assertClosedFromCutoff(broken, where);
                    continue;
                }
                assertThat(report.codes()).as(where).contains(code);
                others.remove(code);
                assertThat(others).as(where + "\nother codes").isEmpty();
                assertThat(report.codes()).as(where + "\nagrees with StructuralRules")
                        .isEqualTo(StructuralRules.codes(broken));
            }
        });
    }

    private static void assertClosedFromCutoff(Event broken, String where) {
        Instant cutoff = RandomEvents.registrationCutoff(broken);
        assertThat(VALIDATOR.withClock(Clock.fixed(cutoff, ZoneOffset.UTC)).validate(broken).codes())
                .as(where).contains("REGISTRATION_CLOSED");
        assertThat(VALIDATOR.withClock(Clock.fixed(cutoff.minusNanos(1), ZoneOffset.UTC)).validate(broken).codes())
                .as(where).doesNotContain("REGISTRATION_CLOSED");
    }
}
