package org.agendum.core.validation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;

/**
 * Every party of an event, each once, with the path where it first appears: organizers, partners,
 * contacts, moderators and participants of blocks at any depth, and the organizations they belong
 * to. Since one id names one party in an event, checking each once is enough.
 */
final class PartyOccurrences {

    /** A party and the JSON Pointer where it first appears. */
    static final class Occurrence {
        final Party party;
        final String path;

        Occurrence(Party party, String path) {
            this.party = party;
            this.path = path;
        }
    }

    private final List<Occurrence> occurrences = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private PartyOccurrences() {}

    static List<Occurrence> of(Event event) {
        PartyOccurrences walk = new PartyOccurrences();
        for (int i = 0; i < event.organizers().size(); i++) {
            walk.add(event.organizers().get(i), "/organizers/" + i);
        }
        for (int i = 0; i < event.partners().size(); i++) {
            walk.add(event.partners().get(i), "/partners/" + i);
        }
        for (int i = 0; i < event.contacts().size(); i++) {
            walk.add(event.contacts().get(i).party(), "/contacts/" + i + "/party");
        }
        walk.blocks(event.agenda().blocks(), "/agenda/blocks");
        return walk.occurrences;
    }

    private void blocks(List<AgendaBlock> blocks, String prefix) {
        for (int b = 0; b < blocks.size(); b++) {
            AgendaBlock block = blocks.get(b);
            String path = prefix + "/" + b;
            for (int i = 0; i < block.moderators().size(); i++) {
                add(block.moderators().get(i).party(), path + "/moderators/" + i + "/party");
            }
            for (int i = 0; i < block.participants().size(); i++) {
                add(block.participants().get(i).party(), path + "/participants/" + i + "/party");
            }
            blocks(block.children(), path + "/children");
        }
    }

    private void add(Party party, String path) {
        if (!seen.add(party.id())) {
            return;
        }
        occurrences.add(new Occurrence(party, path));
        if (party instanceof Person) {
            List<Position> positions = ((Person) party).positions();
            for (int i = 0; i < positions.size(); i++) {
                String at = path + "/positions/" + i + "/organization";
                positions.get(i).organization().ifPresent(o -> add(o, at));
            }
        } else {
            ((Organization) party).parent().ifPresent(p -> add(p, path + "/parent"));
        }
    }
}
