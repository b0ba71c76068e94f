package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A VTIMEZONE as written in a document, read from its text by the tests alone (no agendum code, no
 * zone data of any library), and the instant it gives a wall-clock time (RFC 5545 §3.6.5): the
 * offset in force at an instant is the TZOFFSETTO of the latest onset not after it, before the
 * first onset that onset's TZOFFSETFROM; a wall-clock time the clocks show twice is the first, one
 * in a gap fails. Observances must have a DTSTART and no RRULE or RDATE, which is what agendum
 * writes. Offsets keep their seconds (biweekly 0.6.8 drops them: Monrovia was at -00:44:30 until
 * 1972).
 */
final class WrittenZone {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

    /** A change of offset at an instant. */
    private record Onset(Instant at, ZoneOffset from, ZoneOffset to) {}

    private final String tzid;
    private final List<Onset> onsets;

    private WrittenZone(String tzid, List<Onset> onsets) {
        this.tzid = tzid;
        this.onsets = onsets;
    }

    /** The VTIMEZONE of a TZID in a document. */
    static WrittenZone of(String document, String tzid) {
        List<String> lines = IcsChecks.contentLines(document);
        int begin = -1;
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).equals("BEGIN:VTIMEZONE") && lines.get(i + 1).equals("TZID:" + tzid)) {
                begin = i;
            }
        }
        assertThat(begin).as("a VTIMEZONE with TZID %s", tzid).isNotNegative();
        List<Onset> onsets = new ArrayList<>();
        String start = null;
        String from = null;
        String to = null;
        for (int i = begin + 2; !lines.get(i).equals("END:VTIMEZONE"); i++) {
            String line = lines.get(i);
            if (line.equals("BEGIN:STANDARD") || line.equals("BEGIN:DAYLIGHT")) {
                start = null;
                from = null;
                to = null;
            } else if (line.startsWith("DTSTART:")) {
                start = line.substring(8);
            } else if (line.startsWith("TZOFFSETFROM:")) {
                from = line.substring(13);
            } else if (line.startsWith("TZOFFSETTO:")) {
                to = line.substring(11);
            } else if (line.equals("END:STANDARD") || line.equals("END:DAYLIGHT")) {
                ZoneOffset offsetFrom = offset(from);
                onsets.add(new Onset(LocalDateTime.parse(start, LOCAL).toInstant(offsetFrom), offsetFrom, offset(to)));
            } else {
                assertThat(line).as("a property of an observance agendum writes").doesNotStartWith("RRULE")
                        .doesNotStartWith("RDATE");
            }
        }
        assertThat(onsets).as("observances of %s", tzid).isNotEmpty();
        onsets.sort(Comparator.comparing(Onset::at));
        return new WrittenZone(tzid, List.copyOf(onsets));
    }

    /** The instant of a wall-clock time in this zone. */
    Instant instant(LocalDateTime local) {
        Instant best = null;
        for (ZoneOffset candidate : offsets()) {
            Instant at = local.toInstant(candidate);
            if (offsetAt(at).equals(candidate) && (best == null || at.isBefore(best))) {
                best = at;
            }
        }
        assertThat(best).as("%s exists in the written %s", local, tzid).isNotNull();
        return best;
    }

    private List<ZoneOffset> offsets() {
        List<ZoneOffset> offsets = new ArrayList<>();
        for (Onset onset : onsets) {
            for (ZoneOffset offset : List.of(onset.from(), onset.to())) {
                if (!offsets.contains(offset)) {
                    offsets.add(offset);
                }
            }
        }
        return offsets;
    }

    /** The TZOFFSETTO of the latest onset not after the instant (a binary search), else the first TZOFFSETFROM. */
    private ZoneOffset offsetAt(Instant instant) {
        int low = 0;
        int high = onsets.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (onsets.get(middle).at().isAfter(instant)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low == 0 ? onsets.get(0).from() : onsets.get(low - 1).to();
    }

    /** {@code ±hhmm[ss]}, read here rather than by any library under test. */
    private static ZoneOffset offset(String text) {
        assertThat(text).matches("[+-]\\d{4}(\\d{2})?");
        int seconds = Integer.parseInt(text.substring(1, 3)) * 3600 + Integer.parseInt(text.substring(3, 5)) * 60
                + (text.length() == 7 ? Integer.parseInt(text.substring(5, 7)) : 0);
        return ZoneOffset.ofTotalSeconds(text.charAt(0) == '-' ? -seconds : seconds);
    }
}
