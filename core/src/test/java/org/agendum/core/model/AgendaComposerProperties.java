package org.agendum.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
 * that collide with derived ones. Each case names its seed and size, so a failure reproduces.
 */
class AgendaComposerProperties {

    private static final long SEED = 20_210_611L;
    private static final BlockKind[] KINDS = BlockKind.values();
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúñçøß АБВ-¿?!:,.0123456789";

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
    static Stream<Programme> programmes() {
        return IntStream.range(0, 123).mapToObj(i -> Programme.draw(SEED + i, i / 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programmes")
    void editingEveryTitleAndLabel_keepsEveryId(Programme programme) {
        Agenda printed = programme.compose(0);
        Agenda edited = programme.compose(1);

        List<AgendaBlock> before = blocks(printed);
        List<AgendaBlock> after = blocks(edited);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).title()).as("%s: title of block %d is edited", programme, i)
                    .isNotEqualTo(before.get(i).title());
            if (before.get(i).label().isPresent() || after.get(i).label().isPresent()) {
                assertThat(after.get(i).label()).as("%s: label of block %d is edited", programme, i)
                        .isNotEqualTo(before.get(i).label());
            }
        }
        assertThat(ids(edited)).as(programme.toString()).isEqualTo(ids(printed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programmes")
    void givenIdsAreKept_andDerivedIdsAreTheKindAndOrdinalAtTheirLevel(Programme programme) {
        Agenda agenda = programme.compose(0);

        assertThat(new HashSet<>(ids(agenda))).as(programme.toString()).hasSameSizeAs(ids(agenda));
        checkLevel(programme, programme.blocks, agenda.blocks(), "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programmes")
    void givingABlockAnIdThatNoBlockDerives_changesNoOtherId(Programme programme) {
        Agenda agenda = programme.compose(0);
        List<Integer> derived = new ArrayList<>();
        for (int i = 0; i < programme.blocks.size(); i++) {
            if (programme.blocks.get(i).givenId == null) {
                derived.add(i);
            }
        }
        if (derived.isEmpty()) {
            return;
        }
        int chosen = derived.get(new Random(programme.seed).nextInt(derived.size()));
        Agenda withId = programme.withGivenId(chosen, "given").compose(0);

        for (int i = 0; i < agenda.blocks().size(); i++) {
            if (i != chosen) {
                assertThat(withId.blocks().get(i).id()).as("%s: block %d", programme, i)
                        .isEqualTo(agenda.blocks().get(i).id());
            }
        }
        assertThat(withId.blocks().get(chosen).id()).isEqualTo("given");
    }

    @Test
    void programmes_includeChildrenBuiltBlocksCollisionsAndLabelChanges() {
        List<Programme> all = programmes().collect(Collectors.toList());
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
     * Checks one level against the rule written out independently: a given id as given; a derived
     * one is the parent's id, the kind in lower case with hyphens and its 1-based ordinal among the
     * blocks of that kind at that level, or that with a numeric suffix when a given id took it.
     */
    private static void checkLevel(Programme programme, List<Spec> specs, List<AgendaBlock> blocks, String parentId) {
        assertThat(blocks).hasSameSizeAs(specs);
        Map<BlockKind, Integer> seen = new EnumMap<>(BlockKind.class);
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
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
        List<String> ids = new ArrayList<>();
        Agenda.forEachBlock(agenda.blocks(), "", (block, path) -> ids.add(block.id()));
        return ids;
    }

    /**
     * One block of a random programme: its kind, two wordings of its title and label (the
     * printed one and the edited one, where a label may also appear or disappear), a given id or
     * none, whether it is built elsewhere, and its children.
     */
    private static final class Spec {
        final BlockKind kind;
        final String[] titles;
        final String[] labels;
        final String givenId;
        final boolean built;
        final List<Spec> children;

        Spec(BlockKind kind, String[] titles, String[] labels, String givenId, boolean built, List<Spec> children) {
            this.kind = kind;
            this.titles = titles;
            this.labels = labels;
            this.givenId = givenId;
            this.built = built;
            this.children = children;
        }

        Spec withGivenId(String id) {
            return new Spec(kind, titles, labels, id, built, children);
        }

        AgendaBlock toBlock(int wording, boolean child) {
            AgendaBlock.Builder block = AgendaBlock.builder().id(givenId).kind(kind).title(titles[wording]);
            if (labels[wording] != null) {
                block.label(labels[wording]);
            }
            if (!child) {
                block.timing(Timing.minutes(10));
            }
            for (Spec grandchild : children) {
                block.addChild(grandchild.toBlock(wording, true));
            }
            return block.build();
        }
    }

    /** A random programme, composed in either of its two wordings. */
    static final class Programme {
        final long seed;
        final int size;
        final List<Spec> blocks;

        private Programme(long seed, int size, List<Spec> blocks) {
            this.seed = seed;
            this.size = size;
            this.blocks = blocks;
        }

        /** Draws a programme of {@code size} top-level blocks. */
        static Programme draw(long seed, int size) {
            Random random = new Random(seed);
            Set<String> given = new HashSet<>();
            List<Spec> blocks = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                boolean built = random.nextInt(6) == 0;
                List<Spec> children = new ArrayList<>();
                for (int c = random.nextInt(4) == 0 ? random.nextInt(4) : 0; c > 0; c--) {
                    // A child of a built block is built too, so it needs an id.
                    children.add(spec(random, given, built || random.nextInt(5) == 0, false));
                }
                Spec block = spec(random, given, built, true);
                blocks.add(new Spec(block.kind, block.titles, block.labels, block.givenId, built, children));
            }
            return new Programme(seed, size, blocks);
        }

        private static Spec spec(Random random, Set<String> given, boolean built, boolean topLevel) {
            // Few kinds, so that ordinals above 1 are common.
            BlockKind kind = random.nextInt(3) == 0 ? KINDS[random.nextInt(KINDS.length)]
                    : List.of(BlockKind.PANEL, BlockKind.BREAK, BlockKind.QUESTIONS_AND_ANSWERS).get(random.nextInt(3));
            String title = text(random);
            String[] titles = {title, edited(title, text(random))};
            String label = random.nextBoolean() ? text(random) : null;
            String editedLabel = random.nextInt(4) == 0 ? null : text(random);
            String[] labels = {label, label != null && label.equals(editedLabel) ? label + "*" : editedLabel};
            if (labels[0] == null && labels[1] == null) {
                labels[1] = text(random);
            }
            if (!topLevel && !built) {
                // A child composed with child(kind, title) has no label.
                labels = new String[] {null, null};
            }
            String givenId = null;
            // A composed child cannot be given an id; a built block must have one.
            if (built || topLevel && random.nextInt(5) == 0) {
                givenId = givenId(random, given, topLevel);
            }
            return new Spec(kind, titles, labels, givenId, built, List.of());
        }

        /** A given id not given before, often one that a block of the programme would derive. */
        private static String givenId(Random random, Set<String> given, boolean topLevel) {
            while (true) {
                String id = switch (random.nextInt(3)) {
                    case 0 -> "panel-" + (1 + random.nextInt(4));
                    case 1 -> (topLevel ? "" : "panel-" + (1 + random.nextInt(3)) + "-")
                            + "questions-and-answers-" + (1 + random.nextInt(3));
                    default -> "block-" + random.nextInt(1000);
                };
                if (given.add(id)) {
                    return id;
                }
            }
        }

        private static String edited(String printed, String redrawn) {
            return redrawn.equals(printed) ? printed + "*" : redrawn;
        }

        private static String text(Random random) {
            StringBuilder text = new StringBuilder();
            text.append(Character.toUpperCase(LETTERS.charAt(random.nextInt(26))));
            for (int n = random.nextInt(30); n > 0; n--) {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            return text.toString();
        }

        Set<String> givenIds() {
            Set<String> ids = new HashSet<>();
            collect(blocks, ids);
            return ids;
        }

        private static void collect(List<Spec> specs, Set<String> ids) {
            for (Spec spec : specs) {
                if (spec.givenId != null) {
                    ids.add(spec.givenId);
                }
                collect(spec.children, ids);
            }
        }

        Programme withGivenId(int index, String id) {
            List<Spec> changed = new ArrayList<>(blocks);
            changed.set(index, blocks.get(index).withGivenId(id));
            return new Programme(seed, size, changed);
        }

        /** Composes the programme in its printed wording (0) or its edited one (1). */
        Agenda compose(int wording) {
            AgendaComposer composer = Agenda.compose();
            for (Spec spec : blocks) {
                if (spec.built) {
                    composer.block(spec.toBlock(wording, false));
                    continue;
                }
                AgendaComposer.Step step = composer.block(Duration.ofMinutes(10), spec.kind, spec.titles[wording]);
                if (spec.givenId != null) {
                    step.id(spec.givenId);
                }
                if (spec.labels[wording] != null) {
                    step.label(spec.labels[wording]);
                }
                for (Spec child : spec.children) {
                    if (child.built) {
                        step.child(child.toBlock(wording, true));
                    } else {
                        step.child(child.kind, child.titles[wording]);
                    }
                }
            }
            return composer.toAgenda();
        }

        @Override
        public String toString() {
            return "seed " + seed + ", " + size + " blocks";
        }
    }
}
