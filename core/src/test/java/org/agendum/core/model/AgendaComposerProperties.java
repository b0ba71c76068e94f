package org.agendum.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the ids {@link AgendaComposer} derives, over seeded random programmes of growing
 * size: they survive an edit of every title and label (the issue: ids become iCalendar UIDs, and a
 * new UID duplicates the entry in subscribers' calendars), they follow {@code <kind>-<n>} by place,
 * and given ids are kept. Programmes mix composed and built blocks, children, labels and given ids
 * that collide with derived ones.
 *
 * <p>Each programme is a case of its own, named by the call that draws it, {@code
 * Programme.draw(seed, size)}, smallest first. The seeds start at {@code -Dagendum.seed} (default
 * {@value #DEFAULT_SEED}); {@code -Dagendum.case='Programme.draw(20210623, 4)'} runs that case
 * alone (the system properties of every property test, documented in agendum-testing's {@code
 * PropertyCases}, which core's tests cannot depend on). A failing programme is shrunk ({@link
 * Programme#simpler()}: blocks, children, labels and given ids dropped while the property still
 * fails the same way) and the smallest is printed with the failure.
 */
class AgendaComposerProperties {

    static final long DEFAULT_SEED = 20_210_611L;
    private static final long SEED = Long.parseLong(System.getProperty("agendum.seed", "" + DEFAULT_SEED).strip());
    private static final Pattern CASE = Pattern.compile("Programme\\.draw\\((-?\\d+), ?(\\d+)\\)");
    private static final int MAX_TRIES = 2_000;

    /** The kinds as the rule spells them, written out rather than computed as the composer does. */
    private static final Map<BlockKind, String> HYPHENATED = new EnumMap<>(Map.ofEntries(
            Map.entry(BlockKind.REGISTRATION, "registration"),
            Map.entry(BlockKind.OPENING, "opening"),
            Map.entry(BlockKind.INTRODUCTION, "introduction"),
            Map.entry(BlockKind.KEYNOTE, "keynote"),
            Map.entry(BlockKind.PANEL, "panel"),
            Map.entry(BlockKind.TALK, "talk"),
            Map.entry(BlockKind.WORKSHOP, "workshop"),
            Map.entry(BlockKind.DISCUSSION, "discussion"),
            Map.entry(BlockKind.QUESTIONS_AND_ANSWERS, "questions-and-answers"),
            Map.entry(BlockKind.BREAK, "break"),
            Map.entry(BlockKind.MEAL, "meal"),
            Map.entry(BlockKind.NETWORKING, "networking"),
            Map.entry(BlockKind.CLOSING, "closing"),
            Map.entry(BlockKind.OTHER, "other")));

    /** Programmes of 0 to 40 blocks, smallest first, three of each size. */
    static Stream<Programme> drawn() {
        return IntStream.range(0, 123).mapToObj(i -> Programme.draw(SEED + i, i / 3));
    }

    /** The programmes, or the one {@code -Dagendum.case} names; none for a case of another kind. */
    static Stream<Programme> programmes() {
        String replayed = System.getProperty("agendum.case", "").strip();
        if (replayed.isEmpty()) {
            return drawn();
        }
        Matcher name = CASE.matcher(replayed);
        return name.matches() ? Stream.of(Programme.draw(Long.parseLong(name.group(1)), Integer.parseInt(name.group(2))))
                : Stream.empty();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("programmes")
    void editingEveryTitleAndLabel_keepsEveryId(Programme programme) {
        check(programme, p -> {
            Agenda printed = p.compose(0);
            Agenda edited = p.compose(1);

            List<AgendaBlock> before = blocks(printed);
            List<AgendaBlock> after = blocks(edited);
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).title()).as("%s: title of block %d is edited", p, i)
                        .isNotEqualTo(before.get(i).title());
                if (before.get(i).label().isPresent() || after.get(i).label().isPresent()) {
                    assertThat(after.get(i).label()).as("%s: label of block %d is edited", p, i)
                            .isNotEqualTo(before.get(i).label());
                }
            }
            assertThat(ids(edited)).as(p.toString()).isEqualTo(ids(printed));
        });
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("programmes")
    void givenIdsAreKept_andDerivedIdsAreTheKindAndOrdinalAtTheirLevel(Programme programme) {
        check(programme, p -> {
            Agenda agenda = p.compose(0);

            assertThat(new HashSet<>(ids(agenda))).as(p.toString()).hasSameSizeAs(ids(agenda));
            checkLevel(p, p.blocks, agenda.blocks(), "");
        });
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("programmes")
    void givingABlockAnIdThatNoBlockDerives_changesNoOtherId(Programme programme) {
        check(programme, p -> {
            Agenda agenda = p.compose(0);
            List<Integer> derived = new ArrayList<>();
            for (int i = 0; i < p.blocks.size(); i++) {
                if (p.blocks.get(i).givenId == null) {
                    derived.add(i);
                }
            }
            if (derived.isEmpty()) {
                return;
            }
            int chosen = derived.get(new Random(p.seed).nextInt(derived.size()));
            Agenda withId = p.withGivenId(chosen, "given").compose(0);

            for (int i = 0; i < agenda.blocks().size(); i++) {
                if (i != chosen) {
                    assertThat(withId.blocks().get(i).id()).as("%s: block %d", p, i)
                            .isEqualTo(agenda.blocks().get(i).id());
                }
            }
            assertThat(withId.blocks().get(chosen).id()).isEqualTo("given");
        });
    }

    @Test
    void programmes_includeChildrenBuiltBlocksCollisionsAndLabelChanges() {
        List<Programme> all = drawn().collect(Collectors.toList());
        List<String> ids = all.stream().flatMap(p -> ids(p.compose(0)).stream()).collect(Collectors.toList());

        assertThat(ids).as("derived ids beside a given one").anyMatch(id -> id.matches("[a-z-]+-[0-9]+-2"));
        assertThat(ids).as("given ids").anyMatch(id -> id.startsWith("block-"));
        assertThat(all).as("composed children of composed blocks").anyMatch(p -> p.blocks.stream()
                .anyMatch(b -> !b.built && b.children.stream().anyMatch(c -> !c.built)));
        assertThat(all).as("built children of composed blocks").anyMatch(p -> p.blocks.stream()
                .anyMatch(b -> !b.built && b.children.stream().anyMatch(c -> c.built)));
        assertThat(all).as("built blocks with children").anyMatch(p -> p.blocks.stream()
                .anyMatch(b -> b.built && !b.children.isEmpty()));
        assertThat(all).as("labels that appear or disappear").anyMatch(p -> p.blocks.stream()
                .anyMatch(b -> (b.labels[0] == null) != (b.labels[1] == null)));
    }

    /**
     * Checks a property on a programme; on failure, shrinks the programme to the smallest one that
     * still fails the same way (an exception of the same class, or both assertion errors) and
     * fails naming the case, how to replay it, and that smallest programme.
     */
    private static void check(Programme programme, Consumer<Programme> property) {
        Throwable first = failure(property, programme);
        if (first == null) {
            return;
        }
        Programme smallest = programme;
        Throwable last = first;
        int tries = 0;
        boolean smaller = true;
        while (smaller && tries < MAX_TRIES) {
            smaller = false;
            for (Programme candidate : smallest.simpler()) {
                if (tries++ == MAX_TRIES) {
                    break;
                }
                Throwable failure = failure(property, candidate);
                if (failure != null && (failure.getClass() == first.getClass()
                        || failure instanceof AssertionError && first instanceof AssertionError)) {
                    smallest = candidate;
                    last = failure;
                    smaller = true;
                    break;
                }
            }
        }
        throw new AssertionError(programme + " (seed " + programme.seed + "; replay: -Dagendum.case='" + programme + "'): "
                + first + "\nSmallest failing programme (" + tries + " tried): " + smallest + "\nwhich fails with: " + last,
                first);
    }

    private static Throwable failure(Consumer<Programme> property, Programme programme) {
        try {
            property.accept(programme);
            return null;
        } catch (RuntimeException | AssertionError e) {
            return e;
        }
    }

    /**
     * Checks one level against the rule written out independently: a given id as given; a derived
     * one is the parent's id, the kind in lower case with hyphens and its 1-based ordinal among the
     * blocks of that kind at that level, or that with a numeric suffix when a given id took it.
     */
    private static void checkLevel(Programme programme, List<Programme.Spec> specs, List<AgendaBlock> blocks, String parentId) {
        assertThat(blocks).hasSameSizeAs(specs);
        Map<BlockKind, Integer> seen = new EnumMap<>(BlockKind.class);
        for (int i = 0; i < specs.size(); i++) {
            Programme.Spec spec = specs.get(i);
            AgendaBlock block = blocks.get(i);
            int ordinal = seen.merge(spec.kind, 1, Integer::sum);
            if (spec.givenId != null) {
                assertThat(block.id()).as("%s: given id", programme).isEqualTo(spec.givenId);
            } else {
                String natural = (parentId.isEmpty() ? "" : parentId + "-") + HYPHENATED.get(spec.kind) + "-" + ordinal;
                if (programme.givenIds().contains(natural)) {
                    assertThat(block.id()).as("%s: derived id beside a given '%s'", programme, natural)
                            .matches(Pattern.quote(natural) + "-[2-9][0-9]*");
                } else {
                    assertThat(block.id()).as("%s: derived id", programme).isEqualTo(natural);
                }
            }
            checkLevel(programme, spec.children, block.children(), block.id());
        }
    }

    private static List<AgendaBlock> blocks(Agenda agenda) {
        List<AgendaBlock> blocks = new ArrayList<>();
        Agenda.forEachBlock(agenda.blocks(), "", (block, path) -> blocks.add(block));
        return blocks;
    }

    private static List<String> ids(Agenda agenda) {
        return blocks(agenda).stream().map(AgendaBlock::id).collect(Collectors.toList());
    }
}
