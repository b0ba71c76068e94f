package org.agendum.jscalendar.internal;

import java.util.Locale;
import java.util.Optional;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.EventStatus;
import org.agendum.core.model.ModeratorRole;
import org.agendum.core.model.ParticipantRole;

/**
 * The words agendum and RFC 8984 share: statuses, participant roles, and agendum's own
 * vendor-specific property names (RFC 8984 §3.3: prefixed with a domain name).
 */
final class Vocabulary {

    /** The vendor prefix of agendum's own properties and role values. */
    static final String VENDOR = "agendum.org:";

    /** A block's or the event's kind ("panel", "seminar"): JSCalendar has no word for it. */
    static final String KIND = VENDOR + "kind";

    /** A block without timing: JSCalendar's Event must have a start, so it carries its parent's. */
    static final String UNTIMED = VENDOR + "untimed";

    /** A location that is a block's overflow room, where it is shown live. */
    static final String OVERFLOW = VENDOR + "overflow";

    /** The key of the location that is a venue; every other location of a block is a room. */
    static final String VENUE_KEY = "venue";

    /** The key of the virtual location that is the online location. */
    static final String ONLINE_KEY = "online";

    /** The product identifier written on the Group (RFC 8984 §4.1.4), as in iCalendar's PRODID. */
    static final String PROD_ID = "-//agendum//agendum 0.1//EN";

    private Vocabulary() {}

    /**
     * RFC 8984 §5.1.3 has only confirmed, tentative and cancelled: a postponed event is tentative
     * (its time is not settled), a rescheduled one confirmed at its new time.
     */
    static String status(EventStatus status) {
        switch (status) {
            case PROVISIONAL:
            case POSTPONED:
                return "tentative";
            case CANCELLED:
                return "cancelled";
            default:
                return "confirmed";
        }
    }

    /** The status of a block's entry, by the same rule as the event's. */
    static String status(BlockStatus status) {
        return status(EventStatus.valueOf(status.name()));
    }

    /** The event status a JSCalendar status reads as; empty for a value agendum does not know. */
    static Optional<EventStatus> eventStatus(String status) {
        switch (status) {
            case "confirmed":
                return Optional.of(EventStatus.SCHEDULED);
            case "tentative":
                return Optional.of(EventStatus.PROVISIONAL);
            case "cancelled":
                return Optional.of(EventStatus.CANCELLED);
            default:
                return Optional.empty();
        }
    }

    /** The role value of a moderator's role ("agendum.org:facilitator"). */
    static String role(ModeratorRole role) {
        return VENDOR + word(role.name());
    }

    /** The role value of a participant's role ("agendum.org:keynote-speaker"). */
    static String role(ParticipantRole role) {
        return VENDOR + word(role.name());
    }

    /** The moderator role a vendor role value names, if it names one. */
    static Optional<ModeratorRole> moderatorRole(String role) {
        return enumOf(ModeratorRole.class, role);
    }

    /** The participant role a vendor role value names, if it names one. */
    static Optional<ParticipantRole> participantRole(String role) {
        return enumOf(ParticipantRole.class, role);
    }

    /** A constant's name as a lower-case word with hyphens: KEYNOTE_SPEAKER is keynote-speaker. */
    static String word(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant a lower-case word with hyphens names, with or without agendum's vendor prefix. */
    static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String word) {
        String bare = word.startsWith(VENDOR) ? word.substring(VENDOR.length()) : word;
        if (!bare.equals(bare.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (word(constant.name()).equals(bare)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
