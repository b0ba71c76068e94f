package org.agendum.web.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.EventKind;
import org.agendum.core.model.EventStatus;

/**
 * The schema.org names the model's values map to: the type of an event by its kind, the members
 * of the {@code EventStatusType} and {@code EventAttendanceModeEnumeration} enumerations, and
 * date-times as schema.org's {@code DateTime} writes them. Every name here is checked against the
 * schema.org vocabulary by the tests.
 */
public final class SchemaOrg {

    /** The vocabulary's IRI, the {@code @context} of a document and the prefix of enumeration members. */
    public static final String CONTEXT = "https://schema.org";

    /** ISO 8601 with the offset from UTC, seconds always and fractions only when present. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private SchemaOrg() {}

    /**
     * The schema.org type of an event of a kind: {@code EducationEvent} for seminars, workshops and
     * webinars, {@code BusinessEvent} for meetings, {@code Event} for the rest (schema.org has no
     * type for conferences or forums).
     *
     * @param kind the kind, if the event has one
     * @return the type's name
     */
    public static String eventType(Optional<EventKind> kind) {
        return kind.map(k -> switch (k) {
            case SEMINAR, WORKSHOP, WEBINAR -> "EducationEvent";
            case MEETING -> "BusinessEvent";
            case CONFERENCE, FORUM, OTHER -> "Event";
        }).orElse("Event");
    }

    /**
     * The {@code EventStatusType} member of an event's status. schema.org has no tentative
     * status: a provisional event is {@code EventScheduled}.
     *
     * @param status the status
     * @return the member's IRI
     */
    public static String status(EventStatus status) {
        return CONTEXT + "/" + switch (status) {
            case SCHEDULED, PROVISIONAL -> "EventScheduled";
            case POSTPONED -> "EventPostponed";
            case RESCHEDULED -> "EventRescheduled";
            case CANCELLED -> "EventCancelled";
        };
    }

    /**
     * The {@code EventStatusType} member of a block's status, as {@link #status(EventStatus)}.
     *
     * @param status the status
     * @return the member's IRI
     */
    public static String status(BlockStatus status) {
        // A block's statuses are the event's words, constant for constant (BlockStatus's Javadoc).
        return status(EventStatus.valueOf(status.name()));
    }

    /**
     * The {@code EventAttendanceModeEnumeration} member of an attendance mode.
     *
     * @param mode the mode
     * @return the member's IRI
     */
    public static String attendance(AttendanceMode mode) {
        return CONTEXT + "/" + switch (mode) {
            case IN_PERSON -> "OfflineEventAttendanceMode";
            case ONLINE -> "OnlineEventAttendanceMode";
            case MIXED -> "MixedEventAttendanceMode";
        };
    }

    /**
     * A date-time with its offset: {@code 2021-06-11T13:00:00-03:00}.
     *
     * @param time the date-time
     * @return the text
     */
    public static String dateTime(ZonedDateTime time) {
        return DATE_TIME.format(time);
    }

    /**
     * A wall-clock date-time of a zone with the offset it has there: the earlier offset for a
     * time the clocks show twice, the time after the gap for one they skip.
     *
     * @param time the wall-clock date-time
     * @param zone the zone
     * @return the text
     */
    public static String dateTime(LocalDateTime time, ZoneId zone) {
        return dateTime(time.atZone(zone));
    }
}
