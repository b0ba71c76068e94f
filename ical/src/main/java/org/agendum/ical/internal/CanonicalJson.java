package org.agendum.ical.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.json.JsonEventFormat;

/**
 * The canonical JSON that the rich profile carries in STRUCTURED-DATA, reached only here.
 *
 * <p>{@code agendum-json} (and with it Jackson) is an optional dependency of this module: the
 * publish profile needs neither, so an application that only publishes calendars does not get
 * Jackson on its class path. Whether the JSON format is there is decided once, by whether its
 * class can be loaded; no other class of this module refers to it, so none fails to load without
 * it.
 */
public final class CanonicalJson {

    /** Whether agendum-json can be loaded, decided when this class is first used. */
    private static final boolean AVAILABLE = available();

    private CanonicalJson() {}

    /**
     * Returns whether agendum-json is on the class or module path.
     *
     * @return true if the rich profile can be written and its JSON read
     */
    public static boolean isAvailable() {
        return AVAILABLE;
    }

    /**
     * Writes the event's canonical JSON, compact.
     *
     * @param event the event
     * @param out where to write
     * @throws IOException if the stream fails
     * @throws IllegalStateException if agendum-json is not there
     */
    public static void write(Event event, OutputStream out) throws IOException {
        requireAvailable();
        Formats.COMPACT.write(event, out);
    }

    /**
     * Reads an event from its canonical JSON.
     *
     * @param json the JSON text
     * @return the event
     * @throws EventFormatException if the text is not a valid event
     * @throws IllegalStateException if agendum-json is not there
     */
    public static Event read(String json) throws EventFormatException {
        requireAvailable();
        return Formats.READER.fromJson(json);
    }

    private static boolean available() {
        try {
            Class.forName("org.agendum.json.JsonEventFormat", false, CanonicalJson.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Checks that agendum-json is there.
     *
     * @throws IllegalStateException if it is not, saying what to add
     */
    public static void requireAvailable() {
        if (!AVAILABLE) {
            throw new IllegalStateException(MISSING);
        }
    }

    /** The formats, in a class of their own so that nothing loads {@link JsonEventFormat} unless used. */
    private static final class Formats {
        private static final JsonEventFormat COMPACT = JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT);
        private static final JsonEventFormat READER = JsonEventFormat.create();
    }

    /** What to do when the rich profile is asked for without agendum-json. */
    private static final String MISSING = "the rich profile carries the event's canonical JSON and needs agendum-json "
            + "(org.agendum:agendum-json) on the class or module path; the publish profile does not";
}
