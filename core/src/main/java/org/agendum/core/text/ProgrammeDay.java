package org.agendum.core.text;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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

    /**
     * Returns the day's entries in sessions: an entry that runs alone is a session of its own, and
     * entries that run {@linkplain ProgrammeEntry#parallel() in parallel} (each overlapping the
     * next or one before it) are one session, for a layout that sets them side by side by room.
     *
     * @return the sessions, each one or more entries by start, in the order of {@link #entries()}
     */
    public List<List<ProgrammeEntry>> sessions() {
        List<List<ProgrammeEntry>> sessions = new ArrayList<>();
        List<ProgrammeEntry> current = null;
        ZonedDateTime latestEnd = null;
        for (ProgrammeEntry entry : entries) {
            ZonedDateTime start = entry.span().orElseThrow().start();
            ZonedDateTime end = entry.span().orElseThrow().end();
            boolean joins = current != null && entry.parallel() && current.get(0).parallel()
                    && latestEnd.isAfter(start);
            if (!joins) {
                current = new ArrayList<>();
                sessions.add(current);
                latestEnd = end;
            }
            current.add(entry);
            latestEnd = end.isAfter(latestEnd) ? end : latestEnd;
        }
        return sessions.stream().map(List::copyOf).toList();
    }
}
