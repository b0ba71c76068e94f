package org.agendum.core.text;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Interpretation;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.TransitMode;

/**
 * The fixed words of a programme in one language, and how that language writes dates, labels and
 * quotations: English, Spanish and French.
 *
 * <pre>{@code
 * ProgrammeLabels labels = ProgrammeLabels.of(Locale.forLanguageTag("es"));
 * labels.get(Label.VENUE);                      // "Lugar"
 * labels.date(LocalDate.of(2021, 6, 11));       // "viernes 11 de junio de 2021"
 * labels.labelled("Modera", "AL-LAs");          // "Modera: AL-LAs"
 * }</pre>
 *
 * <p>The language is always the one asked for, never the machine's default locale: a language
 * without labels is refused. Dates are written with patterns of this class's own (weekday, day,
 * month and year in full), so that they read the same on every JDK.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ProgrammeLabels {

    private static final List<ProgrammeLabels> ALL = List.of(
            new ProgrammeLabels(Vocabulary.ENGLISH), new ProgrammeLabels(Vocabulary.SPANISH),
            new ProgrammeLabels(Vocabulary.FRENCH));

    private final Vocabulary vocabulary;
    private final Map<Label, String> words = new EnumMap<>(Label.class);
    private final DateTimeFormatter date;
    private final DateTimeFormatter day;

    private ProgrammeLabels(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (Label label : Label.values()) {
            words.put(label, vocabulary.column().apply(Translations.of(label)));
        }
        this.date = DateTimeFormatter.ofPattern(vocabulary.datePattern(), vocabulary.locale());
        this.day = DateTimeFormatter.ofPattern(vocabulary.dayPattern(), vocabulary.locale());
    }

    /**
     * Obtains the labels of a language.
     *
     * @param locale the language; its country and variants are ignored ({@code es-MX} is Spanish)
     * @return the labels
     * @throws IllegalArgumentException if there are no labels in that language (see {@link #locales()})
     */
    public static ProgrammeLabels of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        for (ProgrammeLabels labels : ALL) {
            if (labels.locale().getLanguage().equals(locale.getLanguage())) {
                return labels;
            }
        }
        throw new IllegalArgumentException("there are no programme labels in '" + locale.toLanguageTag()
                + "'; there are in " + String.join(", ", ALL.stream().map(l -> l.locale().toLanguageTag()).toList()));
    }

    /**
     * Returns the languages there are labels in.
     *
     * @return English, Spanish and French, as locales without a country
     */
    public static List<Locale> locales() {
        return ALL.stream().map(ProgrammeLabels::locale).toList();
    }

    /**
     * Returns the language of these labels.
     *
     * @return the language, as a locale without a country
     */
    public Locale locale() {
        return vocabulary.locale();
    }

    /**
     * Returns the word for a label.
     *
     * @param label the label
     * @return the word in this language
     */
    public String get(Label label) {
        return words.get(Objects.requireNonNull(label, "label"));
    }

    /**
     * Returns the word for a moderator's role: "Moderator", "Facilitator", "Chair".
     *
     * @param role the role
     * @return the word in this language
     */
    public String role(ModeratorRole role) {
        return vocabulary.column().apply(Translations.of(Objects.requireNonNull(role, "role")));
    }

    /**
     * Returns the word for a participant's role: "Speaker", "Panelist", "Presenter"...
     *
     * @param role the role
     * @return the word in this language
     */
    public String role(ParticipantRole role) {
        return vocabulary.column().apply(Translations.of(Objects.requireNonNull(role, "role")));
    }

    /**
     * Returns how attendees take part, as a block that states its own mode says it: "online only",
     * "in person only", "in person and online".
     *
     * @param mode the attendance mode
     * @return the words in this language
     */
    public String attendance(AttendanceMode mode) {
        return vocabulary.column().apply(Translations.of(Objects.requireNonNull(mode, "mode")));
    }

    /**
     * Returns an interpretation channel in words of no language: the language interpreted from, an
     * arrow and the language interpreted into, then the channel: "en → sw (Channel 2)", "fr".
     *
     * @param interpretation the interpretation
     * @return the text
     */
    public String interpretation(Interpretation interpretation) {
        String languages = interpretation.sourceLanguage().map(source -> source + " → ").orElse("")
                + interpretation.language();
        return languages + interpretation.channel().map(channel -> " (" + channel + ")").orElse("");
    }

    /**
     * Returns the word for what a link is for: "Slides", "Video", "Recording", "Feedback", "Link".
     *
     * @param kind the kind
     * @return the word in this language
     */
    public String kind(LinkKind kind) {
        return vocabulary.column().apply(Translations.of(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * Returns a link as a programme prints it: its label and its URL ("Diapositivas (PDF):
     * https://…"), else the word for its kind and its URL ("Slides: https://…"), else the URL
     * alone (no label and no kind, or {@link LinkKind#OTHER}).
     *
     * @param link the link
     * @return the text in this language
     */
    public String link(Link link) {
        String url = link.url().toString();
        return link.label().or(() -> link.kind().filter(k -> k != LinkKind.OTHER).map(this::kind))
                .map(l -> labelled(l, url)).orElse(url);
    }

    /**
     * Returns the word for a mode of transport: "Metro", "Tram", "Bus"...
     *
     * @param mode the mode
     * @return the word in this language
     */
    public String mode(TransitMode mode) {
        return vocabulary.column().apply(Translations.of(Objects.requireNonNull(mode, "mode")));
    }

    /**
     * Returns how to reach a venue by one mode of transport: the mode, its lines and the station,
     * as in "Metro 1, 11 — Hôtel de ville".
     *
     * @param access the transit access
     * @return the text in this language
     */
    public String transit(TransitAccess access) {
        return mode(access.mode()) + (access.lines().isEmpty() ? "" : " " + String.join(", ", access.lines()))
                + " — " + access.station();
    }

    /**
     * Returns a date in full: "Friday, June 11, 2021", "viernes 11 de junio de 2021", "vendredi 11
     * juin 2021".
     *
     * @param date the date
     * @return the date in this language
     */
    public String date(LocalDate date) {
        return this.date.format(date);
    }

    /**
     * Returns a date without its year, for a reader who knows the year: "Saturday, June 12".
     *
     * @param date the date
     * @return the weekday, day and month in this language
     */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /**
     * Returns a value after its label, as this language punctuates it: "Venue: Alcaldía de Paris",
     * "Lieu : Alcaldía de Paris" (with a no-break space before the colon).
     *
     * @param label the label
     * @param value the value
     * @return the label, the colon and the value
     */
    public String labelled(String label, String value) {
        return label + vocabulary.colon() + value;
    }

    /** What goes between a label and its value. */
    String colon() {
        return vocabulary.colon();
    }

    /**
     * Returns a text in this language's quotation marks: “…”, «…», « … ».
     *
     * @param text the text
     * @return the quoted text
     */
    public String quote(String text) {
        return vocabulary.openQuote() + text + vocabulary.closeQuote();
    }

    /**
     * Returns a duration in hours and minutes, as every one of these languages abbreviates them:
     * "1 h 30 min", "2 h", "45 min".
     *
     * @param duration the duration, positive
     * @return the text
     */
    public String duration(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        if (hours == 0) {
            return minutes + " min";
        }
        return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }

    @Override
    public String toString() {
        return "ProgrammeLabels[" + locale().toLanguageTag() + "]";
    }
}
