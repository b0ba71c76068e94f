package org.agendum.schedule;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What conference apps require of a schedule beyond the XSD and the JSON Schema, as {@code
 * shared/formats/README.md} lists it from their sources (Giggity, EventFahrplan, ConfClerk, c3tt,
 * the MQTT schedule provider, the voc schema's acronym rule), checked by a parser of its own (the
 * JDK's DOM for XML, Jackson's tree for JSON), independent of the writers. Each check returns the
 * broken rules, one line each; empty for a schedule every app reads.
 */
final class ConsumerRules {

    /** Two or more digits of hours and two of minutes: EventFahrplan reads three parts as days:hours:minutes. */
    private static final Pattern DURATION = Pattern.compile("\\d{2,}:[0-5]\\d");
    /** ConfClerk's start: exactly hh:mm. */
    private static final Pattern START = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    /** The voc schema: four or more, no inner hyphen. */
    private static final Pattern ACRONYM = Pattern.compile("[a-z0-9_-][a-z0-9_]{3,}");
    private static final Pattern INTEGER = Pattern.compile("[1-9]\\d*");

    private ConsumerRules() {}

    /** Returns the rules a {@code schedule.xml} breaks. */
    static List<String> xmlProblems(byte[] xml) throws Exception {
        List<String> problems = new ArrayList<>();
        String head = new String(xml, 0, Math.min(1024, xml.length), StandardCharsets.UTF_8);
        check(problems, head.contains("<schedule") && head.contains("<conference"),
                "Giggity: <schedule and <conference within the first 1024 bytes");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element conference = first(document.getDocumentElement(), "conference");
        check(problems, conference != null && !text(conference, "title").isBlank(), "conference/title");
        check(problems, conference != null && ACRONYM.matcher(text(conference, "acronym")).matches(),
                "acronym: four or more of a-z, 0-9, _ without an inner hyphen");
        check(problems, conference != null && validZone(text(conference, "time_zone_name")), "a valid time_zone_name");
        NodeList days = document.getElementsByTagName("day");
        for (int i = 0; i < days.getLength(); i++) {
            Element day = (Element) days.item(i);
            check(problems, isDate(day.getAttribute("date")), "day@date ISO: " + day.getAttribute("date"));
            check(problems, !day.getAttribute("end").isEmpty(), "EventFahrplan: day@end");
            check(problems, INTEGER.matcher(day.getAttribute("index")).matches(), "EventFahrplan: integer day@index");
        }
        NodeList rooms = document.getElementsByTagName("room");
        for (int i = 0; i < rooms.getLength(); i++) {
            Element room = (Element) rooms.item(i);
            check(problems, !room.getParentNode().getNodeName().equals("day") || !room.getAttribute("name").isBlank(),
                    "Giggity: room@name");
        }
        NodeList events = document.getElementsByTagName("event");
        for (int i = 0; i < events.getLength(); i++) {
            Element event = (Element) events.item(i);
            String id = event.getAttribute("id");
            check(problems, INTEGER.matcher(id).matches(), "ConfClerk, c3tt: integer event@id: " + id);
            check(problems, isUuid(event.getAttribute("guid")), "event@guid a UUID: " + id);
            for (String field : List.of("title", "room", "type")) {
                check(problems, !text(event, field).isBlank(), "event " + id + " has " + field);
            }
            check(problems, hasOffset(text(event, "date")), "event " + id + " has a date with an offset");
            check(problems, START.matcher(text(event, "start")).matches(), "ConfClerk: start hh:mm in event " + id);
            check(problems, DURATION.matcher(text(event, "duration")).matches(), "duration HH:MM in event " + id);
            NodeList persons = event.getElementsByTagName("person");
            for (int p = 0; p < persons.getLength(); p++) {
                check(problems, INTEGER.matcher(((Element) persons.item(p)).getAttribute("id")).matches(),
                        "ConfClerk: integer person@id in event " + id);
            }
        }
        return problems;
    }

    /** Returns the rules a {@code schedule.json} breaks. */
    static List<String> jsonProblems(byte[] json) {
        List<String> problems = new ArrayList<>();
        JsonNode conference = JsonMapper.builder().build().readTree(json).path("schedule").path("conference");
        check(problems, !conference.path("title").asString("").isBlank(), "conference/title");
        check(problems, ACRONYM.matcher(conference.path("acronym").asString("")).matches(), "acronym rule");
        check(problems, !conference.has("time_zone_name") || validZone(conference.path("time_zone_name").asString("")),
                "a valid time_zone_name");
        for (JsonNode day : conference.path("days")) {
            check(problems, day.path("index").isIntegralNumber(), "integer day index");
            check(problems, isDate(day.path("date").asString("")), "day date ISO");
            check(problems, day.has("day_end"), "day_end");
            for (JsonNode room : day.path("rooms")) {
                for (JsonNode event : room) {
                    check(problems, event.path("id").isIntegralNumber(), "integer event id");
                    check(problems, isUuid(event.path("guid").asString("")), "event guid a UUID");
                    check(problems, START.matcher(event.path("start").asString("")).matches(), "start hh:mm");
                    check(problems, DURATION.matcher(event.path("duration").asString("")).matches(), "duration HH:MM");
                    for (JsonNode person : event.path("persons")) {
                        check(problems, person.path("id").isIntegralNumber(), "integer person id");
                    }
                }
            }
        }
        return problems;
    }

    private static void check(List<String> problems, boolean holds, String rule) {
        if (!holds) {
            problems.add(rule);
        }
    }

    private static boolean validZone(String id) {
        try {
            ZoneId.of(id);
            return !id.isBlank();
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasOffset(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Element first(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static String text(Element parent, String name) {
        Element child = first(parent, name);
        return child == null ? "" : child.getTextContent().strip();
    }
}
