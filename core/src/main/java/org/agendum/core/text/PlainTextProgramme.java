package org.agendum.core.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agendum.core.model.EventStatus;

/**
 * A {@link Programme} laid out as plain text, in lines: what {@code agendum show} prints and what
 * the iCalendar texts are made of.
 *
 * <pre>
 * Gobiernos locales en acción
 * experiencias y buenas prácticas de cooperación entre ciudades de México y de la región del Cono sur
 * Friday, June 11, 2021 · 13:00–14:30 Uruguay · 11:00–12:30 México
 * Maximum duration: 1 h 30 min
 * Registration: required — https://forms.gle/t8GEM2KjH9gYQxtU6 — last day Tuesday, June 8, 2021 (…)
 * …
 * Programme
 * 13:00–13:15 Uruguay · 11:00–11:15 México  Inauguración
 *     Speaker: Ana Laura Pérez, …
 * </pre>
 *
 * <p>{@link #render()} gives the whole programme: title, status, dates and times, the practical
 * items and the people; the event's description; what it is about; and the agenda, with a heading
 * for each day when it has more than one. An item with one value is one line ("Label: value"); an
 * item with several is its label, then one value per line, indented. A block is a line with its
 * times and title, its details indented under it, and its children indented under those. The
 * other methods give those pieces, for a layout that arranges them otherwise (a calendar entry's
 * description).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlainTextProgramme {

    private static final String INDENT = "    ";

    private final Programme programme;
    private final int repeatedTextLimit;

    private PlainTextProgramme(Programme programme, int repeatedTextLimit) {
        this.programme = programme;
        this.repeatedTextLimit = repeatedTextLimit;
    }

    /**
     * Obtains the plain-text layout of a programme.
     *
     * @param programme the programme
     * @return the layout
     */
    public static PlainTextProgramme of(Programme programme) {
        return new PlainTextProgramme(Objects.requireNonNull(programme, "programme"), Integer.MAX_VALUE);
    }

    /**
     * Returns a copy of this layout that {@linkplain #cut cuts} the texts each block repeats from
     * elsewhere in the event &mdash; its times with the zones' labels, and the description of each
     * of its moderators and participants &mdash; at a number of characters, so that a text made of
     * many blocks grows with the blocks and not with the event's longest names. The block's own
     * texts (title, description...) are never cut.
     *
     * @param characters the most characters of each repeated text, at least 2
     * @return the layout with this limit
     * @throws IllegalArgumentException if {@code characters} is less than 2
     */
    public PlainTextProgramme withRepeatedTextLimit(int characters) {
        if (characters < 2) {
            throw new IllegalArgumentException("a repeated text needs at least 2 characters, not " + characters);
        }
        return new PlainTextProgramme(programme, characters);
    }

    /**
     * Returns the whole programme as text, lines ending in {@code \n}: the header, the practical
     * items and the people; the description; what the event is about; the agenda. Parts are
     * separated by a blank line.
     *
     * @return the text
     */
    public String render() {
        List<String> head = new ArrayList<>(heading());
        status().ifPresent(head::add);
        programme.statusNote().ifPresent(head::add);
        head.add(when());
        head.addAll(items(programme.facts()));
        head.addAll(items(programme.people()));
        StringBuilder text = new StringBuilder();
        for (List<String> part : List.of(head, description(), items(programme.about()), agenda())) {
            if (!part.isEmpty()) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                part.forEach(line -> text.append(line).append('\n'));
            }
        }
        return text.toString();
    }

    /**
     * Returns the title and subtitle.
     *
     * @return one or two lines
     */
    public List<String> heading() {
        List<String> lines = new ArrayList<>();
        lines.add(programme.title());
        programme.subtitle().ifPresent(lines::add);
        return lines;
    }

    /**
     * Returns the status line: "CANCELLED", "POSTPONED", or "(to be confirmed)".
     *
     * @return the line; empty for a scheduled event
     */
    public Optional<String> status() {
        return programme.status().map(s -> programme.event().status() == EventStatus.PROVISIONAL ? "(" + s + ")" : s);
    }

    /**
     * Returns the dates and times of the event: "Friday, June 11, 2021 · 13:00–14:30 Uruguay ·
     * 11:00–12:30 México".
     *
     * @return the line
     */
    public String when() {
        return programme.dates() + " · " + programme.times();
    }

    /**
     * Returns the event's description as it is written, paragraphs separated by blank lines.
     *
     * @return the lines, empty without a description
     */
    public List<String> description() {
        return programme.event().description().map(d -> d.lines().toList()).orElse(List.of());
    }

    /**
     * Returns items, each as one line or, with several values, as its label and one indented line
     * per value.
     *
     * @param items the items
     * @return the lines
     */
    public List<String> items(List<ProgrammeItem> items) {
        List<String> lines = new ArrayList<>();
        for (ProgrammeItem item : items) {
            item(item, "", lines);
        }
        return lines;
    }

    /**
     * Returns the agenda: its heading, then every block, under a heading for each day when the
     * blocks do not all start on the event's first day.
     *
     * @return the lines, empty when the agenda has no blocks
     */
    public List<String> agenda() {
        return agenda(Integer.MAX_VALUE, true);
    }

    /**
     * Returns the agenda in outline: its heading, then one line per top-level block (its times and
     * title), under the same day headings as {@link #agenda()}, for at most {@code most} blocks,
     * then how many more there are.
     *
     * @param most the most blocks listed
     * @return the lines, empty when the agenda has no blocks
     */
    public List<String> outline(int most) {
        return agenda(most, false);
    }

    /**
     * Returns a block as text: its line ({@link #entryLine}), its details indented under it, and
     * its children's texts indented under those.
     *
     * @param entry the entry of the block
     * @return the lines
     */
    public List<String> entry(ProgrammeEntry entry) {
        List<String> lines = new ArrayList<>();
        // Depth first with a stack, not a recursion: agendas nest as deep as their authors make them.
        Deque<ProgrammeEntry> pending = new ArrayDeque<>();
        Deque<String> indents = new ArrayDeque<>();
        pending.push(entry);
        indents.push("");
        while (!pending.isEmpty()) {
            ProgrammeEntry next = pending.pop();
            String indent = indents.pop();
            lines.add(entryLine(indent, next));
            for (ProgrammeItem item : next.details()) {
                item(item, indent + INDENT, lines);
            }
            for (int i = next.children().size() - 1; i >= 0; i--) {
                pending.push(next.children().get(i));
                indents.push(indent + INDENT);
            }
        }
        return lines;
    }

    /**
     * Returns the line of a block: its times, two spaces and its title, and "(in parallel)" when it
     * runs at the same time as another: "13:15–13:50 Uruguay · 11:15–11:50 México  Panel 1: …"; then
     * its {@linkplain ProgrammeEntry#status() status} after a dash when it is not simply scheduled
     * ("… Panel 1: … — CANCELLED"). A child block without a timing is its title alone, with the same
     * marks.
     *
     * @param entry the entry of the block
     * @return the line
     */
    public String entryLine(ProgrammeEntry entry) {
        return entryLine("", entry);
    }

    private String entryLine(String indent, ProgrammeEntry entry) {
        // One concatenation, sized exactly: a StringBuilder would grow, and widen at the first en dash.
        Optional<String> times = entry.times();
        String parallel = (entry.parallel() ? " (" + programme.labels().get(Label.IN_PARALLEL) + ")" : "")
                + entry.status().map(status -> " — " + status).orElse("");
        return times.isPresent() ? indent + cut(times.get(), repeatedTextLimit) + "  " + entry.title() + parallel
                : indent + entry.title() + parallel;
    }

    /**
     * Returns a text of at most {@code limit} characters: the text itself, or its start and "…",
     * never ending inside a surrogate pair.
     *
     * @param text the text
     * @param limit the most characters, at least 2
     * @return the text, cut if it is longer
     */
    public static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private List<String> agenda(int most, boolean whole) {
        Optional<String> heading = programme.agendaHeading();
        if (heading.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(heading.get());
        List<ProgrammeDay> days = programme.days();
        boolean dayHeadings = days.size() > 1
                || !days.get(0).date().equals(programme.timetable().eventStart().toLocalDate());
        int listed = 0;
        int total = days.stream().mapToInt(d -> d.entries().size()).sum();
        for (ProgrammeDay day : days) {
            if (listed >= most) {
                break;
            }
            if (dayHeadings) {
                lines.add("");
                lines.add(day.heading());
            }
            for (ProgrammeEntry entry : day.entries()) {
                if (listed++ >= most) {
                    break;
                }
                if (whole) {
                    lines.addAll(entry(entry));
                } else {
                    lines.add(entryLine(entry));
                }
            }
        }
        if (total > most) {
            lines.add(programme.labels().get(Label.MORE_ENTRIES).replace("{0}", Integer.toString(total - most)));
        }
        return lines;
    }

    private void item(ProgrammeItem item, String indent, List<String> lines) {
        boolean repeated = item.kind() == Label.MODERATOR || item.kind() == Label.PARTICIPANT;
        List<String> values = item.values();
        if (item.label().isEmpty()) {
            for (String value : values) {
                indented(value, indent, indent, lines);
            }
        } else if (values.size() == 1) {
            String value = repeated ? cut(values.get(0), repeatedTextLimit) : values.get(0);
            if (oneLine(value)) {
                lines.add(indent + item.label().get() + programme.labels().colon() + value);
            } else {
                indented(programme.labels().labelled(item.label().get(), value), indent, indent + "  ", lines);
            }
        } else {
            lines.add(indent + programme.labels().labelled(item.label().get(), "").stripTrailing());
            for (String value : values) {
                indented(repeated ? cut(value, repeatedTextLimit) : value, indent + "  ", indent + "    ", lines);
            }
        }
    }

    private static boolean oneLine(String value) {
        return value.indexOf('\n') < 0 && value.indexOf('\r') < 0;
    }

    /** A value's lines: the first at one indent, the others at another; blank lines stay blank. */
    private static void indented(String value, String first, String rest, List<String> lines) {
        if (oneLine(value)) {
            lines.add(first + value);
            return;
        }
        boolean firstLine = true;
        for (String line : (Iterable<String>) value.lines()::iterator) {
            lines.add(line.isBlank() ? "" : (firstLine ? first : rest) + line);
            firstLine = false;
        }
    }
}
