package org.agendum.core.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.agendum.core.model.Event;

/**
 * A test format named "TEXT", which clashes with {@link TextEventFormat} by name ignoring case. Not
 * listed in the test resources' {@code META-INF/services}; only the duplicate-name test installs it.
 */
public final class ShoutingTextEventFormat extends WriteOnlyEventFormat {

    /** Creates the format; the public no-argument constructor {@link java.util.ServiceLoader} needs. */
    public ShoutingTextEventFormat() {
        super("TEXT", "text/plain; charset=UTF-8", "text");
    }

    @Override
    public void write(Event event, OutputStream out) throws IOException {
        out.write(event.title().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
