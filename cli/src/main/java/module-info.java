/**
 * The {@code agendum} command line: {@code validate}, {@code convert}, {@code show}, {@code
 * schema} and {@code formats}. An application, not a library: it prints and sets exit codes.
 */
module org.agendum.cli {
    requires org.agendum.core;
    requires org.agendum.json;
    requires org.agendum.ical;
    requires org.agendum.schedule;
    requires org.agendum.jscalendar;
    requires org.agendum.web;
    requires info.picocli;

    exports org.agendum.cli;

    opens org.agendum.cli to info.picocli;

    uses org.agendum.core.format.EventFormat;
}
