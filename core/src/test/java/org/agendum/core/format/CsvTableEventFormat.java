package org.agendum.core.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.agendum.core.model.Event;

/**
 * A test format with a compound extension, {@code table.csv}, which ends in the extension of
 * {@link CsvEventFormat}: a document is the event's id and title as one RFC 4180 row. Not listed in
 * the test resources' {@code META-INF/services}; only the compound-extension test installs it.
 */
public final class CsvTableEventFormat extends WriteOnlyEventFormat {

    /** Creates the format; the public no-argument constructor {@link java.util.ServiceLoader} needs. */
    public CsvTableEventFormat() {
        super("csv-table", "text/csv", "table.csv");
    }

    @Override
    public void write(Event event, OutputStream out) throws IOException {
        out.write((event.id() + ',' + event.title().replace(",", " ") + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
