package org.agendum.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Participant;

/**
 * The edits of {@link EventShrinker} inside blocks, at any depth: child blocks, moderators and
 * participants removed, their labels, the block's optional attributes (its status, note, previous
 * start and registration among them) and list entries, and a child's timing (a top-level block
 * needs one). Parties are left to {@link PartyShrinks}.
 */
final class BlockShrinks {

    private BlockShrinks() {}

    /** Adds the edits of every block of an event, top-level blocks in order, each before its children. */
    static void simplifications(Event event, List<Supplier<Event>> edits) {
        Agenda agenda = event.agenda();
        Shrinks.entries(agenda.blocks(), block -> simpler(block, true),
                blocks -> event.withAgenda(agenda.withBlocks(blocks)), edits);
    }

    /** The edits of one block and, after them, of its children. */
    private static List<Supplier<AgendaBlock>> simpler(AgendaBlock block, boolean topLevel) {
        List<Supplier<AgendaBlock>> edits = new ArrayList<>();
        Shrinks.lists(block.children(), block::withChildren, edits);
        Shrinks.lists(block.moderators(), block::withModerators, edits);
        Shrinks.lists(block.participants(), block::withParticipants, edits);
        if (!topLevel) {
            Shrinks.empty(block.timing(), () -> block.withTiming(Optional.empty()), edits);
        }
        Shrinks.empty(block.label(), () -> block.withLabel(Optional.empty()), edits);
        Shrinks.empty(block.objective(), () -> block.withObjective(Optional.empty()), edits);
        Shrinks.empty(block.description(), () -> block.withDescription(Optional.empty()), edits);
        Shrinks.empty(block.room(), () -> block.withRoom(Optional.empty()), edits);
        Shrinks.empty(block.track(), () -> block.withTrack(Optional.empty()), edits);
        Shrinks.lists(block.overflowRooms(), block::withOverflowRooms, edits);
        Shrinks.empty(block.venue(), () -> block.withVenue(Optional.empty()), edits);
        Shrinks.empty(block.subtitle(), () -> block.withSubtitle(Optional.empty()), edits);
        // The previous start before the status: a block that is not rescheduled has none.
        Shrinks.empty(block.previousStart(), () -> block.withPreviousStart(Optional.empty()), edits);
        if (block.status() != BlockStatus.SCHEDULED) {
            edits.add(() -> block.withStatus(BlockStatus.SCHEDULED));
        }
        Shrinks.empty(block.statusNote(), () -> block.withStatusNote(Optional.empty()), edits);
        Shrinks.empty(block.registration(), () -> block.withRegistration(Optional.empty()), edits);
        Shrinks.lists(block.links(), block::withLinks, edits);
        Shrinks.lists(block.languages(), block::withLanguages, edits);
        Shrinks.lists(block.interpretations(), block::withInterpretations, edits);
        Shrinks.lists(block.localizations(), block::withLocalizations, edits);
        Shrinks.empty(block.attendanceMode(), () -> block.withAttendanceMode(Optional.empty()), edits);
        Shrinks.empty(block.onlineLocation(), () -> block.withOnlineLocation(Optional.empty()), edits);
        Shrinks.lists(block.topics(), block::withTopics, edits);
        Shrinks.lists(block.methodology(), block::withMethodology, edits);
        Shrinks.lists(block.notes(), block::withNotes, edits);
        Shrinks.emptyEach(block.links(), Link::label, link -> link.withLabel(Optional.empty()), block::withLinks, edits);
        Shrinks.emptyEach(block.links(), Link::kind, link -> link.withKind(Optional.empty()), block::withLinks, edits);
        Shrinks.emptyEach(block.moderators(), Moderator::label, moderator -> moderator.withLabel(Optional.empty()),
                block::withModerators, edits);
        Shrinks.emptyEach(block.participants(), Participant::label,
                participant -> participant.withLabel(Optional.empty()), block::withParticipants, edits);
        Shrinks.entries(block.children(), child -> simpler(child, false), block::withChildren, edits);
        return edits;
    }
}
