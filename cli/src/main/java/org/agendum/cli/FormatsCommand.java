package org.agendum.cli;

import java.util.List;
import java.util.function.Function;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormats;
import org.agendum.core.format.FormatOption;
import picocli.CommandLine.Command;

/** {@code agendum formats}: the installed formats. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = {"List the installed event formats: name, media type, file extension, whether they read and"
                + " write, and the options 'convert -O NAME=VALUE' sets for them."})
final class FormatsCommand extends Subcommand {

    FormatsCommand(Io io) {
        super(io);
    }

    @Override
    public Integer call() {
        List<EventFormat> formats = EventFormats.available();
        // Columns as wide as their longest entry (at least the widths of json and ics), so that a
        // format with a long name, media type or compound extension keeps the table aligned.
        String line = "%-" + width(formats, EventFormat::name, 8) + "s %-" + width(formats, EventFormat::mediaType, 20)
                + "s .%-" + width(formats, EventFormat::fileExtension, 6) + "s %s%n";
        for (EventFormat format : formats) {
            String abilities = (format.canRead() ? "read" : "") + (format.canRead() && format.canWrite() ? ", " : "")
                    + (format.canWrite() ? "write" : "");
            io.out.printf(line, format.name(), format.mediaType(), format.fileExtension(), abilities);
            for (FormatOption option : format.options()) {
                String values = option.values().isEmpty() ? "text" : String.join("|", option.values());
                io.out.printf("  -O %s=%s (default %s)%n      %s%n", option.name(), values, option.defaultValue(),
                        option.description());
            }
        }
        io.out.flush();
        return Agendum.OK;
    }

    private static int width(List<EventFormat> formats, Function<EventFormat, String> column, int least) {
        return formats.stream().mapToInt(format -> column.apply(format).length()).reduce(least, Math::max);
    }
}
