package org.agendum.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agendum.core.format.EventFormat;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Node;

/**
 * FOSDEM 2020 and 31C3, imported, exported again in both formats and read back: the exports are
 * valid against the XSD or the JSON Schema and keep the apps' rules, and the second import has
 * the same talks (frab's ids, kept because they are numbers), rooms, titles and instants as the
 * original XML says: its {@code date} elements where it has them (31C3), else its day's date and
 * the talk's {@code start} (FOSDEM, whose talks all start after its 09:00 day change), plus its
 * {@code duration}, computed here with java.time.
 */
class RealScheduleReexportTest {

    private static final Pattern ID_AND_GUID = Pattern.compile(
            "(?:<event id=\"|\"id\": )(\\d+)(?:\" guid=\"|,\\s+\"guid\": \")([0-9a-f-]{36})\"");

    /** The two formats, as a parameter. */
    enum Format {
        XML(ScheduleXmlFormat.create()), JSON(ScheduleJsonFormat.create());

        private final EventFormat format;

        Format(EventFormat format) {
            this.format = format;
        }
    }

    @ParameterizedTest
    @EnumSource(RealSchedule.class)
    void reexportedAsXml_isValid_andReadsBackTheSameTalks(RealSchedule schedule) throws Exception {
        byte[] xml = Format.XML.format.toBytes(schedule.imported().event());

        assertThat(ScheduleSchemas.xsdProblems(xml)).isEmpty();
        assertThat(ConsumerRules.xmlProblems(xml)).isEmpty();
        assertSameTalksAsTheDocument(schedule, Format.XML.format.fromBytes(xml));
    }

    @ParameterizedTest
    @EnumSource(RealSchedule.class)
    void reexportedAsJson_isValid_andReadsBackTheSameTalks(RealSchedule schedule) throws Exception {
        byte[] json = Format.JSON.format.toBytes(schedule.imported().event());

        assertThat(ScheduleSchemas.jsonSchemaProblems(json)).isEmpty();
        assertThat(ConsumerRules.jsonProblems(json)).isEmpty();
        assertSameTalksAsTheDocument(schedule, Format.JSON.format.fromBytes(json));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void exportingTheReimport_keepsEveryTalksIdAndGuid_soAppsUpdateRatherThanAdd(Format format) throws Exception {
        for (RealSchedule schedule : RealSchedule.values()) {
            String first = new String(format.format.toBytes(schedule.imported().event()), StandardCharsets.UTF_8);
            String second = new String(format.format.toBytes(format.format.fromBytes(first.getBytes(StandardCharsets.UTF_8))),
                    StandardCharsets.UTF_8);

            Set<String> ids = idsAndGuids(first);
            assertThat(ids).hasSize(schedule.select("//day/room/event").size());
            assertThat(idsAndGuids(second)).isEqualTo(ids);
        }
    }

    /** The talks' {@code id} and {@code guid}, found in the text by a pattern (XML attributes, JSON members). */
    private static Set<String> idsAndGuids(String document) {
        Matcher talk = ID_AND_GUID.matcher(document);
        Set<String> found = new HashSet<>();
        while (talk.find()) {
            found.add(talk.group(1) + " " + talk.group(2));
        }
        return found;
    }

    private static void assertSameTalksAsTheDocument(RealSchedule schedule, Event read) {
        Map<String, AgendaBlock> blocks = read.agenda().blocks().stream()
                .collect(Collectors.toMap(AgendaBlock::id, Function.identity()));
        Timetable timetable = Timetable.of(read);
        List<Node> talks = schedule.select("//day/room/event");

        assertThat(blocks.keySet()).containsExactlyInAnyOrderElementsOf(talks.stream().map(RealSchedule::idOf).toList());
        assertThat(read.zone()).isEqualTo(schedule.zone());
        for (Node talk : talks) {
            String id = RealSchedule.idOf(talk);
            assertThat(blocks.get(id).room()).contains(RealSchedule.child(talk, "room"));
            assertThat(blocks.get(id).title()).isEqualTo(RealSchedule.child(talk, "title"));
            Instant start = start(schedule, talk);
            String[] hm = RealSchedule.child(talk, "duration").split(":");
            Duration duration = Duration.ofHours(Long.parseLong(hm[0])).plusMinutes(Long.parseLong(hm[1]));
            TimeSpan span = timetable.spanOf(id).orElseThrow();
            assertThat(span.start().toInstant()).as(id).isEqualTo(start);
            assertThat(span.end().toInstant()).as(id).isEqualTo(start.plus(duration));
        }
    }

    private static Instant start(RealSchedule schedule, Node talk) {
        String date = RealSchedule.child(talk, "date");
        if (!date.isEmpty()) {
            return OffsetDateTime.parse(date).toInstant();
        }
        return ZonedDateTime.of(RealSchedule.dayOf(talk), java.time.LocalTime.parse(RealSchedule.child(talk, "start")),
                schedule.zone()).toInstant();
    }
}
