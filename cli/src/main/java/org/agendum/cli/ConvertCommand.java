package org.agendum.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.format.EventFormat;
import org.agendum.core.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agendum convert FILE --to OUT_FORMAT [-o OUT]}: any readable format to any writable one. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert an event file to another format (see 'agendum formats').",
            "Exit code: 0 when written, 2 if the input cannot be read or the output cannot be written."})
final class ConvertCommand extends Subcommand {

    @Mixin
    private EventInput input;

    // Not FORMAT, the label of --from: picocli names the completion script's variable of an option's
    // values after its label, and --to offers other values (the formats that write).
    @Option(names = "--to", required = true, paramLabel = "OUT_FORMAT", completionCandidates = Candidates.Writers.class,
            description = "The format to write, e.g. json.")
    private String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "-",
            description = "Where to write; - (the default) is standard output.")
    private String output;

    @Option(names = {"-O", "--option"}, paramLabel = "NAME=VALUE", completionCandidates = Candidates.Settings.class,
            description = "Set an option of the output format, e.g. -O profile=rich; 'agendum formats' lists each"
                    + " format's options and values.")
    private List<String> options = new ArrayList<>();

    @Option(names = "--compact", description = "Short for -O layout=compact (json: one line, no spaces).")
    private boolean compact;

    @Option(names = "--profile", paramLabel = "PROFILE", completionCandidates = Candidates.Profiles.class,
            description = "Short for -O profile=PROFILE (ics: publish, the default, safe for calendar clients; or"
                    + " rich, which adds RFC 9073 participants, location and the event's JSON, so it reads back"
                    + " without loss).")
    private Optional<String> profile;

    @Option(names = "--uid-domain", paramLabel = "DOMAIN",
            description = "Short for -O uid-domain=DOMAIN (ics: the domain of the entries' UIDs, e.g."
                    + " events.example.org; the default, agendum, is shared by every agendum user; keep yours once"
                    + " chosen).")
    private Optional<String> uidDomain;

    @Option(names = "--locale", paramLabel = "LANGUAGE", completionCandidates = Candidates.FormatLocales.class,
            description = "Short for -O locale=LANGUAGE (ics: the language of the calendar's texts, en, es or fr;"
                    + " the default is en).")
    private Optional<String> locale;

    @Mixin
    private VerboseOption verbose;

    ConvertCommand(Io io) {
        super(io);
    }

    @Override
    public Integer call() throws InputProblem, OutputProblem, IOException {
        Event event = input.read(io);
        EventFormat format = EventFiles.format("-", Optional.of(to), false);
        for (Setting setting : settings()) {
            try {
                format = format.withOption(setting.name(), setting.value());
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new InputProblem(setting.given() + ": " + e.getMessage(), e);
            }
        }
        EventFiles.write(event, format, output, io);
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
