/**
 * The agendum core: events, their agendas, people and organizations as immutable values; the
 * timetable that resolves an agenda to instants; the programme text that every format and the
 * command line print, in several languages; and the format SPI that the JSON and iCalendar
 * modules implement.
 *
 * <p>This module has no run-time dependency outside the JDK. Immutables is used at compile time
 * only.
 */
// The Immutables annotations are needed at compile time only ("static"); the jar is an automatic
// module.
@SuppressWarnings("requires-automatic")
module org.agendum.core {
    requires static org.immutables.value.annotations;

    exports org.agendum.core.model;
    exports org.agendum.core.time;
    exports org.agendum.core.text;
    exports org.agendum.core.format;
    exports org.agendum.core.validation;

    uses org.agendum.core.format.EventFormat;
}
