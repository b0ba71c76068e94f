package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the built jars tell a user of Maven Central and a lawyer: the licence, the NOTICE and the
 * version in every module's jar, and in cli/target/agendum.jar also the licences of everything it
 * bundles, compared with the bundled artifacts' own jars (found on this test's class path).
 */
class PublishedJarsIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path CLI_JAR = ROOT.resolve("cli/target/agendum.jar");
    private static final String VERSION = System.getProperty("agendum.version");

    @ParameterizedTest
    @ValueSource(strings = {"processor", "core", "json", "ical", "schedule", "jscalendar", "web", "testing"})
    void moduleJar_carriesTheRepositorysLicenceAndNotice_andItsVersion(String module) throws IOException {
        Path path = ROOT.resolve(module).resolve("target").resolve("agendum-" + module + "-" + VERSION + ".jar");
        try (JarFile jar = new JarFile(path.toFile())) {
            assertThat(bytes(jar, "META-INF/LICENSE")).isEqualTo(Files.readAllBytes(ROOT.resolve("LICENSE")));
            assertThat(bytes(jar, "META-INF/NOTICE")).isEqualTo(Files.readAllBytes(ROOT.resolve("NOTICE")));
            Attributes main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue(Attributes.Name.IMPLEMENTATION_TITLE)).startsWith("agendum " + module);
            assertThat(main.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).isEqualTo(VERSION);
            assertThat(main.getValue(Attributes.Name.IMPLEMENTATION_VENDOR)).isEqualTo("agendum maintainers");
        }
    }

    @Test
    void javadocFooter_namesTheApacheLicence_notAllRightsReserved() throws IOException {
        Path path = ROOT.resolve("core/target/agendum-core-" + VERSION + "-javadoc.jar");
        try (JarFile jar = new JarFile(path.toFile())) {
            String page = text(jar, "org.agendum.core/org/agendum/core/model/Event.html");
            assertThat(page).contains("Licensed under the <a href=\"https://www.apache.org/licenses/LICENSE-2.0\">")
                    .doesNotContain("All rights reserved");
        }
    }

    @Test
    void cliJar_carriesOurLicence_andSaysWhichAgendumItIs() throws IOException {
        try (JarFile jar = new JarFile(CLI_JAR.toFile())) {
            assertThat(bytes(jar, "META-INF/LICENSE")).isEqualTo(Files.readAllBytes(ROOT.resolve("LICENSE")));
            assertThat(text(jar, "META-INF/NOTICE")).contains(Files.readString(ROOT.resolve("NOTICE")));
            Attributes main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue(Attributes.Name.IMPLEMENTATION_TITLE)).isEqualTo("agendum cli");
            assertThat(main.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).isEqualTo(VERSION);
            assertThat(main.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo("org.agendum.cli.Agendum");
        }
    }

    @Test
    void cliJar_carriesEveryLicenceAndNoticeOfWhatItBundles_andNamesEachBundledArtifact() throws IOException {
        List<Path> bundled = bundledThirdPartyJars();
        // What the CLI bundles today (ical4j is a test-only dependency of agendum-ical since it writes
        // iCalendar itself); the checks below hold for whatever is added.
        assertThat(bundled).extracting(PublishedJarsIT::artifactId)
                .contains("jackson-databind", "jackson-core", "jackson-annotations", "picocli")
                .doesNotContain("ical4j", "slf4j-api");
        try (JarFile cli = new JarFile(CLI_JAR.toFile())) {
            String notice = text(cli, "META-INF/NOTICE");
            String thirdParty = text(cli, "META-INF/THIRD-PARTY.txt");
            for (Path path : bundled) {
                String coordinates = ":" + artifactId(path) + ":" + path.getParent().getFileName();
                assertThat(thirdParty).as("META-INF/THIRD-PARTY.txt names %s", path.getFileName()).contains(coordinates);
                try (JarFile part = new JarFile(path.toFile())) {
                    for (ZipEntry entry : entries(part)) {
                        String name = entry.getName();
                        if (name.matches("META-INF/[^/]*LICENSE[^/]*")) {
                            assertThat(bytes(cli, name)).as("%s of %s", name, path.getFileName())
                                    .isEqualTo(bytes(part, name));
                        } else if (name.equals("META-INF/NOTICE")) {
                            for (String paragraph : text(part, name).split("\n\\s*\n")) {
                                assertThat(notice).as("NOTICE of %s", path.getFileName()).contains(paragraph.strip());
                            }
                        }
                    }
                }
            }
        }
    }

    /** The jars on this test's class path whose classes are inside agendum.jar, ours excepted. */
    static List<Path> bundledThirdPartyJars() throws IOException {
        List<Path> bundled = new ArrayList<>();
        try (JarFile cli = new JarFile(CLI_JAR.toFile())) {
            for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(element);
                if (!element.endsWith(".jar") || path.startsWith(ROOT)) {
                    continue;
                }
                try (JarFile part = new JarFile(path.toFile())) {
                    entries(part).stream().map(ZipEntry::getName)
                            .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/")
                                    && !name.endsWith("module-info.class"))
                            .findFirst()
                            .filter(someClass -> cli.getEntry(someClass) != null)
                            .ifPresent(someClass -> bundled.add(path));
                }
            }
        }
        return bundled;
    }

    /** The artifactId of a jar in a Maven repository: {@code …/artifactId/version/artifactId-version.jar}. */
    static String artifactId(Path jar) {
        return jar.getParent().getParent().getFileName().toString();
    }

    private static List<ZipEntry> entries(JarFile jar) {
        return Arrays.asList(jar.stream().toArray(ZipEntry[]::new));
    }

    private static byte[] bytes(JarFile jar, String name) {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as("%s in %s", name, jar.getName()).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JarFile jar, String name) {
        return new String(bytes(jar, name), StandardCharsets.UTF_8);
    }
}
