package org.agendum.core.model;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The invariant checks shared by the model types; each throws with its stable code. */
final class Checks {
    private Checks() {}

    static InvariantViolationException violation(Invariant invariant, String path, String message) {
        return new InvariantViolationException(invariant, path, message);
    }

    /** A value as a message quotes it: whole if short, else its first 60 characters and "…". */
    static String shown(String value) {
        if (value.length() <= 60) {
            return value;
        }
        return value.substring(0, Character.isHighSurrogate(value.charAt(59)) ? 59 : 60) + "…";
    }

    /**
     * An id is a non-empty run of at most {@link Event#MAX_ID_LENGTH} printable characters without
     * whitespace.
     */
    static void id(String value, String path) {
        // Code points, as JSON Schema's maxLength counts; a pair counts once, an unpaired half once.
        if (value.length() > Event.MAX_ID_LENGTH && value.codePointCount(0, value.length()) > Event.MAX_ID_LENGTH) {
            throw violation(Invariant.INVALID_ID, path, "id '" + shown(value) + "' has "
                    + value.codePointCount(0, value.length()) + " characters, more than " + Event.MAX_ID_LENGTH);
        }
        boolean valid = !value.isEmpty();
        for (int i = 0; valid && i < value.length(); i++) {
            char c = value.charAt(i);
            valid = !Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c);
        }
        if (!valid) {
            throw violation(Invariant.INVALID_ID, path,
                    "id '" + value + "' must be non-empty and contain no whitespace");
        }
        wholeCharacters(value, path);
    }

    /** The attributes every party has. */
    static void party(Party party) {
        id(party.id(), "/id");
        text(party.name(), "/name");
        text(party.email(), "/email");
        text(party.phone(), "/phone");
        absolute(party.url(), "/url");
        text(party.city(), "/city");
        country(party.country(), "/country");
    }

    static void text(String value, String path) {
        if (value.isBlank()) {
            throw violation(Invariant.BLANK_TEXT, path, attribute(path) + " must not be blank");
        }
        wholeCharacters(value, path);
    }

    /**
     * A text is a sequence of whole characters: a surrogate only as one half of a high-low pair.
     * A lone one has no UTF-8 form (RFC 3629 §3), so a writer would replace it and two ids that
     * differ only there would become one.
     */
    static void wholeCharacters(String value, String path) {
        int at = unpairedSurrogate(value);
        if (at >= 0) {
            throw violation(Invariant.UNPAIRED_SURROGATE, path, attribute(path) + " has an unpaired surrogate U+"
                    + Integer.toHexString(value.charAt(at)).toUpperCase(Locale.ROOT) + " at index " + at
                    + ", a character no Unicode encoding can write");
        }
    }

    /** The index of the first surrogate that is not half of a high-low pair, or -1. */
    static int unpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == value.length()
                        || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    /** The attribute a path names, in words: "title", "topics entry 2". */
    private static String attribute(String path) {
        String[] segments = path.substring(1).split("/");
        String last = segments[segments.length - 1];
        return last.chars().allMatch(Character::isDigit) && segments.length > 1
                ? segments[segments.length - 2] + " entry " + last : last;
    }

    static void text(Optional<String> value, String path) {
        value.ifPresent(v -> text(v, path));
    }

    /** Every entry of a list of texts is non-blank: an empty paragraph or topic says nothing. */
    static void texts(List<String> values, String path) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            // The entry's path is spelt only to report it.
            if (value.isBlank() || unpairedSurrogate(value) >= 0) {
                text(value, path + "/" + i);
            }
        }
    }

    static void country(Optional<String> value, String path) {
        value.ifPresent(v -> {
            if (!IsoCountryCodes.isAssigned(v)) {
                throw violation(Invariant.INVALID_COUNTRY_CODE, path,
                        "country '" + shown(v) + "' is not an ISO 3166-1 alpha-2 code such as 'MX' or 'FR'");
            }
        });
    }

    /** Each tag of a list of languages, at {@code path/index}: the event's and a block's are checked alike. */
    static void languages(List<String> tags, String path) {
        for (int i = 0; i < tags.size(); i++) {
            language(tags.get(i), path + "/" + i);
        }
    }

    static void language(String tag, String path) {
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            throw violation(Invariant.INVALID_LANGUAGE_TAG, path,
                    "language '" + shown(tag) + "' is not a well-formed BCP 47 tag such as 'es' or 'pt-BR'");
        }
        if (tag.isEmpty()) {
            throw violation(Invariant.INVALID_LANGUAGE_TAG, path, "language must not be empty");
        }
    }

    static void absolute(Optional<URI> uri, String path) {
        uri.ifPresent(u -> absolute(u, path));
    }

    static void absolute(URI uri, String path) {
        // java.net.URI takes lone surrogates as "other" characters, and its toASCIIString() then fails.
        wholeCharacters(uri.toString(), path);
        if (!uri.isAbsolute()) {
            throw violation(Invariant.RELATIVE_URI, path, "URI '" + uri + "' must be absolute, with a scheme such as https");
        }
    }

    /** The years an event's dates may have: four digits, as iCalendar and ISO 8601 write them. */
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    static void year(LocalDate date, String path) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw violation(Invariant.DATE_OUT_OF_RANGE, path,
                    "date " + date + " is outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    /** Computes a point on the time-line, failing with DATE_OUT_OF_RANGE if java.time cannot. */
    static void onTimeLine(Supplier<?> computation, String path, String what) {
        try {
            computation.get();
        } catch (DateTimeException | ArithmeticException e) {
            throw violation(Invariant.DATE_OUT_OF_RANGE, path, what + " is outside the supported range of dates");
        }
    }

    /** What every kind of deadline checks: a cutoff on the time-line, and its texts. */
    static void deadline(Deadline deadline, String datePath) {
        onTimeLine(deadline::cutoff, datePath, "the deadline's cutoff");
        text(deadline.subject(), "/subject");
        text(deadline.wording(), "/wording");
        deadline.blockId().ifPresent(block -> id(block, "/block"));
    }

    static void positive(Duration duration, String path) {
        if (duration.isZero() || duration.isNegative()) {
            throw violation(Invariant.DURATION_NOT_POSITIVE, path, "duration " + duration + " must be positive");
        }
    }
}
