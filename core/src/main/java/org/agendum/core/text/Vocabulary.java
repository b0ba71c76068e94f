package org.agendum.core.text;

import java.util.Locale;

/**
 * One language's words and typography for a programme. Each language is a class whose {@link
 * #word} is a switch over every {@link Label} without a default branch, so the compiler refuses a
 * language that lacks a word. Written out as Java rather than as resource bundles:
 * {@code ResourceBundle} falls back to the machine's default locale when a language is missing, and
 * its no-fallback control is not available to named modules.
 */
interface Vocabulary {

    /** The language, as a locale without a country. */
    Locale locale();

    /** The word for a label. */
    String word(Label label);

    /** The {@link java.time.format.DateTimeFormatter} pattern of a whole date: weekday, day, month, year. */
    String datePattern();

    /** The pattern of a date in the year the reader is already in: weekday, day and month. */
    String dayPattern();

    /** What goes between a label and its value: ": ", or French's " : ". */
    String colon();

    /** What opens a quotation. */
    String openQuote();

    /** What closes a quotation. */
    String closeQuote();
}
