package org.agendum.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.agendum.core.model.Event;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agendum show FILE}: the programme as a readable timetable in the event's zones. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Print the programme as a timetable, in the event's zone and every display zone",
            "(\"13:00–14:30 Uruguay · 11:00–12:30 México\"), with speakers, moderators, venue, access,",
            "registration deadline and contacts."})
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The event file; - reads standard input.")
    private String file;

    @Option(names = "--from", paramLabel = "FORMAT", description = "The format of FILE, if not its extension.")
    private Optional<String> from;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Also show times in this zone, e.g. Europe/Madrid (repeatable).")
    private List<String> zones = new ArrayList<>();

    @Option(names = "--locale", defaultValue = "en", paramLabel = "es|en|fr",
            description = "The language of the labels and dates (default: en).")
    private Labels locale;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    private boolean verbose;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private final Io io;

    ShowCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws InputProblem {
        List<ZoneId> extra = new ArrayList<>();
        for (String zone : zones) {
            try {
                extra.add(ZoneId.of(zone));
            } catch (DateTimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--zone '" + zone + "' is not a time-zone id such as America/Montevideo");
            }
        }
        Event event = EventFiles.read(file, from, io);
        io.out.print(new ProgrammeText(event, extra, locale).render());
        io.out.flush();
        return Agendum.OK;
    }
}
