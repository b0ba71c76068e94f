package org.agendum.core.time;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the next duration-only block of one level of an agenda starts, per track ({@link Timetable}
 * documents the rule): a block of a track follows the latest block of its track or the latest plenary
 * (a block without a track), whichever came later; a plenary follows the latest end of the last plenary
 * and of every block since. Only blocks with a span move the cursors.
 */
final class TrackCursors {
    /** The end of the last plenary, or the level's start. */
    private ZonedDateTime plenary;
    /** The latest end among the last plenary and the blocks after it. */
    private ZonedDateTime latest;
    /** The end of the last block of each track since the last plenary. */
    private final Map<String, ZonedDateTime> tracks = new HashMap<>();

    TrackCursors(ZonedDateTime from) {
        this.plenary = from;
        this.latest = from;
    }

    /** Where a duration-only block of the track (a plenary, when empty) would start. */
    ZonedDateTime next(Optional<String> track) {
        return track.isEmpty() ? latest : tracks.getOrDefault(track.get(), plenary);
    }

    /** A block of the track (a plenary, when empty) was placed, ending at {@code end}. */
    void placed(Optional<String> track, ZonedDateTime end) {
        if (track.isEmpty()) {
            plenary = end;
            latest = end;
            tracks.clear();
        } else {
            tracks.put(track.get(), end);
            latest = end.isAfter(latest) ? end : latest;
        }
    }
}
