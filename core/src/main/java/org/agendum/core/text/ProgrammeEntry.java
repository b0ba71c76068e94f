package org.agendum.core.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Event;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Party;
import org.agendum.core.model.Room;
import org.agendum.core.model.Track;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.TimeSpan;

/**
 * One block of a programme, in the programme's language: its times in every zone, its title, its
 * details and the blocks within it.
 *
 * <p>Texts are made when asked for, not kept: a programme of many blocks holds little more than
 * its timetable, and a writer that takes one entry at a time never holds them all.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ProgrammeEntry {

    private final Programme programme;
    private final ScheduledBlock block;
    private final LocalDate day;
    private final boolean parallel;
    private final List<ProgrammeEntry> children;

    ProgrammeEntry(Programme programme, ScheduledBlock block, LocalDate day, boolean parallel,
            List<ProgrammeEntry> children) {
        this.programme = programme;
        this.block = block;
        this.day = day;
        this.parallel = parallel;
        this.children = List.copyOf(children);
    }

    /**
     * Returns the block, with its place in the agenda and its span in the event's zone.
     *
     * @return the scheduled block
     */
    public ScheduledBlock block() {
        return block;
    }

    /**
     * Returns the day the entry is listed under: the day its top-level block starts, in the
     * event's zone.
     *
     * @return the day
     */
    public LocalDate day() {
        return day;
    }

    /**
     * Returns when the block happens, in every zone of the programme, as read under its {@linkplain
     * #day() day}: "13:15–13:50 Uruguay · 11:15–11:50 México", "10:30 – Sunday, November 2, 10:30
     * Europe/Madrid".
     *
     * @return the times; empty for a child block without a timing
     */
    public Optional<String> times() {
        return block.span().map(span -> programme.times(span, day));
    }

    /**
     * Returns when the block happens in each zone of the programme apart, as {@link #times()}
     * prints them together: for a layout that marks each one up.
     *
     * @return one time for each of the programme's {@linkplain Programme#zones() zones}, in their
     *     order; empty for a child block without a timing
     */
    public List<ProgrammeTime> zoneTimes() {
        return block.span().map(span -> programme.zoneTimes(span, day)).orElse(List.of());
    }

    /**
     * Returns the block's room as the programme prints it: a declared room's name and floor ("Sala
     * B, 2nd floor"), else the name the block gives; for a layout that sets parallel blocks side by
     * side by room.
     *
     * @return the room, if the block has one
     */
    public Optional<String> room() {
        return block.block().room().map(r -> roomName(programme.event(), r));
    }

    /**
     * Returns the span of the block.
     *
     * @return the span in the event's zone; empty for a child block without a timing
     */
    public Optional<TimeSpan> span() {
        return block.span();
    }

    /**
     * Returns the title with its label: "Panel 1: Alianzas estratégicas…".
     *
     * @return the title
     */
    public String title() {
        return block.block().displayTitle();
    }

    /**
     * Returns how the block's status reads beside its title, when it is not simply scheduled:
     * "CANCELLED"; "POSTPONED, new time to be announced"; "RESCHEDULED, first announced for 10:00"
     * (with the date when the block was first announced for another day than it is listed under);
     * "to be confirmed" for a provisional block.
     *
     * @return the status in the programme's language; empty for a scheduled block
     */
    public Optional<String> status() {
        AgendaBlock b = block.block();
        ProgrammeLabels labels = programme.labels();
        return switch (b.status()) {
            case SCHEDULED -> Optional.empty();
            case PROVISIONAL -> Optional.of(labels.get(Label.TO_BE_CONFIRMED));
            case POSTPONED -> Optional.of(labels.get(Label.POSTPONED) + ", " + labels.get(Label.NEW_TIME_TO_BE_ANNOUNCED));
            case RESCHEDULED -> Optional.of(labels.get(Label.RESCHEDULED) + b.previousStart()
                    .map(previous -> ", " + labels.get(Label.FIRST_ANNOUNCED_FOR) + " " + previous(previous)).orElse(""));
            case CANCELLED -> Optional.of(labels.get(Label.CANCELLED));
        };
    }

    /** "10:00" on the day the entry is listed under, else "Friday, June 4, 2021, 10:00". */
    private String previous(LocalDateTime previous) {
        String time = ZoneTimes.time(previous.atZone(programme.event().zone()));
        return previous.toLocalDate().equals(day) ? time : programme.labels().date(previous.toLocalDate()) + ", " + time;
    }

    /**
     * Returns whether this top-level block runs at the same time as another of its day: a reader
     * must choose between them, and their rooms or tracks tell them apart.
     *
     * @return true if its span overlaps another top-level span of its day; false for child blocks
     *     and blocks of no duration
     */
    public boolean parallel() {
        return parallel;
    }

    /**
     * Returns the block's details, in this order: subtitle (unlabelled), the note on its status
     * (unlabelled), room, the rooms it is also shown in live, track, venue (when the block is not at
     * the event's), languages (their BCP 47 tags, "Languages: es, en"), interpretation channels
     * ("Interpretation: en → sw (Channel 2)"), the block's own attendance mode ("Attendance: online
     * only"), its own online location and dial-in numbers, its own registration (as the event's
     * reads), objective, description, topics, methodology, each
     * moderator, each participant, notes, links (each by its label, else by the word for its kind:
     * "Slides: https://…"). Rooms and tracks the event declares are printed by name (a room with its
     * floor), never by id. A moderator or participant is labelled as the event prints it
     * ("Facilitadora"), else by the role in the programme's language, and one who takes part from
     * elsewhere is followed by "(remote)" in that language.
     *
     * @return the details, possibly empty
     */
    public List<ProgrammeItem> details() {
        AgendaBlock b = block.block();
        ProgrammeLabels labels = programme.labels();
        List<ProgrammeItem> items = new ArrayList<>();
        b.subtitle().ifPresent(s -> items.add(new ProgrammeItem(Label.SUBTITLE, Optional.empty(), List.of(s))));
        b.statusNote().ifPresent(n -> items.add(new ProgrammeItem(Label.STATUS_NOTE, Optional.empty(), List.of(n))));
        Event event = programme.event();
        b.room().ifPresent(r -> items.add(ProgrammeItem.of(Label.ROOM, labels.get(Label.ROOM), roomName(event, r))));
        if (!b.overflowRooms().isEmpty()) {
            List<String> rooms = new ArrayList<>(b.overflowRooms().size());
            b.overflowRooms().forEach(r -> rooms.add(roomName(event, r)));
            items.add(ProgrammeItem.of(Label.OVERFLOW_ROOMS, labels.get(Label.OVERFLOW_ROOMS), rooms));
        }
        b.track().ifPresent(t -> items.add(ProgrammeItem.of(Label.TRACK, labels.get(Label.TRACK),
                event.track(t).map(Track::name).orElse(t))));
        b.venue().ifPresent(v -> items.add(ProgrammeItem.of(Label.VENUE, labels.get(Label.VENUE), EventItems.place(v))));
        if (!b.languages().isEmpty()) {
            items.add(ProgrammeItem.of(Label.LANGUAGES, labels.get(Label.LANGUAGES), String.join(", ", b.languages())));
        }
        if (!b.interpretations().isEmpty()) {
            List<String> channels = new ArrayList<>(b.interpretations().size());
            b.interpretations().forEach(i -> channels.add(labels.interpretation(i)));
            items.add(ProgrammeItem.of(Label.INTERPRETATION, labels.get(Label.INTERPRETATION), channels));
        }
        b.attendanceMode().ifPresent(m -> items.add(ProgrammeItem.of(Label.ATTENDANCE, labels.get(Label.ATTENDANCE),
                labels.attendance(m))));
        b.onlineLocation().ifPresent(o -> OnlineText.add(o, labels, items));
        b.registration().flatMap(r -> new EventItems(programme).registration(r)).ifPresent(items::add);
        b.objective().ifPresent(o -> items.add(ProgrammeItem.of(Label.OBJECTIVE, labels.get(Label.OBJECTIVE), o)));
        b.description().ifPresent(d -> items.add(new ProgrammeItem(Label.DESCRIPTION, Optional.empty(), List.of(d))));
        if (!b.topics().isEmpty()) {
            items.add(ProgrammeItem.of(Label.TOPICS, labels.get(Label.TOPICS), b.topics()));
        }
        if (!b.methodology().isEmpty()) {
            items.add(ProgrammeItem.of(Label.METHODOLOGY, labels.get(Label.METHODOLOGY), b.methodology()));
        }
        for (Moderator moderator : b.moderators()) {
            String role = moderator.label().orElseGet(() -> labels.role(moderator.role()));
            items.add(ProgrammeItem.of(Label.MODERATOR, role, party(moderator.party(), moderator.remote(), labels)));
        }
        for (Participant participant : b.participants()) {
            String role = participant.label().orElseGet(() -> labels.role(participant.role()));
            items.add(ProgrammeItem.of(Label.PARTICIPANT, role,
                    party(participant.party(), participant.remote(), labels)));
        }
        if (!b.notes().isEmpty()) {
            items.add(ProgrammeItem.of(Label.NOTES, labels.get(Label.NOTES), b.notes()));
        }
        if (!b.links().isEmpty()) {
            List<String> links = new ArrayList<>(b.links().size());
            b.links().forEach(link -> links.add(labels.link(link)));
            items.add(ProgrammeItem.of(Label.LINKS, labels.get(Label.LINKS), links));
        }
        return items;
    }

    /** The party as text, then "(remote)" in the programme's language for one who takes part from elsewhere. */
    private static String party(Party party, boolean remote, ProgrammeLabels labels) {
        String text = PartyText.party(party);
        return remote ? text + " (" + labels.get(Label.REMOTE) + ")" : text;
    }

    /**
     * A room as a block refers to it, printed: a declared room's name and floor ("Sala B, 2nd floor"),
     * else the name the block gives.
     */
    private static String roomName(Event event, String room) {
        return event.room(room).map(Room::displayName).orElse(room);
    }

    /**
     * Returns the entries of the blocks within this one, in agenda order.
     *
     * @return the child entries, possibly empty
     */
    public List<ProgrammeEntry> children() {
        return children;
    }

    @Override
    public String toString() {
        return "ProgrammeEntry[" + block.path() + " " + title() + "]";
    }
}
