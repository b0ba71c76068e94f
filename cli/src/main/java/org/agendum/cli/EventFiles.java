package org.agendum.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormats;
import org.agendum.core.model.Event;

/** Reading events from files or standard input, in a format chosen by name or by file extension. */
final class EventFiles {

    /** What "-" stands for: standard input or standard output. */
    static final String STANDARD_STREAM = "-";

    private EventFiles() {}

    /** Reads the event in {@code file} ("-" for standard input), in {@code formatName} or by extension. */
    static Event read(String file, Optional<String> formatName, Io io) throws InputProblem {
        EventFormat format = format(file, formatName, true);
        try {
            if (file.equals(STANDARD_STREAM)) {
                return format.read(io.in);
            }
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                return format.read(in);
            }
        } catch (EventFormatException e) {
            throw new InputProblem(display(file) + ": " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new InputProblem(display(file) + ": no such file", e);
        } catch (IOException e) {
            throw new InputProblem(display(file) + ": cannot read it: " + e.getMessage(), e);
        }
    }

    /** The format for a file: named explicitly, or found by the file's extension ("json" for standard streams). */
    static EventFormat format(String file, Optional<String> formatName, boolean reading) throws InputProblem {
        Optional<EventFormat> format;
        if (formatName.isPresent()) {
            format = EventFormats.find(formatName.get());
            if (format.isEmpty()) {
                throw new InputProblem("no format named '" + formatName.get() + "'; installed: " + names(), null);
            }
        } else if (file.equals(STANDARD_STREAM)) {
            format = EventFormats.find("json");
        } else {
            format = EventFormats.forFileName(file);
            if (format.isEmpty()) {
                throw new InputProblem(display(file) + ": cannot tell its format from its name; name it with --from or "
                        + "--to (installed: " + names() + ")", null);
            }
        }
        EventFormat chosen = format.orElseThrow();
        if (reading ? !chosen.canRead() : !chosen.canWrite()) {
            throw new InputProblem("the " + chosen.name() + " format cannot " + (reading ? "read" : "write") + " events",
                    null);
        }
        return chosen;
    }

    static String display(String file) {
        return file.equals(STANDARD_STREAM) ? "<stdin>" : file;
    }

    private static String names() {
        return EventFormats.available().stream().map(EventFormat::name).collect(Collectors.joining(", "));
    }
}
