package org.agendum.ical.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.ical.IcsEventFormat;

/**
 * Hand-built documents at the reader's limits, timed cold (the first read in a fresh JVM, as the
 * command line meets a file) and warm (after reading every document a few times).
 *
 * <pre>
 * java -Xmx256m -cp CLASSPATH org.agendum.ical.fuzz.WorstCases cold NAME   # one read in this JVM
 * java -Xmx256m -cp CLASSPATH org.agendum.ical.fuzz.WorstCases warm [NAME…] # warm-up, then 5 reads each
 * java -cp CLASSPATH org.agendum.ical.fuzz.WorstCases write DIR            # the documents, as files
 * </pre>
 */
public final class WorstCases {

    private static final Map<String, Supplier<String>> DOCUMENTS = new LinkedHashMap<>();

    static {
        // n VEVENTs and their VCALENDAR are n + 1 components: the first is at the limit, the second over.
        int most = IcsEventFormat.MAX_COMPONENTS - 1;
        DOCUMENTS.put("vevents-" + most, () -> vevents(most));
        DOCUMENTS.put("vevents-" + (most + 1), () -> vevents(most + 1));
        DOCUMENTS.put("skipped-16mib", WorstCases::skipped);
        // With the VCALENDAR, the VTIMEZONE and 1,000 observances, 48,000 VEVENTs stay under MAX_COMPONENTS.
        DOCUMENTS.put("zone-1000-obs-48000-events-9999-years", () -> zoneEvents(1_000, false, 48_000, true));
        DOCUMENTS.put("zone-1000-obs-distinct-48000-events-9999-years", () -> zoneEvents(1_000, true, 48_000, true));
        DOCUMENTS.put("zone-1000-obs-48000-events-1-year", () -> zoneEvents(1_000, false, 48_000, false));
        DOCUMENTS.put("zone-1000-obs-distinct-100-events-1-year", () -> zoneEvents(1_000, true, 100, false));
        DOCUMENTS.put("zone-20-obs-9999-events-9999-years", () -> zoneEvents(20, false, 9_999, true));
        DOCUMENTS.put("zone-1000-obs-distinct-31-days-10-events-1-year", () -> zoneEvents(1_000, true, 10, false, true));
        DOCUMENTS.put("zone-1000-obs-distinct-31-days-100-events-1-year", () -> zoneEvents(1_000, true, 100, false, true));
    }

    private WorstCases() {}

    /**
     * Measures or writes the documents.
     *
     * @param args {@code cold NAME}, {@code warm [NAME…]} or {@code write DIR}
     * @throws IOException if a document cannot be written
     */
    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "cold" -> {
                byte[] document = DOCUMENTS.get(args[1]).get().getBytes(StandardCharsets.UTF_8);
                long start = System.nanoTime();
                String outcome = read(document);
                System.out.printf(Locale.ROOT, "%s cold: %.0f ms, %,d bytes, %s%n", args[1], (System.nanoTime() - start) / 1e6,
                        document.length, outcome);
            }
            case "warm" -> {
                String[] names = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length)
                        : DOCUMENTS.keySet().toArray(String[]::new);
                for (int round = 0; round < 3; round++) {
                    for (String name : names) {
                        read(DOCUMENTS.get(name).get().getBytes(StandardCharsets.UTF_8));
                    }
                }
                for (String name : names) {
                    byte[] document = DOCUMENTS.get(name).get().getBytes(StandardCharsets.UTF_8);
                    long[] times = new long[5];
                    String outcome = "";
                    for (int i = 0; i < times.length; i++) {
                        long start = System.nanoTime();
                        outcome = read(document);
                        times[i] = System.nanoTime() - start;
                    }
                    Arrays.sort(times);
                    System.out.printf(Locale.ROOT, "%s warm: min %.0f ms, median %.0f ms, max %.0f ms, %,d bytes, %s%n", name,
                            times[0] / 1e6, times[2] / 1e6, times[4] / 1e6, document.length, outcome);
                }
            }
            case "write" -> {
                Path dir = Files.createDirectories(Path.of(args[1]));
                for (Map.Entry<String, Supplier<String>> e : DOCUMENTS.entrySet()) {
                    Files.writeString(dir.resolve(e.getKey() + ".ics"), e.getValue().get(), StandardCharsets.UTF_8);
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static String read(byte[] document) {
        try {
            Event event = IcsEventFormat.create().read(new ByteArrayInputStream(document));
            return "event with " + event.agenda().blocks().size() + " blocks";
        } catch (EventFormatException e) {
            return "refused: " + Tally.shorten(e.getMessage(), 140);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String calendar(String body) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//example//worst cases//EN\r\n" + body + "END:VCALENDAR\r\n";
    }

    /** Small VEVENTs, each a minute long, with distinct UIDs: about 110 bytes each. */
    private static String vevents(int count) {
        StringBuilder body = new StringBuilder(count * 112);
        for (int i = 0; i < count; i++) {
            int minute = i % (24 * 60);
            String time = String.format(Locale.ROOT, "2026%02d%02dT%02d%02d", 1 + i / 1440 / 28 % 12, 1 + i / 1440 % 28,
                    minute / 60, minute % 60);
            body.append("BEGIN:VEVENT\r\nUID:e").append(i).append("@example.org\r\nDTSTART:").append(time)
                    .append("00Z\r\nDTEND:").append(time).append("59Z\r\nSUMMARY:Entry ").append(i).append("\r\nEND:VEVENT\r\n");
        }
        return calendar(body.toString());
    }

    /** One VEVENT, then properties agendum skips up to exactly {@code MAX_DOCUMENT_BYTES}. */
    private static String skipped() {
        String head = calendar("BEGIN:VEVENT\r\nUID:x@example.org\r\nDTSTART:20260301T100000Z\r\nSUMMARY:x\r\n");
        String tail = "END:VEVENT\r\n";
        int room = (int) IcsEventFormat.MAX_DOCUMENT_BYTES - head.length() - tail.length();
        String line = "ATTENDEE;CN=Someone;ROLE=REQ-PARTICIPANT:mailto:someone@example.org\r\n";
        StringBuilder body = new StringBuilder(room);
        while (body.length() + line.length() <= room) {
            body.append(line);
        }
        int pad = room - body.length() - "X-PAD:\r\n".length();
        body.append("X-PAD:").append("p".repeat(pad)).append("\r\n");
        String document = head.replace("END:VCALENDAR\r\n", "") + body + tail + "END:VCALENDAR\r\n";
        if (document.length() != IcsEventFormat.MAX_DOCUMENT_BYTES) {
            throw new IllegalStateException(document.length() + " bytes");
        }
        return document;
    }

    /**
     * A zone only the file defines, of yearly observances (the same two offsets, or distinct
     * ones), used by VEVENTs each in a year of its own (1 to 9999, round and round) or all in 2020.
     */
    private static String zoneEvents(int observances, boolean distinctOffsets, int events, boolean manyYears) {
        return zoneEvents(observances, distinctOffsets, events, manyYears, false);
    }

    /** As above, each observance with 31 onsets a year ({@code BYMONTHDAY=1,…,31}) if {@code everyDay}. */
    private static String zoneEvents(int observances, boolean distinctOffsets, int events, boolean manyYears,
            boolean everyDay) {
        StringBuilder body = new StringBuilder("BEGIN:VTIMEZONE\r\nTZID:Made Up\r\n");
        for (int o = 0; o < observances; o++) {
            int from = distinctOffsets ? 2 * o : o % 2;
            int to = distinctOffsets ? 2 * o + 1 : (o + 1) % 2;
            body.append(o % 2 == 0 ? "BEGIN:STANDARD" : "BEGIN:DAYLIGHT").append("\r\nDTSTART:16010101T020000\r\n")
                    .append("TZOFFSETFROM:").append(offset(from)).append("\r\nTZOFFSETTO:").append(offset(to))
                    .append("\r\nRRULE:FREQ=YEARLY;BYMONTH=").append(1 + o % 12)
                    .append(everyDay ? ";BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31"
                            : ";BYDAY=-1SU").append("\r\n")
                    .append(o % 2 == 0 ? "END:STANDARD" : "END:DAYLIGHT").append("\r\n");
        }
        body.append("END:VTIMEZONE\r\n");
        for (int i = 0; i < events; i++) {
            int year = manyYears ? 1 + i % 9999 : 2020;
            String day = String.format(Locale.ROOT, "%04d%02d%02d", year, 1 + i / 9999 % 12, 1 + i / 9999 / 12 % 28);
            body.append("BEGIN:VEVENT\r\nUID:e").append(i).append("@example.org\r\nDTSTART;TZID=Made Up:").append(day)
                    .append("T100000\r\nDTEND;TZID=Made Up:").append(day).append("T110000\r\nEND:VEVENT\r\n");
        }
        return calendar(body.toString());
    }

    private static String offset(int index) {
        int minutes = index % 1080;
        return String.format(Locale.ROOT, "%s%02d%02d", index % 2 == 0 ? "+" : "-", minutes / 60, minutes % 60);
    }
}
