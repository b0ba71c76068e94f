package org.agendum.json.internal.read;

import java.util.Arrays;

/**
 * Where the reader is: the names and indices from the root down, spelt as a JSON Pointer (RFC
 * 6901) only when a problem is reported. An entry is an object member (a name) or an array element
 * (an index); {@link #push()} opens one and {@link #name} or {@link #index} sets it.
 */
final class ReadPath {
    private String[] names = new String[16];
    private int[] indices = new int[16];
    private int depth;

    /** A path of one member of the root, {@code /name}. */
    static ReadPath of(String name) {
        ReadPath path = new ReadPath();
        path.push();
        path.name(name);
        return path;
    }

    /** A path of one element of the root's member {@code name}, {@code /name/index}. */
    static ReadPath of(String name, int index) {
        ReadPath path = of(name);
        path.push();
        path.index(index);
        return path;
    }

    void push() {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indices = Arrays.copyOf(indices, depth * 2);
        }
        depth++;
    }

    void pop() {
        depth--;
    }

    /** How many containers the reader is in, the root object included once it is entered. */
    int depth() {
        return depth;
    }

    void name(String name) {
        names[depth - 1] = name;
    }

    void index(int index) {
        names[depth - 1] = null;
        indices[depth - 1] = index;
    }

    /** The name of the innermost member. */
    String top() {
        return names[depth - 1];
    }

    String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            pointer.append('/');
            if (names[i] == null) {
                pointer.append(indices[i]);
            } else {
                pointer.append(names[i].replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }
}
