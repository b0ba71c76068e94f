package org.agendum.testing;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Registration;

/**
 * Draws for {@link EventDraw} what changed in an event's blocks after publication &mdash; a status,
 * its note, the start first announced &mdash; a block's own registration, and which block a
 * deadline of the event names. Every draw comes from a dice of its own, so that events drawn before
 * these attributes existed are drawn the same, apart from them.
 */
final class ChangeDraw {

    private final Dice dice;
    private final PlaceDraw deadlines;
    private final ZonedDateTime eventStart;

    ChangeDraw(Dice dice, ZoneId zone, ZonedDateTime eventStart) {
        this.dice = dice;
        this.deadlines = new PlaceDraw(dice, zone);
        this.eventStart = eventStart;
    }

    /** The blocks, each at any depth perhaps changed, in the same order. */
    List<AgendaBlock> blocks(List<AgendaBlock> blocks) {
        List<AgendaBlock> changed = new ArrayList<>(blocks.size());
        for (AgendaBlock block : blocks) {
            changed.add(block(block));
        }
        return changed;
    }

    private AgendaBlock block(AgendaBlock block) {
        AgendaBlock changed = block;
        if (dice.chance(0.15)) {
            changed = changed.withStatus(dice.pick(BlockStatus.values()));
            if (changed.status() == BlockStatus.RESCHEDULED && dice.chance(0.6)) {
                LocalDateTime start = eventStart.toLocalDateTime();
                int hours = dice.between(1, 72);
                changed = changed.withPreviousStart(start.getYear() > 1 ? start.minusHours(hours) : start.plusHours(hours));
            }
            if (dice.chance(0.5)) {
                changed = changed.withStatusNote(dice.pick(SampleText.STATUS_NOTES));
            }
        }
        if (dice.chance(0.1)) {
            Registration.Builder registration = Registration.builder().required(dice.chance(0.5))
                    .capacity(dice.chance(0.8) ? Capacity.ofSeats(dice.between(5, 40)) : Capacity.limited());
            if (dice.chance(0.5)) {
                registration.url(SampleText.url(dice));
            }
            if (dice.chance(0.6)) {
                Deadline deadline = deadlines.deadline(eventStart);
                registration.deadline(dice.chance(0.3) ? deadline.withBlockId(block.id()) : deadline);
            }
            changed = changed.withRegistration(registration.build());
        }
        return block.children().isEmpty() ? changed : changed.withChildren(blocks(block.children()));
    }

    /** A deadline of the event, perhaps naming one of the blocks of the agenda, at any depth. */
    Deadline deadline(Deadline deadline, List<AgendaBlock> blocks) {
        if (!dice.chance(0.3)) {
            return deadline;
        }
        List<String> ids = new ArrayList<>();
        ids(blocks, ids);
        return ids.isEmpty() ? deadline : deadline.withBlockId(dice.pick(ids));
    }

    private static void ids(List<AgendaBlock> blocks, List<String> ids) {
        for (AgendaBlock block : blocks) {
            ids.add(block.id());
            ids(block.children(), ids);
        }
    }
}
