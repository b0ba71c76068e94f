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
public abstract class Agenda implements WithAgenda {

    private static final Agenda EMPTY = builder().build();

    Agenda() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return new Builder();
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
        Map<String, String> pathsById = new HashMap<>();
        forEachBlock(top, "/blocks", (block, path) -> {
            String earlier = pathsById.putIfAbsent(block.id(), path);
            if (earlier != null) {
                throw Checks.violation(Invariant.DUPLICATE_BLOCK_ID, path + "/id",
                        "block id '" + block.id() + "' is already used by the block at " + earlier);
            }
        });
    }

    /** Visits blocks depth first, parents before children, with their JSON Pointer paths. */
    static void forEachBlock(List<AgendaBlock> blocks, String prefix, BiConsumer<AgendaBlock, String> visitor) {
        for (int i = 0; i < blocks.size(); i++) {
            AgendaBlock block = blocks.get(i);
            String path = prefix + "/" + i;
            visitor.accept(block, path);
            forEachBlock(block.children(), path + "/children", visitor);
        }
    }

    /** Builds an {@link Agenda}. */
    public static final class Builder extends ImmutableAgenda.Builder {
        Builder() {}
    }
}
