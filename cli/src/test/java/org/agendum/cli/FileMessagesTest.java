package org.agendum.cli;

import static org.agendum.cli.CommandRun.run;
import static org.agendum.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.core.model.Event;
import org.agendum.ical.IcsEventFormat;
import org.agendum.schedule.ScheduleXmlFormat;
import org.agendum.testing.ExampleEvents;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands say when a file cannot be read or written, and how they tell the format of
 * standard input: exit codes, and the place and the reason in each message.
 */
class FileMessagesTest {

    private static final Path PARIS = Path.of("..", "examples", "paris-seminar-2018.json");

    @Test
    void aDirectoryAsInput_isReportedAsADirectory_byEveryCommandThatReads(@TempDir Path folder) throws IOException {
        Path named = Files.createDirectory(folder.resolve("events.json"));
        for (Path directory : new Path[] {PARIS.getParent(), named}) {
            for (String[] args : new String[][] {
                {"validate", directory.toString()}, {"show", directory.toString()},
                {"convert", directory.toString(), "--to", "json"}, {"validate", "--from", "ics", directory.toString()}}) {
                CommandRun run = run(args);
                assertThat(run.code()).as(String.join(" ", args)).isEqualTo(Agendum.UNREADABLE);
                assertThat(run.err()).as(String.join(" ", args)).contains(directory + ": is a directory")
                        .doesNotContain("cannot tell its format").doesNotContain("\tat ");
            }
        }
    }

    @Test
    void anOutputThatIsADirectory_isRefused_namingIt(@TempDir Path folder) {
        CommandRun run = run("convert", PARIS.toString(), "--to", "ics", "-o", folder.toString());

        assertThat(run.code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(run.err()).contains(folder + ": is a directory");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anOutputInAMissingFolder_namesTheOutermostMissingFolder(@TempDir Path folder) {
        Path missing = folder.resolve("not-yet");
        Path out = missing.resolve("deeper").resolve("paris.json");

        CommandRun run = run("convert", PARIS.toString(), "--to", "json", "-o", out.toString());

        assertThat(run.code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(run.err()).contains(out + ": cannot write it: no such folder: " + missing);
        assertThat(missing).doesNotExist();
    }

    @Test
    void anOutputUnderAFile_saysThatFileIsNotAFolder(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "not a folder");
        Path out = file.resolve("paris.json");

        CommandRun run = run("convert", PARIS.toString(), "--to", "json", "-o", out.toString());

        assertThat(run.code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(run.err()).contains(out + ": cannot write it: " + file + " is a file, not a folder");
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void aReadOnlyOutput_isRefused_withPermissionDenied(@TempDir Path folder) throws IOException {
        Path out = Files.writeString(folder.resolve("paris.json"), "kept");
        assertThat(out.toFile().setWritable(false, false)).isTrue();
        assumeFalse(Files.isWritable(out), "the user may write read-only files (root): nothing to refuse");

        CommandRun run = run("convert", PARIS.toString(), "--to", "json", "-o", out.toString());

        assertThat(run.code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(run.err()).contains(out + ": cannot write it: permission denied");
        assertThat(out).hasContent("kept");
    }

    @Test
    void aFileTheSystemRefuses_isPermissionDenied_notTheBarePath() {
        // What the JDK throws for EACCES, whoever runs the suite (root may write read-only files).
        assertThat(FileFailure.reason(new AccessDeniedException("/root/x.json"))).isEqualTo("permission denied");
        assertThat(FileFailure.writing(Path.of("/root/x.json"), new AccessDeniedException("/root/x.json")))
                .isEqualTo("cannot write it: permission denied");
        assertThat(FileFailure.reading(new AccessDeniedException("/root/x.json")))
                .isEqualTo("cannot read it: permission denied");
    }

    @Test
    void aCalendarOnStandardInput_isReadAsICalendar() throws IOException {
        Event paris = SeedEvents.parisSeminar2018();
        byte[] rich = IcsEventFormat.create().withOption("profile", "rich").toBytes(paris);

        CommandRun validate = runWithInput(new ByteArrayInputStream(rich), "validate", "-");
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out()).endsWith("<stdin>: 0 errors, 1 warning, 2 infos\n");

        // The rich profile reads back without loss: the canonical JSON is the example's, byte for byte.
        CommandRun convert = runWithInput(new ByteArrayInputStream(rich), "convert", "-", "--to", "json");
        assertThat(convert.code()).as(convert.err()).isZero();
        assertThat(convert.out()).isEqualTo(Files.readString(PARIS));
    }

    @Test
    void aScheduleXmlOnStandardInput_isReadAsWhatItsFormatReads() {
        byte[] xml = ScheduleXmlFormat.create().toBytes(ExampleEvents.lisbonConference2026());

        CommandRun sniffed = runWithInput(new ByteArrayInputStream(xml), "convert", "-", "--to", "json");
        CommandRun named = runWithInput(new ByteArrayInputStream(xml), "convert", "-", "--from", "schedule-xml",
                "--to", "json");

        assertThat(named.code()).as(named.err()).isZero();
        assertThat(sniffed.code()).as(sniffed.err()).isZero();
        assertThat(sniffed.out()).isEqualTo(named.out());
    }

    @Test
    void theFirstCharactersOfStandardInput_nameItsFormat_andAreReadAgain() throws IOException {
        String[][] cases = {
            {"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", "ics"}, {"\uFEFF\r\n  begin:vcalendar\r\n", "ics"},
            {"<?xml version=\"1.0\"?><schedule/>", "schedule-xml"}, {"\n<schedule/>", "schedule-xml"},
            {"{\"formatVersion\": 1}", "json"}, {"BEGIN:VCARD\r\n", "json"}, {"BEGIN:VCALENDA", "json"}, {"", "json"}};
        for (String[] example : cases) {
            byte[] bytes = example[0].getBytes(StandardCharsets.UTF_8);
            BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));

            assertThat(StandardInput.formatName(in)).as(example[0]).isEqualTo(example[1]);
            assertThat(in.readAllBytes()).as(example[0]).isEqualTo(bytes);
        }
    }

    @Test
    void standardInputInNoRecognisedFormat_suggestsFrom_andNamesTheReaders() {
        byte[] text = "Seminario, 11 de junio de 2021, 13:00\n".getBytes(StandardCharsets.UTF_8);

        CommandRun run = runWithInput(new ByteArrayInputStream(text), "validate", "-");

        assertThat(run.code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(run.err()).startsWith("agendum: <stdin>: ").contains("--from", "ics", "jscalendar")
                .doesNotContain("html");
    }

    @Test
    void standardInputInTheFormatNamed_isNotSecondGuessed() {
        byte[] rich = IcsEventFormat.create().withOption("profile", "rich").toBytes(SeedEvents.parisSeminar2018());

        CommandRun run = runWithInput(new ByteArrayInputStream(rich), "validate", "--from", "json", "-");

        assertThat(run.code()).isEqualTo(Agendum.UNREADABLE);
        assertThat(run.err()).startsWith("agendum: <stdin>: ").doesNotContain("--from");
    }
}
