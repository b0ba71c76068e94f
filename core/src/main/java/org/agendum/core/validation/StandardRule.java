package org.agendum.core.validation;

import java.util.function.BiConsumer;
import org.agendum.core.validation.internal.AccessChecks;
import org.agendum.core.validation.internal.BlockChecks;
import org.agendum.core.validation.internal.ContactDataChecks;
import org.agendum.core.validation.internal.GapChecks;
import org.agendum.core.validation.internal.HybridChecks;
import org.agendum.core.validation.internal.LocalTimeChecks;
import org.agendum.core.validation.internal.ParticipantChecks;
import org.agendum.core.validation.internal.RoomChecks;
import org.agendum.core.validation.internal.ScheduleChecks;

/**
 * The catalogue of the rules agendum ships, each with a stable code and severity.
 *
 * <p>The codes are a public contract: applications and test suites rely on them, so a code is never
 * renamed, never reused for another meaning, and a rule that is retired keeps its code reserved.
 * {@code docs/RULES.md} shows an example of each.
 *
 * <p>Intervals are half-open {@code [start, end)}: blocks that touch do not overlap.
 */
public enum StandardRule implements Rule {
    /**
     * Two sibling blocks in the same room and track overlap in time. A cancelled or postponed
     * block (and what is nested in it) frees its time: it is not compared, here and in {@link
     * #ROOM_DOUBLE_BOOKED}, {@link #PARTY_DOUBLE_BOOKED}, {@link #BLOCK_OUTSIDE_EVENT} and {@link
     * #DURATION_OVER_BUDGET}.
     */
    BLOCK_OVERLAP(Severity.ERROR, "two blocks in the same room and track overlap", ScheduleChecks::overlaps),
    /**
     * Two timed blocks in the same room overlap in time, across tracks and nesting levels (a
     * plenary against a track session, a session's part against another top-level block); not a
     * block and its own parts, nor the sibling blocks of one track that {@link #BLOCK_OVERLAP}
     * reports. A block books its {@linkplain org.agendum.core.model.AgendaBlock#overflowRooms()
     * overflow rooms} as well as its room.
     */
    ROOM_DOUBLE_BOOKED(Severity.ERROR, "two blocks in the same room overlap, across tracks and nesting levels",
            ScheduleChecks::roomDoubleBooked),
    /**
     * In an event that declares no rooms, two blocks name rooms that differ only in case or spacing
     * ("Sala A" and "sala a"): probably one room spelled two ways. Declaring the event's rooms, referred
     * to by id, makes such a typo an error.
     */
    ROOM_NAME_VARIANTS(Severity.WARNING, "two room names differ only in case or spacing", RoomChecks::roomNameVariants),
    /**
     * A block that takes place offers more seats (its own registration's {@linkplain
     * org.agendum.core.model.Capacity#seats() capacity}) than its declared {@linkplain
     * org.agendum.core.model.Room#capacity() room} holds; when it is also shown in {@linkplain
     * org.agendum.core.model.AgendaBlock#overflowRooms() overflow rooms}, than the room and the overflow
     * rooms hold together. It says nothing when a number of seats is unknown (seats announced as
     * limited, a room without a capacity), when the event declares no rooms, or for a cancelled or
     * postponed block; a series is reported once, at the block as written.
     */
    BLOCK_OVER_ROOM_CAPACITY(Severity.WARNING, "a block offers more seats than its room holds",
            RoomChecks::blockOverRoomCapacity),
    /**
     * In an event that declares no tracks, two blocks name tracks that differ only in case or spacing
     * ("A" and "a"): probably one track spelled two ways. Declaring the event's tracks, referred to by
     * id, makes such a typo an error.
     */
    TRACK_NAME_VARIANTS(Severity.WARNING, "two track names differ only in case or spacing",
            RoomChecks::trackNameVariants),
    /** A top-level block starts before the event starts or ends after it ends. */
    BLOCK_OUTSIDE_EVENT(Severity.WARNING, "a block starts before the event or ends after it",
            ScheduleChecks::outsideEvent),
    /**
     * Time between consecutive top-level blocks on the same day is left unscheduled. A block
     * belongs to the day it starts: the night after a block that ends at midnight or runs past it
     * is not a gap. A cancelled or postponed block still covers its time here: the programme
     * prints it there, and its status already says the time is free.
     */
    SCHEDULE_GAP(Severity.INFO, "unscheduled time between consecutive blocks on the same day", GapChecks::gaps),
    /** The blocks, from the first start to the last end, take longer than the event's maximum duration. */
    DURATION_OVER_BUDGET(Severity.ERROR, "the blocks take longer than the event's maximum duration",
            ScheduleChecks::overBudget),
    /** The event is announced from a start to an end further apart than its maximum duration. */
    EVENT_LONGER_THAN_MAXIMUM(Severity.WARNING, "the announced start and end are further apart than the maximum duration",
            ScheduleChecks::longerThanMaximum),
    /** A timed child block does not fit inside its parent block. */
    CHILD_OUTSIDE_PARENT(Severity.ERROR, "a child block does not fit inside its parent", ScheduleChecks::childOutsideParent),
    /**
     * The registration deadline closes after the event starts. The event's other deadlines
     * ({@code Event.deadlines()}: submissions, feedback, registration on site) may fall during or
     * after the event and are not compared with its start.
     */
    DEADLINE_AFTER_START(Severity.ERROR, "the registration deadline closes after the event starts",
            AccessChecks::deadlineAfterStart),
    /**
     * The registration deadline of a timed block that takes place closes after the block starts (a
     * workshop with its own sign-up). As with {@link #DEADLINE_AFTER_START}, the event's other
     * deadlines, even those that name a block, are not compared: a hackathon's submissions close
     * after it starts.
     */
    BLOCK_DEADLINE_AFTER_START(Severity.ERROR, "a block's registration deadline closes after the block starts",
            BlockChecks::deadlineAfterStart),
    /**
     * The same person or organization takes part in two top-level blocks that overlap in time, or
     * in two overlapping blocks nested in one top-level block, neither part of the other.
     */
    PARTY_DOUBLE_BOOKED(Severity.WARNING, "the same person or organization is in two overlapping blocks",
            ScheduleChecks::doubleBooked),
    /**
     * The same person or organization is listed twice among a block's moderators, or twice among
     * its participants. Moderating and also taking part is two parts, and is not reported.
     */
    PARTY_LISTED_TWICE(Severity.WARNING, "the same person or organization is listed twice in one block",
            ParticipantChecks::listedTwice),
    /**
     * A talk, keynote or panel of a confirmed agenda has no participant who speaks in it, in one of
     * its children or in a block it is part of (every role but host speaks; moderators do not
     * count). A provisional agenda may not have named its speakers yet.
     */
    SPEAKER_MISSING(Severity.WARNING, "a talk, keynote or panel has no speaker", ParticipantChecks::speakerMissing),
    /** A panel or discussion has no moderator. */
    MODERATOR_MISSING(Severity.WARNING, "a panel or discussion has no moderator", AccessChecks::moderatorMissing),
    /** An in-person or mixed event has no venue. */
    VENUE_MISSING(Severity.WARNING, "an in-person or mixed event has no venue", AccessChecks::venueMissing),
    /** An online or mixed event has neither an online location nor a registration link. */
    ONLINE_ACCESS_MISSING(Severity.WARNING, "an online or mixed event has neither an online location nor a registration link",
            AccessChecks::onlineAccessMissing),
    /**
     * A block is online or mixed in an event (or a block around it) held in person, and neither it,
     * a block around it nor the event has an online location, nor is there a registration link.
     */
    BLOCK_ONLINE_ACCESS_MISSING(Severity.WARNING,
            "a block held online in an in-person event has no online location, nor has the event",
            HybridChecks::blockOnlineAccessMissing),
    /**
     * An online or mixed event's only access is a platform name ("Zoom"): its online location has
     * no URL and does not say the link is sent after registration, and there is no registration
     * link. A block that can be attended online and has an online location of its own is checked
     * alike.
     */
    ONLINE_ACCESS_PLATFORM_ONLY(Severity.WARNING, "an online or mixed event's only access is a platform name",
            AccessChecks::onlineAccessPlatformOnly),
    /** A contact's party has neither an e-mail address nor a telephone number. */
    CONTACT_UNREACHABLE(Severity.WARNING, "a contact has neither an e-mail address nor a telephone number",
            AccessChecks::contactUnreachable),
    /**
     * An e-mail address is malformed. Like the other checks of contact data ({@link #INVALID_URL},
     * {@link #INVALID_PHONE}) it is a heuristic, so it warns and does not fail a build.
     */
    INVALID_EMAIL(Severity.WARNING, "an e-mail address is malformed", ContactDataChecks::emails),
    /** A web address is not an http or https URL with a host. */
    INVALID_URL(Severity.WARNING, "a web address is not an http or https URL with a host", ContactDataChecks::urls),
    /** A telephone number is malformed; an extension ("ext. 12") is fine. */
    INVALID_PHONE(Severity.WARNING, "a telephone number is malformed", ContactDataChecks::phones),
    /** A wall-clock time falls in a daylight-saving gap of the event's zone: it does not exist. */
    NONEXISTENT_LOCAL_TIME(Severity.ERROR, "a wall-clock time falls in a daylight-saving gap of the event's zone",
            LocalTimeChecks::nonexistentLocalTimes),
    /** A wall-clock time falls in a daylight-saving overlap of the event's zone: it exists twice. */
    AMBIGUOUS_LOCAL_TIME(Severity.WARNING, "a wall-clock time falls in a daylight-saving overlap of the event's zone",
            LocalTimeChecks::ambiguousLocalTimes),
    /**
     * A slot states an offset from UTC for its start or end that the event's zone does not have at
     * that time; the timetable ignores it.
     */
    LOCAL_TIME_OFFSET_INVALID(Severity.ERROR, "a slot's stated offset is not one the event's zone has at that time",
            LocalTimeChecks::invalidOffsets),
    /** With a clock: the registration deadline has passed. */
    REGISTRATION_CLOSED(Severity.INFO, "the registration deadline has passed (needs a clock)",
            AccessChecks::registrationClosed);

    private final Severity severity;
    private final String description;
    private final BiConsumer<ValidationContext, Reporter> check;

    StandardRule(Severity severity, String description, BiConsumer<ValidationContext, Reporter> check) {
        this.severity = severity;
        this.description = description;
        this.check = check;
    }

    /**
     * Returns the stable code of this rule, the same as its {@linkplain #name() name}.
     *
     * @return the code
     */
    @Override
    public String code() {
        return name();
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void check(ValidationContext context, Reporter reporter) {
        check.accept(context, reporter);
    }
}
