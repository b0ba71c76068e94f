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
import org.agendum.schedule.internal.XmlScheduleReader;
import org.agendum.schedule.internal.XmlScheduleWriter;
import org.agendum.schedule.internal.ScheduleExport;
import org.agendum.schedule.internal.ZoneOption;

/**
 * The frab/pretalx {@code schedule.xml} format: {@code "schedule-xml"}, {@code application/xml}, {@code .xml}.
 *
 * <pre>{@code
 * ScheduleXmlFormat schedule = ScheduleXmlFormat.create();
 * byte[] document = schedule.toBytes(event);      // for Giggity, EventFahrplan, ConfClerk
 * Event fosdem = ScheduleXmlFormat.create().withZone(ZoneId.of("Europe/Brussels")).read(in);
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
 * of the first day; frab's day-change rule puts talks after midnight on the next date. The XML is read with the JDK's StAX parser: a DOCTYPE is refused (so no entity is defined or expanded), nothing external is fetched, and the size (64 MiB), depth, number of elements and length of texts are bounded; a place is a line and column, with the element's path in the message.
 * Every problem is an {@link EventFormatException} with its place, and a talk's link that is not
 * an absolute URL is skipped ({@link #importSchedule(InputStream)} lists it).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ScheduleXmlFormat implements EventFormat {

    /** The name of this format. */
    public static final String NAME = "schedule-xml";

    private final Optional<ZoneId> zone;

    /**
     * Creates the format with its defaults (no zone for schedules that state none), as {@link
     * java.util.ServiceLoader} does; prefer {@link #create()}.
     */
    public ScheduleXmlFormat() {
        this(Optional.empty());
    }

    private ScheduleXmlFormat(Optional<ZoneId> zone) {
        this.zone = zone;
    }

    /**
     * Obtains the format with its defaults.
     *
     * @return the format
     */
    public static ScheduleXmlFormat create() {
        return new ScheduleXmlFormat();
    }

    /**
     * Returns a copy of this format that reads a schedule without {@code time_zone_name} in a zone.
     *
     * @param zone the zone of the schedule's wall-clock times
     * @return the format with this zone
     */
    public ScheduleXmlFormat withZone(ZoneId zone) {
        return new ScheduleXmlFormat(Optional.of(Objects.requireNonNull(zone, "zone")));
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
        return "application/xml";
    }

    @Override
    public String fileExtension() {
        return "xml";
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
    public ScheduleXmlFormat withOption(String name, String value) {
        return new ScheduleXmlFormat(ZoneOption.parse(this, name, Objects.requireNonNull(value, "value")));
    }

    @Override
    public void write(Event event, OutputStream out) throws IOException {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(out, "out");
        out.write(XmlScheduleWriter.write(ScheduleExport.of(event)).getBytes(StandardCharsets.UTF_8));
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
        return XmlScheduleReader.read(Objects.requireNonNull(in, "in"), zone);
    }
}
