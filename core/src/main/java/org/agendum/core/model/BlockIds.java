package org.agendum.core.model;

import java.util.Locale;
import java.util.Set;

/** The ids {@link AgendaComposer} derives for blocks not given one, as its class comment documents. */
final class BlockIds {

    private BlockIds() {}

    /**
     * The id of the {@code ordinal}-th block of a kind at a level ("questions-and-answers-1", or
     * "panel-1-questions-and-answers-1" below "panel-1"), with a numeric suffix ("-2", "-3"…) if
     * {@code used} holds it already; the id returned is added to {@code used}.
     */
    static String derived(String parentId, BlockKind kind, int ordinal, Set<String> used) {
        String own = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + ordinal;
        String candidate = parentId.isEmpty() ? own : parentId + "-" + own;
        String id = candidate;
        for (int n = 2; !used.add(id); n++) {
            id = candidate + "-" + n;
        }
        return id;
    }
}
