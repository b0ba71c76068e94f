package org.agendum.ical.internal.read;

import java.util.Optional;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.agendum.ical.internal.CanonicalJson;
import org.agendum.ical.internal.StructuredData;
import org.agendum.ical.internal.Uids;

/**
 * The rich profile: a VEVENT whose STRUCTURED-DATA has {@code FMTTYPE=application/json} and
 * agendum's SCHEMA is read from that JSON, which wins over its other properties (a calendar that
 * edited DTSTART or SUMMARY leaves the JSON unchanged). The JSON's event id must give the VEVENT's
 * UID ({@code <encoded id>@<domain>}): otherwise the data belongs to another event and the file is
 * refused.
 */
final class RichDialect {

    private RichDialect() {}

    /**
     * Reads the event of the first VEVENT that carries agendum's STRUCTURED-DATA.
     *
     * @param calendar the calendar
     * @return the event, if a VEVENT carries it
     * @throws IcsProblem if the JSON is not a valid event, or not this VEVENT's
     */
    static Optional<Event> read(Calendar calendar) {
        if (!CanonicalJson.isAvailable()) {
            return Optional.empty(); // read from the VEVENTs, as a publish file; see IcsEventFormat
        }
        for (Component vevent : calendar.vevents) {
            for (Property data : vevent.all(StructuredData.NAME)) {
                if (isAgendums(data)) {
                    return Optional.of(event(vevent, data));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isAgendums(Property data) {
        return data.parameter("FMTTYPE").map(f -> f.trim().equalsIgnoreCase(StructuredData.FMTTYPE)).orElse(false)
                && data.parameter("SCHEMA").map(s -> s.trim().equals(StructuredData.SCHEMA_ID)).orElse(false);
    }

    private static Event event(Component vevent, Property data) {
        Event event;
        try {
            event = CanonicalJson.read(data.text());
        } catch (EventFormatException e) {
            // The JSON's message names its pointer; an invariant's violation stays the cause, so that
            // the exception's code() is the invariant's.
            throw new IcsProblem(e.kind(), "STRUCTURED-DATA does not hold a valid agendum event: " + e.getMessage(), data.line(), 0,
                    e.code().isPresent() ? e.getCause() : e);
        }
        String uid = Calendar.uid(vevent);
        String expected = Uids.encode(event.id()) + "@";
        if (!uid.startsWith(expected) || uid.length() == expected.length()) {
            throw new IcsProblem(Kind.INVALID_VALUE, "STRUCTURED-DATA holds event '" + IcsProblem.shown(event.id()) + "' (UID "
                    + IcsProblem.shown(expected) + "…) but its VEVENT has UID " + IcsProblem.shown(uid), data.line(), 0);
        }
        return event;
    }
}
