package org.agendum.ical.internal.read;

import java.util.Locale;

/**
 * What evaluating the VTIMEZONEs of one document may cost: a number of observance-years (one
 * observance's onsets in one year). A real definition needs a few dozen per year its events use;
 * the budget bounds the time and memory a file can make the reader spend on made-up ones (a
 * thousand observances asked for ten thousand different years).
 */
final class ZoneBudget {

    private final long limit;
    private long spent;

    ZoneBudget(long limit) {
        this.limit = limit;
    }

    /**
     * Charges observance-years.
     *
     * @param cost how many
     * @param tzid the zone they are for
     * @param line the line of its VTIMEZONE
     * @throws IcsProblem if the budget is spent
     */
    void spend(long cost, String tzid, int line) {
        spent += cost;
        if (spent > limit) {
            throw IcsProblem.limit(String.format(Locale.ROOT, "time zone '%s' cannot be used: evaluating the file's "
                    + "VTIMEZONEs would take more than %,d observance-years, the most agendum evaluates", tzid, limit),
                    line);
        }
    }
}
