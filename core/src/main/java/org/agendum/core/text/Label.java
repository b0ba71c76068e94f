package org.agendum.core.text;

/**
 * Every fixed word a programme prints around the event's own text, besides the words for the
 * model's roles and transit modes ({@link ProgrammeLabels#role(org.agendum.core.model.ModeratorRole)},
 * {@link ProgrammeLabels#mode(org.agendum.core.model.TransitMode)}). {@link ProgrammeLabels} gives
 * each one in a language; the English wording is quoted beside each constant.
 */
public enum Label {
    /** The heading of the agenda when it has no title of its own: "Programme". */
    PROGRAMME,
    /** After the agenda's heading when the agenda is provisional: "provisional". */
    PROVISIONAL,
    /** The status line of a cancelled event, and the mark of a cancelled block: "CANCELLED". */
    CANCELLED,
    /** The status line of a postponed event, and the mark of a postponed block: "POSTPONED". */
    POSTPONED,
    /** The status line of a rescheduled event, and the mark of a rescheduled block: "RESCHEDULED". */
    RESCHEDULED,
    /** Before the start first announced of a rescheduled event or block: "first announced for". */
    FIRST_ANNOUNCED_FOR,
    /** The status line of a provisional event, and the mark of a provisional block: "to be confirmed". */
    TO_BE_CONFIRMED,
    /** After the mark of a postponed block, whose new time is not known yet: "new time to be announced". */
    NEW_TIME_TO_BE_ANNOUNCED,
    /**
     * What the organizers announced about a block's status, which a plain-text programme prints
     * without its label under the block's title: "Announcement".
     */
    STATUS_NOTE,
    /** The longest the event may last: "Maximum duration". */
    MAXIMUM_DURATION,
    /** Where the event happens: "Venue". */
    VENUE,
    /** The entrance, when it is not at the venue's address: "Entrance". */
    ENTRANCE,
    /** A postal address: "Address". */
    ADDRESS,
    /** How to get to the venue by public transport: "Access". */
    ACCESS,
    /** Where to join online: "Online". */
    ONLINE,
    /** Before an online meeting's number on its platform: "Meeting ID". */
    MEETING_ID,
    /** Before the passcode to join: "Passcode". */
    PASSCODE,
    /** The numbers to join an online meeting by telephone: "Dial-in". */
    DIAL_IN,
    /** Before the PIN of a dial-in number: "PIN". */
    PIN,
    /** The online link comes with the registration: "link sent after registration". */
    LINK_AFTER_REGISTRATION,
    /** How to register: "Registration". */
    REGISTRATION,
    /** Registration is required: "required". */
    REQUIRED,
    /** Seats are limited, without a number: "limited seats". */
    LIMITED_SEATS,
    /** After a number of seats: "seats". */
    SEATS,
    /** Before the last day of a deadline stated as a date: "last day". */
    LAST_DAY,
    /** Before the date and time of a deadline stated as an instant: "until". */
    UNTIL,
    /** The calendar entry on the last day to register: "Last day to register". */
    LAST_DAY_TO_REGISTER,
    /** The event's deadlines other than registration's: "Deadlines". */
    DEADLINES,
    /** Links to related resources: "Links". */
    LINKS,
    /** Who organizes the event: "Organized by". */
    ORGANIZERS,
    /** Who supports or partners in the event: "Partners". */
    PARTNERS,
    /** Whom to contact: "Contacts". */
    CONTACTS,
    /** A description, which a plain-text programme prints without its label: "Description". */
    DESCRIPTION,
    /** The themes of the event or a block: "Topics". */
    TOPICS,
    /** Who the event is for: "Audience". */
    AUDIENCES,
    /** What the event aims at: "Objectives". */
    OBJECTIVES,
    /** The frameworks the event is part of: "Framework". */
    FRAMEWORKS,
    /** How the event or a block works: "Methodology". */
    METHODOLOGY,
    /** What a block aims at: "Objective". */
    OBJECTIVE,
    /** A block's subtitle, printed without its label below the title: "Subtitle". */
    SUBTITLE,
    /** The room of a block: "Room". */
    ROOM,
    /** The track of a block: "Track". */
    TRACK,
    /** The rooms a block is also shown in live: "Also shown live in". */
    OVERFLOW_ROOMS,
    /** The languages a block is held in: "Languages". */
    LANGUAGES,
    /** A block's notes: "Notes". */
    NOTES,
    /** After the title of a block that runs at the same time as another: "in parallel". */
    IN_PARALLEL,
    /** Before the event a block belongs to, where the block stands alone: "Part of". */
    PART_OF,
    /**
     * Ends an outline that lists only some of the blocks, {@code {0}} the number left out: "… and
     * {0} more; each has its own calendar entry".
     */
    MORE_ENTRIES,
    /** A moderator of a block, of any role: "Moderator". */
    MODERATOR,
    /** A participant of a block, of any role: "Participant". */
    PARTICIPANT,
    /** After a moderator or participant who takes part from elsewhere: "remote". */
    REMOTE,
    /** How attendees take part in a block that says so: "Attendance". */
    ATTENDANCE,
    /** Simultaneous interpretation channels: "Interpretation". */
    INTERPRETATION,
    /** The heading of the column of times in a table of parallel blocks: "Time". */
    TIME,
    /** The heading of the practical items and the people on a page: "Practical information". */
    INFORMATION,
    /** The heading of what the event is about on a page: "About the event". */
    ABOUT
}
