package org.agendum.cli;

import static org.agendum.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code --help} and the completion script offer: published documentation, the values each option takes. */
class HelpAndCompletionTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void help_pointsToThePublishedDocs_atTheProjectsUrl() throws Exception {
        // The parent POM's own <url>, a child of <project> (indented once), not its licence's or organization's.
        Matcher project = Pattern.compile("\n  <url>([^<]+)</url>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(project.find()).isTrue();
        String url = project.group(1);
        assertThat(url).startsWith("https://");
        assertThat(ROOT.resolve("docs").resolve("RULES.md")).isRegularFile();

        CommandRun validate = run("validate", "--help");
        assertThat(validate.code()).isZero();
        assertThat(validate.out().lines()).contains(url + "/blob/main/docs/RULES.md");
        assertThat(run("--help").out()).contains("Documentation: " + url);

        for (String command : new String[] {"", "validate", "convert", "show", "schema", "formats"}) {
            String help = run(command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"}).out();
            assertThat(help.replace(url + "/blob/main/docs/", "")).as(command).doesNotContain("docs/");
        }
    }

    @Test
    void descriptions_breakLinesOnlyBetweenSentences() {
        Io io = new Io(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (Subcommand command : List.of(new ValidateCommand(io), new ConvertCommand(io), new ShowCommand(io),
                new SchemaCommand(io), new FormatsCommand(io))) {
            CommandSpec spec = new CommandLine(command).getCommandSpec();
            List<String> lines = new ArrayList<>(Arrays.asList(spec.usageMessage().description()));
            Stream.concat(spec.options().stream(), spec.positionalParameters().stream())
                    .map(ArgSpec::description).forEach(description -> lines.addAll(Arrays.asList(description)));
            for (String line : lines) {
                assertThat(line).as("a line of '%s --help'", spec.name())
                        .matches(l -> l.endsWith(".") || l.endsWith(":") || l.matches("https://\\S+"),
                                "ends a sentence, introduces what follows or is a link");
            }
        }
        // The one that had a line break after "display zone":
        assertThat(run("show", "--help").out().replace("\n", " ")).contains("every display zone (\"13:00");
    }

    @Test
    void completion_offersTheValuesEachOptionTakes_spelledAsTheHelpShowsThem(@TempDir Path folder) throws Exception {
        CommandRun script = run("generate-completion");
        assertThat(script.code()).isZero();
        Path file = Files.writeString(folder.resolve("agendum.bash"), script.out());

        assertThat(complete(file, "validate", "--format", "")).containsExactly("text", "json");
        assertThat(complete(file, "validate", "--format", "j")).containsExactly("json");
        assertThat(complete(file, "show", "x.json", "--locale", "")).containsExactly("en", "es", "fr");
        assertThat(complete(file, "convert", "x.json", "--profile", "")).containsExactly("publish", "rich");
        assertThat(complete(file, "convert", "x.json", "--locale", "")).containsExactly("en", "es", "fr");
        assertThat(complete(file, "convert", "x.json", "-O", "prof")).containsExactly("profile=publish", "profile=rich");
        // Writers and readers differ: html and jsonld write only.
        assertThat(complete(file, "convert", "x.json", "--to", ""))
                .containsExactly("html", "ics", "jscalendar", "json", "jsonld", "schedule-json", "schedule-xml");
        for (String command : new String[] {"validate", "show", "convert"}) {
            assertThat(complete(file, command, "--from", "")).as(command)
                    .containsExactly("ics", "jscalendar", "json", "schedule-json", "schedule-xml");
        }
    }

    /** What bash completes the last word of {@code agendum WORDS...} to, with the script sourced. */
    private static List<String> complete(Path script, String... words) throws IOException, InterruptedException {
        Path bash = Stream.of("/bin/bash", "/usr/bin/bash").map(Path::of).filter(Files::isExecutable).findFirst()
                .orElse(null);
        assumeTrue(bash != null, "bash is installed");
        StringBuilder line = new StringBuilder("agendum");
        for (String word : words) {
            line.append(" '").append(word).append('\'');
        }
        String program = "source '" + script + "'\nCOMP_WORDS=(" + line + ")\nCOMP_CWORD=" + words.length + "\n"
                + "_complete_agendum 2>/dev/null\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process process = new ProcessBuilder(bash.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(program.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }
}
