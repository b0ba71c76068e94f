package org.agendum.json.internal.read;

import static org.agendum.core.format.EventFormatException.Kind.INVALID_VALUE;
import static org.agendum.core.format.EventFormatException.Kind.WRONG_TYPE;
import static tools.jackson.core.JsonToken.VALUE_NUMBER_INT;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.agendum.core.model.Recurrence;
import org.agendum.json.internal.EnumNames;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * What says when a slot's time is meant and how often a block repeats: a slot's stated offsets and
 * a series' recurrence.
 */
final class SeriesFields {

    private static final EnumNames.Lookup<Recurrence.Frequency> FREQUENCIES =
            EnumNames.Lookup.of(Recurrence.Frequency.class);

    /** The spellings of an offset: {@code Z}, {@code ±hh:mm} or {@code ±hh:mm:ss}. */
    private static final Pattern OFFSET = Pattern.compile("Z|[+-][01][0-9]:[0-5][0-9](?::[0-5][0-9])?");

    private static final String A_DATE = "a date such as 2026-11-10";

    private SeriesFields() {}

    static final Fields<Recurrence.Builder, Recurrence> RECURRENCE =
            Fields.of("recurrence", Recurrence::builder, Recurrence.Builder::build)
                    .required("frequency", (in, r) -> r.frequency(in.enumValue(FREQUENCIES)))
                    .optional("interval", (in, r) -> r.interval(wholeNumber(in)))
                    .optional("count", (in, r) -> r.count(wholeNumber(in)))
                    .optional("until", (in, r) -> r.until(in.date(in.text(), A_DATE)))
                    .optional("excludedDates", (in, r) -> in.each(SeriesFields::date, r,
                            Recurrence.Builder::addExcludedDate))
                    .build();

    /**
     * An offset from UTC as {@link ZoneOffset#toString()} writes it: {@code Z}, {@code +01:00} or,
     * for the historical offsets of local mean time, {@code +00:19:32}.
     */
    static ZoneOffset offset(JsonInput in, String text) {
        if (OFFSET.matcher(text).matches()) {
            try {
                return ZoneOffset.of(text);
            } catch (DateTimeException e) {
                // Beyond 18 hours: not an offset of the format.
            }
        }
        throw in.problem(INVALID_VALUE, Quoting.quote(text) + " is not an offset from UTC such as +01:00, -03:00 or Z");
    }

    /** A whole number that fits an {@code int}, the current value; the model decides its range. */
    static int wholeNumber(JsonInput in) {
        JsonParser parser = in.in;
        JsonToken token = parser.currentToken();
        if (token == VALUE_NUMBER_INT) {
            JsonParser.NumberType type = parser.getNumberType();
            if (type == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            throw in.problem(INVALID_VALUE, in.describe() + " is out of range: at most " + Integer.MAX_VALUE);
        }
        throw in.problem(token.isNumeric() ? INVALID_VALUE : WRONG_TYPE, "expected a whole number, found "
                + in.describe());
    }

    /** A local date, read where {@link Fields} tables need one as a value reader. */
    static LocalDate date(JsonInput in) {
        return in.date(in.text(), A_DATE);
    }
}
