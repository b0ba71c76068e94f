/**
 * iCalendar (RFC 5545) export and import of agendum events.
 *
 * <p>{@link org.agendum.ical.IcsEventFormat} is the format plug-in (name {@code "ics"}). By default
 * it writes the <em>publish</em> profile: a calendar safe to subscribe to or import in the major
 * calendar clients; the <em>rich</em> profile adds RFC 9073 components and the event's canonical
 * JSON, for which it needs {@code org.agendum.json} and Jackson: an optional dependency ({@code
 * requires static}), so that the publish profile brings no JSON library. On the module path, add
 * {@code requires org.agendum.json} (or {@code --add-modules org.agendum.json}) to use the rich
 * profile. Content lines are written and read by this module itself, with the JDK's time-zone
 * rules.
 */
module org.agendum.ical {
    requires transitive org.agendum.core;
    // The rich profile carries the canonical JSON in STRUCTURED-DATA (RFC 9073's place for
    // machine-readable data): it is the one lossless, versioned, schema-documented encoding.
    requires static org.agendum.json;

    exports org.agendum.ical;

    provides org.agendum.core.format.EventFormat with org.agendum.ical.IcsEventFormat;
}
