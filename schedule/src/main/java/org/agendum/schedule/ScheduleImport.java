package org.agendum.schedule;

import java.util.List;
import java.util.Objects;
import org.agendum.core.model.Event;

/**
 * What a schedule import gives: the event, and what the schedule has that the event could not
 * take, one line each naming the place and why.
 *
 * @param event the event
 * @param skipped what was skipped, such as a link that is not an absolute URL
 *     ("www.axoloti.be"); empty when nothing was
 */
public record ScheduleImport(Event event, List<String> skipped) {

    /**
     * Obtains an import.
     *
     * @param event the event
     * @param skipped what was skipped, copied
     */
    public ScheduleImport {
        Objects.requireNonNull(event, "event");
        skipped = List.copyOf(skipped);
    }
}
