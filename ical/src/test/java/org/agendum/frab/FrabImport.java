package org.agendum.frab;

import java.util.List;
import java.util.Objects;
import org.agendum.core.model.Event;

/**
 * What {@link FrabScheduleReader} read from a schedule: the event, and what it skipped, one line
 * each naming the place (an XPath) and why.
 *
 * @param event the event
 * @param skipped what the schedule has that the event does not, such as a link that is not an
 *     absolute URL ("www.axoloti.be"); empty when nothing was skipped
 */
public record FrabImport(Event event, List<String> skipped) {

    /**
     * Obtains an import.
     *
     * @param event the event
     * @param skipped what was skipped, copied
     */
    public FrabImport {
        Objects.requireNonNull(event, "event");
        skipped = List.copyOf(skipped);
    }
}
