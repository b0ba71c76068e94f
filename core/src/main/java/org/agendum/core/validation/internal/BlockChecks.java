package org.agendum.core.validation.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Registration;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.Timetable;
import org.agendum.core.validation.Reporter;
import org.agendum.core.validation.ValidationContext;

/**
 * Checks of what a block says about itself after publication: its status, and its own
 * registration.
 */
public final class BlockChecks {

    private BlockChecks() {}

    /**
     * The ids of the blocks that do not take place where their timing puts them: a {@linkplain
     * BlockStatus#takesPlace() cancelled or postponed} block, and every block nested in one (the
     * questions and answers of a cancelled panel do not happen either). Empty, without a walk's
     * allocations, when every block takes place.
     *
     * @param timetable the timetable, whose blocks come depth first, parents before children
     * @return the ids, possibly empty
     */
    static Set<String> withdrawn(Timetable timetable) {
        Set<String> withdrawn = null;
        // withdrawnAt.get(d): whether the open ancestor at depth d is withdrawn.
        List<Boolean> withdrawnAt = new ArrayList<>();
        for (ScheduledBlock block : timetable.blocks()) {
            int depth = block.depth();
            boolean inherited = depth > 0 && withdrawnAt.get(depth - 1);
            withdrawnAt.subList(depth, withdrawnAt.size()).clear();
            boolean out = inherited || !block.block().status().takesPlace();
            withdrawnAt.add(out);
            if (out) {
                withdrawn = withdrawn == null ? new HashSet<>() : withdrawn;
                withdrawn.add(block.id());
            }
        }
        return withdrawn == null ? Set.of() : withdrawn;
    }

    /**
     * Each block as written, once, in the timetable's order: the sessions of a series after its first
     * share its path, and are left out, so that a rule about what a block says of itself reports a
     * series once.
     *
     * @param blocks the timetable's blocks
     * @return the blocks with distinct paths
     */
    static List<ScheduledBlock> written(Iterable<ScheduledBlock> blocks) {
        Set<String> paths = new HashSet<>();
        List<ScheduledBlock> written = new ArrayList<>();
        for (ScheduledBlock block : blocks) {
            if (paths.add(block.path())) {
                written.add(block);
            }
        }
        return written;
    }

    /**
     * BLOCK_DEADLINE_AFTER_START: the deadline of a timed block's own registration against the
     * block's start, for blocks that take place. The event's other deadlines that name a block
     * (a hackathon's submissions, a workshop's feedback) may fall during or after it, as
     * DEADLINE_AFTER_START leaves the event's, and are not compared.
     */
    public static void deadlineAfterStart(ValidationContext context, Reporter reporter) {
        Timetable timetable = context.timetable();
        Set<String> withdrawn = null;
        for (ScheduledBlock block : timetable.blocks()) {
            Optional<Deadline> deadline = block.block().registration().flatMap(Registration::deadline);
            if (deadline.isEmpty() || block.span().isEmpty()) {
                continue;
            }
            withdrawn = withdrawn == null ? withdrawn(timetable) : withdrawn;
            if (!withdrawn.contains(block.id())) {
                ZonedDateTime start = block.span().get().start();
                AccessChecks.reportClosingAfter(deadline.get(), start, block.path() + "/registration/deadline",
                        "registration for " + Describe.block(block.block()), "the block", timetable, reporter);
            }
        }
    }
}
