package org.agendum.core.validation.internal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/** Words for messages: times in the event's zone, spans, durations, blocks. Never locale-dependent. */
final class Describe {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private Describe() {}

    /** "17:15" on the day the event starts, "2018-07-06 09:00" on another day, in the event's zone. */
    static String time(ZonedDateTime time, Timetable timetable) {
        ZonedDateTime local = time.withZoneSameInstant(timetable.zone());
        boolean sameDay = local.toLocalDate().equals(timetable.eventStart().toLocalDate());
        return (sameDay ? TIME : DATE_TIME).format(local);
    }

    /**
     * A time written next to another: "13:00" when both are on the day the event starts, else
     * with its date ("2021-06-11 13:00"), so that a reader never takes one time for the other's day.
     */
    static String timeBeside(ZonedDateTime time, ZonedDateTime other, Timetable timetable) {
        ZonedDateTime local = time.withZoneSameInstant(timetable.zone());
        boolean sameDay = local.toLocalDate().equals(other.withZoneSameInstant(timetable.zone()).toLocalDate());
        return sameDay ? time(local, timetable) : DATE_TIME.format(local);
    }

    /** "13:15–13:50"; "2018-07-06 09:00–10:00" on another day than the event's start. */
    static String span(TimeSpan span, Timetable timetable) {
        ZonedDateTime start = span.start().withZoneSameInstant(timetable.zone());
        ZonedDateTime end = span.end().withZoneSameInstant(timetable.zone());
        return time(start, timetable) + "–"
                + (end.toLocalDate().equals(start.toLocalDate()) ? TIME.format(end) : time(end, timetable));
    }

    /** "1 h 35 min", "10 min", "2 h", "45 s". */
    static String duration(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        StringBuilder text = new StringBuilder();
        if (hours != 0) {
            text.append(hours).append(" h");
        }
        if (minutes != 0) {
            text.append(text.length() == 0 ? "" : " ").append(minutes).append(" min");
        }
        if (seconds != 0 || text.length() == 0) {
            text.append(text.length() == 0 ? "" : " ").append(seconds).append(" s");
        }
        return text.toString();
    }

    /** "block 'Panel 1: Alianzas estratégicas ...'". */
    static String block(AgendaBlock block) {
        return "block '" + block.displayTitle() + "'";
    }
}
