package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormats;
import org.agendum.core.model.Event;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's JSON snippet, compiled and run; ReadmeTest in the testing module checks it is in the README. */
class ReadmeJsonTest {

    @Test
    void writingAndReadingJson(@TempDir Path folder) throws IOException {  // the snippet handles the format's checked exception
        // tag::json[]
        Event seminar = SeedEvents.gobiernosLocales2021();

        JsonEventFormat json = JsonEventFormat.create();
        String text = json.toJson(seminar);                 // canonical, pretty printed
        Event read;
        try {
            read = json.fromJson(text);                     // equal to seminar
        } catch (EventFormatException e) {                  // checked: bad input, with kind() and pointer()
            throw new IllegalArgumentException(e.getMessage(), e);  // the message names the JSON Pointer
        }

        Path file = folder.resolve("seminar.json");
        EventFormat format = EventFormats.forFileName(file.toString()).orElseThrow();  // found by extension
        try (var out = Files.newOutputStream(file)) {
            format.write(seminar, out);
        }
        // end::json[]
        assertThat(read).isEqualTo(seminar);
        assertThat(format).isInstanceOf(JsonEventFormat.class);
        assertThat(Files.readString(file)).isEqualTo(text);
        assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n  \"id\": \"gobiernos-locales-en-accion-2021\"");
    }

    @Test
    void theReadmeMentionsTheJsonDocumentation() throws IOException {
        assertThat(Files.readString(Path.of("..", "README.md"))).contains("docs/JSON.md");
    }
}
