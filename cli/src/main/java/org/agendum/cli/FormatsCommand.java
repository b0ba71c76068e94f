package org.agendum.cli;

import java.util.concurrent.Callable;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormats;
import picocli.CommandLine.Command;

/** {@code agendum formats}: the installed formats. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List the installed event formats: name, media type, file extension, and whether they read and write.")
final class FormatsCommand implements Callable<Integer> {
    private final Io io;

    FormatsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        for (EventFormat format : EventFormats.available()) {
            String abilities = (format.canRead() ? "read" : "") + (format.canRead() && format.canWrite() ? ", " : "")
                    + (format.canWrite() ? "write" : "");
            io.out.printf("%-8s %-20s .%-6s %s%n", format.name(), format.mediaType(), format.fileExtension(), abilities);
        }
        io.out.flush();
        return Agendum.OK;
    }
}
