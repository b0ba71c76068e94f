package org.agendum.cli;

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
        for (EventFormat format : EventFormats.available()) {
            String abilities = (format.canRead() ? "read" : "") + (format.canRead() && format.canWrite() ? ", " : "")
                    + (format.canWrite() ? "write" : "");
            io.out.printf("%-13s %-20s .%-13s %s%n", format.name(), format.mediaType(), format.fileExtension(), abilities);
            for (FormatOption option : format.options()) {
                String values = option.values().isEmpty() ? "text" : String.join("|", option.values());
                io.out.printf("  -O %s=%s (default %s)%n      %s%n", option.name(), values, option.defaultValue(),
                        option.description());
            }
        }
        io.out.flush();
        return Agendum.OK;
    }
}
