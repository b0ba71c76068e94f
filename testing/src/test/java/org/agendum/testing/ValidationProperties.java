package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.Timing;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.agendum.core.validation.ValidationReport;
import org.agendum.core.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of validation over seeded random events (DESIGN.md §5): it is deterministic, and what
 * it finds does not depend on the order blocks or parties were added in. Every failure names the
 * generator and index, so it reproduces.
 */
class ValidationProperties {

    private static final Validator VALIDATOR = Validator.standard();
    private static final long SEED = 20_210_611L;

    /** Valid events of growing size, and every rule-breaking variant of a few of them. */
    static Stream<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        RandomEvents.seeded(SEED).smallestFirst().forEach(generator -> {
            for (long i = 0; i < 3; i++) {
                cases.add(new Object[] {generator + " #" + i, generator.event(i)});
            }
        });
        RandomEvents generator = RandomEvents.seeded(SEED + 1).withBlocks(12).withDays(2);
        for (String code : RandomEvents.breakableCodes()) {
            for (long i = 0; i < 2; i++) {
                cases.add(new Object[] {generator + " #" + i + " breaking " + code, generator.breaking(code, i)});
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validation_isDeterministic(String where, Event event) {
        ValidationReport first = VALIDATOR.validate(event);
        assertThat(VALIDATOR.validate(event)).as(where).isEqualTo(first);
        assertThat(first.toString()).as(where).isEqualTo(VALIDATOR.validate(event).toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findings_doNotDependOnTheOrderOfBlocksOrParties(String where, Event event) {
        Event slotted = withSlotsOnly(event);
        Random shuffle = new Random(where.hashCode());
        List<AgendaBlock> blocks = new ArrayList<>(slotted.agenda().blocks());
        Collections.shuffle(blocks, shuffle);
        List<org.agendum.core.model.Party> organizers = new ArrayList<>(slotted.organizers());
        Collections.shuffle(organizers, shuffle);
        List<org.agendum.core.model.Contact> contacts = new ArrayList<>(slotted.contacts());
        Collections.shuffle(contacts, shuffle);
        Event shuffled = slotted.withAgenda(slotted.agenda().withBlocks(blocks))
                .withOrganizers(organizers).withContacts(contacts);

        assertThat(findings(VALIDATOR.validate(shuffled))).as(where)
                .isEqualTo(findings(VALIDATOR.validate(slotted)));
    }

    /**
     * The same event with every top-level block in a dated slot at the time the timetable gives it,
     * so that blocks can be reordered without moving; children keep their timing, which is relative
     * to their parent.
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
