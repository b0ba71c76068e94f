package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged cli/target/agendum.jar, run as the README runs it: a real {@code java -jar} process. */
class AgendumJarIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The outcome of one process. */
    private record Run(int code, String out) {}

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", ROOT.resolve("cli/target/agendum.jar").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String out;
        try (InputStream in = process.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void theReadmesCommand_showsTheSeminarInBothZones() throws Exception {
        assertThat(java.nio.file.Files.readString(ROOT.resolve("README.md"))).contains(
                "./mvnw -q -DskipTests package && java -jar cli/target/agendum.jar show examples/gobiernos-locales-2021.json");
        Run run = java("show", "examples/gobiernos-locales-2021.json");
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("13:15–13:50 Uruguay · 11:15–11:50 México  Panel 1: Alianzas estratégicas");
    }

    @Test
    void validate_paris_andABadFile() throws Exception {
        Run paris = java("validate", "examples/paris-seminar-2018.json");
        assertThat(paris.code()).isZero();
        assertThat(paris.out()).startsWith("WARNING BLOCK_OUTSIDE_EVENT /agenda/blocks/8: ");

        Run bad = java("validate", "README.md");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).isEqualTo("agendum: README.md: cannot tell its format from its name; name it with --from or "
                + "--to (installed: html, ics, jscalendar, json, jsonld, schedule-json, schedule-xml)\n").doesNotContain("Exception");
    }

    @Test
    void formatsAreFoundInTheSingleJar() throws Exception {
        assertThat(java("formats").out()).contains("json", "ics", "schedule-xml", "schedule-json");
        Run ics = java("convert", "examples/paris-seminar-2018.json", "--to", "ics");
        assertThat(ics.code()).as(ics.out()).isZero();
        assertThat(ics.out()).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;TZID=Europe/Paris:20180705T090000")
                .doesNotContain("SLF4J");
    }
}
