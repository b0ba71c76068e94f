/**
 * The agendum core: events, their agendas, people and organizations as immutable values; the
 * timetable that resolves an agenda to instants; and the format SPI that the JSON and iCalendar
 * modules implement.
 *
 * <p>This module has no run-time dependency outside the JDK. Immutables is used at compile time
 * only.
 */
// The Immutables annotations are compile-time only ("static"): nothing needs them at run time.
// "transitive" because @Value.Immutable marks exported types, so javac's "exports" lint wants
// readers of this module to be able to read them; the jar is an automatic module.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.agendum.core {
    requires static transitive org.immutables.value.annotations;

    exports org.agendum.core.model;
    exports org.agendum.core.time;
    exports org.agendum.core.format;

    uses org.agendum.core.format.EventFormat;
}
