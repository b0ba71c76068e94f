package org.agendum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as a user gets it: cli/target/install.sh run with a temporary prefix and cache,
 * then the installed {@code agendum} command, its class-data sharing archive and its bash
 * completion. The oracle for every output is the packaged jar run directly with {@code java -jar}.
 */
class LauncherIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path TARGET = ROOT.resolve("cli/target");
    private static final String SEED = "examples/gobiernos-locales-2021.json";

    /** The outcome of one process. */
    private record Run(int code, String out, String err) {}

    /** One installation for all tests; each test starts from its archive as installed. */
    @TempDir
    static Path temp;

    private static Path prefix;
    private static Path cache;
    private static Path agendum;
    private static Path jarInstalled;
    private static byte[] archiveInstalled;
    private static Path archive;
    private static FileTime jarTime;

    @BeforeAll
    static void install() throws Exception {
        prefix = temp.resolve("prefix");
        cache = temp.resolve("cache");
        Run install = run(Map.of(), "sh", TARGET.resolve("install.sh").toString(), "--prefix", prefix.toString());
        assertThat(install.code()).as(install.err()).isZero();
        agendum = prefix.resolve("bin/agendum");
        assertThat(install.out()).startsWith("Installed agendum " + System.getProperty("agendum.version") + " as " + agendum);
        assertThat(archives()).hasSize(1);
        archive = archives().get(0);
        archiveInstalled = Files.readAllBytes(archive);
        jarInstalled = prefix.resolve("lib/agendum/agendum.jar");
        jarTime = Files.getLastModifiedTime(jarInstalled);
    }

    @BeforeEach
    void asInstalled() throws IOException {
        Files.setLastModifiedTime(jarInstalled, jarTime);
        for (Path file : archives()) {
            Files.delete(file);
        }
        Files.write(archive, archiveInstalled);
    }

    @Test
    void install_putsTheCommandOnItsBin_theJarInLib_andMakesTheArchive_asTheReadmeSays() throws Exception {
        assertThat(Files.readString(ROOT.resolve("README.md")))
                .contains("./mvnw -q -DskipTests package && sh cli/target/install.sh --prefix ~/.local");
        assertThat(Files.isSymbolicLink(agendum)).isTrue();
        assertThat(Files.readAllBytes(jarInstalled)).isEqualTo(Files.readAllBytes(TARGET.resolve("agendum.jar")));
        assertThat(Files.isExecutable(prefix.resolve("lib/agendum/agendum"))).isTrue();
        assertThat(archive.getFileName().toString()).matches("agendum-[0-9]+-[0-9]+\\.jsa");
    }

    @Test
    void installedCommand_validatesLikeTheJar_twice_reusingItsArchive() throws Exception {
        Run expected = jar("validate", SEED);
        FileTime made = Files.getLastModifiedTime(archive);

        for (int i = 0; i < 2; i++) {
            Run run = run(Map.of(), agendum.toString(), "validate", SEED);
            assertThat(run).isEqualTo(expected);
            assertThat(run.code()).isZero();
            assertThat(run.out()).isEqualTo(SEED + ": 0 errors, 0 warnings, 0 infos\n");
        }
        assertThat(archives()).containsExactly(archive);
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(made);
    }

    @Test
    void archive_holdsTheClassesOfAgendum_andOnJdk17Picocli() throws Exception {
        Run run = run(Map.of("AGENDUM_JAVA_OPTS", "-Xlog:class+load=info"), agendum.toString(), "validate", SEED);
        assertThat(run.code()).isZero();
        assertThat(run.out()).containsPattern("org\\.agendum\\.cli\\.ValidateCommand source: shared objects file")
                .containsPattern("org\\.agendum\\.json\\.internal\\.read\\.EventJsonReader source: shared objects file");
        // picocli's classes are Java 5 class files: JDK 17's static archive takes them, JDK 25's does not.
        if (Runtime.version().feature() == 17) {
            assertThat(run.out()).containsPattern("picocli\\.CommandLine source: shared objects file");
        }
    }

    @Test
    void damagedArchive_isIgnored() throws Exception {
        Run expected = jar("show", SEED);
        archive.toFile().setWritable(true);
        byte[] noise = new byte[64 * 1024];
        new Random(15).nextBytes(noise);
        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(noise);
        }
        assertThat(run(Map.of(), agendum.toString(), "show", SEED)).isEqualTo(expected);

        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
            file.setLength(4096);
        }
        assertThat(run(Map.of(), agendum.toString(), "show", SEED)).isEqualTo(expected);
    }

    @Test
    void removedArchive_theRunStillWorks_andTheArchiveIsMadeAgainInTheBackground() throws Exception {
        Run expected = jar("validate", "examples/paris-seminar-2018.json");
        Files.delete(archive);

        assertThat(run(Map.of(), agendum.toString(), "validate", "examples/paris-seminar-2018.json")).isEqualTo(expected);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!(Files.exists(archive) && Files.notExists(lock(archive))) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(archives()).containsExactly(archive);
        assertThat(lock(archive)).doesNotExist();
        assertThat(run(Map.of(), agendum.toString(), "validate", "examples/paris-seminar-2018.json")).isEqualTo(expected);
    }

    @Test
    void newerJar_getsANewArchive_thatTheJvmUses() throws Exception {
        // As after copying a jar of the same contents: the old archive records the jar's old time.
        Files.setLastModifiedTime(archive, FileTime.from(jarTime.toInstant().minusSeconds(60)));
        Files.setLastModifiedTime(jarInstalled, FileTime.from(Instant.now().minusSeconds(1)));

        Run run = run(Map.of("AGENDUM_CDS", "now"), agendum.toString(), "validate", SEED);
        assertThat(run).isEqualTo(jar("validate", SEED));
        assertThat(archives()).containsExactly(archive);
        assertThat(Files.getLastModifiedTime(archive).toInstant())
                .isAfterOrEqualTo(Files.getLastModifiedTime(jarInstalled).toInstant());
        Run logged = run(Map.of("AGENDUM_JAVA_OPTS", "-Xlog:class+load=info"), agendum.toString(), "validate", SEED);
        assertThat(logged.out()).containsPattern("org\\.agendum\\.cli\\.ValidateCommand source: shared objects file");
    }

    @Test
    void cdsOff_neitherUsesNorMakesAnArchive() throws Exception {
        Files.delete(archive);
        Run run = run(Map.of("AGENDUM_CDS", "off"), agendum.toString(), "validate", SEED);
        assertThat(run).isEqualTo(jar("validate", SEED));
        assertThat(archives()).isEmpty();

        Run wrong = run(Map.of("AGENDUM_CDS", "sometimes"), agendum.toString(), "validate", SEED);
        assertThat(wrong).isEqualTo(new Run(2, "", "agendum: AGENDUM_CDS is 'sometimes'; use auto, now or off\n"));
    }

    @Test
    void aLinkToTheCommand_findsTheJar() throws Exception {
        Path link = Files.createDirectories(temp.resolve("elsewhere/bin")).resolve("agendum");
        Files.createSymbolicLink(link, link.getParent().relativize(agendum));
        assertThat(run(Map.of(), link.toString(), "--version"))
                .isEqualTo(new Run(0, "agendum " + System.getProperty("agendum.version") + "\n", ""));
    }

    @Test
    void completion_isDefinedForTheCommandAgendum_andCompletesItsSubcommands() throws Exception {
        Path completion = prefix.resolve("share/bash-completion/completions/agendum");
        assertThat(Files.readString(completion)).isEqualTo(jar("generate-completion").out());
        String script = "source '" + completion + "'\n"
                + "complete -p agendum\n"
                + "COMP_WORDS=(agendum va); COMP_CWORD=1; COMP_LINE='agendum va'; COMP_POINT=10\n"
                + "_complete_agendum\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Run bash = run(Map.of(), "bash", "-c", script);
        assertThat(bash.err()).isEmpty();
        assertThat(bash.out().lines()).containsExactly("complete -o default -F _complete_agendum agendum", "validate");
    }

    private static List<Path> archives() throws IOException {
        Path dir = cache.resolve("agendum");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    private static Path lock(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".lock");
    }

    private static Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", TARGET.resolve("agendum.jar").toString()));
        command.addAll(List.of(args));
        return run(Map.of(), command.toArray(String[]::new));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a command in the repository's root, on this test's JDK, with the temporary cache. */
    private static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("XDG_CACHE_HOME", cache.toString());
        environment.remove("AGENDUM_CACHE_DIR");
        environment.remove("AGENDUM_CDS");
        environment.remove("AGENDUM_JAVA_OPTS");
        environment.putAll(env);
        Path stderr = Files.createTempFile(temp, "stderr", ".txt");
        Process process = builder.redirectError(stderr.toFile()).start();
        process.getOutputStream().close();
        String out;
        try (InputStream stdout = process.getInputStream()) {
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(stderr);
        return new Run(process.exitValue(), out, err);
    }
}
