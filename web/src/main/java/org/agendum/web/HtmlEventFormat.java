package org.agendum.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.FormatOption;
import org.agendum.core.model.Event;
import org.agendum.core.text.Programme;
import org.agendum.web.internal.HtmlPage;
import org.agendum.web.internal.TextLanguage;

/**
 * The programme as one web page: {@code "html"}, {@code text/html}, {@code .html}.
 *
 * <pre>{@code
 * String page = HtmlEventFormat.create().withLanguage("es").toHtml(event);
 * }</pre>
 *
 * <p>The page is standalone (its style sheet inline, no script, font or image to fetch: it makes no
 * request), printable (a print style sheet), and accessible (semantic HTML5 with a {@code lang},
 * one {@code <main>}, headings by level, {@code <time datetime>} for every time, parallel blocks in
 * a table headed by room and time). It shows what {@code agendum show} prints, from the same
 * {@link Programme}: the dates and times in the event's zone and its display zones, the venue
 * with its entrance and transit access, registration and deadlines, the people with their
 * honorifics and positions, and the agenda by day, cancelled, postponed and rescheduled blocks
 * marked in words and struck through. The event's schema.org markup ({@link JsonLdEventFormat})
 * is embedded in a {@code <script type="application/ld+json">}.
 *
 * <p>The language option ({@value #LANG}: en, es or fr) chooses the labels and dates, and the
 * event's texts where it translates them ({@link Event#localizedTo(String)}). The event's
 * {@linkplain Event#withoutConfidential() confidential data} is never shown.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class HtmlEventFormat implements EventFormat {

    /** The name of this format. */
    public static final String NAME = "html";

    /** The name of the option for the page's language. */
    public static final String LANG = "lang";

    private static final FormatOption LANG_OPTION = FormatOption.choice(LANG,
            "The page's language: its labels and dates, and the event's texts where it translates them.",
            "en", "en", "es", "fr");

    private static final HtmlEventFormat DEFAULT = new HtmlEventFormat("en");

    private final String language;

    /**
     * Creates the format in English; for {@link java.util.ServiceLoader}. Use {@link #create()}.
     */
    public HtmlEventFormat() {
        this("en");
    }

    private HtmlEventFormat(String language) {
        this.language = language;
    }

    /**
     * Obtains the format, in English.
     *
     * @return the format
     */
    public static HtmlEventFormat create() {
        return DEFAULT;
    }

    /**
     * Returns a copy of this format whose pages are in a language.
     *
     * @param language {@code en}, {@code es} or {@code fr}
     * @return the format in that language
     * @throws IllegalArgumentException if the language is not one of these
     */
    public HtmlEventFormat withLanguage(String language) {
        return new HtmlEventFormat(LANG_OPTION.check(Objects.requireNonNull(language, "language")));
    }

    /**
     * Returns the language of the pages.
     *
     * @return {@code en}, {@code es} or {@code fr}
     */
    public String language() {
        return language;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    /**
     * Returns false: a page is not read back into events.
     *
     * @return false
     */
    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public List<FormatOption> options() {
        return List.of(LANG_OPTION);
    }

    @Override
    public String option(String name) {
        FormatOption.find(this, name);
        return language;
    }

    @Override
    public HtmlEventFormat withOption(String name, String value) {
        FormatOption.find(this, name);
        return withLanguage(value);
    }

    /**
     * Writes an event's page in UTF-8.
     *
     * @param event the event
     * @param out the stream to write to; flushed, not closed
     * @throws IOException if the stream cannot be written
     */
    @Override
    public void write(Event event, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(toHtml(event).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Returns an event's page.
     *
     * @param event the event
     * @return the page, a complete HTML document
     */
    public String toHtml(Event event) {
        Event shown = Objects.requireNonNull(event, "event").localizedTo(language).withoutConfidential();
        Programme programme = Programme.of(shown, Locale.forLanguageTag(language));
        return HtmlPage.write(programme, JsonLdEventFormat.create().toScriptContent(shown),
                TextLanguage.of(event, language));
    }

    /**
     * Not supported: a page is not read back into events.
     *
     * @param in not read
     * @return never
     * @throws UnsupportedOperationException always
     */
    @Override
    public Event read(InputStream in) {
        throw new UnsupportedOperationException("the html format writes only");
    }

    @Override
    public String toString() {
        return "HtmlEventFormat[" + language + "]";
    }
}
