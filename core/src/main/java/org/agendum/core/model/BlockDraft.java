package org.agendum.core.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    String label;
    String subtitle;
    String objective;
    String description;
    String room;
    String track;
    Venue venue;
    final List<String> overflowRooms = new ArrayList<>();
    BlockStatus status;
    String statusNote;
    LocalDateTime previousStart;
    Registration registration;
    final List<String> topics = new ArrayList<>();
    final List<String> methodology = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> languages = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<Interpretation> interpretations = new ArrayList<>();
    final List<Localization> localizations = new ArrayList<>();
    AttendanceMode attendanceMode;
    OnlineLocation onlineLocation;
    final List<Moderator> moderators = new ArrayList<>();
    final List<Participant> participants = new ArrayList<>();
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
        AgendaBlock.Builder block = AgendaBlock.builder().id(blockId).kind(kind).title(title)
                .addAllTopics(topics).addAllMethodology(methodology).addAllNotes(notes)
                .addAllLanguages(languages).addAllLinks(links).addAllOverflowRooms(overflowRooms)
                .addAllInterpretations(interpretations).addAllLocalizations(localizations)
                .addAllModerators(moderators).addAllParticipants(participants);
        Optional.ofNullable(timing).ifPresent(block::timing);
        Optional.ofNullable(label).ifPresent(block::label);
        Optional.ofNullable(subtitle).ifPresent(block::subtitle);
        Optional.ofNullable(objective).ifPresent(block::objective);
        Optional.ofNullable(description).ifPresent(block::description);
        Optional.ofNullable(room).ifPresent(block::room);
        Optional.ofNullable(track).ifPresent(block::track);
        Optional.ofNullable(venue).ifPresent(block::venue);
        Optional.ofNullable(status).ifPresent(block::status);
        Optional.ofNullable(statusNote).ifPresent(block::statusNote);
        Optional.ofNullable(previousStart).ifPresent(block::previousStart);
        Optional.ofNullable(registration).ifPresent(block::registration);
        Optional.ofNullable(attendanceMode).ifPresent(block::attendanceMode);
        Optional.ofNullable(onlineLocation).ifPresent(block::onlineLocation);
        return block.addAllChildren(build(children, used, blockId)).build();
    }
}
