package org.agendum.schedule.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.model.Link;
import org.agendum.schedule.internal.ScheduleExport.Day;
import org.agendum.schedule.internal.ScheduleExport.Talk;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Prints a {@link ScheduleExport} as {@code schedule.json}, valid against the voc schema ({@code
 * schema.json}, draft-06): every member a talk must have, persons as frab writes them ({@code id}
 * and {@code public_name}, which the schema tells from pretalx's by having no {@code name}), and
 * {@code time_zone_name} only when it matches the schema's pattern ({@code Etc/GMT+5} does not:
 * the offsets in the date-times carry the times then). URLs are written in ASCII, as RFC 3986
 * wants them: a character beyond it is percent-encoded.
 */
public final class JsonScheduleWriter {

    /** The schema's pattern for {@code time_zone_name}, as it reads: an Area/Location prefix, or UTC. */
    private static final java.util.regex.Pattern SCHEMA_ZONE = java.util.regex.Pattern.compile("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");

    /** jackson-core alone: a databind mapper would need jackson-annotations 2.21, which a Jackson 2.17–2.20 application lacks. */
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Two spaces, "\n" on every platform, and {@code "name": value}. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** Gives each generator a printer of its own: a printer keeps the nesting it is at. */
    private static final ObjectWriteContext PRETTY_WRITING = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return PRETTY.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private JsonScheduleWriter() {}

    /**
     * Prints a schedule.
     *
     * @param schedule the schedule
     * @return the document, ending with a line end
     */
    public static String write(ScheduleExport schedule) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = FACTORY.createGenerator(PRETTY_WRITING, bytes)) {
            out.writeStartObject();
            out.writeStringProperty("$schema", "https://c3voc.de/schedule/schema.json");
            out.writeObjectPropertyStart("schedule");
            out.writeStringProperty("version", XmlScheduleWriter.VERSION);
            conference(out, schedule);
            out.writeEndObject();
            out.writeEndObject();
        }
        return bytes.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static void conference(JsonGenerator out, ScheduleExport schedule) {
        out.writeObjectPropertyStart("conference");
        out.writeStringProperty("acronym", schedule.acronym());
        out.writeStringProperty("title", schedule.title());
        optional(out, "description", schedule.description());
        out.writeStringProperty("start", schedule.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.writeStringProperty("end", schedule.end().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.writeNumberProperty("daysCount", schedule.days().size());
        out.writeStringProperty("timeslot_duration", "00:05");
        if (SCHEMA_ZONE.matcher(schedule.zone()).find()) {
            out.writeStringProperty("time_zone_name", schedule.zone());
        }
        schedule.url().ifPresent(url -> out.writeStringProperty("url", url.toASCIIString()));
        out.writeArrayPropertyStart("tracks");
        for (String track : schedule.tracks()) {
            out.writeStartObject();
            out.writeStringProperty("name", track);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayPropertyStart("rooms");
        for (String room : schedule.rooms()) {
            out.writeStartObject();
            out.writeStringProperty("name", room);
            out.writeStringProperty("guid", NumericIds.guid(schedule.acronym() + "/room/" + room).toString());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayPropertyStart("days");
        for (Day day : schedule.days()) {
            day(out, day);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void day(JsonGenerator out, Day day) {
        out.writeStartObject();
        out.writeNumberProperty("index", day.index());
        out.writeStringProperty("date", day.date().toString());
        out.writeStringProperty("day_start", day.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.writeStringProperty("day_end", day.end().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.writeObjectPropertyStart("rooms");
        for (Map.Entry<String, List<Talk>> room : day.rooms().entrySet()) {
            out.writeArrayPropertyStart(room.getKey());
            room.getValue().forEach(talk -> talk(out, talk));
            out.writeEndArray();
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void talk(JsonGenerator out, Talk talk) {
        out.writeStartObject();
        out.writeNumberProperty("id", talk.id());
        out.writeStringProperty("guid", talk.guid().toString());
        out.writeStringProperty("date", talk.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.writeStringProperty("start", talk.date().toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
        out.writeStringProperty("duration", talk.duration());
        out.writeStringProperty("room", talk.room());
        out.writeStringProperty("slug", talk.slug());
        out.writeStringProperty("url", talk.url().toASCIIString());
        out.writeStringProperty("title", talk.block().title());
        nullable(out, "subtitle", talk.block().subtitle());
        nullable(out, "track", talk.block().track());
        out.writeStringProperty("type", BlockKinds.typeOf(talk.block().kind()));
        nullable(out, "language", talk.block().languages().stream().findFirst());
        nullable(out, "abstract", talk.block().description());
        out.writeArrayPropertyStart("persons");
        talk.persons().forEach((id, name) -> {
            out.writeStartObject();
            out.writeNumberProperty("id", id);
            out.writeStringProperty("public_name", name);
            out.writeEndObject();
        });
        out.writeEndArray();
        out.writeArrayPropertyStart("links");
        for (Link link : talk.links()) {
            out.writeStartObject();
            out.writeStringProperty("url", link.url().toASCIIString());
            optional(out, "title", link.label());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void nullable(JsonGenerator out, String name, Optional<String> value) {
        if (value.isPresent()) {
            out.writeStringProperty(name, value.get());
        } else {
            out.writeNullProperty(name);
        }
    }

    private static void optional(JsonGenerator out, String name, Optional<String> value) {
        value.ifPresent(text -> out.writeStringProperty(name, text));
    }
}
