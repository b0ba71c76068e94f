package org.agendum.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.agendum.ical.IcsEventFormat;
import org.agendum.json.JsonEventFormat;
import org.agendum.schedule.ScheduleXmlFormat;

/**
 * The format of what standard input carries, told from its first characters, since it has no file
 * name: an iCalendar stream begins with {@code BEGIN:VCALENDAR} (RFC 5545, section 3.4), a conference
 * schedule in XML with {@code <}; anything else is read as canonical JSON.
 */
final class StandardInput {

    /** How far a document may be preceded by a byte order mark and white space and still be recognised. */
    private static final int LOOK_AHEAD = 4096;
    private static final byte[] CALENDAR = "BEGIN:VCALENDAR".getBytes(StandardCharsets.US_ASCII);

    private StandardInput() {}

    /**
     * Names the format of the document at the start of {@code in}, and leaves {@code in} where it was.
     *
     * @param in standard input, buffered so that it can be reset
     * @return "ics", "schedule-xml" or "json"
     * @throws IOException if standard input cannot be read
     */
    static String formatName(BufferedInputStream in) throws IOException {
        in.mark(LOOK_AHEAD + 64); // room for the byte order mark, the first character and the rest of the tag
        try {
            int first = firstCharacter(in);
            if (first == '<') {
                return ScheduleXmlFormat.NAME;
            }
            if (first == 'B' || first == 'b') {
                return startsTheCalendar(in) ? IcsEventFormat.NAME : JsonEventFormat.NAME;
            }
            return JsonEventFormat.NAME;
        } finally {
            in.reset();
        }
    }

    /** The first byte after a UTF-8 byte order mark and white space, or -1. */
    private static int firstCharacter(BufferedInputStream in) throws IOException {
        int b = in.read();
        if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
            b = in.read();
        }
        for (int skipped = 0; skipped < LOOK_AHEAD && (b == ' ' || b == '\t' || b == '\r' || b == '\n'); skipped++) {
            b = in.read();
        }
        return b;
    }

    /** Whether the bytes after a "B" are the rest of "BEGIN:VCALENDAR", in any case. */
    private static boolean startsTheCalendar(BufferedInputStream in) throws IOException {
        for (int i = 1; i < CALENDAR.length; i++) {
            int b = in.read();
            if (b < 0 || Character.toUpperCase(b) != CALENDAR[i]) {
                return false;
            }
        }
        return true;
    }
}
