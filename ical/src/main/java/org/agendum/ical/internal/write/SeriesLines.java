package org.agendum.ical.internal.write;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agendum.core.model.Recurrence;
import org.agendum.core.time.SeriesOccurrence;

/**
 * Writes a series as one VEVENT: its first session's DTSTART, then {@code RRULE} and {@code EXDATE}
 * (RFC 5545 §3.3.10, §3.8.5.1), so that a calendar shows each session instead of one bar from the
 * first to the last.
 *
 * <p>The DTSTART of a series is always written with its TZID, even when its wall-clock time is
 * ambiguous: a UTC DTSTART would make a reader repeat the session at the same UTC time, an hour off
 * the wall clock after the clocks change. {@code UNTIL} is in UTC, as RFC 5545 requires beside a
 * DTSTART with a TZID: the instant of the last session the until date allows, inclusive. {@code
 * COUNT} is the model's count, before exclusion, exactly as RFC 5545 counts with {@code EXDATE}.
 */
final class SeriesLines {

    private SeriesLines() {}

    /**
     * Writes the DTSTART, RRULE and EXDATE of a session of a series: of the series block itself or of
     * a block nested in it, whose sessions repeat with it.
     *
     * @param occurrence the first session
     * @param start the start of the block in its first session
     * @param times the event's zone's times
     * @param out where to write
     * @throws IOException if the stream fails
     */
    static void write(SeriesOccurrence occurrence, ZonedDateTime start, EventTimes times, ContentLineWriter out)
            throws IOException {
        Recurrence recurrence = occurrence.recurrence();
        LocalDate first = occurrence.date();
        times.writeWithZone("DTSTART", start, out);
        StringBuilder rule = new StringBuilder("FREQ=").append(recurrence.frequency().name());
        if (recurrence.interval() != 1) {
            rule.append(";INTERVAL=").append(recurrence.interval());
        }
        if (recurrence.count().isPresent()) {
            rule.append(";COUNT=").append(recurrence.count().get());
        } else {
            LocalDate until = recurrence.until().orElseThrow();
            ZonedDateTime last = ZonedDateTime.of(at(start, first, until), start.getZone());
            rule.append(";UNTIL=").append(IcsValues.utc(last.toInstant()));
        }
        out.property("RRULE").value(rule.toString().toUpperCase(Locale.ROOT));
        if (!recurrence.excludedDates().isEmpty()) {
            List<String> excluded = new ArrayList<>();
            for (LocalDate date : recurrence.excludedDates()) {
                excluded.add(IcsValues.local(at(start, first, date)));
            }
            out.property("EXDATE").parameter("TZID", start.getZone().getId()).value(String.join(",", excluded));
        }
    }

    /**
     * The wall-clock start of the block in the session of {@code date}: as many days after its start
     * in the first session as {@code date} is after {@code first}.
     */
    private static LocalDateTime at(ZonedDateTime start, LocalDate first, LocalDate date) {
        return start.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).plusDays(ChronoUnit.DAYS.between(first, date));
    }
}
