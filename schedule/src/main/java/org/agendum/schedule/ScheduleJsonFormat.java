package org.agendum.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.agendum.core.format.EventFormatException;
import org.agendum.schedule.internal.JsonScheduleReader;
import org.agendum.schedule.internal.JsonScheduleWriter;
import org.agendum.schedule.internal.ScheduleExport;

/**
 * The frab/pretalx {@code schedule.json} format: {@code "schedule-json"}, {@code application/json}, the compound extension {@code .schedule.json} (a plain {@code .json} file stays canonical JSON).
 *
 * <pre>{@code
 * ScheduleJsonFormat schedule = ScheduleJsonFormat.create();
 * byte[] document = schedule.toBytes(event);      // for Giggity, EventFahrplan, ConfClerk
 * Event fosdem = ScheduleJsonFormat.create().withZone(ZoneId.of("Europe/Brussels")).read(in);
 * }</pre>
 *
 * <p>{@link ScheduleFormat} says how events and schedules map. The JSON is read with Jackson within limits like the canonical JSON's (64 MiB, tokens, nesting, string lengths; duplicate keys refused); a place is a JSON Pointer.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ScheduleJsonFormat extends ScheduleFormat {

    /** The name of this format. */
    public static final String NAME = "schedule-json";

    /**
     * Creates the format with its defaults (no zone for schedules that state none), as {@link
     * java.util.ServiceLoader} does; prefer {@link #create()}.
     */
    public ScheduleJsonFormat() {
        this(Optional.empty());
    }

    private ScheduleJsonFormat(Optional<ZoneId> zone) {
        super(zone);
    }

    /**
     * Obtains the format with its defaults.
     *
     * @return the format
     */
    public static ScheduleJsonFormat create() {
        return new ScheduleJsonFormat();
    }

    @Override
    public ScheduleJsonFormat withZone(ZoneId zone) {
        return new ScheduleJsonFormat(Optional.of(Objects.requireNonNull(zone, "zone")));
    }

    @Override
    ScheduleJsonFormat withoutZone() {
        return new ScheduleJsonFormat(Optional.empty());
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

    @Override
    String print(ScheduleExport schedule) {
        return JsonScheduleWriter.write(schedule);
    }

    @Override
    ScheduleImport parse(InputStream in, Optional<ZoneId> zone) throws EventFormatException, IOException {
        return JsonScheduleReader.read(in, zone);
    }
}
