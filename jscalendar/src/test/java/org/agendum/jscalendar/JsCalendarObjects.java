package org.agendum.jscalendar;

import static org.agendum.jscalendar.JsCalendarTypes.BOOLEAN;
import static org.agendum.jscalendar.JsCalendarTypes.DURATION_TYPE;
import static org.agendum.jscalendar.JsCalendarTypes.GEO_URI;
import static org.agendum.jscalendar.JsCalendarTypes.ID;
import static org.agendum.jscalendar.JsCalendarTypes.INT;
import static org.agendum.jscalendar.JsCalendarTypes.LANGUAGE_TAG;
import static org.agendum.jscalendar.JsCalendarTypes.LOCAL_DATE_TIME;
import static org.agendum.jscalendar.JsCalendarTypes.PATCHES;
import static org.agendum.jscalendar.JsCalendarTypes.SIGNED_DURATION;
import static org.agendum.jscalendar.JsCalendarTypes.STRING;
import static org.agendum.jscalendar.JsCalendarTypes.TIME_ZONE_ID;
import static org.agendum.jscalendar.JsCalendarTypes.UNSIGNED_INT;
import static org.agendum.jscalendar.JsCalendarTypes.URI_TYPE;
import static org.agendum.jscalendar.JsCalendarTypes.UTC_DATE_TIME;
import static org.agendum.jscalendar.JsCalendarTypes.array;
import static org.agendum.jscalendar.JsCalendarTypes.define;
import static org.agendum.jscalendar.JsCalendarTypes.flags;
import static org.agendum.jscalendar.JsCalendarTypes.map;
import static org.agendum.jscalendar.JsCalendarTypes.object;
import static org.agendum.jscalendar.JsCalendarTypes.oneOf;
import static org.agendum.jscalendar.JsCalendarTypes.range;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The object types of RFC 8984 with their properties: §4's common properties, §5's Event, Task
 * and Group, and the objects they hold (Location, VirtualLocation, Link, Relation, Participant,
 * RecurrenceRule, NDay, Alert and its triggers, TimeZone and TimeZoneRule).
 */
final class JsCalendarObjects {

    private JsCalendarObjects() {}

    static void defineAll() {
        JsCalendarTypes.Type links = map(ID, object("Link"));
        JsCalendarTypes.Type relations = map(JsCalendarTypes.STRING, object("Relation"));
        JsCalendarTypes.Type rules = array(object("RecurrenceRule"));

        // §4.1 metadata, §4.2 what and where, §4.3 recurrence, §4.4 sharing and scheduling,
        // §4.5 alerts, §4.6 multilingual, §4.7 time zones: shared by Event and Task.
        Map<String, JsCalendarTypes.Type> common = new HashMap<>();
        common.put("uid", STRING);
        common.put("relatedTo", relations);
        common.put("prodId", STRING);
        common.put("created", UTC_DATE_TIME);
        common.put("updated", UTC_DATE_TIME);
        common.put("sequence", UNSIGNED_INT);
        common.put("method", oneOf("publish", "request", "reply", "add", "cancel", "refresh", "counter", "declinecounter"));
        common.put("title", STRING);
        common.put("description", STRING);
        common.put("descriptionContentType", STRING);
        common.put("showWithoutTime", BOOLEAN);
        common.put("locations", map(ID, object("Location")));
        common.put("virtualLocations", map(ID, object("VirtualLocation")));
        common.put("links", links);
        common.put("locale", LANGUAGE_TAG);
        common.put("keywords", flags(STRING));
        common.put("categories", flags(URI_TYPE));
        common.put("color", STRING);
        common.put("recurrenceId", LOCAL_DATE_TIME);
        common.put("recurrenceIdTimeZone", TIME_ZONE_ID);
        common.put("recurrenceRules", rules);
        common.put("excludedRecurrenceRules", rules);
        common.put("recurrenceOverrides", PATCHES);
        common.put("excluded", BOOLEAN);
        common.put("priority", range(INT, 0, 9));
        common.put("freeBusyStatus", oneOf("free", "busy"));
        common.put("privacy", oneOf("public", "private", "secret"));
        common.put("replyTo", map(oneOf("imip", "web", "other"), URI_TYPE));
        common.put("sentBy", STRING);
        common.put("participants", map(ID, object("Participant")));
        common.put("requestStatus", STRING);
        common.put("useDefaultAlerts", BOOLEAN);
        common.put("alerts", map(ID, object("Alert")));
        common.put("localizations", PATCHES);
        common.put("timeZone", TIME_ZONE_ID);
        common.put("timeZones", map(STRING, object("TimeZone")));

        // §5.1 Event.
        Map<String, JsCalendarTypes.Type> event = new HashMap<>(common);
        event.put("start", LOCAL_DATE_TIME);
        event.put("duration", DURATION_TYPE);
        event.put("status", oneOf("confirmed", "cancelled", "tentative"));
        define("Event", List.of("@type", "uid", "updated", "start"), event);

        // §5.2 Task.
        Map<String, JsCalendarTypes.Type> task = new HashMap<>(common);
        task.put("due", LOCAL_DATE_TIME);
        task.put("start", LOCAL_DATE_TIME);
        task.put("estimatedDuration", DURATION_TYPE);
        task.put("percentComplete", range(UNSIGNED_INT, 0, 100));
        task.put("progress", oneOf("needs-action", "in-process", "completed", "failed", "cancelled"));
        task.put("progressUpdated", UTC_DATE_TIME);
        define("Task", List.of("@type", "uid", "updated"), task);

        // §5.3 Group: the metadata and descriptive properties, and its entries.
        Map<String, JsCalendarTypes.Type> group = new HashMap<>();
        for (String name : List.of("uid", "prodId", "created", "updated", "title", "description",
                "descriptionContentType", "links", "locale", "keywords", "categories", "color", "timeZones")) {
            group.put(name, common.get(name));
        }
        group.put("entries", array(object("Event", "Task")));
        group.put("source", URI_TYPE);
        define("Group", List.of("@type", "uid", "updated", "entries"), group);

        define("Relation", List.of("@type"), Map.of("relation", flags(oneOf("first", "next", "child", "parent"))));
        define("Link", List.of("@type", "href"), Map.of("href", URI_TYPE, "cid", STRING, "contentType", STRING,
                "size", UNSIGNED_INT, "rel", STRING, "display", oneOf("badge", "graphic", "fullsize", "thumbnail"),
                "title", STRING));
        define("Location", List.of("@type"), Map.of("name", STRING, "description", STRING,
                "locationTypes", flags(STRING), "relativeTo", oneOf("start", "end"), "timeZone", TIME_ZONE_ID,
                "coordinates", GEO_URI, "links", links));
        define("VirtualLocation", List.of("@type", "uri"), Map.of("name", STRING, "description", STRING,
                "uri", URI_TYPE, "features",
                flags(oneOf("audio", "chat", "feed", "moderator", "phone", "screen", "video"))));
        participant(links);
        recurrenceRule();
        define("NDay", List.of("@type", "day"), Map.of("day", oneOf("mo", "tu", "we", "th", "fr", "sa", "su"),
                "nthOfPeriod", INT));
        define("Alert", List.of("@type", "trigger"), Map.of("trigger",
                object("OffsetTrigger", "AbsoluteTrigger"), "acknowledged", UTC_DATE_TIME,
                "relatedTo", relations, "action", oneOf("display", "email")));
        define("OffsetTrigger", List.of("@type", "offset"), Map.of("offset", SIGNED_DURATION,
                "relativeTo", oneOf("start", "end")));
        define("AbsoluteTrigger", List.of("@type", "when"), Map.of("when", UTC_DATE_TIME));
        define("TimeZone", List.of("@type", "tzId"), Map.of("tzId", STRING, "updated", UTC_DATE_TIME,
                "url", URI_TYPE, "validUntil", UTC_DATE_TIME, "aliases", flags(STRING),
                "standard", array(object("TimeZoneRule")), "daylight", array(object("TimeZoneRule"))));
        define("TimeZoneRule", List.of("@type", "start", "offsetFrom", "offsetTo"), Map.of("start", LOCAL_DATE_TIME,
                "offsetFrom", STRING, "offsetTo", STRING, "recurrenceRules", rules,
                "recurrenceOverrides", PATCHES, "names", flags(STRING), "comments", array(STRING)));
    }

    /** §4.4.6 Participant. */
    private static void participant(JsCalendarTypes.Type links) {
        Map<String, JsCalendarTypes.Type> p = new HashMap<>();
        p.put("name", STRING);
        p.put("email", STRING);
        p.put("description", STRING);
        p.put("sendTo", map(oneOf("imip", "other"), URI_TYPE));
        p.put("kind", oneOf("individual", "group", "location", "resource"));
        p.put("roles", flags(oneOf("owner", "attendee", "optional", "informational", "chair", "contact")));
        p.put("locationId", ID);
        p.put("language", LANGUAGE_TAG);
        p.put("participationStatus", oneOf("needs-action", "accepted", "declined", "tentative", "delegated"));
        p.put("participationComment", STRING);
        p.put("expectReply", BOOLEAN);
        p.put("scheduleAgent", oneOf("server", "client", "none"));
        p.put("scheduleForceSend", BOOLEAN);
        p.put("scheduleSequence", UNSIGNED_INT);
        p.put("scheduleStatus", array(STRING));
        p.put("scheduleUpdated", UTC_DATE_TIME);
        p.put("sentBy", STRING);
        p.put("invitedBy", ID);
        p.put("delegatedTo", flags(ID));
        p.put("delegatedFrom", flags(ID));
        p.put("memberOf", flags(ID));
        p.put("links", links);
        p.put("progress", oneOf("needs-action", "in-process", "completed", "failed", "cancelled"));
        p.put("progressUpdated", UTC_DATE_TIME);
        p.put("percentComplete", range(UNSIGNED_INT, 0, 100));
        define("Participant", List.of("@type", "roles"), p);
    }

    /** §4.3.3 RecurrenceRule. */
    private static void recurrenceRule() {
        Map<String, JsCalendarTypes.Type> r = new HashMap<>();
        r.put("frequency", oneOf("yearly", "monthly", "weekly", "daily", "hourly", "minutely", "secondly"));
        r.put("interval", range(UNSIGNED_INT, 1, Long.MAX_VALUE));
        r.put("rscale", STRING);
        r.put("skip", oneOf("omit", "backward", "forward"));
        r.put("firstDayOfWeek", oneOf("mo", "tu", "we", "th", "fr", "sa", "su"));
        r.put("byDay", array(object("NDay")));
        r.put("byMonthDay", array(INT));
        r.put("byMonth", array(STRING));
        r.put("byYearDay", array(INT));
        r.put("byWeekNo", array(INT));
        r.put("byHour", array(UNSIGNED_INT));
        r.put("byMinute", array(UNSIGNED_INT));
        r.put("bySecond", array(UNSIGNED_INT));
        r.put("bySetPosition", array(INT));
        r.put("count", UNSIGNED_INT);
        r.put("until", LOCAL_DATE_TIME);
        define("RecurrenceRule", List.of("@type", "frequency"), r);
    }
}
