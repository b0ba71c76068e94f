/**
 * JSCalendar (RFC 8984) export and import of agendum events, written and read with Jackson 3.
 *
 * <p>{@link org.agendum.jscalendar.JsCalendarEventFormat} is the format plug-in (name {@code
 * "jscalendar"}): an event is written as a JSCalendar {@code Group} whose entries are the event and
 * one {@code Event} per agenda block, related to its parent; docs/JSCALENDAR.md has the mapping and
 * what does not come back.
 */
module org.agendum.jscalendar {
    requires transitive org.agendum.core;
    requires tools.jackson.databind;

    exports org.agendum.jscalendar;

    provides org.agendum.core.format.EventFormat with org.agendum.jscalendar.JsCalendarEventFormat;
}
