package org.agendum.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenFilesTest {

    @Test
    void matchingBytes_pass_andADifference_namesItsFirstLine(@TempDir Path folder) throws Exception {
        Path golden = folder.resolve("event.json");
        Files.writeString(golden, "{\n  \"id\": \"a\"\n}\n");

        GoldenFiles.assertMatches(golden, "{\n  \"id\": \"a\"\n}\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> GoldenFiles.assertMatches(golden, "{\n  \"id\": \"b\"\n}\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("at line 2").hasMessageContaining("\"b\"").hasMessageContaining(GoldenFiles.REGENERATE);
        assertThatThrownBy(() -> GoldenFiles.assertMatches(golden, "{\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("at line 2");
        assertThatThrownBy(() -> GoldenFiles.assertMatches(folder.resolve("missing.json"), new byte[0]))
                .isInstanceOf(AssertionError.class).hasMessageContaining("missing");
    }

    @Test
    void withoutTheProperty_nothingIsRewritten(@TempDir Path folder) {
        Path golden = folder.resolve("sub").resolve("event.json");
        assertThat(GoldenFiles.regenerating()).isFalse();

        GoldenFiles.regenerateIfAsked(golden, () -> new byte[] {1});

        assertThat(golden).doesNotExist();
    }
}
