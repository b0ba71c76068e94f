package org.agendum.ical.internal.read;

import java.util.Locale;

/**
 * What evaluating the VTIMEZONEs of one document may cost: each observance read or evaluated for a
 * year, and each onset computed, counts one. A real definition needs a few dozen per year its
 * events use; the budget bounds the time and memory a file can make the reader spend on made-up
 * ones (a thousand observances asked for ten thousand different years, or with 31 onsets a year).
 */
final class ZoneBudget {

    private final long limit;
    private long spent;

    ZoneBudget(long limit) {
        this.limit = limit;
    }

    /**
     * Charges evaluations.
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
                    + "VTIMEZONEs would take more than %,d evaluations, the most agendum spends on them", IcsProblem.shown(tzid), limit),
                    line);
        }
    }
}
