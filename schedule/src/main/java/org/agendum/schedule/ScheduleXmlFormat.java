package org.agendum.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.agendum.core.format.EventFormatException;
import org.agendum.schedule.internal.XmlScheduleReader;
import org.agendum.schedule.internal.XmlScheduleWriter;
import org.agendum.schedule.internal.ScheduleExport;

/**
 * The frab/pretalx {@code schedule.xml} format: {@code "schedule-xml"}, {@code application/xml}, {@code .xml}.
 *
 * <pre>{@code
 * ScheduleXmlFormat schedule = ScheduleXmlFormat.create();
 * byte[] document = schedule.toBytes(event);      // for Giggity, EventFahrplan, ConfClerk
 * Event fosdem = ScheduleXmlFormat.create().withZone(ZoneId.of("Europe/Brussels")).read(in);
 * }</pre>
 *
 * <p>{@link ScheduleFormat} says how events and schedules map. The XML is read with the JDK's StAX parser: a DOCTYPE is refused (so no entity is defined or expanded), nothing external is fetched, and the size (64 MiB), depth, number of elements and length of texts are bounded; a place is a line and column, with the element's path in the message. The bytes are decoded strictly before the parser sees them, in UTF-8 unless a byte order mark or the XML declaration says otherwise; a byte that is not a character of the encoding is an {@code ENCODING} problem at its line and column, and nothing is ever printed.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ScheduleXmlFormat extends ScheduleFormat {

    /** The name of this format. */
    public static final String NAME = "schedule-xml";

    /**
     * Creates the format with its defaults (no zone for schedules that state none), as {@link
     * java.util.ServiceLoader} does; prefer {@link #create()}.
     */
    public ScheduleXmlFormat() {
        this(Optional.empty());
    }

    private ScheduleXmlFormat(Optional<ZoneId> zone) {
        super(zone);
    }

    /**
     * Obtains the format with its defaults.
     *
     * @return the format
     */
    public static ScheduleXmlFormat create() {
        return new ScheduleXmlFormat();
    }

    @Override
    public ScheduleXmlFormat withZone(ZoneId zone) {
        return new ScheduleXmlFormat(Optional.of(Objects.requireNonNull(zone, "zone")));
    }

    @Override
    ScheduleXmlFormat withoutZone() {
        return new ScheduleXmlFormat(Optional.empty());
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

    @Override
    String print(ScheduleExport schedule) {
        return XmlScheduleWriter.write(schedule);
    }

    @Override
    ScheduleImport parse(InputStream in, Optional<ZoneId> zone) throws EventFormatException, IOException {
        return XmlScheduleReader.read(in, zone);
    }
}
