package org.agendum.core.validation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Party;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.validation.Reporter;
import org.agendum.core.validation.ValidationContext;

/** Checks of who takes part in each block. */
public final class ParticipantChecks {

    private ParticipantChecks() {}

    /**
     * PARTY_LISTED_TWICE: one party twice among a block's moderators, or twice among its
     * participants, reported at the later entry. A party that moderates and also takes part (a
     * chair who gives a talk in the session) plays two parts and is not reported.
     */
    public static void listedTwice(ValidationContext context, Reporter reporter) {
        for (ScheduledBlock scheduled : context.timetable().blocks()) {
            AgendaBlock block = scheduled.block();
            listedTwice(scheduled, block.moderators(), m -> m.party(), "moderators", reporter);
            listedTwice(scheduled, block.participants(), p -> p.party(), "participants", reporter);
        }
    }

    /**
     * SPEAKER_MISSING: a talk, keynote or panel, at any depth, without a participant who speaks in
     * it, in one of its children (a panel whose panelists are listed on its talks) or in a block it
     * is part of (the parts of a keynote are given by its speaker). Every role speaks but {@link
     * ParticipantRole#HOST}; moderators do not count. A provisional agenda is not checked: its
     * speakers may be still to be announced; nor is a block that does not take place (cancelled or
     * postponed, or in such a block): nobody will speak in it.
     */
    public static void speakerMissing(ValidationContext context, Reporter reporter) {
        if (context.event().agenda().status() == AgendaStatus.PROVISIONAL) {
            return;
        }
        Set<String> withdrawn = BlockChecks.withdrawn(context.timetable());
        // Blocks come depth first: spoken[d] tells whether the ancestor at depth d, or one above, has a speaker.
        List<Boolean> spoken = new ArrayList<>();
        for (ScheduledBlock scheduled : context.timetable().blocks()) {
            AgendaBlock block = scheduled.block();
            int depth = scheduled.depth();
            boolean inherited = depth > 0 && spoken.get(depth - 1);
            spoken.subList(depth, spoken.size()).clear();
            spoken.add(inherited || speaks(block));
            if (SPOKEN.contains(block.kind()) && !spoken.get(depth) && !speaksWithin(block)
                    && !withdrawn.contains(scheduled.id())) {
                reporter.report(scheduled.path(), Describe.block(block) + " is a "
                        + block.kind().name().toLowerCase(Locale.ROOT) + " without a speaker");
            }
        }
    }

    /** The kinds of block that need someone to speak. */
    private static final Set<BlockKind> SPOKEN = EnumSet.of(BlockKind.TALK, BlockKind.KEYNOTE, BlockKind.PANEL);

    /** Whether a participant of the block itself speaks. */
    private static boolean speaks(AgendaBlock block) {
        for (Participant participant : block.participants()) {
            if (participant.role() != ParticipantRole.HOST) {
                return true;
            }
        }
        return false;
    }

    /** Whether a participant of one of the block's children, at any depth, speaks. */
    private static boolean speaksWithin(AgendaBlock block) {
        for (AgendaBlock child : block.children()) {
            if (speaks(child) || speaksWithin(child)) {
                return true;
            }
        }
        return false;
    }

    private static <T> void listedTwice(ScheduledBlock scheduled, List<T> entries, Function<T, Party> party,
            String list, Reporter reporter) {
        if (entries.size() < 2) {
            return;
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Party listed = party.apply(entries.get(i));
            Integer earlier = first.putIfAbsent(listed.id(), i);
            if (earlier != null) {
                reporter.report(scheduled.path() + "/" + list + "/" + i, "'" + listed.displayName()
                        + "' is listed twice among the " + list + " of " + Describe.block(scheduled.block())
                        + " (also at " + list + "/" + earlier + ")");
            }
        }
    }
}
