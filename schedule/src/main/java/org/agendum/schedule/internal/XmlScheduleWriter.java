package org.agendum.schedule.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.agendum.core.model.Link;
import org.agendum.schedule.internal.ScheduleExport.Day;
import org.agendum.schedule.internal.ScheduleExport.Talk;

/**
 * Prints a {@link ScheduleExport} as {@code schedule.xml}, valid against the C3VOC XSD: {@code
 * version} and {@code conference} first (apps look for {@code <schedule} and {@code <conference}
 * in the first 1024 bytes), then the days, their rooms and their talks, each element in the
 * order the XSD lists it.
 */
public final class XmlScheduleWriter {

    /** The {@code version} of the schedules written: the agendum schedule format's own. */
    static final String VERSION = "agendum 1";

    private XmlScheduleWriter() {}

    /**
     * Prints a schedule.
     *
     * @param schedule the schedule
     * @return the document
     */
    public static String write(ScheduleExport schedule) {
        XmlPrinter xml = new XmlPrinter().open("schedule").leaf("version", VERSION).open("conference")
                .leaf("title", schedule.title())
                .leaf("acronym", schedule.acronym())
                .leaf("start", schedule.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .leaf("end", schedule.end().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .leaf("days", Integer.toString(schedule.days().size()))
                .leaf("timeslot_duration", "00:05");
        schedule.url().ifPresent(url -> xml.leaf("url", url.toString()));
        xml.leaf("time_zone_name", schedule.zone());
        schedule.tracks().forEach(track -> xml.leaf("track", track, "name", track));
        xml.close("conference");
        for (Day day : schedule.days()) {
            xml.open("day", "index", Integer.toString(day.index()), "date", day.date().toString(),
                    "start", day.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    "end", day.end().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            for (Map.Entry<String, List<Talk>> room : day.rooms().entrySet()) {
                xml.open("room", "name", room.getKey(), "guid", NumericIds.guid(schedule.acronym() + "/room/" + room.getKey())
                        .toString());
                room.getValue().forEach(talk -> talk(xml, talk));
                xml.close("room");
            }
            xml.close("day");
        }
        return xml.close("schedule").document();
    }

    private static void talk(XmlPrinter xml, Talk talk) {
        xml.open("event", "id", Long.toString(talk.id()), "guid", talk.guid().toString())
                .leaf("date", talk.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .leaf("start", talk.date().toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")))
                .leaf("duration", talk.duration())
                .leaf("room", talk.room())
                .leaf("title", talk.block().title());
        talk.block().subtitle().ifPresent(subtitle -> xml.leaf("subtitle", subtitle));
        xml.leaf("track", talk.block().track().orElse(""))
                .leaf("type", BlockKinds.typeOf(talk.block().kind()));
        talk.block().languages().stream().findFirst().ifPresent(language -> xml.leaf("language", language));
        xml.leaf("abstract", talk.block().description().orElse(""));
        if (!talk.persons().isEmpty()) {
            xml.open("persons");
            talk.persons().forEach((id, name) -> xml.leaf("person", name, "id", Long.toString(id)));
            xml.close("persons");
        }
        if (!talk.links().isEmpty()) {
            xml.open("links");
            for (Link link : talk.links()) {
                xml.leaf("link", link.label().orElse(""), "href", link.url().toString());
            }
            xml.close("links");
        }
        xml.close("event");
    }
}
