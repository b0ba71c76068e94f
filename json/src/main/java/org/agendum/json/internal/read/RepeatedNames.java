package org.agendum.json.internal.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonToken;

/**
 * Finds a field name that an object repeats among tokens the tables do not read as they come: those
 * buffered to be read later, and the rest of a document drained after a problem. (The tables find
 * a name repeated among the fields they read for free; the parser's own duplicate detection, which
 * costs a set per object, is off.)
 *
 * <p>Tokens are fed from wherever the main parser is, possibly inside objects opened before; the
 * names those already had are known when a table recorded them in the problem being reported, and
 * otherwise left to the table that reads the object.
 */
final class RepeatedNames {

    private final JsonInput input;
    /** The names seen in each open object, by the main parser's nesting depth. */
    private final Map<Integer, Set<String>> byDepth = new HashMap<>();

    RepeatedNames(JsonInput input) {
        this.input = input;
    }

    /** Starts with the names that the objects open at a problem had, as recorded in it. */
    RepeatedNames(JsonInput input, ReadProblem problem) {
        this(input);
        byDepth.putAll(problem.namesSeen());
    }

    /** Takes the main parser's current token, reporting a name its object already has. */
    void accept(JsonToken token) {
        int depth = input.main.streamReadContext().getNestingDepth();
        switch (token) {
            case START_OBJECT, START_ARRAY -> byDepth.remove(depth);
            case END_OBJECT, END_ARRAY -> byDepth.remove(depth + 1);
            case PROPERTY_NAME -> {
                String name = input.main.currentName();
                if (!byDepth.computeIfAbsent(depth, d -> new HashSet<>()).add(name)) {
                    throw input.repeated(name, input.mainPointer(), true);
                }
            }
            default -> {
                // A scalar names nothing.
            }
        }
    }

    /** Records the names of the open objects in a problem, for the rest of the document to be checked against. */
    void addTo(ReadProblem problem) {
        byDepth.forEach(problem::seen);
    }
}
