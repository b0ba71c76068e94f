package org.agendum.jscalendar;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JSCalendar samples of {@code shared/formats/samples/jscal}: written by others beside the
 * project, read in place, never copied into it. A test that needs them skips itself (a JUnit
 * assumption) where the folder is absent, as in a clone outside this workspace.
 */
final class SharedSamples {

    private SharedSamples() {}

    /** The {@code .json} files of {@code valid} or {@code invalid}, by name. */
    static List<Path> files(String verdict) {
        Path folder = Stream.iterate(Path.of("").toAbsolutePath(), dir -> dir != null, Path::getParent)
                .map(dir -> dir.resolve("shared/formats/samples/jscal").resolve(verdict))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(folder != null, "shared/formats/samples/jscal is absent");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's bytes. */
    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
