package org.agendum.json;

import java.io.IOException;
import java.io.InputStream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;

/**
 * Reads {@link CostlyDocuments} in a JVM of its own, whose heap the caller sets: for each argument
 * {@code NAME:TOKENS}, the document of that many tokens at most, one line of outcome each. Exits
 * with status 3 at the first {@link OutOfMemoryError}.
 */
public final class CostlyDocumentsMain {

    private CostlyDocumentsMain() {}

    /**
     * Reads the documents.
     *
     * @param args {@code NAME:TOKENS} for each document, {@code NAME} a constant of {@link CostlyDocuments}
     * @throws IOException if a generated stream fails
     */
    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            CostlyDocuments document = CostlyDocuments.valueOf(arg.substring(0, arg.indexOf(':')));
            long tokens = Long.parseLong(arg.substring(arg.indexOf(':') + 1));
            System.out.println(arg + " " + outcome(document, tokens));
            System.out.flush();
        }
    }

    private static String outcome(CostlyDocuments document, long tokens) throws IOException {
        try (InputStream in = document.document(tokens)) {
            Event event = JsonEventFormat.create().read(in);
            int children = event.agenda().blocks().stream().mapToInt(block -> block.children().size()).sum();
            return "event topics=" + event.topics().size() + " children=" + children + " links=" + event.links().size();
        } catch (EventFormatException e) {
            // A limit's message says which one.
            return e.kind() + " " + e.pointer().orElse("-") + (e.kind() == EventFormatException.Kind.LIMIT
                    ? " | " + e.getMessage() : "");
        } catch (OutOfMemoryError e) {
            System.out.println(document + " " + e);
            System.exit(3);
            throw e;
        }
    }
}
