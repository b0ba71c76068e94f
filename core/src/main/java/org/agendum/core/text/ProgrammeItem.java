package org.agendum.core.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One labelled piece of a programme, in its language: "Venue: Alcaldía de Paris, Auditórium", the
 * contacts, a block's moderator. A layout shows the label and the values; the kind says what the
 * item is, for a layout that places or styles kinds apart (an HTML page's classes).
 *
 * @param kind what the item is
 * @param label the label in the programme's language, or as the event prints it ("Facilitadora");
 *     empty for a text that stands alone, such as a description
 * @param values the values, at least one, in order; a value may hold several lines
 */
public record ProgrammeItem(Kind kind, Optional<String> label, List<String> values) {

    /** What an item is. */
    public enum Kind {
        /** The event's longest duration. */
        MAXIMUM_DURATION,
        /** The venue's name, room and address. */
        VENUE,
        /** The venue's entrance. */
        ENTRANCE,
        /** How to reach the venue, one value per mode and station. */
        ACCESS,
        /** Where and how to join online. */
        ONLINE,
        /** Whether and how to register, and by when. */
        REGISTRATION,
        /** Every other deadline, one value each. */
        DEADLINES,
        /** Links, one value each. */
        LINKS,
        /** Who organizes the event, one value each. */
        ORGANIZERS,
        /** Who partners in the event, one value each. */
        PARTNERS,
        /** Whom to contact, one value each. */
        CONTACTS,
        /** A description, without a label. */
        DESCRIPTION,
        /** Topics or guiding questions, one value each. */
        TOPICS,
        /** Who the event is for, one value each. */
        AUDIENCES,
        /** What the event aims at, one value each. */
        OBJECTIVES,
        /** The frameworks the event is part of, one value each. */
        FRAMEWORKS,
        /** How the event or a block works, one paragraph each. */
        METHODOLOGY,
        /** What a block aims at. */
        OBJECTIVE,
        /** The room of a block. */
        ROOM,
        /** The track of a block. */
        TRACK,
        /** A moderator of a block, with the role as label. */
        MODERATOR,
        /** A participant of a block, with the role as label. */
        PARTICIPANT,
        /** A block's notes, one value each. */
        NOTES
    }

    /**
     * Creates an item.
     *
     * @param kind what the item is
     * @param label the label; empty for a text that stands alone
     * @param values the values, at least one
     * @throws IllegalArgumentException if there is no value
     */
    public ProgrammeItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a programme item has at least one value");
        }
    }

    static ProgrammeItem of(Kind kind, String label, List<String> values) {
        return new ProgrammeItem(kind, Optional.of(label), values);
    }

    static ProgrammeItem of(Kind kind, String label, String value) {
        return new ProgrammeItem(kind, Optional.of(label), List.of(value));
    }
}
