/**
 * iCalendar export of agendum events, with ical4j.
 *
 * <p>{@link org.agendum.ical.IcsEventFormat} is the format plug-in (name {@code "ics"}). It writes
 * the <em>publish</em> profile: a calendar safe to subscribe to or import in the major calendar
 * clients. ical4j stays an implementation detail: no ical4j type appears in the API, its global
 * settings are never changed and it never opens a network connection.
 */
module org.agendum.ical {
    requires transitive org.agendum.core;
    requires ical4j.core;

    exports org.agendum.ical;

    provides org.agendum.core.format.EventFormat with org.agendum.ical.IcsEventFormat;
}
