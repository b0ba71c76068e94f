package org.agendum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.core.model.Event;
import org.agendum.testing.SeedEvents;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The README's web snippet, compiled and run; ReadmeTest in the testing module checks it is in the README. */
class ReadmeWebTest {

    @Test
    void writingThePageAndTheMarkup() {
        // tag::web[]
        Event seminar = SeedEvents.gobiernosLocales2021();

        String page = HtmlEventFormat.create().withLanguage("es").toHtml(seminar);  // one file, no requests
        String markup = JsonLdEventFormat.create().toJsonLd(seminar);                // schema.org Event
        // end::web[]
        assertThat(Jsoup.parse(page).selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(Jsoup.parse(page).selectFirst("#block-panel-1 .times").text())
                .isEqualTo("13:15–13:50 Uruguay · 11:15–11:50 México");
        assertThat(markup).contains("\"startDate\": \"2021-06-11T13:00:00-03:00\"");
    }

    @Test
    void theReadmeShowsTheScreenshotsAndTheDocumentation() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains("docs/WEB.md", "docs/images/gobiernos-locales-2021.png",
                "docs/images/lisbon-conference-2026.png");
        assertThat(Path.of("..", "docs", "images", "gobiernos-locales-2021.png")).isRegularFile();
        assertThat(Path.of("..", "docs", "images", "lisbon-conference-2026.png")).isRegularFile();
    }
}
