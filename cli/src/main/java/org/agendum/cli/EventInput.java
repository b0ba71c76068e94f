package org.agendum.cli;

import java.util.Optional;
import org.agendum.core.model.Event;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The one event file a command reads: FILE, in the format {@code --from} names or its extension tells. */
final class EventInput {

    @Parameters(paramLabel = "FILE", description = "The event file; - reads standard input.")
    private String file;

    @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = Candidates.Readers.class,
            description = "The format of FILE, if not its extension.")
    private Optional<String> from;

    /** Reads the event. */
    Event read(Io io) throws InputProblem {
        return EventFiles.read(file, from, io);
    }
}
