package org.agendum.ical;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folders of {@code shared/corpus}: documents written by others, kept beside the project and
 * never copied into it. A test finds one by walking up from the working directory (a module's
 * folder under Maven, the project's from an IDE), and skips itself when it is absent.
 */
public final class SharedCorpus {

    private SharedCorpus() {}

    /**
     * Returns a folder of the shared corpus, found in the nearest {@code shared/corpus} above the
     * working directory, or skips the calling test (a JUnit assumption) when there is none.
     *
     * @param name the folder's name, such as {@code "ics"} or {@code "frab"}
     * @return the folder
     */
    public static Path folder(String name) {
        Optional<Path> folder = find(name);
        assumeTrue(folder.isPresent(), () -> "the shared corpus folder '" + name + "' is absent");
        return folder.orElseThrow();
    }

    /**
     * Returns a folder of the shared corpus, found in the nearest {@code shared/corpus} above the
     * working directory.
     *
     * @param name the folder's name
     * @return the folder, or empty when no directory above has it
     */
    public static Optional<Path> find(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus").resolve(name);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
