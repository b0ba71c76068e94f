package org.agendum.core.text;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of a programme: its date and the top-level blocks that start on it, in the event's
 * zone, in the order they start (blocks that start together in agenda order).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ProgrammeDay {

    private final LocalDate date;
    private final String heading;
    private final List<ProgrammeEntry> entries;

    ProgrammeDay(LocalDate date, String heading, List<ProgrammeEntry> entries) {
        this.date = date;
        this.heading = heading;
        this.entries = List.copyOf(entries);
    }

    /**
     * Returns the date.
     *
     * @return the date, in the event's zone
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the date as a heading in the programme's language: "Friday, June 11, 2021", "Viernes
     * 11 de junio de 2021".
     *
     * @return the heading
     */
    public String heading() {
        return heading;
    }

    /**
     * Returns the entries of the top-level blocks that start on this day.
     *
     * @return the entries, at least one, by start
     */
    public List<ProgrammeEntry> entries() {
        return entries;
    }

    @Override
    public String toString() {
        return "ProgrammeDay[" + date + ", " + entries.size() + " entries]";
    }
}
