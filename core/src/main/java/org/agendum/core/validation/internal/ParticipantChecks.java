package org.agendum.core.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.agendum.core.model.AgendaBlock;
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
