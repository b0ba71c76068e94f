package org.agendum.core.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.agendum.core.model.AgendaStatus;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;

/**
 * An event as a reader of its programme needs it, in one language: the header (title, dates and
 * times in every zone), the practical items (venue, access, registration, deadlines, links), the
 * people (organizers, partners, contacts), what it is about, and the agenda by day, each block an
 * {@link ProgrammeEntry entry} with its times and details.
 *
 * <pre>{@code
 * Programme programme = Programme.of(event, Locale.forLanguageTag("es"));
 * programme.dates();                        // "Viernes 11 de junio de 2021"
 * programme.times();                        // "13:00–14:30 Uruguay · 11:00–12:30 México"
 * programme.days().get(0).entries().get(1).times();  // "13:15–13:50 Uruguay · 11:15–11:50 México"
 * String text = PlainTextProgramme.of(programme).render();
 * }</pre>
 *
 * <p>This is the structure, not a layout: every text is in the chosen language, with times from
 * the {@link Timetable}, and {@link PlainTextProgramme} lays it out as plain text ({@code agendum
 * show}, the iCalendar texts); another layout (an HTML page) reuses it.
 *
 * <p>Times are shown in the event's zone first, labelled as its display zones label it (else by
 * its id), then in each other display zone. Nothing depends on the machine's zone or locale.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Programme {

    private final Event event;
    private final ProgrammeLabels labels;
    private final Timetable timetable;
    private final List<DisplayZone> zones;
    private final ZoneTimes times;
    private final List<ProgrammeEntry> entries;
    private final List<ProgrammeDay> days;
    /** Built on the first look-up by id; racy on purpose: every thread would build an equal map. */
    private volatile Map<String, ProgrammeEntry> byId;

    private Programme(Event event, ProgrammeLabels labels, List<DisplayZone> displayZones) {
        this.event = event;
        this.labels = labels;
        this.timetable = Timetable.of(event);
        List<DisplayZone> shown = new ArrayList<>();
        String label = displayZones.stream().filter(d -> d.zone().equals(event.zone())).map(DisplayZone::label)
                .findFirst().or(() -> event.labelOf(event.zone())).orElse(event.zone().getId());
        shown.add(DisplayZone.of(event.zone(), label));
        for (DisplayZone zone : displayZones) {
            if (shown.stream().noneMatch(d -> d.zone().equals(zone.zone()))) {
                shown.add(zone);
            }
        }
        this.zones = List.copyOf(shown);
        this.times = new ZoneTimes(zones, labels);
        ProgrammeEntry[] all = new ProgrammeEntry[timetable.blocks().size()];
        this.days = ProgrammeArrangement.arrange(this, all);
        this.entries = List.of(all);
    }

    /**
     * Obtains the programme of an event in a language, with times in the event's display zones.
     *
     * @param event the event
     * @param locale the language (see {@link ProgrammeLabels#locales()})
     * @return the programme
     * @throws IllegalArgumentException if there are no labels in that language
     */
    public static Programme of(Event event, Locale locale) {
        return of(event, locale, Objects.requireNonNull(event, "event").displayZones());
    }

    /**
     * Obtains the programme of an event in a language, with times in these zones instead of the
     * event's display zones. Times are always shown in the event's zone first; a zone of the list
     * that is the event's gives it its label; a zone listed twice is shown once, with its first
     * label.
     *
     * @param event the event
     * @param locale the language (see {@link ProgrammeLabels#locales()})
     * @param displayZones the zones, with their labels, in order
     * @return the programme
     * @throws IllegalArgumentException if there are no labels in that language
     */
    public static Programme of(Event event, Locale locale, List<DisplayZone> displayZones) {
        Objects.requireNonNull(event, "event");
        return new Programme(event, ProgrammeLabels.of(locale), List.copyOf(displayZones));
    }

    /**
     * Returns the event.
     *
     * @return the event
     */
    public Event event() {
        return event;
    }

    /**
     * Returns the labels of the programme's language.
     *
     * @return the labels
     */
    public ProgrammeLabels labels() {
        return labels;
    }

    /**
     * Returns the event's timetable, where every time of the programme comes from.
     *
     * @return the timetable
     */
    public Timetable timetable() {
        return timetable;
    }

    /**
     * Returns the zones times are shown in, with the labels printed after the times: the event's
     * zone first.
     *
     * @return the zones, at least one
     */
    public List<DisplayZone> zones() {
        return zones;
    }

    /**
     * Returns the event's title.
     *
     * @return the title
     */
    public String title() {
        return event.title();
    }

    /**
     * Returns the event's subtitle.
     *
     * @return the subtitle, if any
     */
    public Optional<String> subtitle() {
        return event.subtitle();
    }

    /**
     * Returns what a reader must know of the event's status: "CANCELLED", "POSTPONED", "to be
     * confirmed" for a provisional event, "RESCHEDULED" (with the date first announced, when the event
     * keeps it: "RESCHEDULED, first announced for Friday, June 4, 2021").
     *
     * @return the status in the programme's language; empty for a scheduled event
     */
    public Optional<String> status() {
        return switch (event.status()) {
            case SCHEDULED -> Optional.empty();
            case PROVISIONAL -> Optional.of(labels.get(Label.TO_BE_CONFIRMED));
            case POSTPONED -> Optional.of(labels.get(Label.POSTPONED));
            case RESCHEDULED -> Optional.of(labels.get(Label.RESCHEDULED) + event.previousStart()
                    .map(previous -> ", " + labels.get(Label.FIRST_ANNOUNCED_FOR) + " " + labels.date(previous.toLocalDate()))
                    .orElse(""));
            case CANCELLED -> Optional.of(labels.get(Label.CANCELLED));
        };
    }

    /**
     * Returns what the organizers announced about the status, as they wrote it.
     *
     * @return the note, if the event has one
     */
    public Optional<String> statusNote() {
        return event.statusNote();
    }

    /**
     * Returns the event's date, or its first and last dates, in the event's zone: "Friday, June 11,
     * 2021"; "Saturday, November 1 – Thursday, November 6, 2025". The last date is the day of the
     * event's end or of its agenda's, whichever is later (an end at midnight ends the day before).
     *
     * @return the dates in the programme's language, starting with a capital
     */
    public String dates() {
        LocalDate first = timetable.eventStart().toLocalDate();
        Optional<ZonedDateTime> end = timetable.eventEnd();
        Optional<ZonedDateTime> agendaEnd = timetable.agendaSpan().map(TimeSpan::end);
        if (agendaEnd.isPresent() && (end.isEmpty() || agendaEnd.get().isAfter(end.get()))) {
            end = agendaEnd;
        }
        LocalDate last = end.filter(e -> e.isAfter(timetable.eventStart()))
                .map(e -> e.toLocalTime().equals(LocalTime.MIDNIGHT) ? e.toLocalDate().minusDays(1) : e.toLocalDate())
                .orElse(first);
        if (!last.isAfter(first)) {
            return capitalized(labels.date(first));
        }
        return capitalized((last.getYear() == first.getYear() ? labels.day(first) : labels.date(first))
                + " – " + labels.date(last));
    }

    /**
     * Returns when the event starts and ends in every zone, as read under its first date: "13:00–14:30
     * Uruguay · 11:00–12:30 México"; for an event over several days, "16:00 – Thursday, November
     * 6, 17:30 Europe/Madrid". Without an announced end or maximum duration, the start alone.
     *
     * @return the times
     */
    public String times() {
        LocalDate first = timetable.eventStart().toLocalDate();
        return timetable.eventSpan().map(span -> times.span(span, first))
                .orElseGet(() -> times.instant(timetable.eventStart(), first));
    }

    /**
     * Returns the practical items: maximum duration, venue, entrance, access, online, registration,
     * other deadlines and links, in this order, each when the event has it. A registration with
     * nothing to say gives no item.
     *
     * @return the items
     */
    public List<ProgrammeItem> facts() {
        return new EventItems(this).facts();
    }

    /**
     * Returns the people: organizers, partners and contacts (with their postal address), each
     * when the event has them.
     *
     * @return the items
     */
    public List<ProgrammeItem> people() {
        return new EventItems(this).people();
    }

    /**
     * Returns what the event is about: topics, audiences, objectives, frameworks and methodology,
     * each when the event has them. The event's description is {@link Event#description()}.
     *
     * @return the items
     */
    public List<ProgrammeItem> about() {
        return new EventItems(this).about();
    }

    /**
     * Returns the heading of the agenda: its title, else "Programme", and "(provisional)" when it
     * is.
     *
     * @return the heading in the programme's language; empty when the agenda has no blocks
     */
    public Optional<String> agendaHeading() {
        if (event.agenda().isEmpty()) {
            return Optional.empty();
        }
        String heading = event.agenda().title().orElse(labels.get(Label.PROGRAMME));
        return Optional.of(event.agenda().status() == AgendaStatus.PROVISIONAL
                ? heading + " (" + labels.get(Label.PROVISIONAL) + ")" : heading);
    }

    /**
     * Returns the agenda by day, in date order.
     *
     * @return the days, empty when the agenda has no blocks
     */
    public List<ProgrammeDay> days() {
        return days;
    }

    /**
     * Returns the entry of every block, depth first, each parent before its children, in the order
     * of {@link Timetable#blocks()}: for a writer that takes each block in turn (a calendar entry
     * per block).
     *
     * @return the entries
     */
    public List<ProgrammeEntry> entries() {
        return entries;
    }

    /**
     * Returns the entry of a block.
     *
     * @param blockId the id of the block
     * @return the entry, if the agenda has a block with this id
     */
    public Optional<ProgrammeEntry> entry(String blockId) {
        Objects.requireNonNull(blockId, "blockId");
        Map<String, ProgrammeEntry> index = byId;
        if (index == null) {
            index = new HashMap<>(Math.max(16, entries.size() * 4 / 3 + 1));
            for (ProgrammeEntry entry : entries) {
                index.put(entry.block().id(), entry);
            }
            byId = index;
        }
        return Optional.ofNullable(index.get(blockId));
    }

    /** The label of a zone: a display zone's, else its id. */
    String zoneLabel(ZoneId zone) {
        return zones.stream().filter(d -> d.zone().equals(zone)).map(DisplayZone::label).findFirst()
                .orElse(zone.getId());
    }

    String times(TimeSpan span, LocalDate day) {
        return times.span(span, day);
    }

    List<ProgrammeTime> zoneTimes(TimeSpan span, LocalDate day) {
        return times.parts(span, day);
    }

    /**
     * Returns when the event starts and ends in each zone apart, as {@link #times()} prints them
     * together: for a layout that marks each one up (an HTML page's {@code <time>} elements).
     *
     * @return one time for each of the {@linkplain #zones() zones}, in their order
     */
    public List<ProgrammeTime> zoneTimes() {
        LocalDate first = timetable.eventStart().toLocalDate();
        return times.parts(timetable.eventSpan().orElseGet(
                () -> TimeSpan.of(timetable.eventStart(), timetable.eventStart())), first);
    }

    /** A text that starts a line starts with a capital: Spanish and French write weekdays in lower case. */
    static String capitalized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    @Override
    public String toString() {
        return "Programme[" + event.id() + ", " + labels.locale().toLanguageTag() + ", " + days.size() + " days]";
    }
}
