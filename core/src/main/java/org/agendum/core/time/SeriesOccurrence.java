package org.agendum.core.time;

import java.time.LocalDate;
import java.util.Objects;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Recurrence;

/**
 * Which session of a series a scheduled block belongs to: the top-level block whose {@linkplain
 * AgendaBlock#recurrence() recurrence} makes the series, and the date of the session.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SeriesOccurrence {

    private final AgendaBlock series;
    private final LocalDate date;

    private SeriesOccurrence(AgendaBlock series, LocalDate date) {
        this.series = series;
        this.date = date;
    }

    static SeriesOccurrence of(AgendaBlock series, LocalDate date) {
        return new SeriesOccurrence(series, date);
    }

    /**
     * Returns the top-level block that repeats: the session itself, or the block a nested block is
     * in.
     *
     * @return the block, which has a recurrence
     */
    public AgendaBlock series() {
        return series;
    }

    /**
     * Returns the recurrence of the series.
     *
     * @return the recurrence
     */
    public Recurrence recurrence() {
        return series.recurrence().orElseThrow();
    }

    /**
     * Returns the date of the session, one of the recurrence's {@linkplain
     * Recurrence#sessionDatesFrom(LocalDate) session dates}.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeriesOccurrence && date.equals(((SeriesOccurrence) other).date)
                && series.equals(((SeriesOccurrence) other).series);
    }

    @Override
    public int hashCode() {
        return Objects.hash(series.id(), date);
    }

    @Override
    public String toString() {
        return series.id() + "@" + date;
    }
}
