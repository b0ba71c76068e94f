package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agendum convert} to and from the frab/pretalx schedules: {@code --to schedule-xml} and
 * {@code --to schedule-json} write them; reading finds {@code schedule-xml} by {@code --from} and
 * {@code schedule-json} by the compound extension {@code .schedule.json}, while {@code .json} stays
 * canonical JSON.
 */
class ConvertScheduleTest {

    private static final Path CONFERENCE = Path.of("..", "examples", "lisbon-conference-2026.json");

    private record Run(int code, String out, String err) {}

    private static Run agendum(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Agendum.execute(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void convert_toScheduleXml_andBackFromIt(@TempDir Path folder) throws Exception {
        Path xml = folder.resolve("lisbon.xml");

        Run to = agendum("convert", CONFERENCE.toString(), "--to", "schedule-xml", "-o", xml.toString());
        Run back = agendum("convert", xml.toString(), "--from", "schedule-xml", "--to", "json");

        assertThat(to.code()).as(to.err()).isZero();
        String written = Files.readString(xml, StandardCharsets.UTF_8);
        assertThat(written.substring(0, 1024)).contains("<schedule", "<conference");
        assertThat(written).contains("<time_zone_name>Europe/Lisbon</time_zone_name>");
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("\"zone\": \"Europe/Lisbon\"");
    }

    @Test
    void aDotScheduleDotJsonFile_isReadAsScheduleJson_andADotJsonFileAsCanonicalJson(@TempDir Path folder) throws Exception {
        Path schedule = folder.resolve("talks.schedule.json");

        Run to = agendum("convert", CONFERENCE.toString(), "--to", "schedule-json", "-o", schedule.toString());
        Run back = agendum("convert", schedule.toString(), "--to", "json");
        Run canonical = agendum("convert", CONFERENCE.toString(), "--to", "json");

        assertThat(to.code()).as(to.err()).isZero();
        assertThat(Files.readString(schedule, StandardCharsets.UTF_8)).contains("\"$schema\": \"https://c3voc.de/schedule/schema.json\"");
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).contains("\"formatVersion\": 1");
        assertThat(canonical.code()).as(canonical.err()).isZero();
        assertThat(canonical.out()).isEqualTo(Files.readString(CONFERENCE, StandardCharsets.UTF_8));
    }
}
