package org.agendum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormats;
import org.agendum.core.model.Event;
import org.agendum.testing.ExampleEvents;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.Timetable;
import org.agendum.testing.GoldenFiles;
import org.agendum.testing.RandomEvents;
import org.agendum.testing.SeedEvents;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page {@link HtmlEventFormat} writes, read back by jsoup (an independent HTML5 parser): its
 * structure, its times against {@code java.time} applied to the model, its marks of changed
 * blocks, its embedded JSON-LD, and that it asks for nothing from the network.
 */
class HtmlEventFormatTest {

    private static final HtmlEventFormat HTML = HtmlEventFormat.create();
    private static final long SEED = 14_2027L;

    static Stream<WebExamples> examples() {
        return WebExamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_writesTheGoldenPageByteForByte(WebExamples example) {
        for (String lang : List.of("en", "es")) {
            HtmlEventFormat format = HTML.withLanguage(lang);
            GoldenFiles.regenerateIfAsked(example.golden("." + lang + ".html"), () -> format.toBytes(example.event().get()));
            GoldenFiles.assertMatches(example.golden("." + lang + ".html"), format.toBytes(example.event().get()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void page_isSemanticStandaloneAndEmbedsValidJsonLd(WebExamples example) {
        Event event = example.event().get();
        Document page = Jsoup.parse(HTML.toHtml(event));
        assertThat(page.documentType()).isNotNull();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("main")).hasSize(1);
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo(event.localizedTo("en").title());
        // Nothing to fetch: no script but the data block, no image, font, frame or style sheet link.
        assertThat(page.select("script")).allMatch(s -> s.attr("type").equals("application/ld+json"));
        assertThat(page.select("img, link, iframe, object, embed, video, audio, source, [src], [style]")).isEmpty();
        assertThat(page.select("style").text()).doesNotContain("url(", "@import");
        assertThat(page.select("[href]")).allMatch(a -> a.tagName().equals("a"));
        // The embedded markup is the event's JSON-LD, and passes the vocabulary and Google.
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        assertThat(JsonLdCheckerTest.problems(scripts.get(0).data())).isEmpty();
        // Every <time> carries an instant with its offset.
        assertThat(page.select("time")).isNotEmpty().allSatisfy(t -> OffsetDateTime.parse(t.attr("datetime")));
        // Every table header names its scope, so a screen reader reads room and time with each cell.
        assertThat(page.select("th")).allMatch(th -> th.hasAttr("scope"));
    }

    static Stream<Event> randomEvents() {
        // Five events of each size (0 to 100 top-level blocks), and one over three days.
        return Stream.concat(RandomEvents.seeded(SEED).smallestFirst().flatMap(sized -> sized.events().limit(5)),
                Stream.of(RandomEvents.seeded(SEED + 1).withDays(3).withBlocks(30).withParties(12).event(0)));
    }

    @ParameterizedTest
    @MethodSource("randomEvents")
    void randomEvent_hasAnArticleABlock_withTheTimetablesInstants_andValidJsonLd(Event event) {
        Document page = Jsoup.parse(HTML.toHtml(event));
        Timetable timetable = Timetable.of(event);
        assertThat(page.select("article.block")).as(event.id()).hasSize(timetable.blocks().size());
        for (ScheduledBlock block : timetable.blocks()) {
            Element article = page.getElementById("block-" + block.occurrenceId());
            assertThat(article).as(block.occurrenceId()).isNotNull();
            // The first two <time>s of a timed block are its start and end in the event's zone.
            block.span().ifPresent(span -> assertThat(article.selectFirst(".times").select("time").subList(0, 2))
                    .extracting(t -> OffsetDateTime.parse(t.attr("datetime")).toInstant())
                    .containsExactly(span.start().toInstant(), span.end().toInstant()));
        }
        JsonNode markup = JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(new SchemaOrgChecker(SharedFormats.schemaOrg()).vocabularyProblems(markup)).as(event.id()).isEmpty();
    }

    @Test
    void seed2021_panel1ShowsItsTimesInUruguayAndMexico_withTheirInstants() {
        Document page = Jsoup.parse(HTML.toHtml(SeedEvents.gobiernosLocales2021()));
        Element panel = page.getElementById("block-panel-1");
        assertThat(panel).isNotNull();
        assertThat(panel.selectFirst(".times").text()).isEqualTo("13:15–13:50 Uruguay · 11:15–11:50 México");
        List<Element> times = panel.selectFirst(".times").select("time");
        ZonedDateTime start = ZonedDateTime.of(2021, 6, 11, 13, 15, 0, 0, ZoneId.of("America/Montevideo"));
        ZonedDateTime end = start.plusMinutes(35);
        assertThat(times).extracting(t -> OffsetDateTime.parse(t.attr("datetime")).toInstant()).containsExactly(
                start.toInstant(), end.toInstant(), start.toInstant(), end.toInstant());
        // Mexico City still kept summer time in June 2021: 11:15 is UTC-5 there.
        assertThat(OffsetDateTime.parse(times.get(2).attr("datetime")))
                .isEqualTo(start.withZoneSameInstant(ZoneId.of("America/Mexico_City")).toOffsetDateTime());
        assertThat(panel.selectFirst(".title").text()).startsWith("Panel 1: Alianzas estratégicas");
        assertThat(panel.select("dd").eachText()).anyMatch(t -> t.startsWith("Dr. Manuel Martínez Justo, Director, FES Acatlán"));
    }

    @Test
    void seed2021_showsRegistrationDeadlineFromJavaTime() {
        Document page = Jsoup.parse(HTML.withLanguage("es").toHtml(SeedEvents.gobiernosLocales2021()));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        // "antes del 9 de junio": the last day is the 8th.
        LocalDate lastDay = LocalDate.of(2021, 6, 9).minusDays(1);
        assertThat(page.select("section[aria-labelledby=information]").text())
                .contains("https://forms.gle/t8GEM2KjH9gYQxtU6", lastDay.getDayOfMonth() + " de junio de 2021");
        assertThat(page.select("a[href=https://forms.gle/t8GEM2KjH9gYQxtU6]")).isNotEmpty();
    }

    @Test
    void textsTheEventDoesNotTranslate_carryTheEventsLanguage() {
        Event seminar = SeedEvents.gobiernosLocales2021();
        Document english = Jsoup.parse(HTML.toHtml(seminar));
        assertThat(english.selectFirst("h1").attr("lang")).isEqualTo("es");
        assertThat(english.selectFirst("#block-panel-1 .title").attr("lang")).isEqualTo("es");
        Document spanish = Jsoup.parse(HTML.withLanguage("es").toHtml(seminar));
        assertThat(spanish.selectFirst("h1").hasAttr("lang")).isFalse();
        assertThat(spanish.selectFirst("#block-panel-1 .title").hasAttr("lang")).isFalse();
    }

    @Test
    void seed2018_showsTheVenueEntranceAndTransit() {
        Document page = Jsoup.parse(HTML.withLanguage("fr").toHtml(SeedEvents.parisSeminar2018()));
        String information = page.select("section[aria-labelledby=information]").text();
        assertThat(information).contains("Alcaldía de Paris", "5 rue Lobau", "Hôtel de ville");
    }

    @Test
    void conference_marksCancelledAndRescheduledTalks_andSetsParallelTalksByRoom() {
        Event event = ExampleEvents.lisbonConference2026();
        Document page = Jsoup.parse(HTML.toHtml(event));
        Element cancelled = page.getElementById("block-talk-parking");
        assertThat(cancelled.classNames()).contains("block", "cancelled");
        assertThat(cancelled.selectFirst(".status .mark").text()).isEqualTo("CANCELLED");
        Element moved = page.getElementById("block-talk-digital-twins");
        assertThat(moved.classNames()).contains("rescheduled");
        assertThat(moved.selectFirst(".status").text()).startsWith("RESCHEDULED, first announced for");
        Element table = page.selectFirst("table.parallel");
        assertThat(table).isNotNull();
        List<String> rooms = table.select("thead th").eachText();
        assertThat(rooms.get(0)).isEqualTo("Time");
        assertThat(rooms.subList(1, rooms.size())).doesNotHaveDuplicates().isNotEmpty();
    }

    @Test
    void textsOfTheEvent_areEscaped_andCannotEndTheScript() {
        Event event = SeedEvents.parisSeminar2018().withTitle("A </script><b>bold</b> & \"quoted\"");
        Document page = Jsoup.parse(HTML.toHtml(event));
        assertThat(page.selectFirst("h1").text()).isEqualTo("A </script><b>bold</b> & \"quoted\"");
        assertThat(page.select("b")).isEmpty();
        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
    }

    @Test
    void format_isFoundByName_takesTheLanguageOption_andOnlyWrites() {
        assertThat(EventFormats.get("html")).isInstanceOf(HtmlEventFormat.class);
        assertThat(HTML.mediaType()).isEqualTo("text/html");
        assertThat(HTML.withOption("lang", "fr").option("lang")).isEqualTo("fr");
        assertThatThrownBy(() -> HTML.withOption("lang", "de")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HTML.withOption("profile", "rich")).isInstanceOf(IllegalArgumentException.class);
        assertThat(HTML.canRead()).isFalse();
    }
}
