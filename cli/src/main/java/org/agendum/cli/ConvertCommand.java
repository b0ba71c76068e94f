package org.agendum.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.format.EventFormat;
import org.agendum.core.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agendum convert FILE --to FORMAT [-o OUT]}: any readable format to any writable one. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert an event file to another format (see 'agendum formats').",
            "Exit code: 0 when written, 2 if the input cannot be read."})
final class ConvertCommand extends Subcommand {

    @Mixin
    private EventInput input;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The format to write, e.g. json.")
    private String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "-",
            description = "Where to write; - (the default) is standard output.")
    private String output;

    @Option(names = {"-O", "--option"}, paramLabel = "NAME=VALUE",
            description = "Set an option of the output format, e.g. -O profile=rich; 'agendum formats' lists each"
                    + " format's options and values.")
    private List<String> options = new ArrayList<>();

    @Option(names = "--compact", description = "Short for -O layout=compact (json: one line, no spaces).")
    private boolean compact;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "Short for -O profile=PROFILE (ics: publish, the default, safe for calendar clients; or"
                    + " rich, which adds RFC 9073 participants, location and the event's JSON, so it reads back"
                    + " without loss).")
    private Optional<String> profile;

    @Option(names = "--uid-domain", paramLabel = "DOMAIN",
            description = "Short for -O uid-domain=DOMAIN (ics: the domain of the entries' UIDs, e.g."
                    + " events.example.org; the default, agendum, is shared by every agendum user; keep yours once"
                    + " chosen).")
    private Optional<String> uidDomain;

    @Option(names = "--locale", paramLabel = "LANGUAGE",
            description = "Short for -O locale=LANGUAGE (ics: the language of the calendar's texts, en, es or fr;"
                    + " the default is en).")
    private Optional<String> locale;

    @Mixin
    private VerboseOption verbose;

    ConvertCommand(Io io) {
        super(io);
    }

    @Override
    public Integer call() throws InputProblem, IOException {
        Event event = input.read(io);
        EventFormat format = EventFiles.format("-", Optional.of(to), false);
        for (Setting setting : settings()) {
            try {
                format = format.withOption(setting.name(), setting.value());
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new InputProblem(setting.given() + ": " + e.getMessage(), e);
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

    /** A format option to set, and how the command line gave it (for messages). */
    private record Setting(String name, String value, String given) {}

    /** The options to set: shorthands first, then each -O in the order given. */
    private List<Setting> settings() throws InputProblem {
        List<Setting> all = new ArrayList<>();
        if (compact) {
            all.add(new Setting("layout", "compact", "--compact"));
        }
        profile.ifPresent(p -> all.add(new Setting("profile", p, "--profile")));
        uidDomain.ifPresent(d -> all.add(new Setting("uid-domain", d, "--uid-domain")));
        locale.ifPresent(l -> all.add(new Setting("locale", l, "--locale")));
        for (String option : options) {
            int equals = option.indexOf('=');
            if (equals <= 0) {
                throw new InputProblem("-O " + option + ": write NAME=VALUE, e.g. -O profile=rich", null);
            }
            all.add(new Setting(option.substring(0, equals), option.substring(equals + 1), "-O " + option));
        }
        return all;
    }
}
