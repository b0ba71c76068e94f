/**
 * iCalendar export and import of agendum events, with ical4j.
 *
 * <p>This module is being built (see the project's issue on iCalendar); it already takes its place
 * in the build so that its dependency on {@code org.agendum.core} is settled.
 */
module org.agendum.ical {
    requires transitive org.agendum.core;
}
