package org.agendum.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The list of an event's parties, {@link Event#parties()}: every party once, by a walk that never recurses up a chain. */
final class EventParties {

    private EventParties() {}

    /** Every party of an event, each once, in the order {@link Event#parties()} documents. */
    static List<Party> of(Event event) {
        Map<String, Party> byId = new LinkedHashMap<>();
        event.organizers().forEach(p -> collect(byId, p));
        event.partners().forEach(p -> collect(byId, p));
        event.contacts().forEach(c -> collect(byId, c.party()));
        Agenda.forEachBlock(event.agenda().blocks(), "", (block, path) -> {
            block.moderators().forEach(m -> collect(byId, m.party()));
            block.participants().forEach(p -> collect(byId, p.party()));
        });
        return List.copyOf(byId.values());
    }

    private static void collect(Map<String, Party> byId, Party party) {
        if (party instanceof Organization) {
            collectUpwards(byId, (Organization) party);
        } else if (byId.putIfAbsent(party.id(), party) == null) {
            ((Person) party).positions().forEach(p -> p.organization().ifPresent(o -> collectUpwards(byId, o)));
        }
    }

    /** An organization and those above it, up to the first one already collected: a loop, not a recursion. */
    private static void collectUpwards(Map<String, Party> byId, Organization organization) {
        Organization current = organization;
        while (current != null && byId.putIfAbsent(current.id(), current) == null) {
            current = current.parent().orElse(null);
        }
    }
}
