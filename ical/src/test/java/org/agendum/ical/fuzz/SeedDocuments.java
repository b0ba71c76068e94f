package org.agendum.ical.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.agendum.core.model.Event;
import org.agendum.ical.IcsEventFormat;
import org.agendum.testing.RandomEvents;

/**
 * The documents mutations start from: agendum's own exports of {@code RandomEvents.seeded(seed)}
 * events in the publish and rich profiles, the iCalendar samples of the test resources (valid and
 * invalid, written by others or from RFC 5545's examples), and optionally files of a corpus.
 * Exports are written on first use and kept.
 */
public final class SeedDocuments {

    /** The events exported per profile: cases draw one of them. */
    static final int EVENTS = 40;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final IcsEventFormat PUBLISH = IcsEventFormat.create().withClock(CLOCK);
    private static final IcsEventFormat RICH = PUBLISH.withProfile(IcsEventFormat.Profile.RICH);

    private final long seed;
    private final boolean exports;
    private final List<Path> files;
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();
    /** A document index whose export is of another event (a shrunk one), or -1. */
    private final int replaced;
    private final Event replacement;

    private SeedDocuments(long seed, boolean exports, List<Path> files, int replaced, Event replacement) {
        this.seed = seed;
        this.exports = exports;
        this.files = files;
        this.replaced = replaced;
        this.replacement = replacement;
    }

    /**
     * Obtains the seed documents of a seed: its exports and the samples.
     *
     * @param seed the seed of the random events
     * @return the documents
     */
    public static SeedDocuments of(long seed) {
        return new SeedDocuments(seed, true, samples(), -1, null);
    }

    /**
     * Obtains the documents of some files only (a corpus), with no exports.
     *
     * @param files the files
     * @return the documents
     */
    public static SeedDocuments ofFiles(List<Path> files) {
        return new SeedDocuments(0, false, List.copyOf(files), -1, null);
    }

    /**
     * The event a document is an export of.
     *
     * @param index from 0 to {@link #size()} (exclusive)
     * @return the event, or empty if the document is a file
     */
    public Optional<Event> event(int index) {
        if (index == replaced) {
            return Optional.of(replacement);
        }
        return exports && index < 2 * EVENTS ? Optional.of(RandomEvents.seeded(seed).event(index % EVENTS)) : Optional.empty();
    }

    /**
     * Returns these documents with one export made of another event, in the same profile: the
     * mutations of a case that starts from it then apply to that event's export.
     *
     * @param index the index of an export
     * @param event the event to export instead
     * @return the documents
     * @throws IllegalArgumentException if the document of the index is not an export
     */
    public SeedDocuments withEvent(int index, Event event) {
        if (!exports || index < 0 || index >= 2 * EVENTS) {
            throw new IllegalArgumentException("document " + index + " is not an export");
        }
        return new SeedDocuments(seed, exports, files, index, event);
    }

    /** The number of documents: exports in two profiles, then the files. */
    int size() {
        return (exports ? 2 * EVENTS : 0) + files.size();
    }

    /**
     * A document and its name.
     *
     * @param index from 0 to {@link #size()} (exclusive)
     * @return the name, and the document as a {@linkplain ByteText byte string}
     */
    String[] get(int index) {
        int exported = exports ? 2 * EVENTS : 0;
        if (index < exported) {
            boolean rich = index >= EVENTS;
            int event = index % EVENTS;
            if (index == replaced) {
                return new String[] {(rich ? "rich" : "publish") + " export of event " + event + " made smaller",
                        ByteText.of((rich ? RICH : PUBLISH).toBytes(replacement))};
            }
            String name = (rich ? "rich" : "publish") + " export of event " + event;
            byte[] bytes = written.computeIfAbsent(name, n -> (rich ? RICH : PUBLISH)
                    .toBytes(RandomEvents.seeded(seed).event(event)));
            return new String[] {name, ByteText.of(bytes)};
        }
        Path file = files.get(index - exported);
        try {
            return new String[] {file.getParent().getFileName() + "/" + file.getFileName(), ByteText.of(Files.readAllBytes(file))};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample files of the test resources, sorted. */
    private static List<Path> samples() {
        try {
            Path valid = Path.of(SeedDocuments.class.getResource("/samples/valid/utc.ics").toURI()).getParent();
            List<Path> found = new ArrayList<>();
            for (Path dir : List.of(valid, valid.resolveSibling("invalid"))) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(p -> p.toString().endsWith(".ics")).sorted().forEach(found::add);
                }
            }
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
