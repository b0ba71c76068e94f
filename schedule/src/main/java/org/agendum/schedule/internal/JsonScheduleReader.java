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
import java.util.Map;
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
 * Reads {@code schedule.json} (frab, pretalx) into a {@link ScheduleDocument}: {@code
 * schedule/conference}, then each day's {@code rooms}, an object of room names and their talks.
 * What an event needs is required; members agendum does not use are not read (pretalx adds its
 * own), so real-world schedules that fail the voc schema import. The {@code schedule2} layout (talks
 * in {@code schedule/events}, an alpha of its own schema) is refused as unsupported.
 */
public final class JsonScheduleReader {

    private JsonScheduleReader() {}

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
        JsonTree root = JsonTree.read(in);
        try {
            return read(root, zone);
        } catch (JsonTree.WrongType e) {
            throw e.exception();
        }
    }

    private static ScheduleImport read(JsonTree root, Optional<ZoneId> zone) throws EventFormatException {
        JsonTree schedule = root.object("schedule");
        if (schedule.has("events")) {
            throw schedule.placeOf("events").problem(Kind.UNSUPPORTED,
                    "this is a schedule2 document (talks in schedule/events): read schedule.json, version 1", null);
        }
        JsonTree conference = schedule.object("conference");
        List<Day> days = new ArrayList<>();
        for (JsonTree day : conference.array("days")) {
            days.add(day(day));
        }
        return ScheduleImporter.toEvent(new ScheduleDocument(Conference.read(conference), days), zone);
    }

    private static Day day(JsonTree day) throws EventFormatException {
        Optional<OffsetDateTime> start = day.read("day_start", ScheduleValues::offsetDateTime);
        Optional<OffsetDateTime> end = day.read("day_end", ScheduleValues::offsetDateTime);
        LocalDate date = ScheduleValues.date(day.required("date"), day.placeOf("date"));
        List<Talk> talks = new ArrayList<>();
        for (Map.Entry<String, JsonTree> room : day.members("rooms")) {
            for (JsonTree talk : room.getValue().elements()) {
                talks.add(talk(talk, room.getKey()));
            }
        }
        return new Day(day.place(), date, start, end, talks);
    }

    private static Talk talk(JsonTree talk, String room) throws EventFormatException {
        String id = talk.text("id").or(() -> talk.text("guid")).or(() -> talk.text("code")).orElseThrow(() -> talk.placeOf("id")
                .problem(Kind.MISSING_FIELD, "a talk has no id, guid or code", null));
        String title = talk.required("title");
        LocalTime start = ScheduleValues.time(talk.required("start"), talk.placeOf("start"));
        Duration duration = ScheduleValues.duration(talk.required("duration"), talk.placeOf("duration"));
        List<Speaker> persons = new ArrayList<>();
        for (JsonTree person : talk.optionalArray("persons")) {
            String name = person.text("public_name").or(() -> person.text("name")).orElseThrow(() -> person.placeOf("public_name")
                    .problem(Kind.MISSING_FIELD, "a person has no name (public_name or name)", null));
            String personId = person.text("id").or(() -> person.text("code")).or(() -> person.text("guid")).orElse(name);
            persons.add(new Speaker(person.place(), personId, name));
        }
        List<TalkLink> links = new ArrayList<>();
        for (JsonTree link : talk.optionalArray("links")) {
            links.add(new TalkLink(link.placeOf("url"), link.text("url").orElse(""), link.text("title"),
                    LinkKinds.ofLabel(link.text("title"))));
        }
        for (JsonTree attachment : talk.optionalArray("attachments")) {
            links.add(new TalkLink(attachment.placeOf("url"), attachment.text("url").orElse(""), attachment.text("title"),
                    Optional.of(LinkKinds.ofAttachment(attachment.text("type")))));
        }
        return new Talk(talk.place(), id, title, start, duration, talk.text("room").or(() -> Optional.of(room.strip()).filter(name -> !name.isEmpty())),
                talk.text("subtitle"), talk.text("track"), talk.text("type"), talk.text("language"), talk.text("abstract"),
                talk.text("description"), persons, links);
    }
}
