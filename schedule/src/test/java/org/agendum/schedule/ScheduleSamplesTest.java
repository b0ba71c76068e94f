package org.agendum.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The samples of {@code shared/formats/samples/frab} (see its SOURCES.md), file by file: what the
 * XSD or the voc JSON Schema says of each (which also shows the validators refuse what they must),
 * and what the readers do with it: import, or refuse with a kind and a place.
 *
 * <p>The readers use what an event needs, not all the schema requires: a talk without a {@code
 * guid}, with a {@code date} without an offset (the time comes from the day, {@code start} and the
 * day change, as apps read it), a missing {@code daysCount}, a {@code guid} that is not a UUID or a
 * member pretalx added imports; a duration that is not {@code hh:mm} and two talks with one id
 * (two blocks with one id) are refused. {@code voc-hub-schedule2.json} is the alpha {@code
 * schedule2} layout, talks in {@code schedule/events}: refused as unsupported.
 */
class ScheduleSamplesTest {

    private static Path sample(String file) {
        return Shared.formats("samples").resolve("frab").resolve(file);
    }

    private static EventFormat formatOf(String file) {
        return file.endsWith(".xml") ? ScheduleXmlFormat.create() : ScheduleJsonFormat.create();
    }

    private static boolean schemaValid(String file, byte[] document) {
        return (file.endsWith(".xml") ? ScheduleSchemas.xsdProblems(document)
                : ScheduleSchemas.jsonSchemaProblems(document)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "valid/engelsystem-schedule-minimal.xml, true",
        "valid/engelsystem-schedule-extended.xml, true",
        "valid/voc-pretalx-democon.json, true",
        "valid/ours-minimal-schedule.json, true",
        "real-world/giggity-debconf23.xml, false",
        "real-world/voc-frab-camp2019.json, false",
        "invalid/xml-date-without-offset.xml, false",
        "invalid/xml-event-without-guid.xml, false",
        "invalid/json-missing-daysCount.json, false",
        "invalid/json-date-without-offset.json, false",
        "invalid/json-unknown-event-property.json, false",
        "invalid/json-guid-not-uuid.json, false",
        "invalid/voc-invalid-example.json, false",
    })
    void sample_imports_everyTalkABlockWithASpan(String file, boolean valid) throws Exception {
        byte[] document = Files.readAllBytes(sample(file));

        assertThat(schemaValid(file, document)).as("valid against its schema").isEqualTo(valid);
        Event event = formatOf(file).fromBytes(document);
        assertThat(event.agenda().blocks()).hasSize(talkCount(file, document));
        assertThat(Timetable.of(event).blocks()).allSatisfy(block -> assertThat(block.span()).isPresent());
    }

    /** The number of talks, counted by the JDK's DOM (XML) or Jackson's tree (JSON), not by the readers. */
    private static int talkCount(String file, byte[] document) throws Exception {
        if (file.endsWith(".xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return ((NodeList) XPathFactory.newInstance().newXPath().evaluate("/schedule/day/room/event",
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(document)), XPathConstants.NODESET)).getLength();
        }
        int count = 0;
        for (JsonNode day : JsonMapper.builder().build().readTree(document).at("/schedule/conference/days")) {
            for (JsonNode room : day.get("rooms")) {
                count += room.size();
            }
        }
        return count;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "invalid/xml-duration-free-text.xml, INVALID_VALUE, <duration>30 min, /schedule/day[1]/room[1]/event[1]/duration[1]",
        "invalid/xml-duplicate-event-id.xml, INVALID_VALUE, '', /schedule/day[1]/room[1]/event[2]",
        "valid/voc-hub-schedule2.json, UNSUPPORTED, '', /schedule/events",
    })
    void sample_isRefused_namingThePlace(String file, Kind kind, String lineText, String place) throws Exception {
        byte[] document = Files.readAllBytes(sample(file));

        EventFormatException e = assertThrows(EventFormatException.class, () -> formatOf(file).fromBytes(document));

        assertThat(e.kind()).isEqualTo(kind);
        if (file.endsWith(".xml")) {
            assertThat(e.getMessage()).contains(place);
            assertThat(e.line()).isPresent();
            if (!lineText.isEmpty()) {
                // The line, found by searching the file's text: the first that holds the element.
                List<String> lines = new String(document, StandardCharsets.UTF_8).lines().toList();
                assertThat(e.line()).hasValue(lines.indexOf(lines.stream().filter(l -> l.contains(lineText)).findFirst()
                        .orElseThrow()) + 1);
            }
        } else {
            assertThat(e.pointer()).hasValue(place);
        }
    }
}
