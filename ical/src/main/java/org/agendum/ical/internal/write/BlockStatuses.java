package org.agendum.ical.internal.write;

import java.util.HashMap;
import java.util.Map;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.time.ScheduledBlock;

/**
 * The STATUS of each block's VEVENT (RFC 5545 §3.8.1.11: TENTATIVE, CONFIRMED or CANCELLED): the
 * least settled of the event's (a cancelled event cancels every block), the agenda's (a provisional
 * programme makes every block TENTATIVE), the block's own and those of the blocks it is nested in
 * (the questions of a cancelled panel are cancelled too). A postponed or provisional block is
 * TENTATIVE, a rescheduled one CONFIRMED, as for the event.
 */
final class BlockStatuses {

    private static final String CONFIRMED = "CONFIRMED";
    private static final String TENTATIVE = "TENTATIVE";
    private static final String CANCELLED = "CANCELLED";

    private final String least;
    /** The STATUS of each block met so far that is less settled than {@link #least}; parents come first. */
    private final Map<String, String> unsettled = new HashMap<>();

    /**
     * @param least the STATUS every block has at least, from the event and its agenda
     */
    BlockStatuses(String least) {
        this.least = least;
    }

    /**
     * Returns the STATUS of a block; blocks must come depth first, each parent before its children.
     *
     * @param block the block
     * @return TENTATIVE, CONFIRMED or CANCELLED
     */
    String of(ScheduledBlock block) {
        String status = lessSettled(least, own(block.block().status()));
        if (block.parentId().isPresent()) {
            status = lessSettled(status, unsettled.getOrDefault(block.parentId().get(), least));
        }
        if (!status.equals(least)) {
            unsettled.put(block.id(), status);
        }
        return status;
    }

    private static String own(BlockStatus status) {
        return switch (status) {
            case SCHEDULED, RESCHEDULED -> CONFIRMED;
            case PROVISIONAL, POSTPONED -> TENTATIVE;
            case CANCELLED -> CANCELLED;
        };
    }

    /** CANCELLED before TENTATIVE before CONFIRMED. */
    private static String lessSettled(String a, String b) {
        return a.equals(CANCELLED) || b.equals(CANCELLED) ? CANCELLED
                : a.equals(TENTATIVE) || b.equals(TENTATIVE) ? TENTATIVE : CONFIRMED;
    }
}
