package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.agendum.core.model.Event;
import org.agendum.core.time.Timetable;
import org.agendum.testing.RandomEvents;
import org.junit.jupiter.api.Test;

/**
 * The export streams: a 10,000-block event is written to a stream with no more memory than the
 * event, its timetable and a buffer. The {@code test-export-128m} execution of {@code ical/pom.xml}
 * runs this class in a 128 MiB heap, where an export that held its document, or ical4j's object
 * model of it (1.9 GB before), runs out of memory.
 */
class IcsStreamingExportTest {

    @Test
    void tenThousandBlockEvent_exportsToAStreamInASmallHeap() throws IOException {
        Event event = RandomEvents.seeded(7).withBlocks(10_000).withDays(40).event(0);
        long timed = Timetable.of(event).blocks().stream().filter(b -> b.span().isPresent()).count();
        Counting out = new Counting();

        IcsEventFormat.create().withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                .withProfile(IcsEventFormat.Profile.RICH).write(event, out);

        assertThat(timed).isGreaterThanOrEqualTo(10_000);
        assertThat(out.vevents).isGreaterThan(timed);
        assertThat(out.bytes).isGreaterThan(5_000_000L);
    }

    /** Counts the bytes and the VEVENTs written, and keeps nothing. */
    private static final class Counting extends OutputStream {
        private static final byte[] BEGIN = "BEGIN:VEVENT\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long bytes;
        long vevents;
        private int matched;

        @Override
        public void write(int b) {
            bytes++;
            matched = b == BEGIN[matched] ? matched + 1 : b == BEGIN[0] ? 1 : 0;
            if (matched == BEGIN.length) {
                vevents++;
                matched = 0;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }
    }
}
