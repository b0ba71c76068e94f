package org.agendum.core.time;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A wall-clock time of an event that the event's zone does not map to exactly one instant: it
 * falls in a daylight-saving {@linkplain Kind#GAP gap} or {@linkplain Kind#OVERLAP overlap} &mdash;
 * or that states an offset from UTC the zone does not have at that time ({@linkplain
 * Kind#OFFSET_NOT_VALID}).
 *
 * <p>The timetable still places it, by the rule of {@link ZonedDateTime#ofLocal ZonedDateTime}: a
 * time in a gap moves later by the length of the gap, a time in an overlap takes the earlier
 * offset, and a stated offset that is not valid is ignored. A time in an overlap whose slot states
 * a valid offset is not an issue: the intent is said. The issue records what was asked for and what
 * was used, so that validation can report it.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalTimeIssue {

    /** What is wrong with the wall-clock time. */
    public enum Kind {
        /** The time does not exist: the clocks jump over it. */
        GAP,
        /** The time exists twice: the clocks go back over it, and no offset says which is meant. */
        OVERLAP,
        /**
         * The time states an offset from UTC that the zone does not have at that time: not one of
         * the two offsets of an overlap, or any offset for a time in a gap.
         */
        OFFSET_NOT_VALID
    }

    LocalTimeIssue() {}

    static LocalTimeIssue of(Kind kind, String path, LocalDateTime local, Optional<ZoneOffset> statedOffset,
            Optional<ZoneOffsetTransition> transition, ZonedDateTime resolved) {
        return ImmutableLocalTimeIssue.builder().kind(kind).path(path).localDateTime(local)
                .statedOffset(statedOffset).transition(transition).resolved(resolved).build();
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
     * Returns the offset from UTC the event states for the time.
     *
     * @return the stated offset; present for {@link Kind#OFFSET_NOT_VALID}, empty for the other kinds
     */
    public abstract Optional<ZoneOffset> statedOffset();

    /**
     * Returns the daylight-saving transition the time falls in.
     *
     * @return the transition; always present for a {@link Kind#GAP} or an {@link Kind#OVERLAP}, and
     *     empty for an {@link Kind#OFFSET_NOT_VALID} time that the zone maps to exactly one instant
     */
    public abstract Optional<ZoneOffsetTransition> transition();

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
