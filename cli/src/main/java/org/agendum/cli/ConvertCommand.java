package org.agendum.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.agendum.core.format.EventFormat;
import org.agendum.core.model.Event;
import org.agendum.ical.IcsEventFormat;
import org.agendum.json.JsonEventFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agendum convert FILE --to FORMAT [-o OUT]}: any readable format to any writable one. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert an event file to another format (see 'agendum formats').",
            "Exit code: 0 when written, 2 if the input cannot be read."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The event file; - reads standard input.")
    private String file;

    @Option(names = "--from", paramLabel = "FORMAT", description = "The format of FILE, if not its extension.")
    private Optional<String> from;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The format to write, e.g. json.")
    private String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "-",
            description = "Where to write; - (the default) is standard output.")
    private String output;

    @Option(names = "--compact", description = "For json: one line, no spaces.")
    private boolean compact;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "For ics: publish (the default, safe for calendar clients) or rich (adds RFC 9073"
                    + " participants, location and the event's JSON, so it reads back without loss).")
    private Optional<String> profile;

    @Option(names = "--uid-domain", paramLabel = "DOMAIN",
            description = "For ics: the domain of the calendar entries' UIDs, e.g. events.example.org (the default,"
                    + " agendum, is shared by every agendum user; keep yours once chosen).")
    private Optional<String> uidDomain;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    private boolean verbose;

    private final Io io;

    ConvertCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws InputProblem, IOException {
        Event event = EventFiles.read(file, from, io);
        EventFormat format = EventFiles.format("-", Optional.of(to), false);
        if (compact) {
            if (!(format instanceof JsonEventFormat)) {
                throw new InputProblem("--compact applies to the json format only", null);
            }
            format = ((JsonEventFormat) format).compact();
        }
        if (profile.isPresent()) {
            format = ics(format, "--profile").withProfile(profile(profile.get()));
        }
        if (uidDomain.isPresent()) {
            try {
                format = ics(format, "--uid-domain").withUidDomain(uidDomain.get());
            } catch (IllegalArgumentException e) {
                throw new InputProblem("--uid-domain: " + e.getMessage(), e);
            }
        }
        if (output.equals(EventFiles.STANDARD_STREAM)) {
            format.write(event, io.rawOut);
            io.rawOut.flush();
        } else {
            try (OutputStream out = Files.newOutputStream(Path.of(output))) {
                format.write(event, out);
            }
        }
        return Agendum.OK;
    }

    private static IcsEventFormat ics(EventFormat format, String option) throws InputProblem {
        if (!(format instanceof IcsEventFormat)) {
            throw new InputProblem(option + " applies to the ics format only", null);
        }
        return (IcsEventFormat) format;
    }

    private static IcsEventFormat.Profile profile(String name) throws InputProblem {
        return switch (name) {
            case "publish" -> IcsEventFormat.Profile.PUBLISH;
            case "rich" -> IcsEventFormat.Profile.RICH;
            default -> throw new InputProblem("unknown profile '" + name + "': use publish or rich", null);
        };
    }
}
