package org.agendum.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.agendum.core.model.Event;
import org.agendum.core.text.Label;
import org.agendum.core.text.Programme;
import org.agendum.core.text.ProgrammeItem;
import org.agendum.core.text.ProgrammeTime;

/**
 * Lays a {@link Programme} out as one standalone HTML page: the header (title, subtitle, status,
 * dates and times in every zone), the practical information and the people, what the event is
 * about, and the programme by day, its blocks laid out by {@link HtmlBlocks}. Every text comes
 * from the programme, in its language; the page adds only markup, its inline style sheet and the
 * event's JSON-LD. It needs no script, fonts or images, and makes no request.
 */
public final class HtmlPage {

    private final Programme programme;
    private final TextLanguage languages;
    private final Html out = new Html();

    private HtmlPage(Programme programme, TextLanguage languages) {
        this.programme = programme;
        this.languages = languages;
    }

    /**
     * Writes the page of a programme.
     *
     * @param programme the programme, in the page's language
     * @param jsonLd the event's JSON-LD, safe inside a script element (no {@code <})
     * @param languages which of the event's texts stay in its own language
     * @return the page, a complete HTML document
     */
    public static String write(Programme programme, String jsonLd, TextLanguage languages) {
        if (jsonLd.indexOf('<') >= 0) {
            throw new IllegalArgumentException("JSON-LD for a script element must have no '<'");
        }
        return new HtmlPage(programme, languages).page(jsonLd);
    }

    private String page(String jsonLd) {
        String lang = programme.labels().locale().toLanguageTag();
        out.raw("<!DOCTYPE html>\n<html").raw(Html.attribute("lang", lang)).raw(">\n<head>\n")
                .raw("<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", "", programme.title())
                .raw("<style>\n").raw(PageStyle.CSS).raw("</style>\n")
                .raw("<script type=\"application/ld+json\">\n").raw(jsonLd).raw("</script>\n")
                .raw("</head>\n<body>\n");
        header();
        out.raw("<main>\n");
        information();
        about();
        new HtmlBlocks(programme, languages, out).agenda();
        out.raw("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header() {
        Event original = languages.original();
        out.raw("<header>\n").element("h1", languages.event(programme.title(), Optional.of(original.title())),
                programme.title());
        programme.subtitle().ifPresent(s -> out.element("p", " class=\"subtitle\"" + languages.event(s, original.subtitle()), s));
        programme.status().ifPresent(status -> {
            out.raw("<p class=\"event-status\"><strong class=\"mark\">").text(status).raw("</strong></p>\n");
        });
        programme.statusNote().ifPresent(note -> out.element("p", " class=\"note\"", note));
        out.raw("<p class=\"when\">").text(programme.dates()).raw(" · ");
        times(out, programme.zoneTimes());
        out.raw("</p>\n</header>\n");
    }

    /** Times in every zone, each start and end a {@code <time>} with its instant and offset. */
    static void times(Html out, List<ProgrammeTime> times) {
        for (int i = 0; i < times.size(); i++) {
            ProgrammeTime time = times.get(i);
            if (i > 0) {
                out.raw(" · ");
            }
            out.raw("<time").raw(Html.attribute("datetime", SchemaOrg.dateTime(time.start()))).raw(">")
                    .text(time.from()).raw("</time>");
            time.to().ifPresent(to -> out.text(time.dash()).raw("<time")
                    .raw(Html.attribute("datetime", SchemaOrg.dateTime(time.end()))).raw(">").text(to).raw("</time>"));
            out.text(" " + time.zone().label());
        }
    }

    private void information() {
        List<ProgrammeItem> facts = programme.facts();
        List<ProgrammeItem> people = programme.people();
        if (facts.isEmpty() && people.isEmpty()) {
            return;
        }
        out.raw("<section aria-labelledby=\"information\">\n")
                .element("h2", " id=\"information\"", programme.labels().get(Label.INFORMATION));
        items(out, facts);
        items(out, people);
        out.raw("</section>\n");
    }

    private void about() {
        List<ProgrammeItem> about = programme.about();
        if (programme.event().description().isEmpty() && about.isEmpty()) {
            return;
        }
        out.raw("<section aria-labelledby=\"about\">\n")
                .element("h2", " id=\"about\"", programme.labels().get(Label.ABOUT));
        programme.event().description().ifPresent(d -> paragraphs(out, d,
                languages.event(d, languages.original().description())));
        items(out, about);
        out.raw("</section>\n");
    }

    /** A text of several paragraphs (blank lines between them) as {@code <p>} elements. */
    static void paragraphs(Html out, String text, String attributes) {
        for (String paragraph : text.split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                out.element("p", attributes, paragraph.strip());
            }
        }
    }

    /**
     * Items as a description list, each label a {@code <dt>} and each value a {@code <dd>}; an
     * item without a label (a description) as paragraphs before the list.
     */
    static void items(Html out, List<ProgrammeItem> items) {
        items.stream().filter(i -> i.label().isEmpty()).forEach(item -> item.values().forEach(v ->
                out.element("p", Html.attribute("class", cssName(item.kind())), v)));
        if (items.stream().noneMatch(i -> i.label().isPresent())) {
            return;
        }
        out.raw("<dl>\n");
        for (ProgrammeItem item : items) {
            if (item.label().isEmpty()) {
                continue;
            }
            out.element("dt", Html.attribute("class", cssName(item.kind())), item.label().get());
            for (String value : item.values()) {
                out.element("dd", "", value);
            }
        }
        out.raw("</dl>\n");
    }

    /** A label's kind as a class name: {@code LAST_DAY} is {@code last-day}. */
    static String cssName(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

}
