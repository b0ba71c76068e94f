package org.agendum.ical.internal.write;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Registration;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.Venue;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/**
 * The plain-text forms of an event that go into TEXT properties: the programme for DESCRIPTION
 * (whole, or as a bounded overview when every block has its own entry), the place for LOCATION,
 * people for CONTACT.
 *
 * <p>Calendar clients show DESCRIPTION as plain text, so the programme is laid out in lines: times
 * in the event's zone and in each display zone with its label, then the block's title and details,
 * nested blocks indented. Dates and times are ISO-8601 and the few fixed words are English, so the
 * text depends on neither the default locale nor the default zone.
 */
final class ProgrammeText {

    private final Event event;
    private final Timetable timetable;
    private final List<DisplayZone> displayZones;
    /** The timed and untimed children of each block that has any, in agenda order. */
    private final Map<String, List<ScheduledBlock>> children = new HashMap<>();

    /**
     * Prepares the texts of an event.
     *
     * @param event the event
     * @param timetable the event's timetable
     * @param displayZones the zones to show times in besides the event's zone
     */
    ProgrammeText(Event event, Timetable timetable, List<DisplayZone> displayZones) {
        this.event = event;
        this.timetable = timetable;
        this.displayZones = List.copyOf(displayZones);
        for (ScheduledBlock block : timetable.blocks()) {
            block.parentId().ifPresent(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(block));
        }
    }

    /**
     * Returns the summary of the event: its title, and its subtitle after a dash.
     *
     * @return the summary
     */
    String summary() {
        return event.title() + event.subtitle().map(s -> " — " + s).orElse("");
    }

    /**
     * Returns the line that announces the registration deadline, if the event has one.
     *
     * @return "Register by …", with the wording as printed and the registration link
     */
    Optional<String> registrationLine() {
        Optional<Registration> registration = event.registration();
        Optional<Deadline> deadline = registration.flatMap(Registration::deadline);
        if (deadline.isEmpty()) {
            return Optional.empty();
        }
        Deadline d = deadline.get();
        StringBuilder line = new StringBuilder("Register by ");
        if (d instanceof Deadline.At at) {
            line.append(at.dateTime().toLocalDate()).append(' ').append(time(at.dateTime().toLocalTime().toString()));
        } else {
            line.append(d.lastDay());
        }
        if (!d.zone().equals(event.zone())) {
            line.append(' ').append(d.zone().getId());
        }
        d.wording().ifPresent(w -> line.append(" (").append(w).append(')'));
        d.subject().ifPresent(s -> line.append(" — ").append(s));
        registration.flatMap(Registration::url).ifPresent(url -> line.append(": ").append(url));
        return Optional.of(line.toString());
    }

    /**
     * Returns the whole description of the event: registration, the event's own description, where
     * and how to join, the whole programme with every block's details, organizers, contacts and
     * links. Its length grows with the programme; see {@link #overview()} for the bounded form.
     *
     * @return the description
     */
    String fullDescription() {
        List<String> parts = head(event.description());
        if (!event.agenda().isEmpty()) {
            List<String> programme = new ArrayList<>();
            programme.add(programmeHeading());
            for (ScheduledBlock block : timetable.topLevelBlocks()) {
                programme.add("");
                appendBlock(block, "", programme);
            }
            parts.add(String.join("\n", programme));
        }
        closing().ifPresent(parts::add);
        return String.join("\n\n", parts);
    }

    /**
     * Returns the description of the event for a calendar in which every timed block has an entry
     * of its own: what {@link #fullDescription()} says, but with the event's own description cut
     * at {@value #OVERVIEW_DESCRIPTION_CHARACTERS} characters and the programme as one line per
     * top-level block (times and title, at most {@value #OVERVIEW_BLOCKS} lines, then how many more),
     * and the whole cut at {@value #OVERVIEW_CHARACTERS} characters. A 900-talk conference keeps a
     * readable event entry; the details are in the blocks' entries.
     *
     * @return the overview, at most {@value #OVERVIEW_CHARACTERS} characters
     */
    String overview() {
        List<String> parts = head(event.description().map(d -> cut(d, OVERVIEW_DESCRIPTION_CHARACTERS)));
        if (!event.agenda().isEmpty()) {
            List<String> programme = new ArrayList<>();
            programme.add(programmeHeading());
            List<ScheduledBlock> blocks = timetable.topLevelBlocks();
            for (int i = 0; i < blocks.size() && i < OVERVIEW_BLOCKS; i++) {
                ScheduledBlock block = blocks.get(i);
                programme.add(block.span().map(this::times).map(t -> t + "  ").orElse("")
                        + cut(block.block().displayTitle(), OVERVIEW_TITLE_CHARACTERS));
            }
            if (blocks.size() > OVERVIEW_BLOCKS) {
                programme.add("… and " + (blocks.size() - OVERVIEW_BLOCKS) + " more; every block has its own entry");
            }
            parts.add(String.join("\n", programme));
        }
        closing().ifPresent(parts::add);
        return cut(String.join("\n\n", parts), OVERVIEW_CHARACTERS);
    }

    /** The most characters of {@link #overview()}. */
    static final int OVERVIEW_CHARACTERS = 10_000;
    /** The most characters of the event's own description in {@link #overview()}. */
    static final int OVERVIEW_DESCRIPTION_CHARACTERS = 4_000;
    /** The most top-level blocks listed in {@link #overview()}. */
    static final int OVERVIEW_BLOCKS = 100;
    /** The most characters of a block's title in {@link #overview()}, and of the event's in a block's text. */
    static final int OVERVIEW_TITLE_CHARACTERS = 200;
    /**
     * The most characters of what a block's text repeats from elsewhere in the event: its times
     * with the display zones' labels, its LOCATION, and each party's line. Every block repeats
     * them, so without a bound a few long texts, written once in JSON, would be written once per
     * block (a 2 MB calendar of 10,000 blocks became 2 GB).
     */
    static final int REPEATED_CHARACTERS = 1_000;

    /** Registration, the event's description, and when, where and how to join. */
    private List<String> head(Optional<String> description) {
        List<String> parts = new ArrayList<>();
        registrationLine().ifPresent(parts::add);
        description.ifPresent(parts::add);
        List<String> facts = new ArrayList<>();
        facts.add("When: " + when(timetable.eventStart(), timetable.eventSpan().map(TimeSpan::end)));
        where().ifPresent(l -> facts.add("Where: " + l));
        event.onlineLocation().flatMap(ProgrammeText::online).ifPresent(o -> facts.add("Online: " + o));
        if (!event.topics().isEmpty()) {
            facts.add("Topics: " + String.join("; ", event.topics()));
        }
        parts.add(String.join("\n", facts));
        return parts;
    }

    private String programmeHeading() {
        String heading = event.agenda().title().orElse("Programme");
        return event.agenda().status() == AgendaStatus.PROVISIONAL ? heading + " (provisional)" : heading;
    }

    /** Organizers, partners, contacts, deadlines and links. */
    private Optional<String> closing() {
        List<String> closing = new ArrayList<>();
        if (!event.organizers().isEmpty()) {
            closing.add("Organized by: " + PartyText.joinParties(event.organizers()));
        }
        if (!event.partners().isEmpty()) {
            closing.add("Partners: " + PartyText.joinParties(event.partners()));
        }
        for (Contact contact : event.contacts()) {
            closing.add("Contact: " + PartyText.contact(contact));
        }
        for (Deadline deadline : event.deadlines()) {
            closing.add("Deadline: " + deadline.subject().orElse("") + (deadline.subject().isPresent() ? " " : "")
                    + deadline.wording().orElse(deadline.lastDay().toString()));
        }
        for (Link link : event.links()) {
            closing.add("Link: " + link.label().map(l -> l + ": ").orElse("") + link.url());
        }
        return closing.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", closing));
    }

    /** A text of at most {@code limit} characters, ending in "…" if cut, never inside a surrogate pair. */
    static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        } else if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /**
     * Returns the description of one block: its times, details and people, and its nested blocks.
     *
     * @param block the scheduled block
     * @return the description
     */
    String blockDescription(ScheduledBlock block) {
        List<String> lines = new ArrayList<>();
        appendBlock(block, "", lines);
        lines.add("");
        lines.add("Part of: " + cut(summary(), OVERVIEW_TITLE_CHARACTERS));
        return String.join("\n", lines);
    }

    /**
     * Returns the place of the event in one line for DESCRIPTION: venue, room, entrance, address
     * and transit, or the online platform.
     *
     * @return the place, if the event has a venue or an online location
     */
    Optional<String> where() {
        if (event.venue().isPresent()) {
            Venue venue = event.venue().get();
            List<String> parts = new ArrayList<>();
            parts.add(venue.name());
            venue.room().ifPresent(parts::add);
            venue.entrance().ifPresent(e -> parts.add("entrance: " + e.toSingleLine()));
            venue.address().ifPresent(a -> parts.add(a.toSingleLine()));
            for (TransitAccess transit : venue.transit()) {
                parts.add(PartyText.transit(transit));
            }
            return Optional.of(String.join(", ", parts));
        }
        return onlineLabel();
    }

    /**
     * Returns the LOCATION of the event: the venue's room, name and address (else its entrance's),
     * what a calendar client shows and looks up on a map; transit is in DESCRIPTION.
     *
     * @return the location, if the event has a venue or an online location
     */
    Optional<String> eventLocation() {
        return event.venue().map(v -> place(v.room(), v)).or(this::onlineLabel);
    }

    /**
     * Returns the LOCATION of a block: its own room (else the venue's), with the venue's name and
     * address.
     *
     * @param block the block
     * @return the location, if the event has a venue or an online location
     */
    Optional<String> blockLocation(ScheduledBlock block) {
        return event.venue().map(v -> cut(place(block.block().room().or(v::room), v), REPEATED_CHARACTERS))
                .or(this::onlineLabel);
    }

    private static String place(Optional<String> room, Venue venue) {
        StringBuilder place = new StringBuilder();
        room.ifPresent(r -> place.append(r).append(", "));
        place.append(venue.name());
        // The address a map looks up: the street address, else the entrance's (the Paris seminar has only that).
        venue.address().or(venue::entrance).ifPresent(a -> place.append(", ").append(a.toSingleLine()));
        return place.toString();
    }

    private Optional<String> onlineLabel() {
        return event.onlineLocation().map(o -> o.platform().map(p -> "Online (" + p + ")").orElse("Online"));
    }

    private void appendBlock(ScheduledBlock scheduled, String indent, List<String> lines) {
        AgendaBlock block = scheduled.block();
        lines.add(indent + scheduled.span().map(this::times).map(t -> t + "  ").orElse("")
                + block.displayTitle());
        String inner = indent + "  ";
        block.objective().ifPresent(o -> lines.add(inner + "Objective: " + o));
        block.description().ifPresent(d -> lines.add(inner + d));
        block.topics().forEach(t -> lines.add(inner + "Topic: " + t));
        block.methodology().forEach(m -> lines.add(inner + "Method: " + m));
        for (Moderator moderator : block.moderators()) {
            lines.add(inner + moderator.label().orElse(PartyText.moderatorRole(moderator)) + ": "
                    + cut(PartyText.party(moderator.party()), REPEATED_CHARACTERS));
        }
        for (Participant participant : block.participants()) {
            lines.add(inner + participant.label().orElse(PartyText.participantRole(participant)) + ": "
                    + cut(PartyText.party(participant.party()), REPEATED_CHARACTERS));
        }
        block.room().ifPresent(r -> lines.add(inner + "Room: " + r));
        block.track().ifPresent(t -> lines.add(inner + "Track: " + t));
        block.notes().forEach(n -> lines.add(inner + "Note: " + n));
        for (ScheduledBlock child : children.getOrDefault(block.id(), List.of())) {
            appendBlock(child, inner, lines);
        }
    }

    /** "13:00–13:15 Uruguay · 11:00–11:15 México", with dates when the day is not the event's first. */
    private String times(TimeSpan span) {
        List<String> shown = new ArrayList<>();
        shown.add(range(span, timetable.zone()) + " " + event.labelOf(timetable.zone()).orElse(timetable.zone().getId()));
        for (DisplayZone display : displayZones) {
            if (!display.zone().equals(timetable.zone())) {
                shown.add(range(span, display.zone()) + " " + display.label());
            }
        }
        return cut(String.join(" · ", shown), REPEATED_CHARACTERS);
    }

    private String range(TimeSpan span, ZoneId zone) {
        ZonedDateTime start = span.start().withZoneSameInstant(zone);
        ZonedDateTime end = span.end().withZoneSameInstant(zone);
        LocalDate firstDay = timetable.eventStart().toLocalDate();
        String from = (start.toLocalDate().equals(firstDay) ? "" : start.toLocalDate() + " ")
                + time(start.toLocalTime().toString());
        String to = (end.toLocalDate().equals(start.toLocalDate()) ? "" : end.toLocalDate() + " ")
                + time(end.toLocalTime().toString());
        return from + "–" + to;
    }

    private String when(ZonedDateTime start, Optional<ZonedDateTime> end) {
        String text = start.toLocalDate() + " " + time(start.toLocalTime().toString())
                + end.map(e -> "–" + (e.toLocalDate().equals(start.toLocalDate()) ? "" : e.toLocalDate() + " ")
                        + time(e.toLocalTime().toString())).orElse("")
                + " " + start.getZone().getId();
        for (DisplayZone display : displayZones) {
            if (!display.zone().equals(start.getZone())) {
                ZonedDateTime there = start.withZoneSameInstant(display.zone());
                text += " · " + there.toLocalDate() + " " + time(there.toLocalTime().toString()) + " "
                        + display.label();
            }
        }
        return text;
    }

    /** "13:00" from LocalTime's ISO form, dropping seconds the programme never prints. */
    private static String time(String iso) {
        return iso.length() > 5 && iso.endsWith(":00") && iso.length() == 8 ? iso.substring(0, 5) : iso;
    }

    private static Optional<String> online(OnlineLocation online) {
        List<String> parts = new ArrayList<>();
        online.platform().ifPresent(parts::add);
        online.url().map(URI::toString).ifPresent(parts::add);
        if (online.linkSentAfterRegistration()) {
            parts.add("link sent after registration");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

}
