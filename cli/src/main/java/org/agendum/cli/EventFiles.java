package org.agendum.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormats;
import org.agendum.core.model.Event;

/**
 * Reading and writing event files, in a format chosen by name, by file extension or, for standard
 * input, by its first characters.
 */
final class EventFiles {

    /** What "-" stands for: standard input or standard output. */
    static final String STANDARD_STREAM = "-";

    private EventFiles() {}

    /** Reads the event in {@code file} ("-" for standard input), in {@code formatName} or by extension. */
    static Event read(String file, Optional<String> formatName, Io io) throws InputProblem {
        if (file.equals(STANDARD_STREAM)) {
            return readStandardInput(formatName, io);
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new InputProblem(file + ": is a directory, not an event file", null);
        }
        EventFormat format = format(file, formatName, true);
        try (InputStream in = Files.newInputStream(path)) {
            return format.read(in);
        } catch (EventFormatException e) {
            throw new InputProblem(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputProblem(file + ": " + FileFailure.reading(e), e);
        }
    }

    /** Reads standard input in the format named, or in the one its first characters tell. */
    private static Event readStandardInput(Optional<String> formatName, Io io) throws InputProblem {
        String display = display(STANDARD_STREAM);
        BufferedInputStream in = new BufferedInputStream(io.in);
        try {
            String name = formatName.isPresent() ? formatName.get() : StandardInput.formatName(in);
            EventFormat format = format(STANDARD_STREAM, Optional.of(name), true);
            try {
                return format.read(in);
            } catch (EventFormatException e) {
                String hint = formatName.isPresent() ? "" : "; read as " + format.name() + " (told from its first"
                        + " characters, json by default): name its format with --from, one of "
                        + names(EventFormat::canRead);
                throw new InputProblem(display + ": " + e.getMessage() + hint, e);
            }
        } catch (IOException e) {
            throw new InputProblem(display + ": " + FileFailure.reading(e), e);
        }
    }

    /** Writes the event to {@code output} ("-" for standard output) in the format. */
    static void write(Event event, EventFormat format, String output, Io io) throws OutputProblem, IOException {
        if (output.equals(STANDARD_STREAM)) {
            format.write(event, io.rawOut);
            io.rawOut.flush();
            return;
        }
        Path path = Path.of(output);
        if (Files.isDirectory(path)) {
            throw new OutputProblem(output + ": is a directory; name a file to write", null);
        }
        try (OutputStream out = Files.newOutputStream(path)) {
            format.write(event, out);
        } catch (IOException e) {
            throw new OutputProblem(output + ": " + FileFailure.writing(path, e), e);
        }
    }

    /** The format for a file: named explicitly, or found by the file's extension. */
    static EventFormat format(String file, Optional<String> formatName, boolean reading) throws InputProblem {
        Optional<EventFormat> format;
        if (formatName.isPresent()) {
            format = EventFormats.find(formatName.get());
            if (format.isEmpty()) {
                throw new InputProblem("no format named '" + formatName.get() + "'; installed: "
                        + names(f -> true), null);
            }
        } else {
            format = EventFormats.forFileName(file);
            if (format.isEmpty()) {
                throw new InputProblem(display(file) + ": cannot tell its format from its name; name it with --from or "
                        + "--to (installed: " + names(f -> true) + ")", null);
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

    private static String names(Predicate<EventFormat> which) {
        return EventFormats.available().stream().filter(which).map(EventFormat::name).collect(Collectors.joining(", "));
    }
}
