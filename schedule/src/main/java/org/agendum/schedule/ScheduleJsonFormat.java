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
import org.agendum.schedule.internal.JsonScheduleReader;
import org.agendum.schedule.internal.JsonScheduleWriter;
import org.agendum.schedule.internal.ScheduleExport;
import org.agendum.schedule.internal.ZoneOption;

/**
 * The frab/pretalx {@code schedule.json} format: {@code "schedule-json"}, {@code application/json}, the compound extension {@code .schedule.json} (a plain {@code .json} file stays canonical JSON).
 *
 * <pre>{@code
 * ScheduleJsonFormat schedule = ScheduleJsonFormat.create();
 * byte[] document = schedule.toBytes(event);      // for Giggity, EventFahrplan, ConfClerk
 * Event fosdem = ScheduleJsonFormat.create().withZone(ZoneId.of("Europe/Brussels")).read(in);
 * }</pre>
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
 * of the first day; frab's day-change rule puts talks after midnight on the next date. The JSON is read with Jackson within limits like the canonical JSON's (64 MiB, tokens, nesting, string lengths; duplicate keys refused); a place is a JSON Pointer.
 * Every problem is an {@link EventFormatException} with its place, and a talk's link that is not
 * an absolute URL is skipped ({@link #importSchedule(InputStream)} lists it).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ScheduleJsonFormat implements EventFormat {

    /** The name of this format. */
    public static final String NAME = "schedule-json";

    private final Optional<ZoneId> zone;

    /**
     * Creates the format with its defaults (no zone for schedules that state none), as {@link
     * java.util.ServiceLoader} does; prefer {@link #create()}.
     */
    public ScheduleJsonFormat() {
        this(Optional.empty());
    }

    private ScheduleJsonFormat(Optional<ZoneId> zone) {
        this.zone = zone;
    }

    /**
     * Obtains the format with its defaults.
     *
     * @return the format
     */
    public static ScheduleJsonFormat create() {
        return new ScheduleJsonFormat();
    }

    /**
     * Returns a copy of this format that reads a schedule without {@code time_zone_name} in a zone.
     *
     * @param zone the zone of the schedule's wall-clock times
     * @return the format with this zone
     */
    public ScheduleJsonFormat withZone(ZoneId zone) {
        return new ScheduleJsonFormat(Optional.of(Objects.requireNonNull(zone, "zone")));
    }

    /**
     * Returns the zone this format reads a schedule without {@code time_zone_name} in.
     *
     * @return the zone, if one was set
     */
    public Optional<ZoneId> zone() {
        return zone;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "schedule.json";
    }

    /**
     * Returns the options of this format: {@code zone} (an IANA zone id, or {@code none}), as
     * {@link #withZone(ZoneId)} sets it.
     *
     * @return the options
     */
    @Override
    public List<FormatOption> options() {
        return ZoneOption.OPTIONS;
    }

    @Override
    public String option(String name) {
        return ZoneOption.value(this, name, zone);
    }

    @Override
    public ScheduleJsonFormat withOption(String name, String value) {
        return new ScheduleJsonFormat(ZoneOption.parse(this, name, Objects.requireNonNull(value, "value")));
    }

    @Override
    public void write(Event event, OutputStream out) throws IOException {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(out, "out");
        out.write(JsonScheduleWriter.write(ScheduleExport.of(event)).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public Event read(InputStream in) throws EventFormatException, IOException {
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
    public ScheduleImport importSchedule(InputStream in) throws EventFormatException, IOException {
        return JsonScheduleReader.read(Objects.requireNonNull(in, "in"), zone);
    }
}
