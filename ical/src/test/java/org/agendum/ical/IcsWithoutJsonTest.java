package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agendum.core.model.Event;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish profile needs neither agendum-json nor Jackson (an optional dependency of this
 * module): {@link WithoutJsonMain} runs in a JVM whose class path is this test's without them.
 */
class IcsWithoutJsonTest {

    @Test
    void publishProfile_worksWithoutAgendumJsonAndJackson_andTheRichProfileSaysWhatItNeeds(@TempDir Path dir)
            throws Exception {
        Event seminar = SeedEvents.parisSeminar2018();
        Path richFile = dir.resolve("rich.ics");
        Files.write(richFile, IcsEventFormat.create().withProfile(IcsEventFormat.Profile.RICH).toBytes(seminar));
        List<String> classPath = classPath();
        assertThat(classPath).as("the class path without JSON").isNotEmpty()
                .noneMatch(IcsWithoutJsonTest::isJson);

        List<String> lines = run(classPath, richFile);

        assertThat(lines).containsExactly(
                "jackson absent",
                "agendum-json absent",
                "publish " + seminar.id() + " " + seminar.agenda().blocks().size() + " blocks, starts true",
                "rich refused: the rich profile carries the event's canonical JSON and needs agendum-json "
                        + "(org.agendum:agendum-json) on the class or module path; the publish profile does not",
                // Without the JSON, a rich file is read from its VEVENTs, as a publish file: not equal.
                "rich file read " + seminar.id() + " " + seminar.agenda().blocks().size() + " blocks, equal false");
    }

    /** This JVM's class and module path, less agendum-json and Jackson. */
    private static List<String> classPath() {
        return Stream.of(System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", ""))
                .flatMap(p -> Arrays.stream(p.split(File.pathSeparator))).filter(e -> !e.isBlank())
                .filter(e -> !isJson(e)).distinct().collect(Collectors.toList());
    }

    /** By the jar's or folder's own name, so that a checkout in a folder named after Jackson keeps its classes. */
    private static boolean isJson(String entry) {
        String path = entry.replace('\\', '/');
        String name = path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
        return name.startsWith("agendum-json") || name.startsWith("jackson-") || path.contains("/json/target/");
    }

    private static List<String> run(List<String> classPath, Path richFile) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", String.join(File.pathSeparator, classPath),
                WithoutJsonMain.class.getName(), richFile.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().collect(Collectors.toList());
    }
}
