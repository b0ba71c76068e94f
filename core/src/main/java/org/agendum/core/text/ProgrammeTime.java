package org.agendum.core.text;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.agendum.core.model.DisplayZone;

/**
 * When a block or an event happens in one zone of a programme, as the programme prints it and as
 * the instants it prints: "13:15–13:50 México" is {@code from} "13:15", {@code to} "13:50" and the
 * zone's label, and {@code start} and {@code end} are 13:15 and 13:50 in America/Mexico_City. A
 * layout that marks times up (an HTML page's {@code <time datetime>}) takes the instants; {@link
 * #text()} is the same text {@link ProgrammeEntry#times()} joins for every zone.
 *
 * @param zone the zone, with its label
 * @param start the start, in the zone
 * @param end the end, in the zone; equal to the start for a moment
 * @param from the start as printed, with its date when it is not on the day the programme lists it under
 * @param to the end as printed; empty for a moment
 * @param spaced whether a spaced dash (" – ") joins start and end, because one of them is dated
 */
public record ProgrammeTime(DisplayZone zone, ZonedDateTime start, ZonedDateTime end, String from,
        Optional<String> to, boolean spaced) {

    /**
     * Creates a time.
     *
     * @param zone the zone
     * @param start the start
     * @param end the end
     * @param from the start as printed
     * @param to the end as printed
     * @param spaced whether a spaced dash joins them
     */
    public ProgrammeTime {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * Returns the dash between start and end: "–", or " – " when one of them is dated.
     *
     * @return the dash
     */
    public String dash() {
        return spaced ? " – " : "–";
    }

    /**
     * Returns the time as a programme prints it: "13:15–13:50 México", "10:30 Europe/Madrid".
     *
     * @return the text
     */
    public String text() {
        return from + to.map(t -> dash() + t).orElse("") + " " + zone.label();
    }
}
