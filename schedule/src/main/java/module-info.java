/**
 * frab/pretalx conference schedules: {@code schedule.xml} and {@code schedule.json}, the formats
 * conference apps (Giggity, EventFahrplan, ConfClerk) and the C3VOC tools read.
 *
 * <p>{@link org.agendum.schedule.ScheduleXmlFormat} (name {@code "schedule-xml"}) reads the XML
 * with the JDK's StAX, without DTDs or external entities; {@link
 * org.agendum.schedule.ScheduleJsonFormat} (name {@code "schedule-json"}) reads and writes the JSON
 * with Jackson 3. {@code docs/SCHEDULE.md} gives the mapping and what does not survive it.
 */
module org.agendum.schedule {
    requires transitive org.agendum.core;
    requires java.xml;
    requires tools.jackson.databind;

    exports org.agendum.schedule;

    provides org.agendum.core.format.EventFormat with
            org.agendum.schedule.ScheduleXmlFormat,
            org.agendum.schedule.ScheduleJsonFormat;
}
