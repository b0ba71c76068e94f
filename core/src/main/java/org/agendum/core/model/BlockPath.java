package org.agendum.core.model;

import java.util.Arrays;

/**
 * Where a block is while {@link Agenda#forEachBlock} walks the agenda: the indices from the top
 * level down, spelt as a JSON Pointer ({@code /blocks/2/children/0}) only when {@link #toString()}
 * is asked, which the checks do only to report a violation. The visitor's path is this one object,
 * changed as the walk goes on: spell it to keep it.
 */
final class BlockPath {
    private final String prefix;
    private int[] indices = new int[8];
    private int depth;

    BlockPath(String prefix) {
        this.prefix = prefix;
    }

    void enter(int index) {
        if (depth == indices.length) {
            indices = Arrays.copyOf(indices, depth * 2);
        }
        indices[depth++] = index;
    }

    void leave() {
        depth--;
    }

    @Override
    public String toString() {
        StringBuilder path = new StringBuilder(prefix);
        for (int i = 0; i < depth; i++) {
            path.append(i == 0 ? "/" : "/children/").append(indices[i]);
        }
        return path.toString();
    }
}
