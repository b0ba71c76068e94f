package org.agendum.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file could not be read or written, in the words a person acts on ("permission denied",
 * "no such folder: out") rather than the exception's, which is often the bare path.
 */
final class FileFailure {

    private FileFailure() {}

    /** Why a file could not be read. */
    static String reading(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return "cannot read it: " + reason(e);
    }

    /** Why a file could not be created or written at {@code path}. */
    static String writing(Path path, IOException e) {
        if (e instanceof NoSuchFileException || e instanceof FileSystemException && !(e instanceof AccessDeniedException)) {
            Path blocking = blockingFolder(path);
            if (blocking != null) {
                return "cannot write it: " + (Files.exists(blocking) ? blocking + " is a file, not a folder"
                        : "no such folder: " + blocking);
            }
        }
        return "cannot write it: " + reason(e);
    }

    /** The outermost of the folders {@code path} lies in that is missing or is not a folder, if one is. */
    private static Path blockingFolder(Path path) {
        Path blocking = null;
        for (Path folder = path.getParent(); folder != null; folder = folder.getParent()) {
            if (!Files.isDirectory(folder)) {
                blocking = folder;
            }
        }
        return blocking;
    }

    /** The operating system's reason, without the path the message repeats, or the message. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            String reason = failure.getReason();
            return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
