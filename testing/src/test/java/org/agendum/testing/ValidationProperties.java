package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Event;
import org.agendum.core.model.Party;
import org.agendum.core.model.Timing;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.agendum.core.validation.ValidationReport;
import org.agendum.core.validation.Validator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of validation over seeded random events (DESIGN.md §5): it is deterministic, what it
 * finds does not depend on the order blocks or parties were added in, and it reports what the
 * generator promises. Each event is a case of its own, named by the expression that makes it
 * ({@link PropertyCase}); a failing event is shrunk and printed. {@code -Dagendum.seed} changes
 * the seed, {@code -Dagendum.case} runs one case ({@link PropertyCases}).
 *
 * <p>The first two properties compare validation with itself (run again; on a reordered event),
 * so their expected values are by nature the validator's; the third takes them from the
 * generator's documented promises.
 */
class ValidationProperties {

    private static final Validator VALIDATOR = Validator.standard();
    private static final long SEED = PropertyCases.seed(20_210_611L);

    /** Valid events of growing size, and every rule-breaking variant of a few of them. */
    static Stream<PropertyCase> cases() {
        Stream<PropertyCase> valid = RandomEvents.seeded(SEED).smallestFirst()
                .flatMap(generator -> LongStream.range(0, 3).mapToObj(i -> PropertyCase.of(generator, i)));
        RandomEvents generator = RandomEvents.seeded(SEED + 1).withBlocks(12).withDays(2);
        Stream<PropertyCase> broken = RandomEvents.breakableCodes().stream()
                .flatMap(code -> LongStream.range(0, 2).mapToObj(i -> PropertyCase.breaking(generator, code, i)));
        return PropertyCases.orReplayed(Stream.concat(valid, broken));
    }

    @TestFactory
    Stream<DynamicTest> validation_isDeterministic() {
        return cases().map(c -> dynamicTest(c.name(), () -> c.check(event -> {
            ValidationReport first = VALIDATOR.validate(event);
            assertThat(VALIDATOR.validate(event)).isEqualTo(first);
            assertThat(first.toString()).isEqualTo(VALIDATOR.validate(event).toString());
        })));
    }

    @TestFactory
    Stream<DynamicTest> findings_doNotDependOnTheOrderOfBlocksOrParties() {
        // The shuffle is drawn from the case alone, so that a shrunk event is shuffled by the same draws.
        return cases().map(c -> dynamicTest(c.name(), () -> c.check(
                event -> findingsDoNotDependOnOrder(event, new Random(c.name().hashCode())))));
    }

    /**
     * A random event has no error or warning (RandomEvents' "valid events"); a variant breaking a
     * rule reports that rule's code (RandomEvents#breaking).
     */
    @TestFactory
    Stream<DynamicTest> randomEvents_raiseWhatTheGeneratorPromises() {
        return cases().map(c -> dynamicTest(c.name(), () -> c.check(event -> {
            ReportAssert report = ReportAssert.assertThatEvent(event, VALIDATOR).as("seed %d, index %d", c.seed(), c.index());
            if (c.brokenCode().isPresent()) {
                report.hasCodes(c.brokenCode().get());
            } else {
                report.hasNoErrorsOrWarnings();
            }
        })));
    }

    private static void findingsDoNotDependOnOrder(Event event, Random shuffle) {
        Event slotted = withSlotsOnly(event);
        List<AgendaBlock> blocks = new ArrayList<>(slotted.agenda().blocks());
        Collections.shuffle(blocks, shuffle);
        List<Party> organizers = new ArrayList<>(slotted.organizers());
        Collections.shuffle(organizers, shuffle);
        List<Contact> contacts = new ArrayList<>(slotted.contacts());
        Collections.shuffle(contacts, shuffle);
        Event shuffled = slotted.withAgenda(slotted.agenda().withBlocks(blocks))
                .withOrganizers(organizers).withContacts(contacts);

        assertThat(findings(VALIDATOR.validate(shuffled))).isEqualTo(findings(VALIDATOR.validate(slotted)));
    }

    /**
     * The same event with every top-level block in a dated slot at the time the timetable gives it,
     * so that blocks can be reordered without moving; children keep their timing, which is relative
     * to their parent. The timetable shapes the input here, it gives no expected value.
     */
    private static Event withSlotsOnly(Event event) {
        List<AgendaBlock> slotted = new ArrayList<>();
        List<ScheduledBlock> top = Timetable.of(event).topLevelBlocks();
        for (ScheduledBlock block : top) {
            TimeSpan span = block.span().orElseThrow();
            ZonedDateTime start = span.start();
            ZonedDateTime end = span.end();
            boolean sameDay = end.toLocalDate().equals(start.toLocalDate()) && end.toLocalTime().isAfter(start.toLocalTime());
            slotted.add(sameDay ? block.block().withTiming(Timing.slot(start.toLocalDate(), start.toLocalTime(),
                    end.toLocalTime())) : block.block());
        }
        Agenda agenda = event.agenda().withBlocks(slotted);
        return event.withAgenda(agenda);
    }

    /** Code, severity and message of every finding, sorted: what a reader learns, without the index-based paths. */
    private static List<String> findings(ValidationReport report) {
        return report.violations().stream().map(v -> v.severity() + " " + v.code() + ": " + v.message()).sorted()
                .collect(Collectors.toList());
    }
}
