package org.agendum.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.text.PlainTextProgramme;
import org.agendum.core.text.Programme;
import org.agendum.core.text.ProgrammeLabels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agendum show FILE}: the programme as a readable timetable in the event's zones. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Print the programme as a timetable, in the event's zone and every display zone",
            "(\"13:00–14:30 Uruguay · 11:00–12:30 México\"), by day, with speakers, moderators, rooms,",
            "venue, access, registration, deadlines, organizers, contacts and links."})
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The event file; - reads standard input.")
    private String file;

    @Option(names = "--from", paramLabel = "FORMAT", description = "The format of FILE, if not its extension.")
    private Optional<String> from;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Also show times in this zone, e.g. Europe/Madrid (repeatable).")
    private List<String> zones = new ArrayList<>();

    @Option(names = "--locale", defaultValue = "en", paramLabel = "en|es|fr",
            description = "The language of the labels and dates (default: en).")
    private String locale;

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
        Locale language = Locale.forLanguageTag(locale);
        try {
            ProgrammeLabels.of(language);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--locale: " + e.getMessage());
        }
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
        List<DisplayZone> shown = new ArrayList<>(event.displayZones());
        for (ZoneId zone : extra) {
            if (!zone.equals(event.zone()) && shown.stream().noneMatch(d -> d.zone().equals(zone))) {
                shown.add(DisplayZone.of(zone, zone.getId()));
            }
        }
        io.out.print(PlainTextProgramme.of(Programme.of(event, language, shown)).render());
        io.out.flush();
        return Agendum.OK;
    }
}
