package org.agendum.frab;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Link;
import org.agendum.core.model.LinkKind;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Person;
import org.agendum.core.model.Timing;

/**
 * The talks of a schedule ({@code <event>} elements) as agenda blocks, in document order, and
 * their speakers as persons, each frab person id one {@link Person} however many talks it gives.
 *
 * <p>A block's id is the talk's frab id; its kind comes from {@link #KINDS}; its room from the
 * talk's {@code <room>} (or the room it is listed under); its description is the abstract, then
 * the description when it says more (FOSDEM writes both as HTML, kept as written); its links are
 * the talk's links and attachments. The slug, guid, recording licence and opt-out have no place
 * in the model and are not read.
 */
final class FrabTalks {

    /**
     * frab's talk types (free text: each conference has its own) and the closest {@link BlockKind}.
     * 31C3 uses lecture, podium and other; FOSDEM 2020 keynote, maintrack, devroom, lightningtalk,
     * workshop, bof ("birds of a feather", an open discussion), keysigning (a PGP key-signing party:
     * people meet to check each other's keys) and certification (an exam). A type not listed is
     * {@link BlockKind#OTHER}.
     */
    static final Map<String, BlockKind> KINDS = Map.ofEntries(
            Map.entry("lecture", BlockKind.TALK),
            Map.entry("talk", BlockKind.TALK),
            Map.entry("maintrack", BlockKind.TALK),
            Map.entry("devroom", BlockKind.TALK),
            Map.entry("lightningtalk", BlockKind.TALK),
            Map.entry("keynote", BlockKind.KEYNOTE),
            Map.entry("workshop", BlockKind.WORKSHOP),
            Map.entry("podium", BlockKind.PANEL),
            Map.entry("panel", BlockKind.PANEL),
            Map.entry("bof", BlockKind.DISCUSSION),
            Map.entry("meeting", BlockKind.DISCUSSION),
            Map.entry("keysigning", BlockKind.NETWORKING),
            Map.entry("certification", BlockKind.OTHER),
            Map.entry("other", BlockKind.OTHER));

    /** What an attachment's {@code type} says a link is; another type is {@link LinkKind#OTHER}. */
    private static final Map<String, LinkKind> ATTACHMENT_KINDS =
            Map.of("slides", LinkKind.SLIDES, "video", LinkKind.VIDEO);

    /** What a link's label, as FOSDEM writes it, says it is; another label says nothing. */
    private static final Map<String, LinkKind> LABEL_KINDS = Map.of(
            "video recording", LinkKind.RECORDING, "submit feedback", LinkKind.FEEDBACK, "slides", LinkKind.SLIDES);

    /** A talk's wall-clock start and end, in the event's zone. */
    record Span(LocalDateTime start, LocalDateTime end) {}

    private final List<String> skipped;
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final List<AgendaBlock> blocks = new ArrayList<>();

    /**
     * @param skipped where to list what the talks have that cannot be read (a link that is not an
     *     absolute URL)
     */
    FrabTalks(List<String> skipped) {
        this.skipped = skipped;
    }

    /** Returns the blocks read so far, in document order. */
    List<AgendaBlock> blocks() {
        return List.copyOf(blocks);
    }

    /**
     * Reads a talk into a block.
     *
     * @param talk the {@code <event>} element
     * @param day the date of the day it is listed under
     * @param dayChange the time at which that day begins: a talk that starts earlier is on the next date
     * @param room the name of the room it is listed under, if any
     * @return the talk's start and end
     */
    Span add(FrabElement talk, LocalDate day, LocalTime dayChange, Optional<String> room) throws EventFormatException {
        String id = talk.attribute("id").orElseThrow(() -> missing(talk, "/@id", "a talk has no id"));
        LocalTime start = talk.text("start").map(text -> talk.time("start", text))
                .orElseThrow(() -> missing(talk, "/start", "talk " + id + " has no start"));
        Duration duration = talk.text("duration").map(text -> talk.duration("duration", text))
                .orElseThrow(() -> missing(talk, "/duration", "talk " + id + " has no duration"));
        LocalDate date = start.isBefore(dayChange) ? day.plusDays(1) : day;
        // frab's duration is on the wall clock of the day (a schedule has no way to say otherwise).
        Span span = new Span(date.atTime(start), date.atTime(start).plus(duration));
        if (span.end().isAfter(date.plusDays(1).atTime(start))) {
            throw FrabElement.invalid(talk.place() + "/duration", "talk " + id + " lasts more than a day", null);
        }
        try {
            AgendaBlock.Builder block = AgendaBlock.builder().id(id)
                    .kind(talk.text("type").map(type -> KINDS.getOrDefault(type.toLowerCase(Locale.ROOT), BlockKind.OTHER))
                            .orElse(BlockKind.OTHER))
                    .title(talk.text("title").orElseThrow(() -> missing(talk, "/title", "talk " + id + " has no title")))
                    .timing(span.end().toLocalDate().equals(date)
                            ? Timing.slot(date, start, span.end().toLocalTime())
                            : Timing.slotToNextDay(date, start, span.end().toLocalTime()));
            talk.text("subtitle").ifPresent(block::subtitle);
            description(talk).ifPresent(block::description);
            talk.text("room").or(() -> room).ifPresent(block::room);
            talk.text("track").ifPresent(block::track);
            talk.text("language").ifPresent(block::addLanguage);
            for (FrabElement person : talk.child("persons").map(p -> p.children("person")).orElse(List.of())) {
                block.addParticipant(Participant.speaker(person(person)));
            }
            links(talk).forEach(block::addLink);
            blocks.add(block.build());
        } catch (InvariantViolationException e) {
            throw EventFormatException.atPointer(Kind.INVARIANT, "talk " + id + ": " + e.getMessage(), talk.place(), e);
        }
        return span;
    }

    private static Optional<String> description(FrabElement talk) {
        Optional<String> summary = talk.text("abstract");
        Optional<String> more = talk.text("description").filter(text -> !summary.equals(Optional.of(text)));
        return Stream.of(summary, more).flatMap(Optional::stream).reduce((a, b) -> a + "\n\n" + b);
    }

    private Person person(FrabElement person) throws EventFormatException {
        String frabId = person.attribute("id").orElseThrow(() -> missing(person, "/@id", "a person has no id"));
        String name = person.text().orElseThrow(() -> missing(person, "", "person " + frabId + " has no name"));
        return persons.computeIfAbsent(frabId, key -> Person.of("person-" + key, name));
    }

    private List<Link> links(FrabElement talk) {
        List<Link> links = new ArrayList<>();
        for (FrabElement link : talk.child("links").map(l -> l.children("link")).orElse(List.of())) {
            Optional<LinkKind> kind = link.text().flatMap(label -> LABEL_KINDS.entrySet().stream()
                    .filter(e -> label.toLowerCase(Locale.ROOT).startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst());
            link(link, kind).ifPresent(links::add);
        }
        for (FrabElement attachment : talk.child("attachments").map(a -> a.children("attachment")).orElse(List.of())) {
            LinkKind kind = attachment.attribute("type").map(type -> ATTACHMENT_KINDS.get(type.toLowerCase(Locale.ROOT)))
                    .orElse(LinkKind.OTHER);
            link(attachment, Optional.of(kind)).ifPresent(links::add);
        }
        return links;
    }

    /** Reads a link's {@code href} and label, or lists it as skipped when the href is not an absolute URL. */
    private Optional<Link> link(FrabElement link, Optional<LinkKind> kind) {
        String href = link.attribute("href").orElse("");
        try {
            URI url = new URI(href);
            if (url.getScheme() == null || url.getHost() == null) {
                skipped.add(link.place() + "/@href: '" + href + "' is not an absolute URL");
                return Optional.empty();
            }
            Link read = link.text().map(label -> Link.of(url, label)).orElseGet(() -> Link.of(url));
            return Optional.of(kind.map(read::withKind).orElse(read));
        } catch (URISyntaxException e) {
            skipped.add(link.place() + "/@href: '" + href + "' is not an absolute URL (" + e.getReason() + ")");
            return Optional.empty();
        }
    }

    private static EventFormatException missing(FrabElement element, String field, String message) {
        return EventFormatException.atPointer(Kind.MISSING_FIELD, message, element.place() + field, null);
    }
}
