package org.agendum.ical.internal.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Event;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Room;
import org.agendum.core.model.Venue;
import org.agendum.core.text.Label;
import org.agendum.core.text.PlainTextProgramme;
import org.agendum.core.text.Programme;
import org.agendum.core.text.ProgrammeEntry;
import org.agendum.core.text.ProgrammeItem;
import org.agendum.core.text.ProgrammeLabels;
import org.agendum.core.time.ScheduledBlock;

/**
 * Which pieces of the event's {@link Programme} go into which TEXT property: the programme for
 * DESCRIPTION (whole, or as a bounded overview when every block has its own entry), a block's
 * entry for its DESCRIPTION, the registration item for the deadline's entry, the place for
 * LOCATION. The pieces are the plain-text programme's, in the format's language, so the calendar
 * says what {@code agendum show} says; this class only chooses and bounds them.
 */
final class CalendarTexts {

    /** The most characters of {@link #overview()}. */
    static final int OVERVIEW_CHARACTERS = 10_000;
    /** The most characters of the event's own description in {@link #overview()}. */
    static final int OVERVIEW_DESCRIPTION_CHARACTERS = 4_000;
    /** The most top-level blocks listed in {@link #overview()}. */
    static final int OVERVIEW_BLOCKS = 100;
    /** The most characters of the event's title and subtitle in a block's text. */
    static final int REPEATED_TITLE_CHARACTERS = 200;
    /**
     * The most characters of what a block's text repeats from elsewhere in the event: its times
     * with the display zones' labels, its LOCATION, and each party's line. Every block repeats
     * them, so without a bound a few long texts, written once in JSON, would be written once per
     * block (a 2 MB calendar of 10,000 blocks became 2 GB).
     */
    static final int REPEATED_CHARACTERS = 1_000;

    private final Event event;
    private final Programme programme;
    private final ProgrammeLabels labels;
    private final PlainTextProgramme text;
    /** "Part of: title — subtitle", which every block's text ends with. */
    private final String partOf;

    CalendarTexts(Programme programme) {
        this.programme = programme;
        this.event = programme.event();
        this.labels = programme.labels();
        this.text = PlainTextProgramme.of(programme).withRepeatedTextLimit(REPEATED_CHARACTERS);
        this.partOf = labels.labelled(labels.get(Label.PART_OF),
                PlainTextProgramme.cut(summary(), REPEATED_TITLE_CHARACTERS));
    }

    /** The title, and the subtitle after a dash. */
    String summary() {
        return event.title() + event.subtitle().map(s -> " — " + s).orElse("");
    }

    /** The whole programme, every block with its details, without the title that SUMMARY holds. */
    String fullDescription() {
        return String.join("\n\n", parts(text.description(), text.agenda()));
    }

    /**
     * The programme for a calendar in which every timed block has an entry of its own: the event's
     * description cut at {@value #OVERVIEW_DESCRIPTION_CHARACTERS} characters, the agenda as one
     * line per top-level block for at most {@value #OVERVIEW_BLOCKS} blocks, and the whole cut at
     * {@value #OVERVIEW_CHARACTERS} characters. A 900-talk conference keeps a readable event entry;
     * the details are in the blocks' entries.
     */
    String overview() {
        List<String> description = event.description()
                .map(d -> PlainTextProgramme.cut(d, OVERVIEW_DESCRIPTION_CHARACTERS).lines().toList())
                .orElse(List.of());
        return PlainTextProgramme.cut(String.join("\n\n", parts(description, text.outline(OVERVIEW_BLOCKS))),
                OVERVIEW_CHARACTERS);
    }

    /** Status, dates and times, practical items and people; the description; topics and such; the agenda. */
    private List<String> parts(List<String> description, List<String> agenda) {
        List<String> head = new ArrayList<>();
        text.status().ifPresent(head::add);
        head.add(text.when());
        head.addAll(text.items(programme.facts()));
        head.addAll(text.items(programme.people()));
        List<String> parts = new ArrayList<>();
        for (List<String> part : List.of(head, description, text.items(programme.about()), agenda)) {
            if (!part.isEmpty()) {
                parts.add(String.join("\n", part));
            }
        }
        return parts;
    }

    /** A block's entry (times, title, details, children) and the event it is part of. */
    String blockDescription(ProgrammeEntry entry) {
        return String.join("\n", text.entry(entry)) + "\n\n" + partOf;
    }

    /** The registration line, "Registration: required — https://… — last day …", if there is one. */
    Optional<String> registration() {
        return programme.facts().stream().filter(i -> i.kind() == Label.REGISTRATION).findFirst()
                .map(i -> String.join("\n", text.items(List.of(i))));
    }

    /** The SUMMARY of the registration deadline's entry: "Last day to register: title". */
    String registrationSummary() {
        return labels.labelled(labels.get(Label.LAST_DAY_TO_REGISTER), event.title());
    }

    /**
     * The LOCATION of the event: the venue's room, name and address (else its entrance's), what a
     * calendar client shows and looks up on a map; transit is in DESCRIPTION.
     */
    Optional<String> eventLocation() {
        return event.venue().map(v -> place(v.room(), v)).or(() -> onlineLabel(event.onlineLocation()));
    }

    /**
     * The LOCATION of a block: its room by name (a declared room's name and floor, never its id; else
     * the venue's room), with the name and address of the place it is in: the block's own venue, else its
     * room's, else the event's. A room without any venue is its name alone. A block held online only
     * is "Online (platform)", from the online location that applies to it.
     */
    Optional<String> blockLocation(ScheduledBlock block, AttendanceMode mode, Optional<OnlineLocation> online) {
        if (mode == AttendanceMode.ONLINE) {
            return onlineLabel(online);
        }
        AgendaBlock content = block.block();
        Optional<Room> declared = content.room().flatMap(event::room);
        Optional<String> room = declared.isPresent() ? declared.map(Room::displayName) : content.room();
        return blockVenue(content)
                .map(v -> place(room.or(v::room), v))
                .or(() -> room)
                .map(place -> PlainTextProgramme.cut(place, REPEATED_CHARACTERS))
                .or(() -> onlineLabel(online));
    }

    /**
     * The venue a block is held at: its own, else its declared room's, else the event's.
     *
     * @param block the block
     * @return the venue, if any
     */
    Optional<Venue> blockVenue(AgendaBlock block) {
        return block.venue().or(() -> block.room().flatMap(event::room).flatMap(Room::venue)).or(event::venue);
    }

    private static String place(Optional<String> room, Venue venue) {
        StringBuilder place = new StringBuilder();
        room.ifPresent(r -> place.append(r).append(", "));
        place.append(venue.name());
        // The address a map looks up: the street address, else the entrance's (the Paris seminar has only that).
        venue.address().or(venue::entrance).ifPresent(a -> place.append(", ").append(a.toSingleLine()));
        return place.toString();
    }

    private Optional<String> onlineLabel(Optional<OnlineLocation> location) {
        String online = labels.get(Label.ONLINE);
        return location.map(o -> o.platform().map(p -> online + " (" + p + ")").orElse(online));
    }
}
