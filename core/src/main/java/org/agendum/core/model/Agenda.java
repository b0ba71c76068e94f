package org.agendum.core.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.immutables.value.Value;

/**
 * The ordered blocks of an event's programme, and how settled the programme is.
 *
 * <p>Block ids are unique across the whole agenda, children included ({@link
 * Invariant#DUPLICATE_BLOCK_ID}), and every top-level block has a timing ({@link
 * Invariant#BLOCK_TIMING_MISSING}).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Agenda extends AgendaWithers {

    private static final Agenda EMPTY = builder().build();

    Agenda() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableAgenda.builder();
    }

    /**
     * Returns an agenda without blocks.
     *
     * @return the empty, confirmed agenda
     */
    public static Agenda empty() {
        return EMPTY;
    }

    /**
     * Obtains a confirmed agenda of blocks.
     *
     * @param blocks the blocks, in order
     * @return the agenda
     * @throws InvariantViolationException if two blocks share an id or a top-level block has no
     *     timing
     */
    public static Agenda of(AgendaBlock... blocks) {
        return builder().addBlocks(blocks).build();
    }

    /**
     * Starts composing an agenda the way a programme is printed: one block after another, each
     * with its duration or its slot.
     *
     * <pre>{@code
     * Agenda agenda = Agenda.compose()
     *         .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
     *             .speakers(perez, petrantonio, escobedo)
     *         .block(Duration.ofMinutes(35), BlockKind.PANEL, "Alianzas estratégicas ...")
     *             .label("Panel 1")
     *         .toAgenda();
     * }</pre>
     *
     * @return a new composer
     */
    public static AgendaComposer compose() {
        return new AgendaComposer();
    }

    /**
     * Returns the top-level blocks, in order.
     *
     * @return the blocks, possibly empty
     * @refusedIf two blocks, at any depth, share an id ({@link Invariant#DUPLICATE_BLOCK_ID})
     * @refusedIf a top-level block has no timing ({@link Invariant#BLOCK_TIMING_MISSING})
     */
    public abstract List<AgendaBlock> blocks();

    /**
     * Returns how settled the programme is.
     *
     * @return the status; {@link AgendaStatus#CONFIRMED} by default
     */
    @Value.Default
    public AgendaStatus status() {
        return AgendaStatus.CONFIRMED;
    }

    /**
     * Returns the heading of the programme, as printed ("Programme provisoire").
     *
     * @return the title, if printed
     * @refusedIf the title is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> title();

    /**
     * Returns whether this agenda has no blocks.
     *
     * @return true if there are no blocks
     */
    public final boolean isEmpty() {
        return blocks().isEmpty();
    }

    @Value.Check
    final void check() {
        Checks.text(title(), "/title");
        List<AgendaBlock> top = blocks();
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i).timing().isEmpty()) {
                throw Checks.violation(Invariant.BLOCK_TIMING_MISSING, "/blocks/" + i + "/timing",
                        "top-level block '" + top.get(i).title() + "' needs a timing: a slot or a duration");
            }
        }
        Map<String, AgendaBlock> firstById = new HashMap<>();
        forEachBlock(top, "/blocks", (block, path) -> {
            AgendaBlock earlier = firstById.putIfAbsent(block.id(), block);
            if (earlier != null) {
                throw Checks.violation(Invariant.DUPLICATE_BLOCK_ID, path + "/id",
                        "block id '" + block.id() + "' is already used by the block at " + pathOf(top, earlier));
            }
        });
    }

    /** The path of the first place a block is at, found again only to report it. */
    private static String pathOf(List<AgendaBlock> top, AgendaBlock wanted) {
        String[] found = new String[1];
        forEachBlock(top, "/blocks", (block, path) -> {
            if (block == wanted && found[0] == null) {
                found[0] = path.toString();
            }
        });
        return found[0];
    }

    /**
     * Visits blocks depth first, parents before children, with their JSON Pointer paths. The path
     * is spelt when a visitor asks ({@link BlockPath#toString()}), so a walk that finds nothing
     * to report builds no strings.
     */
    static void forEachBlock(List<AgendaBlock> blocks, String prefix, BiConsumer<AgendaBlock, BlockPath> visitor) {
        visit(blocks, new BlockPath(prefix), visitor);
    }

    private static void visit(List<AgendaBlock> blocks, BlockPath path, BiConsumer<AgendaBlock, BlockPath> visitor) {
        for (int i = 0; i < blocks.size(); i++) {
            AgendaBlock block = blocks.get(i);
            path.enter(i);
            visitor.accept(block, path);
            visit(block.children(), path, visitor);
            path.leave();
        }
    }

    /**
     * Builds {@link Agenda} values one attribute at a time; obtained from {@link Agenda#builder()}.
     *
     * <p>Every attribute is optional, has a default, or is a list that starts empty. A single-valued
     * attribute can be set only once: setting it again, with either overload, throws
     * {@link IllegalStateException}. Each {@code add...} call appends to a list, after the elements already
     * added. Values are checked when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends AgendaBuilderBase {

        Builder() {}
    }
}
