package org.agendum.ical.internal.read;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

/**
 * A DTSTART or DTEND read: the instant, in the zone it was written in (a JDK zone, UTC, or the
 * offset a file's own VTIMEZONE gave), and whether it was a DATE.
 *
 * @param time the date-time
 * @param date whether the value was a DATE (all day)
 * @param instant the time's instant, computed once: entries are sorted by it
 */
record When(ZonedDateTime time, boolean date, Instant instant) {

    When(ZonedDateTime time, boolean date) {
        this(time, date, time.toInstant());
    }

    ZoneId zone() {
        return time.getZone();
    }

    /** The wall-clock time in a zone. */
    LocalDateTime local(ZoneId in) {
        return time.withZoneSameInstant(in).toLocalDateTime();
    }

    /**
     * The offset of this instant in a zone when its wall-clock time there falls in a daylight-saving
     * overlap and it is the later of the two instants: what a slot must state to mean it.
     */
    Optional<ZoneOffset> laterOffsetAtOverlap(ZoneId in) {
        ZonedDateTime there = time.withZoneSameInstant(in);
        return there.equals(there.withEarlierOffsetAtOverlap()) ? Optional.empty() : Optional.of(there.getOffset());
    }

    When plus(TemporalAmount amount) {
        return new When(time.plus(amount), date);
    }

    /** A DATE lasts a day (RFC 5545 §3.6.1), a DATE-TIME no time at all. */
    When defaultEnd() {
        return date ? plus(Period.ofDays(1)) : this;
    }
}
