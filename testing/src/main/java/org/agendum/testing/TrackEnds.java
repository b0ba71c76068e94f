package org.agendum.testing;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a duration-only top-level block starts, by the rule {@code Timetable} documents, for blocks
 * drawn one after another: a block of a track where the last block of its track or the last plenary
 * ended, whichever came later; a plenary where the block before it ended.
 */
final class TrackEnds {
    private LocalDateTime plenary;
    private final Map<String, LocalDateTime> tracks = new HashMap<>();

    TrackEnds(LocalDateTime start) {
        this.plenary = start;
    }

    /** Whether a duration of the track would start at {@code start}, where the block before it ended. */
    boolean follows(Optional<String> track, LocalDateTime start) {
        return track.isEmpty() || tracks.getOrDefault(track.get(), plenary).equals(start);
    }

    void placed(Optional<String> track, LocalDateTime end) {
        if (track.isEmpty()) {
            plenary = end;
            tracks.clear();
        } else {
            tracks.put(track.get(), end);
        }
    }
}
