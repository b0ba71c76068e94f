package org.agendum.json.internal.read;

import static tools.jackson.core.JsonToken.PROPERTY_NAME;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reading ahead. Two things must be known before the rest of an event: its format version, checked
 * first so that a later version's new fields are not reported as unknown, and its parties, which
 * the rest refers to. The writer writes them first, so its documents stream through once. When a
 * document has them later, the rest of it is buffered as tokens, they are looked up in the buffer,
 * and reading goes on from the buffer.
 */
final class DocumentBuffer {

    private DocumentBuffer() {}

    /**
     * The root object does not start with its version: buffers the root whole, checks the version
     * and lists the parties found in it, then goes on reading from the buffer, at its {@code "{"}.
     * The current token is the root's first field name.
     *
     * @return whether the root has a version (checked); false if it has none
     */
    static boolean readRootAhead(JsonInput input, Runnable checkVersion) {
        JsonParser main = input.main;
        TokenBuffer root = TokenBuffer.forBuffering(main, main.objectReadContext());
        root.writeStartObject();
        root.copyCurrentEvent(main);
        RepeatedNames names = new RepeatedNames(input);
        names.accept(PROPERTY_NAME);
        copyRest(input, root, 1, names);
        input.in = root.asParser(main.objectReadContext());
        if (!seekRootField(input.in, "formatVersion", 0)) {
            return false;
        }
        input.path = ReadPath.of("formatVersion");
        checkVersion.run();
        input.in = root.asParser(main.objectReadContext());
        findParties(input, 0);
        input.path = new ReadPath();
        input.in = root.asParser(main.objectReadContext());
        input.in.nextToken();
        return true;
    }

    /**
     * A party is referred to before the parties are listed: buffers the rest of the event, lists
     * the parties found in it, and goes on reading from the buffer, after the current token.
     */
    static void findPartiesAhead(JsonInput input) {
        JsonParser main = input.main;
        // Each container the reader is in has its entry in the path, the root object's included.
        int depth = input.path.depth();
        TokenBuffer rest = TokenBuffer.forBuffering(main, main.objectReadContext());
        copyRest(input, rest, depth, new RepeatedNames(input));
        ReadPath saved = input.path;
        input.in = rest.asParser(main.objectReadContext());
        findParties(input, depth);
        input.path = saved;
        input.in = rest.asParser(main.objectReadContext());
    }

    /** Lists the root's {@code "parties"} if the input, {@code depth} containers deep, has them. */
    private static void findParties(JsonInput input, int depth) {
        if (seekRootField(input.in, "parties", depth)) {
            input.path = ReadPath.of("parties");
            input.parties.list();
        } else {
            input.parties.absent();
        }
    }

    /**
     * Copies the main parser's tokens after the current one until {@code depth} containers are
     * closed, checking that no object repeats a name, as the tables would have.
     */
    private static void copyRest(JsonInput input, TokenBuffer buffer, int depth, RepeatedNames names) {
        for (int open = depth; open > 0; ) {
            JsonToken token = input.nextOfMain(names);
            if (token == null) {
                break;
            }
            buffer.copyCurrentEvent(input.main);
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            }
        }
    }

    /**
     * Moves a parser, {@code depth} containers deep (the root object being one), to the value of
     * the root's field {@code name}; false if the root ends without it.
     */
    private static boolean seekRootField(JsonParser in, String name, int depth) {
        int open = depth;
        JsonToken token;
        while ((token = in.nextToken()) != null) {
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                if (--open == 0) {
                    return false;
                }
            } else if (token == PROPERTY_NAME && open == 1 && name.equals(in.currentName())) {
                in.nextToken();
                return true;
            }
        }
        return false;
    }

    /** Moves a buffered object's parser, before its {@code "{"}, to the value of its field {@code name}. */
    static boolean seekField(JsonParser in, String name) {
        return seekRootField(in, name, 0);
    }
}
