package org.agendum.core.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A random programme for {@link AgendaComposerProperties}, composed in either of its two wordings:
 * top-level blocks, some with children, each composed with {@link AgendaComposer} or built, with a
 * title and a label in two wordings (the printed one and an edited one, where a label may also
 * appear or disappear) and maybe a given id. Its name, {@code Programme.draw(seed, size)}, is the
 * call that draws it again; {@link #simpler()} lists the programmes one step smaller, for
 * shrinking a failure.
 */
final class Programme {
    private static final BlockKind[] KINDS = BlockKind.values();
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúñçøß АБВ-¿?!:,.0123456789";

    final long seed;
    final List<Spec> blocks;
    /** The call that draws this programme, or null for one made smaller by {@link #simpler()}. */
    private final String name;

    private Programme(long seed, List<Spec> blocks, String name) {
        this.seed = seed;
        this.blocks = blocks;
        this.name = name;
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
        return new Programme(seed, blocks, "Programme.draw(" + seed + ", " + size + ")");
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
        return new Programme(seed, changed, name);
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

    /**
     * The programmes one step smaller, largest cuts first: top-level blocks removed (all, each
     * half, &hellip;, each one), then, block by block, children removed, its label dropped in both
     * wordings, a composed block's given id dropped, a built child's label dropped. Titles stay,
     * in both wordings, so that every edit still edits them.
     */
    List<Programme> simpler() {
        List<Programme> simpler = new ArrayList<>();
        for (List<Spec> rest : removals(blocks)) {
            simpler.add(new Programme(seed, rest, null));
        }
        for (int i = 0; i < blocks.size(); i++) {
            Spec block = blocks.get(i);
            List<Spec> edits = new ArrayList<>();
            for (List<Spec> children : removals(block.children)) {
                edits.add(block.withChildren(children));
            }
            if (block.labels[0] != null || block.labels[1] != null) {
                edits.add(block.withoutLabels());
            }
            if (block.givenId != null && !block.built) {
                edits.add(block.withGivenId(null));
            }
            for (int c = 0; c < block.children.size(); c++) {
                Spec child = block.children.get(c);
                if (child.labels[0] != null || child.labels[1] != null) {
                    List<Spec> children = new ArrayList<>(block.children);
                    children.set(c, child.withoutLabels());
                    edits.add(block.withChildren(children));
                }
            }
            for (Spec edit : edits) {
                List<Spec> changed = new ArrayList<>(blocks);
                changed.set(i, edit);
                simpler.add(new Programme(seed, changed, null));
            }
        }
        return simpler;
    }

    /** A list with runs of entries removed, the largest first. */
    private static <T> List<List<T>> removals(List<T> list) {
        List<List<T>> removals = new ArrayList<>();
        int previous = 0;
        for (int run = list.size(); run >= 1; run /= 2) {
            if (run != previous) {
                previous = run;
                for (int from = 0; from < list.size(); from += run) {
                    List<T> rest = new ArrayList<>(list.subList(0, from));
                    rest.addAll(list.subList(Math.min(from + run, list.size()), list.size()));
                    removals.add(rest);
                }
            }
        }
        return removals;
    }

    /**
     * The call that draws this programme, such as {@code Programme.draw(20210623, 4)}, which
     * {@code -Dagendum.case} takes; for a programme made smaller, its blocks, one per line.
     */
    @Override
    public String toString() {
        if (name != null) {
            return name;
        }
        StringBuilder text = new StringBuilder("a programme of seed " + seed + " made smaller:");
        describe(blocks, "\n  ", text);
        return text.toString();
    }

    private static void describe(List<Spec> specs, String indent, StringBuilder text) {
        for (Spec spec : specs) {
            text.append(indent).append(spec.built ? "built " : "composed ").append(spec.kind)
                    .append(" '").append(spec.titles[0]).append("' → '").append(spec.titles[1]).append('\'');
            if (spec.labels[0] != null || spec.labels[1] != null) {
                text.append(", label ").append(spec.labels[0]).append(" → ").append(spec.labels[1]);
            }
            if (spec.givenId != null) {
                text.append(", id ").append(spec.givenId);
            }
            describe(spec.children, indent + "  ", text);
        }
    }

    /**
     * One block of a random programme: its kind, two wordings of its title and label (the
     * printed one and the edited one, where a label may also appear or disappear), a given id or
     * none, whether it is built elsewhere, and its children.
     */
    static final class Spec {
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

        Spec withChildren(List<Spec> children) {
            return new Spec(kind, titles, labels, givenId, built, children);
        }

        Spec withoutLabels() {
            return new Spec(kind, titles, new String[] {null, null}, givenId, built, children);
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
}
