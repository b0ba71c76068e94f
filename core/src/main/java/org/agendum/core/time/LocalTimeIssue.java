package org.agendum.core.time;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.ZonedDateTime;
import org.immutables.value.Value;

/**
 * A wall-clock time of an event that the event's zone does not map to exactly one instant: it
 * falls in a daylight-saving {@linkplain Kind#GAP gap} or {@linkplain Kind#OVERLAP overlap}.
 *
 * <p>The timetable still places it, by the rule of {@link ZonedDateTime#ofLocal ZonedDateTime}: a
 * time in a gap moves later by the length of the gap, a time in an overlap takes the earlier
 * offset. The issue records what was asked for and what was used, so that validation can report
 * it.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalTimeIssue {

    /** What is wrong with the wall-clock time. */
    public enum Kind {
        /** The time does not exist: the clocks jump over it. */
        GAP,
        /** The time exists twice: the clocks go back over it. */
        OVERLAP
    }

    LocalTimeIssue() {}

    static LocalTimeIssue of(Kind kind, String path, LocalDateTime local, ZoneOffsetTransition transition,
            ZonedDateTime resolved) {
        return ImmutableLocalTimeIssue.builder().kind(kind).path(path).localDateTime(local)
                .transition(transition).resolved(resolved).build();
    }

    /**
     * Returns what is wrong.
     *
     * @return the kind of issue
     */
    public abstract Kind kind();

    /**
     * Returns where the time is written in the event, as a JSON Pointer ({@code
     * /agenda/blocks/3/timing/start}, {@code /start}).
     *
     * @return the path of the wall-clock time
     */
    public abstract String path();

    /**
     * Returns the wall-clock time as written.
     *
     * @return the local date-time
     */
    public abstract LocalDateTime localDateTime();

    /**
     * Returns the daylight-saving transition the time falls in.
     *
     * @return the transition
     */
    public abstract ZoneOffsetTransition transition();

    /**
     * Returns the zoned date-time the timetable used for it.
     *
     * @return the resolved date-time
     */
    public abstract ZonedDateTime resolved();

    /**
     * Returns the zone in which the time is ambiguous or missing.
     *
     * @return the zone
     */
    public final ZoneId zone() {
        return resolved().getZone();
    }
}
