package org.agendum.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.text.PlainTextProgramme;
import org.agendum.core.text.Programme;
import org.agendum.core.text.ProgrammeLabels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agendum show FILE}: the programme as a readable timetable in the event's zones. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print the programme as a timetable, in the event's zone and every display zone"
                + " (\"13:00–14:30 Uruguay · 11:00–12:30 México\"), by day, with speakers, moderators, rooms,"
                + " venue, access, registration, deadlines, organizers, contacts and links.")
final class ShowCommand extends Subcommand {

    @Mixin
    private EventInput input;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Also show times in this zone, e.g. Europe/Madrid (repeatable).")
    private List<String> zones = new ArrayList<>();

    @Option(names = "--locale", defaultValue = "en", paramLabel = "en|es|fr",
            completionCandidates = Candidates.LabelLocales.class,
            description = "The language of the labels and dates (default: en).")
    private String locale;

    @Option(names = "--lang", paramLabel = "TAG",
            description = "The language of the titles, subtitles and descriptions, a BCP 47 tag such as sw:"
                    + " where the event translates them into it; the others stay in the event's default"
                    + " language (default: the language of --locale).")
    private String lang;

    @Option(names = "--confidential",
            description = "Also print what the event holds in confidence: the online meeting's passcode.")
    private boolean confidential;

    @Mixin
    private VerboseOption verbose;

    ShowCommand(Io io) {
        super(io);
    }

    @Override
    public Integer call() throws InputProblem {
        Locale language = Locale.forLanguageTag(locale);
        try {
            ProgrammeLabels.of(language);
        } catch (IllegalArgumentException e) {
            throw usageError("--locale: " + e.getMessage());
        }
        List<ZoneId> extra = new ArrayList<>();
        for (String zone : zones) {
            try {
                extra.add(ZoneId.of(zone));
            } catch (DateTimeException e) {
                throw usageError("--zone '" + zone + "' is not a time-zone id such as America/Montevideo");
            }
        }
        String texts = lang == null ? language.toLanguageTag() : lang;
        try {
            new Locale.Builder().setLanguageTag(texts);
        } catch (IllformedLocaleException e) {
            throw usageError("--lang '" + texts + "' is not a BCP 47 language tag such as fr or pt-BR");
        }
        Event read = input.read(io).localizedTo(texts);
        Event event = confidential ? read : read.withoutConfidential();
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
