package org.agendum.schedule.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.schedule.ScheduleImport;
import org.agendum.schedule.internal.ScheduleDocument.Conference;
import org.agendum.schedule.internal.ScheduleDocument.Day;
import org.agendum.schedule.internal.ScheduleDocument.Speaker;
import org.agendum.schedule.internal.ScheduleDocument.Talk;
import org.agendum.schedule.internal.ScheduleDocument.TalkLink;

/**
 * Reads {@code schedule.xml} (frab, pretalx, Pentabarf, wafer, engelsystem) into a {@link
 * ScheduleDocument}: {@code conference}, then each {@code day/room/event}. What an event needs is
 * required (a talk's {@code @id} or {@code @guid}, {@code title}, {@code start}, {@code duration});
 * what the XSD requires but agendum does not use ({@code date}, {@code @guid} beside {@code @id},
 * {@code slug}, {@code recording}) is not read, so the real-world schedules that fail the XSD import.
 */
public final class XmlScheduleReader {

    private XmlScheduleReader() {}

    /**
     * Reads a schedule into an event.
     *
     * @param in the document, not closed
     * @param zone the zone of a schedule without {@code time_zone_name}
     * @return the event and what was skipped
     * @throws EventFormatException if the document is not a schedule an event can be made of
     * @throws IOException if the stream cannot be read
     */
    public static ScheduleImport read(InputStream in, Optional<ZoneId> zone) throws EventFormatException, IOException {
        XmlElement schedule = XmlTree.read(in);
        if (!schedule.name().equals("schedule")) {
            throw schedule.place().problem(Kind.MISSING_FIELD, "not a schedule: the root element is <" + schedule.name()
                    + ">, not <schedule>", null);
        }
        XmlElement conference = schedule.child("conference").orElseThrow(() -> schedule.place().at("conference")
                .problem(Kind.MISSING_FIELD, "the schedule has no conference", null));
        List<Day> days = new ArrayList<>();
        for (XmlElement day : schedule.children("day")) {
            days.add(day(day));
        }
        return ScheduleImporter.toEvent(new ScheduleDocument(Conference.read(conference), days), zone);
    }

    private static Day day(XmlElement day) throws EventFormatException {
        Optional<OffsetDateTime> start = optionalDateTime(day, "start");
        Optional<OffsetDateTime> end = optionalDateTime(day, "end");
        LocalDate date;
        if (day.attribute("date").isPresent()) {
            date = ScheduleValues.date(day.attribute("date").get(), day.placeOf("date"));
        } else {
            date = start.map(OffsetDateTime::toLocalDate).orElseThrow(() -> day.place().at("@date")
                    .problem(Kind.MISSING_FIELD, "a day has no date and no start", null));
        }
        List<Talk> talks = new ArrayList<>();
        for (XmlElement room : day.children("room")) {
            for (XmlElement talk : room.children("event")) {
                talks.add(talk(talk, room.attribute("name")));
            }
        }
        return new Day(day.place(), date, start, end, talks);
    }

    private static Optional<OffsetDateTime> optionalDateTime(XmlElement element, String attribute)
            throws EventFormatException {
        Optional<String> text = element.attribute(attribute);
        return text.isEmpty() ? Optional.empty()
                : Optional.of(ScheduleValues.offsetDateTime(text.get(), element.placeOf(attribute)));
    }

    private static Talk talk(XmlElement talk, Optional<String> room) throws EventFormatException {
        String id = talk.attribute("id").or(() -> talk.attribute("guid")).orElseThrow(() -> talk.place().at("@id")
                .problem(Kind.MISSING_FIELD, "a talk has neither an id nor a guid", null));
        String title = required(talk, "title", id);
        LocalTime start = ScheduleValues.time(required(talk, "start", id), talk.placeOf("start"));
        Duration duration = ScheduleValues.duration(required(talk, "duration", id), talk.placeOf("duration"));
        List<Speaker> persons = new ArrayList<>();
        for (XmlElement person : talk.child("persons").map(p -> p.children("person")).orElse(List.of())) {
            String personId = person.attribute("id").or(() -> person.attribute("guid")).or(person::text)
                    .orElseThrow(() -> person.place().problem(Kind.MISSING_FIELD, "a person has no id and no name", null));
            String name = person.text().orElseThrow(() -> person.place()
                    .problem(Kind.MISSING_FIELD, "person " + personId + " has no name", null));
            persons.add(new Speaker(person.place(), personId, name));
        }
        List<TalkLink> links = new ArrayList<>();
        for (XmlElement link : talk.child("links").map(l -> l.children("link")).orElse(List.of())) {
            links.add(new TalkLink(link.place(), link.attribute("href").orElse(""), link.text(), LinkKinds.ofLabel(link.text())));
        }
        for (XmlElement attachment : talk.child("attachments").map(a -> a.children("attachment")).orElse(List.of())) {
            links.add(new TalkLink(attachment.place(), attachment.attribute("href").orElse(""), attachment.text(),
                    Optional.of(LinkKinds.ofAttachment(attachment.attribute("type")))));
        }
        return new Talk(talk.place(), id, title, start, duration, talk.text("room").or(() -> room), talk.text("subtitle"),
                talk.text("track"), talk.text("type"), talk.text("language"), talk.text("abstract"), talk.text("description"),
                persons, links);
    }

    private static String required(XmlElement talk, String field, String id) throws EventFormatException {
        return talk.text(field).orElseThrow(() -> talk.placeOf(field)
                .problem(Kind.MISSING_FIELD, "talk " + id + " has no " + field, null));
    }
}
