package org.agendum.core.text;

import java.util.Locale;
import java.util.function.Function;

/**
 * One language of a programme: its column of {@link Translations} and its typography.
 *
 * @param locale the language, as a locale without a country
 * @param column the language's word in a row of {@link Translations}
 * @param datePattern the {@link java.time.format.DateTimeFormatter} pattern of a whole date:
 *     weekday, day, month, year
 * @param dayPattern the pattern of a date in a year the reader is already in: weekday, day, month
 * @param colon what goes between a label and its value
 * @param openQuote what opens a quotation
 * @param closeQuote what closes a quotation
 */
record Vocabulary(Locale locale, Function<Translations.Row, String> column, String datePattern, String dayPattern,
        String colon, String openQuote, String closeQuote) {

    static final Vocabulary ENGLISH = new Vocabulary(Locale.ENGLISH, Translations.Row::english,
            "EEEE, MMMM d, uuuu", "EEEE, MMMM d", ": ", "“", "”");

    static final Vocabulary SPANISH = new Vocabulary(Locale.forLanguageTag("es"), Translations.Row::spanish,
            "EEEE d 'de' MMMM 'de' uuuu", "EEEE d 'de' MMMM", ": ", "«", "»");

    /** French spacing: a no-break space before a colon and inside guillemets. */
    static final Vocabulary FRENCH = new Vocabulary(Locale.FRENCH, Translations.Row::french,
            "EEEE d MMMM uuuu", "EEEE d MMMM", "\u00a0: ", "«\u00a0", "\u00a0»");
}
