package org.agendum.core.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What {@link AgendaComposer} knows of one block until the agenda is built: the values its {@link
 * AgendaComposer.Step} was given, or a block built elsewhere. Ids are derived only when the whole
 * agenda is known, from each block's kind and place.
 */
final class BlockDraft {
    final Timing timing;
    final BlockKind kind;
    final String title;
    private final AgendaBlock built;
    String id;
    /** What sets each single-valued attribute, by the attribute's name: the last value given. */
    final Map<String, Consumer<AgendaBlock.Builder>> values = new LinkedHashMap<>();
    /** What adds to the list attributes, in the order given. */
    final List<Consumer<AgendaBlock.Builder>> additions = new ArrayList<>();
    final List<BlockDraft> children = new ArrayList<>();

    BlockDraft(Timing timing, BlockKind kind, String title) {
        this(timing, kind, title, null);
    }

    private BlockDraft(Timing timing, BlockKind kind, String title, AgendaBlock built) {
        this.timing = timing;
        this.kind = kind;
        this.title = title;
        this.built = built;
    }

    /** A block built elsewhere, taken as it is. */
    static BlockDraft of(AgendaBlock block) {
        return new BlockDraft(block.timing().orElse(null), block.kind(), block.title(), block);
    }

    /**
     * Builds the blocks of one level, numbering each kind from 1 in order; every block counts, so
     * giving one block an id does not renumber the others.
     */
    static List<AgendaBlock> build(List<BlockDraft> drafts, Set<String> used, String parentId) {
        Map<BlockKind, Integer> ordinals = new EnumMap<>(BlockKind.class);
        List<AgendaBlock> blocks = new ArrayList<>(drafts.size());
        for (BlockDraft draft : drafts) {
            int ordinal = ordinals.merge(draft.kind, 1, Integer::sum);
            blocks.add(draft.build(used, parentId, ordinal));
        }
        return blocks;
    }

    /** Explicit ids are reserved first, so a derived id never takes one given later. */
    void reserveIds(Set<String> used) {
        if (built != null) {
            Agenda.forEachBlock(List.of(built), "", (block, path) -> used.add(block.id()));
        } else {
            if (id != null) {
                used.add(id);
            }
            for (BlockDraft child : children) {
                child.reserveIds(used);
            }
        }
    }

    private AgendaBlock build(Set<String> used, String parentId, int ordinal) {
        if (built != null) {
            return built;
        }
        String blockId = id != null ? id : BlockIds.derived(parentId, kind, ordinal, used);
        AgendaBlock.Builder block = AgendaBlock.builder().id(blockId).kind(kind).title(title);
        Optional.ofNullable(timing).ifPresent(block::timing);
        values.values().forEach(setter -> setter.accept(block));
        additions.forEach(adder -> adder.accept(block));
        return block.addAllChildren(build(children, used, blockId)).build();
    }
}
