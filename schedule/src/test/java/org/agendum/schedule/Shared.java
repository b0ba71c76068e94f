package org.agendum.schedule;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folders of {@code shared/}: documents and definitions written by others, kept beside the
 * project and never copied into it. A test finds one by walking up from the working directory,
 * and skips itself (a JUnit assumption) when it is absent.
 */
final class Shared {

    private Shared() {}

    /** Returns a folder of {@code shared/corpus}, such as {@code "frab"}, or skips the calling test. */
    static Path corpus(String name) {
        return folder("corpus", name);
    }

    /** Returns a folder of {@code shared/formats}, such as {@code "voc-schedule"}, or skips the calling test. */
    static Path formats(String name) {
        return folder("formats", name);
    }

    private static Path folder(String kind, String name) {
        Optional<Path> folder = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && folder.isEmpty(); dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(kind).resolve(name);
            folder = Files.isDirectory(candidate) ? Optional.of(candidate) : Optional.empty();
        }
        assumeTrue(folder.isPresent(), () -> "the shared folder '" + kind + "/" + name + "' is absent");
        return folder.orElseThrow();
    }
}
