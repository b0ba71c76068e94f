package org.agendum.core.model;

/**
 * The invariants every model value holds, each with a stable code.
 *
 * <p>An invariant is checked whenever a value is built &mdash; by a builder, a {@code with...}
 * copy, a factory or a format reader &mdash; and a violation throws {@link
 * InvariantViolationException} carrying one of these constants. The {@link #code() codes} are a
 * public contract: they are never renamed or reused. Rules that describe a questionable but
 * representable agenda (a block that ends after the event, a gap) are not invariants; they are
 * reported by validation instead.
 */
public enum Invariant {
    /**
     * An identifier is empty, blank, contains whitespace or control characters, or is longer than
     * {@link Event#MAX_ID_LENGTH} characters.
     */
    INVALID_ID,
    /** A required text (a title, a name, a station) is empty or blank. */
    BLANK_TEXT,
    /**
     * A fixed slot that ends on the day it starts does not end after it starts. A slot that
     * crosses midnight says that it {@linkplain Slot#endsNextDay() ends on the following day}.
     */
    SLOT_END_NOT_AFTER_START,
    /** A duration (of a block, or an event's maximum) is zero or negative. */
    DURATION_NOT_POSITIVE,
    /** An event does not end after it starts. */
    EVENT_END_NOT_AFTER_START,
    /** A number of seats is zero or negative. */
    CAPACITY_NOT_POSITIVE,
    /** Two blocks of one agenda (at any depth) share an identifier. */
    DUPLICATE_BLOCK_ID,
    /** Two different parties of one event share an identifier. */
    CONFLICTING_PARTY_ID,
    /** A top-level agenda block has no timing, so it cannot be placed on the timetable. */
    BLOCK_TIMING_MISSING,
    /**
     * A country is not an officially assigned ISO 3166-1 alpha-2 code such as {@code "MX"}: one of
     * 249 codes, a fixed list that does not change with the JDK.
     */
    INVALID_COUNTRY_CODE,
    /** A language is not a well-formed BCP 47 tag such as {@code "es"} or {@code "pt-BR"}. */
    INVALID_LANGUAGE_TAG,
    /** A latitude or longitude is out of range. */
    GEO_OUT_OF_RANGE,
    /** A value that needs at least one of several attributes has none of them. */
    EMPTY_VALUE,
    /** A URI is not absolute (it has no scheme). */
    RELATIVE_URI,
    /** The same zone appears twice among an event's display zones. */
    DUPLICATE_DISPLAY_ZONE,
    /**
     * A date is outside the years 1 to 9999 (what iCalendar and ISO 8601 write with four digits),
     * or the agenda would run past them.
     */
    DATE_OUT_OF_RANGE,
    /**
     * A text, an identifier or a URI contains an unpaired UTF-16 surrogate: a {@code char} from
     * U+D800 to U+DFFF that is not one half of a high-low pair, as a JSON escape of a lone
     * surrogate decodes to. No Unicode encoding form can write it: UTF-8 output would replace it
     * with {@code ?}, and two ids that differ only there would become one.
     */
    UNPAIRED_SURROGATE,
    /**
     * An organization has more than {@link Organization#MAX_PARENT_DEPTH} organizations above it:
     * its parent, the parent's parent, and so on.
     */
    PARENT_CHAIN_TOO_DEEP,
    /** An event's revision is negative. */
    NEGATIVE_REVISION,
    /**
     * A fixed slot that {@linkplain Slot#endsNextDay() ends on the following day} ends after its
     * start by the clock: it would last more than 24 hours.
     */
    SLOT_LONGER_THAN_A_DAY,
    /** Two rooms of one event share an identifier. */
    DUPLICATE_ROOM_ID,
    /** Two tracks of one event share an identifier. */
    DUPLICATE_TRACK_ID,
    /**
     * A block's room or overflow room is not the id of one of the event's {@linkplain Event#rooms() rooms},
     * when the event declares rooms: a typo would otherwise make a new room.
     */
    UNKNOWN_ROOM,
    /**
     * A block's track is not the id of one of the event's {@linkplain Event#tracks() tracks}, when the event
     * declares tracks: a typo would otherwise make a new track.
     */
    UNKNOWN_TRACK,
    /** A colour is not written {@code #RRGGBB}, {@code #} and six hexadecimal digits. */
    INVALID_COLOR,
    /** A recurrence's count or interval is zero or negative. */
    RECURRENCE_NOT_POSITIVE,
    /** A recurrence has both a count and an until date, or neither: it must end by exactly one. */
    RECURRENCE_END_NOT_ONE,
    /** A recurrence's until date is before its block's first occurrence. */
    RECURRENCE_UNTIL_BEFORE_START,
    /**
     * A recurrence has more than {@link Recurrence#MAX_OCCURRENCES} occurrences, counted before
     * exclusion.
     */
    RECURRENCE_TOO_MANY_OCCURRENCES,
    /**
     * A recurrence excludes a date that is not one of its occurrences, or excludes every occurrence.
     */
    RECURRENCE_EXCLUSION_NOT_OCCURRENCE,
    /**
     * A block with a recurrence has no {@link Slot} with a {@linkplain Slot#date() date} to be its
     * first occurrence.
     */
    RECURRENCE_WITHOUT_DATED_SLOT,
    /**
     * A block nested in another has a recurrence: only top-level blocks repeat (a child repeats with
     * its parent).
     */
    RECURRENCE_NESTED,
    /**
     * A block keeps the {@linkplain AgendaBlock#previousStart() start first announced} but is not
     * {@linkplain BlockStatus#RESCHEDULED rescheduled}.
     */
    PREVIOUS_START_NOT_RESCHEDULED,
    /** A deadline {@linkplain Deadline#blockId() names a block} that is not in the event's agenda. */
    UNKNOWN_BLOCK_REFERENCE,
    /**
     * The deadline of a {@linkplain AgendaBlock#registration() block's registration} names another
     * block than that one.
     */
    DEADLINE_BLOCK_MISMATCH,
    /** Two localizations of one event or one block are in the same language. */
    DUPLICATE_LOCALIZATION,
    /**
     * A localization is in the event's {@linkplain Event#defaultLanguage() default language}, the
     * language the untranslated texts are in already.
     */
    LOCALIZATION_OF_DEFAULT_LANGUAGE,
    /**
     * An event or a block has localizations but the event lists no {@linkplain Event#languages()
     * language}, so its default language, the one its untranslated texts are in, is unknown.
     */
    LOCALIZATION_WITHOUT_DEFAULT_LANGUAGE;

    /**
     * Returns the stable code of this invariant, the same as its {@linkplain #name() name}.
     *
     * @return the code, for example {@code "SLOT_END_NOT_AFTER_START"}
     */
    public String code() {
        return name();
    }
}
