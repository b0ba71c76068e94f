package org.agendum.core.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One day of a programme: its date and the top-level blocks that start on it, in the event's
 * zone, in the order they start (blocks that start together in agenda order).
 *
 * @param date the date, in the event's zone
 * @param heading the date as a heading in the programme's language: "Friday, June 11, 2021",
 *     "Viernes 11 de junio de 2021"
 * @param entries the entries of the top-level blocks that start on this day, by start
 */
public record ProgrammeDay(LocalDate date, String heading, List<ProgrammeEntry> entries) {

    /**
     * Creates a day.
     *
     * @param date the date
     * @param heading the heading
     * @param entries the entries, copied
     */
    public ProgrammeDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(heading, "heading");
        entries = List.copyOf(entries);
    }
}
