package org.agendum.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.FormatOption;
import org.agendum.core.model.Event;
import org.agendum.schedule.internal.ScheduleExport;
import org.agendum.schedule.internal.ZoneOption;

/**
 * What the two schedule formats, {@link ScheduleXmlFormat} and {@link ScheduleJsonFormat}, share:
 * the mapping (the same talks, ids and guids in both), the {@code zone} option for schedules that
 * state none, and the import with what it skipped.
 *
 * <p>Writing lays the event out as conference, days, rooms and talks: each block of the timetable
 * with a span is a talk (each session of a series one; cancelled blocks are left out), on the day
 * it starts, with an integer id (its own when it is a number), a guid that is the name-based UUID
 * of the event's and the block's ids (so a re-export updates what apps hold), times on the
 * minute and durations as {@code HH:MM}, also beyond 24 hours. {@code docs/SCHEDULE.md} gives the
 * mapping and what does not survive it.
 *
 * <p>Reading takes what frab, pretalx and others write, the real-world schedules that fail the
 * schema included: the conference is the event, each talk a block with a fixed slot, in the zone
 * of {@code time_zone_name}, else the {@linkplain #withZone(ZoneId) zone given}, else the offset
 * of the first day; frab's day-change rule puts talks after midnight on the next date. Every
 * problem is an {@link EventFormatException} with its place, and a talk's link that is not an
 * absolute URL is skipped ({@link #importSchedule(InputStream)} lists it).
 *
 * @implSpec Implementations are immutable and thread-safe.
 */
public abstract sealed class ScheduleFormat implements EventFormat permits ScheduleXmlFormat, ScheduleJsonFormat {

    private final Optional<ZoneId> zone;

    ScheduleFormat(Optional<ZoneId> zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Returns a copy of this format that reads a schedule without {@code time_zone_name} in a zone.
     *
     * @param zone the zone of the schedule's wall-clock times
     * @return the format with this zone
     */
    public abstract ScheduleFormat withZone(ZoneId zone);

    /**
     * Returns the zone this format reads a schedule without {@code time_zone_name} in.
     *
     * @return the zone, if one was set
     */
    public final Optional<ZoneId> zone() {
        return zone;
    }

    /**
     * Returns the options of this format: {@code zone} (an IANA zone id, or {@code none}), as
     * {@link #withZone(ZoneId)} sets it.
     *
     * @return the options
     */
    @Override
    public final List<FormatOption> options() {
        return ZoneOption.OPTIONS;
    }

    @Override
    public final String option(String name) {
        return ZoneOption.value(this, name, zone);
    }

    @Override
    public final ScheduleFormat withOption(String name, String value) {
        Optional<ZoneId> set = ZoneOption.parse(this, name, Objects.requireNonNull(value, "value"));
        return set.isPresent() ? withZone(set.get()) : withoutZone();
    }

    /** Returns a copy of this format without a zone. */
    abstract ScheduleFormat withoutZone();

    /** Prints a laid-out event as a document of this format. */
    abstract String print(ScheduleExport schedule);

    /** Reads a document of this format, in the zone given for a schedule that states none. */
    abstract ScheduleImport parse(InputStream in, Optional<ZoneId> zone) throws EventFormatException, IOException;

    @Override
    public final void write(Event event, OutputStream out) throws IOException {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(out, "out");
        out.write(print(ScheduleExport.of(event)).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public final Event read(InputStream in) throws EventFormatException, IOException {
        return importSchedule(in).event();
    }

    /**
     * Reads a schedule, and says what of it the event could not take.
     *
     * @param in the document, read to its end, not closed
     * @return the event and what was skipped
     * @throws EventFormatException if the document is not a schedule an event can be made of
     * @throws IOException if the stream cannot be read
     */
    public final ScheduleImport importSchedule(InputStream in) throws EventFormatException, IOException {
        return parse(Objects.requireNonNull(in, "in"), zone);
    }
}
