package org.agendum.testing;

import java.time.Duration;
import java.util.List;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Party;
import org.agendum.core.model.Timing;

/** Draws an event's blocks for {@link EventDraw}: their kinds, texts, people and children. */
final class BlockDraw {

    private final Dice dice;
    /** The dice of the attributes added later (subtitles, languages, links), so earlier draws stay. */
    private final Dice later;
    private final boolean exoticIds;
    private final List<Party> parties;

    BlockDraw(Dice dice, Dice later, boolean exoticIds, List<Party> parties) {
        this.dice = dice;
        this.later = later;
        this.exoticIds = exoticIds;
        this.parties = parties;
    }


    /** A top-level block, its children drawn with it, with this timing of {@code seconds}. */
    AgendaBlock block(int number, Timing timing, long seconds) {
        AgendaBlock.Builder block = blockBody(id("block-" + number, blockExotic(number)), kind(BlockKind.values()));
        block.timing(timing);
        dice.maybePick(0.3, SampleText.ROOMS).ifPresent(block::room);
        dice.maybePick(0.15, SampleText.TRACKS).ifPresent(block::track);
        if (dice.chance(0.15)) {
            int count = dice.between(1, 3);
            long share = seconds / (count + dice.below(2));
            share = share >= 60 ? share - share % 60 : share;
            int mode = dice.below(3);
            for (int c = 0; c < count; c++) {
                boolean timed = share > 0 && (mode == 1 || (mode == 2 && c % 2 == 0));
                AgendaBlock.Builder child = blockBody(id("block-" + number + "-" + c, blockExotic(number) + "-" + c),
                        kind(BlockKind.QUESTIONS_AND_ANSWERS, BlockKind.TALK, BlockKind.DISCUSSION, BlockKind.PANEL,
                                BlockKind.WORKSHOP, BlockKind.BREAK));
                if (timed) {
                    child.timing(Timing.duration(Duration.ofSeconds(share)));
                }
                block.addChild(spokenOrOther(child.build()));
            }
        }
        return spokenOrOther(block.build());
    }

    /**
     * A talk, keynote or panel drawn without a participant who speaks (SPEAKER_MISSING) becomes a
     * block of kind OTHER, with no further draw, so that every later draw stays the same.
     */
    private static AgendaBlock spokenOrOther(AgendaBlock block) {
        boolean spoken = block.kind() == BlockKind.TALK || block.kind() == BlockKind.KEYNOTE
                || block.kind() == BlockKind.PANEL;
        boolean speaks = block.participants().stream().anyMatch(p -> p.role() != ParticipantRole.HOST);
        return spoken && !speaks ? block.withKind(BlockKind.OTHER) : block;
    }

    private String blockExotic(int number) {
        return dice.pick("bloque-ñ-", "b:", "ブロック-", "🎉-") + number;
    }

    private BlockKind kind(BlockKind... kinds) {
        BlockKind kind = dice.pick(kinds);
        boolean moderated = kind == BlockKind.PANEL || kind == BlockKind.DISCUSSION;
        return moderated && parties.isEmpty() ? BlockKind.TALK : kind;
    }

    /** A block without timing, children, room or track. */
    private AgendaBlock.Builder blockBody(String id, BlockKind kind) {
        AgendaBlock.Builder block = AgendaBlock.builder()
                .id(id)
                .kind(kind)
                .title(dice.pick(SampleText.blockTitles(kind)));
        dice.maybePick(0.2, SampleText.BLOCK_LABELS).ifPresent(block::label);
        dice.maybePick(0.15, SampleText.OBJECTIVES).ifPresent(block::objective);
        if (dice.chance(0.2)) {
            block.description(paragraphs(dice, 2));
        }
        block.addAllTopics(dice.chance(0.3) ? dice.some(SampleText.TOPICS, 3) : List.of());
        dice.maybePick(0.1, SampleText.METHODOLOGY).ifPresent(block::addMethodology);
        dice.maybePick(0.1, SampleText.NOTES).ifPresent(block::addNote);
        later.maybePick(0.15, SampleText.SUBTITLES).ifPresent(block::subtitle);
        block.addAllLanguages(later.chance(0.2) ? later.some(SampleText.LANGUAGES, 2) : List.of());
        for (int i = later.chance(0.2) ? later.between(1, 3) : 0; i > 0; i--) {
            Link link = later.chance(0.5) ? Link.of(SampleText.url(later), later.pick(SampleText.LINK_LABELS))
                    : Link.of(SampleText.url(later));
            block.addLink(later.chance(0.7) ? link.withKind(later.pick(LinkKind.values())) : link);
        }
        boolean moderated = kind == BlockKind.PANEL || kind == BlockKind.DISCUSSION;
        List<Party> people = dice.some(parties, 4);
        if (moderated && people.isEmpty()) {
            people = List.of(dice.pick(parties));
        }
        int moderators = people.isEmpty() ? 0
                : moderated ? dice.between(1, Math.min(2, people.size())) : dice.chance(0.2) ? 1 : 0;
        for (int i = 0; i < people.size(); i++) {
            Party party = people.get(i);
            if (i < moderators) {
                Moderator moderator = Moderator.of(party, dice.pick(ModeratorRole.values()));
                block.addModerator(dice.chance(0.4) ? moderator.withLabel(dice.pick(SampleText.MODERATOR_LABELS)) : moderator);
            } else {
                Participant participant = Participant.of(party, dice.pick(ParticipantRole.values()));
                block.addParticipant(dice.chance(0.3)
                        ? participant.withLabel(dice.pick(SampleText.PARTICIPANT_LABELS)) : participant);
            }
        }
        return block;
    }


    /** One to {@code max} paragraphs of sample text. */
    static String paragraphs(Dice dice, int max) {
        StringBuilder text = new StringBuilder(dice.pick(SampleText.DESCRIPTION_PARAGRAPHS));
        for (int i = dice.below(max); i > 0; i--) {
            text.append(dice.chance(0.5) ? "\n\n" : "\n").append(dice.pick(SampleText.DESCRIPTION_PARAGRAPHS));
        }
        return text.toString();
    }

    /** An id, sometimes in the exotic style of this event: no whitespace, but anything else. */
    private String id(String plain, String exotic) {
        return exoticIds ? exotic : plain;
    }
}
