package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.agendum.core.model.Event;
import org.junit.jupiter.api.Test;

/**
 * {@link PropertyCase}, {@link PropertyCases} and {@link EventProperty}: a case's name is the Java
 * expression that makes its event and parses back to the case; a failure names the case, its
 * seed and index, how to replay it, and the smallest event that fails the same way.
 */
class PropertyCaseTest {

    @Test
    void name_isTheJavaExpressionThatMakesTheEvent() {
        PropertyCase sized = PropertyCase.of(RandomEvents.seeded(42).withBlocks(5).withParties(3).withDays(2), 7);
        PropertyCase drawn = PropertyCase.of(RandomEvents.seeded(-3_000_000_000L), 0);
        PropertyCase broken = PropertyCase.breaking(RandomEvents.seeded(9).withBlocks(12), "BLOCK_OVERLAP", 1);

        assertThat(sized.name()).isEqualTo("RandomEvents.seeded(42).withBlocks(5).withParties(3).withDays(2).event(7)");
        assertThat(sized.event()).isEqualTo(RandomEvents.seeded(42).withBlocks(5).withParties(3).withDays(2).event(7));
        assertThat(drawn).hasToString("RandomEvents.seeded(-3000000000L).event(0)");
        assertThat(drawn.event()).isEqualTo(RandomEvents.seeded(-3000000000L).event(0));
        assertThat(broken.name()).isEqualTo("RandomEvents.seeded(9).withBlocks(12).breaking(\"BLOCK_OVERLAP\", 1)");
        assertThat(broken.event()).isEqualTo(RandomEvents.seeded(9).withBlocks(12).breaking("BLOCK_OVERLAP", 1));
        assertThat(broken.brokenCode()).contains("BLOCK_OVERLAP");
        assertThat(sized.description()).isEqualTo("RandomEvents.seeded(42).withBlocks(5).withParties(3).withDays(2).event(7)"
                + " (seed 42, index 7; replay: -Dagendum.case='RandomEvents.seeded(42).withBlocks(5).withParties(3)"
                + ".withDays(2).event(7)')");
    }

    @Test
    void aName_parsesBackToItsCase() {
        List<PropertyCase> cases = List.of(
                PropertyCase.of(RandomEvents.seeded(42).withBlocks(5).withParties(3).withDays(2), 7),
                PropertyCase.of(RandomEvents.seeded(-3_000_000_000L), 0),
                PropertyCase.of(RandomEvents.seeded(1).withDays(3), 12),
                PropertyCase.breaking(RandomEvents.seeded(9).withBlocks(12), "REGISTRATION_CLOSED", 1));

        for (PropertyCase c : cases) {
            assertThat(PropertyCase.parse(c.name())).contains(c);
            assertThat(PropertyCase.parse("  " + c.name() + "\n")).contains(c);
        }
        // As Java reads it: any order of the sizes, spaces after commas or not.
        assertThat(PropertyCase.parse("RandomEvents.seeded(7).withDays(2).withParties(2).breaking(\"BLOCK_OVERLAP\",3)"))
                .contains(PropertyCase.breaking(RandomEvents.seeded(7).withParties(2).withDays(2), "BLOCK_OVERLAP", 3));
        assertThatThrownBy(() -> PropertyCase.parse("RandomEvents.seeded(7).withDays(1).withBlocks(50000).event(0)"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesOfOtherKinds_areNotCases_andImpossibleCasesAreRefused() {
        assertThat(PropertyCase.parse("20261205:44")).isEmpty();
        assertThat(PropertyCase.parse("seed 20210611, 4 levels")).isEmpty();
        assertThatThrownBy(() -> PropertyCase.parse("RandomEvents.seeded(1).breaking(\"NO_SUCH_RULE\", 0)"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PropertyCase.parse("RandomEvents.seeded(99999999999999999999).event(0)"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PropertyCase.of(RandomEvents.seeded(1), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cases_comeGeneratorByGenerator_orTheReplayedOneAlone() {
        List<RandomEvents> generators = List.of(RandomEvents.seeded(5).withBlocks(0), RandomEvents.seeded(5).withBlocks(2));

        assertThat(PropertyCases.orReplayed(cases(generators), Optional.empty())).extracting(PropertyCase::name)
                .containsExactly("RandomEvents.seeded(5).withBlocks(0).event(0)", "RandomEvents.seeded(5).withBlocks(2).event(0)",
                        "RandomEvents.seeded(5).withBlocks(2).event(1)");
        // Replayed: that case alone, whatever the generators and seed of the test.
        assertThat(PropertyCases.orReplayed(cases(generators), Optional.of("RandomEvents.seeded(77).withBlocks(1).event(9)")))
                .containsExactly(PropertyCase.of(RandomEvents.seeded(77).withBlocks(1), 9));
        // A name of another kind of case: none of these.
        assertThat(PropertyCases.orReplayed(cases(generators), Optional.of("20261205:44"))).isEmpty();
    }

    private static Stream<PropertyCase> cases(List<RandomEvents> generators) {
        return generators.stream().flatMap(g -> Stream.of(0L, 1L).limit(g.blocks().getAsInt() == 0 ? 1 : 2)
                .map(i -> PropertyCase.of(g, i)));
    }

    @Test
    void theSeed_isTheSystemPropertyWhenSet() {
        String before = System.getProperty(PropertyCases.SEED_PROPERTY);
        try {
            System.clearProperty(PropertyCases.SEED_PROPERTY);
            assertThat(PropertyCases.seed(4021)).isEqualTo(4021);
            System.setProperty(PropertyCases.SEED_PROPERTY, " -17 ");
            assertThat(PropertyCases.seed(4021)).isEqualTo(-17);
            System.setProperty(PropertyCases.SEED_PROPERTY, "siete");
            assertThatThrownBy(() -> PropertyCases.seed(4021)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("agendum.seed");
        } finally {
            if (before == null) {
                System.clearProperty(PropertyCases.SEED_PROPERTY);
            } else {
                System.setProperty(PropertyCases.SEED_PROPERTY, before);
            }
        }
    }

    @Test
    void aPropertyThatHolds_passes() {
        PropertyCase.of(RandomEvents.seeded(3).withBlocks(5), 0).check(e -> assertThat(e.agenda().blocks()).hasSize(5));
    }

    @Test
    void aFailure_namesTheCase_andShowsTheSmallestEventThatFailsAlike() {
        PropertyCase c = PropertyCase.of(RandomEvents.seeded(3).withBlocks(5).withParties(4), 2);
        EventProperty atMostOneBlock = e -> assertThat(e.agenda().blocks()).as("blocks").hasSizeLessThan(2);

        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> c.check(atMostOneBlock, e -> "printed: " + e.agenda().blocks().size() + " blocks, "
                        + e.parties().size() + " parties"));

        assertThat(failure).hasMessageStartingWith(c.description() + ": ");
        assertThat(failure.getMessage().lines().findFirst().orElseThrow()).contains("[blocks]");
        assertThat(failure.getMessage()).contains("Smallest failing event (").contains("; 2 of 5 top-level blocks, 0 of 4 parties)")
                .endsWith("\nprinted: 2 blocks, 0 parties");
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class).hasMessageContaining("[blocks]");
    }

    @Test
    void shrinking_stopsShortOfAnotherKindOfFailure() {
        // Without blocks the property throws another exception: the smallest event that fails the
        // same way has two blocks, not none.
        EventProperty property = e -> {
            if (e.agenda().blocks().isEmpty()) {
                throw new IllegalStateException("no blocks");
            }
            assertThat(e.agenda().blocks()).hasSizeLessThan(2);
        };
        Event event = RandomEvents.seeded(3).withBlocks(5).event(0);

        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> property.assertHolds("five blocks", event, e -> e.agenda().blocks().size() + " blocks"));

        assertThat(failure).hasMessageStartingWith("five blocks: ");
        assertThat(failure.getMessage()).endsWith("\n2 blocks").doesNotContain("IllegalStateException");
    }

    @Test
    void aPrinterThatFails_propagatesWithThePropertysReport_andAFlakyPropertyIsNotShrunk() {
        Event event = RandomEvents.seeded(3).withBlocks(1).event(0);
        EventProperty noBlocks = e -> assertThat(e.agenda().blocks()).isEmpty();
        // Whatever the printer throws, exception or error, propagates as it is, with the report.
        for (Throwable printerBug : List.of(new IllegalStateException("cannot print"),
                new StackOverflowError("printer recursed"))) {
            Throwable thrown = catchThrowableOfType(Throwable.class, () -> noBlocks.assertHolds("one block", event, e -> {
                throw asUnchecked(printerBug);
            }));
            assertThat(thrown).isSameAs(printerBug);
            assertThat(thrown.getSuppressed()).singleElement().isInstanceOf(AssertionError.class)
                    .satisfies(report -> {
                        assertThat(report.getMessage()).startsWith("one block: ").contains("Smallest failing event");
                        assertThat(report.getCause()).isInstanceOf(AssertionError.class);
                    });
        }
        // A printer that prints attaches nothing: its text ends the report.
        AssertionError printed = catchThrowableOfType(AssertionError.class,
                () -> noBlocks.assertHolds("one block", event, e -> "printed"));
        assertThat(printed.getMessage()).endsWith("\nprinted");
        assertThat(printed.getSuppressed()).isEmpty();

        int[] calls = {0};
        EventProperty flaky = e -> assertThat(++calls[0]).isGreaterThan(1);
        AssertionError once = catchThrowableOfType(AssertionError.class, () -> flaky.assertHolds("flaky", event));
        assertThat(once.getMessage()).contains("passed when checked again");
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void checkedExceptionsAndStackOverflows_fail_butOtherErrorsOfTheJvmPropagate() {
        Event event = RandomEvents.seeded(3).withBlocks(0).event(0);

        AssertionError checked = catchThrowableOfType(AssertionError.class, () -> ((EventProperty) e -> {
            throw new java.io.IOException("disk");
        }).assertHolds("io", event));
        assertThat(checked).hasCauseInstanceOf(java.io.IOException.class);

        AssertionError overflow = catchThrowableOfType(AssertionError.class, () -> ((EventProperty) e -> {
            throw new StackOverflowError();
        }).assertHolds("deep", event));
        assertThat(overflow).hasCauseInstanceOf(StackOverflowError.class);

        assertThatThrownBy(() -> ((EventProperty) e -> {
            throw new OutOfMemoryError("heap");
        }).assertHolds("heap", event)).isInstanceOf(OutOfMemoryError.class);
    }

    /** Throws an unchecked throwable from a lambda that may not declare it: an exception or an error. */
    private static RuntimeException asUnchecked(Throwable throwable) {
        if (throwable instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) throwable;
    }
}
