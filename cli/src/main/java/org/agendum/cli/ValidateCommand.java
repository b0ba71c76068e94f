package org.agendum.cli;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.Event;
import org.agendum.core.validation.Severity;
import org.agendum.core.validation.ValidationReport;
import org.agendum.core.validation.Validator;
import org.agendum.core.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** {@code agendum validate FILE...}: the standard rules over each file, one line per violation. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check event files against agendum's validation rules.",
            "Prints one line per violation (SEVERITY CODE PATH: message), then a summary per file.",
            "Exit code: 0 without errors, 1 with errors, 2 if a file cannot be read.",
            "The rules and their codes are documented at:", Agendum.DOCS + "RULES.md"})
final class ValidateCommand extends Subcommand {

    /** The report formats. */
    enum ReportFormat { TEXT, JSON }

    /** What became of one file: its report, or why it could not be read. */
    private record Result(String file, Optional<ValidationReport> report, Optional<InputProblem> problem) {}

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Event files; - reads standard input.")
    private List<String> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            completionCandidates = Candidates.ReportFormats.class,
            description = "Report as text lines (default) or as one JSON document.")
    private ReportFormat format;

    @Option(names = "--from", paramLabel = "FORMAT", completionCandidates = Candidates.Readers.class,
            description = "The format of the files, if not their extension.")
    private Optional<String> from;

    @Option(names = "--now", paramLabel = "INSTANT",
            description = "Also check time-dependent rules (REGISTRATION_CLOSED) as of this instant, "
                    + "e.g. 2021-06-10T12:00:00Z, or 'now'.")
    private Optional<String> now;

    @Mixin
    private VerboseOption verbose;

    ValidateCommand(Io io) {
        super(io);
    }

    @Override
    public Integer call() {
        Validator validator = Validator.standard();
        if (now.isPresent()) {
            validator = validator.withClock(clock(now.get()));
        }
        int code = Agendum.OK;
        List<Result> results = new ArrayList<>();
        for (String file : files) {
            try {
                Event event = EventFiles.read(file, from, io);
                ValidationReport report = validator.validate(event);
                results.add(new Result(file, Optional.of(report), Optional.empty()));
                if (report.hasErrors()) {
                    code = Math.max(code, Agendum.ERRORS_FOUND);
                }
            } catch (InputProblem problem) {
                results.add(new Result(file, Optional.empty(), Optional.of(problem)));
                code = Agendum.UNREADABLE;
                io.err.println("agendum: " + problem.getMessage());
                if (verbose.given()) {
                    problem.printStackTrace(io.err);
                }
            }
        }
        if (format == ReportFormat.JSON) {
            io.out.print(json(results));
        } else {
            for (Result result : results) {
                result.report().ifPresent(report -> {
                    report.violations().forEach(io.out::println);
                    io.out.println(EventFiles.display(result.file()) + ": " + summary(report));
                });
            }
        }
        io.out.flush();
        io.err.flush();
        return code;
    }

    private Clock clock(String instant) {
        if (instant.equals("now")) {
            return Clock.systemUTC();
        }
        try {
            return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw usageError("--now '" + instant + "' is not an instant such as 2021-06-10T12:00:00Z, nor 'now'");
        }
    }

    static String summary(ValidationReport report) {
        return count(report.errors().size(), "error") + ", " + count(report.warnings().size(), "warning") + ", "
                + count(report.violations(Severity.INFO).size(), "info");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String json(List<Result> results) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().createGenerator(text)) {
            out.writeStartObject();
            out.writeArrayPropertyStart("files");
            for (Result result : results) {
                out.writeStartObject();
                out.writeStringProperty("file", EventFiles.display(result.file()));
                if (result.problem().isPresent()) {
                    out.writeStringProperty("unreadable", result.problem().get().getMessage());
                } else {
                    ValidationReport report = result.report().orElseThrow();
                    out.writeNumberProperty("errors", report.errors().size());
                    out.writeNumberProperty("warnings", report.warnings().size());
                    out.writeNumberProperty("infos", report.violations(Severity.INFO).size());
                    out.writeArrayPropertyStart("violations");
                    for (Violation violation : report.violations()) {
                        out.writeStartObject();
                        out.writeStringProperty("severity", violation.severity().name());
                        out.writeStringProperty("code", violation.code());
                        out.writeStringProperty("path", violation.path());
                        out.writeStringProperty("message", violation.message());
                        out.writeEndObject();
                    }
                    out.writeEndArray();
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        return text.toString().replace("\r\n", "\n") + "\n";
    }
}
