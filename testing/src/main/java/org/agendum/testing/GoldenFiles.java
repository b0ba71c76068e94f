package org.agendum.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Golden files for format tests: a document pinned byte for byte, rewritten only on purpose.
 *
 * <p>A test compares what a format writes with its golden file ({@link #assertMatches}); to accept
 * new output after deciding it is right, run the tests once with {@code
 * -Dagendum.regenerateGolden=true} ({@link #REGENERATE}), which rewrites the files instead
 * ({@link #regenerateIfAsked}), and review the diff.
 */
public final class GoldenFiles {

    /** The system property that makes tests rewrite their golden files. */
    public static final String REGENERATE = "agendum.regenerateGolden";

    private GoldenFiles() {}

    /**
     * Returns whether this run rewrites golden files.
     *
     * @return true if the system property {@value #REGENERATE} is {@code true}
     */
    public static boolean regenerating() {
        return Boolean.getBoolean(REGENERATE);
    }

    /**
     * Writes a golden file, creating its folder, if this run {@linkplain #regenerating()
     * regenerates}; does nothing otherwise.
     *
     * @param file the golden file
     * @param content what it must hold, computed only when it is written
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void regenerateIfAsked(Path file, Supplier<byte[]> content) {
        if (!regenerating()) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, content.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that a golden file holds exactly these bytes.
     *
     * @param file the golden file
     * @param written what the format writes now
     * @throws AssertionError if the file is missing or differs, naming the first line that differs
     * @throws UncheckedIOException if the file cannot be read
     */
    public static void assertMatches(Path file, byte[] written) {
        if (!Files.exists(file)) {
            throw new AssertionError("golden file " + file + " is missing; run with -D" + REGENERATE + "=true to write it");
        }
        byte[] golden;
        try {
            golden = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Arrays.equals(golden, written)) {
            return;
        }
        String[] expected = new String(golden, StandardCharsets.UTF_8).split("\n", -1);
        String[] actual = new String(written, StandardCharsets.UTF_8).split("\n", -1);
        int line = 0;
        while (line < Math.min(expected.length, actual.length) && expected[line].equals(actual[line])) {
            line++;
        }
        throw new AssertionError("output differs from golden file " + file + " at line " + (line + 1)
                + "\n  golden:  " + (line < expected.length ? expected[line] : "(end of file)")
                + "\n  written: " + (line < actual.length ? actual[line] : "(end of output)")
                + "\n(if the new output is right, run with -D" + REGENERATE + "=true and review the diff)");
    }
}
