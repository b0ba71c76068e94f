package org.agendum.core.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;

/**
 * A write-only test format, installed through {@code META-INF/services} in the test resources: the
 * agenda's top-level blocks as RFC 4180 CSV rows of id and display title.
 */
public final class CsvEventFormat extends WriteOnlyEventFormat {

    /** Creates the format; the public no-argument constructor {@link java.util.ServiceLoader} needs. */
    public CsvEventFormat() {
        super("csv", "text/csv", "csv");
    }

    @Override
    public void write(Event event, OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder("id,title\r\n");
        for (AgendaBlock block : event.agenda().blocks()) {
            csv.append(quote(block.id())).append(',').append(quote(block.displayTitle())).append("\r\n");
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String quote(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
