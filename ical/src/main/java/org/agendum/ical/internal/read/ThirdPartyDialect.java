package org.agendum.ical.internal.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;

/**
 * Other calendars, best effort: one VEVENT is the event; several make one event from the earliest
 * start to the latest end, titled by {@code X-WR-CALNAME}, with a block per VEVENT. A recurring
 * VEVENT whose RRULE the model can hold ({@link SeriesRule}) is a block with that recurrence (one
 * alone makes an event of that one block, ending with its last session); another is its first
 * occurrence, with its RRULE and why it is no series in a note. Among several, a VEVENT whose times
 * cannot be read (no DTSTART, an impossible date, an unknown zone) is skipped, as calendar clients
 * skip it, and named in the event's description with the reason.
 */
final class ThirdPartyDialect {

    /**
     * The longest id made from a UID: the model's longest, less room for the suffix that {@link
     * #unique} may add ({@code -50000} at most, one per VEVENT).
     */
    private static final int LONGEST_ID = Event.MAX_ID_LENGTH - 8;

    private static final int DIGEST_CHARACTERS = 16;

    private final Calendar calendar;
    /** Ids given so far, and the next suffix to try for each: linear however many UIDs repeat. */
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    ThirdPartyDialect(Calendar calendar) {
        this.calendar = calendar;
    }

    Event read() {
        List<TimedEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Kind firstSkipped = null;
        for (int i = 0; i < calendar.vevents.size(); i++) {
            Component vevent = calendar.vevents.get(i);
            When start;
            When end;
            try {
                start = calendar.start(vevent);
                end = calendar.times.end(vevent, start);
            } catch (IcsProblem problem) {
                if (calendar.vevents.size() == 1 || problem.isLimit()) {
                    throw problem;
                }
                // As calendar clients import the entries they can place and skip the others: a
                // scheduling message's VEVENT may have no DTSTART, a test file an impossible date.
                skipped.add("'" + IcsProblem.shown(calendar.title(vevent)) + "' (line " + vevent.line() + ": " + problem.getMessage() + ")");
                firstSkipped = firstSkipped == null ? problem.kind() : firstSkipped;
                continue;
            }
            String uid = Calendar.uid(vevent);
            String id = calendar.texts.id(unique(safeId(uid.isEmpty() ? "vevent-" + (i + 1) : uid)), vevent.first("UID")
                    .map(Property::line).orElse(vevent.line()));
            entries.add(new TimedEntry(vevent, id, calendar.title(vevent), start, end, recurrence(vevent),
                    SeriesRule.of(vevent, calendar.times)));
        }
        if (entries.isEmpty()) {
            throw new IcsProblem(firstSkipped, "no VEVENT has a start that can be read: " + skipped.get(0), calendar.vevents.get(0).line(),
                    0);
        }
        entries.sort(TimedEntry.BY_START);
        TimedEntry first = entries.get(0);
        ZoneId zone = first.start().zone();
        Event.Builder event = Event.builder().zone(zone).start(first.start().local(zone));
        List<String> notes = new ArrayList<>();
        boolean series = entries.size() == 1 && first.recurrence(zone).flatMap(SeriesRule.Reading::recurrence).isPresent();
        if (entries.size() == 1 && !series) {
            Component vevent = first.vevent();
            event.id(first.id()).title(first.title());
            calendar.texts.nonBlank(vevent, "DESCRIPTION").ifPresent(notes::add);
            first.note().ifPresent(notes::add);
            first.recurrence(zone).ifPresent(r -> notes.add("Not a series agendum can hold: " + r.reason()));
            event.status(Calendar.status(vevent));
            Calendar.revision(vevent).ifPresent(event::revision);
            event.addAllTopics(calendar.topics(vevent));
            Calendar.url(vevent).ifPresent(u -> event.addLinks(Link.of(u)));
            if (first.end().instant().isAfter(first.start().instant())) {
                event.end(first.end().local(zone));
            }
        } else {
            Optional<String> name = calendar.root.first("X-WR-CALNAME").map(calendar.texts::of).filter(t -> !t.isBlank());
            event.id(safeId(name.orElse(first.id()))).title(name.orElse(first.title()));
            calendar.root.first("X-WR-CALDESC").map(calendar.texts::of).filter(t -> !t.isBlank()).ifPresent(notes::add);
            // A single recurring VEVENT the model can hold is a series: an event of one repeating block.
            When last = first.lastEnd(zone);
            for (TimedEntry entry : entries) {
                When end = entry.lastEnd(zone);
                last = end.instant().isAfter(last.instant()) ? end : last;
            }
            if (last.instant().isAfter(first.start().instant())) {
                event.end(last.local(zone));
            }
            event.agenda(TimedEntry.agenda(entries, zone, "CONFIRMED").build());
        }
        if (!skipped.isEmpty()) {
            notes.add("Not imported, for times that cannot be read: " + skipped.size() + " "
                    + (skipped.size() == 1 ? "entry" : "entries") + ": " + String.join("; ",
                    skipped.subList(0, Math.min(skipped.size(), 20))) + (skipped.size() > 20 ? "; …" : ""));
        }
        if (!notes.isEmpty()) {
            event.description(calendar.texts.joined(notes, "the description", first.vevent().line()));
        }
        return event.build();
    }

    private Optional<String> recurrence(Component vevent) {
        return vevent.first("RRULE").map(r -> calendar.texts.of(
                "Recurrence (iCalendar RRULE; only the first occurrence was imported): " + r.value().trim(), r));
    }

    /**
     * An id from any UID or name: its text with whitespace and control characters replaced by '-';
     * one longer than {@link #LONGEST_ID} characters is cut, and ends in a digest of the whole text
     * so that two long UIDs with the same beginning stay two ids.
     */
    private static String safeId(String text) {
        StringBuilder id = new StringBuilder(Math.min(text.length(), 2 * LONGEST_ID));
        int characters = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (++characters > LONGEST_ID) {
                id.setLength(id.offsetByCodePoints(0, LONGEST_ID - DIGEST_CHARACTERS - 1));
                return id.append('-').append(digest(text)).toString();
            }
            id.appendCodePoint(Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) ? '-' : c);
        }
        return id.length() == 0 ? "event" : id.toString();
    }

    /** The first 64 bits of the text's SHA-256, in hexadecimal. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, DIGEST_CHARACTERS / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }

    /** The id, or the id with the first free suffix -2, -3…; each suffix is tried once per id. */
    private String unique(String id) {
        if (taken.add(id)) {
            return id;
        }
        int n = nextSuffix.getOrDefault(id, 2);
        while (!taken.add(id + "-" + n)) {
            n++;
        }
        nextSuffix.put(id, n + 1);
        return id + "-" + n;
    }
}
