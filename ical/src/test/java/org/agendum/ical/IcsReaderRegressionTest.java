package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.json.JsonEventFormat;
import org.junit.jupiter.api.Test;

/**
 * Bugs the mutation property ({@link IcsMutationProperties}) found in the reader on 2026-12-05,
 * and its long run on 2026-12-06, each with the smallest document that showed it, and fixed since: the reader must read each as an
 * event or refuse it with an {@link EventFormatException}, never another exception, in bounded
 * memory (the {@code test-bounded} execution runs this class again at {@code -Xmx256m}) and
 * without hanging. The guard of {@link #HANG} is not a speed measurement: these documents took 8 s
 * to minutes before the fixes and take milliseconds now (see {@code docs/RELIABILITY.md}); it only
 * keeps a regression from hanging the build.
 */
class IcsReaderRegressionTest {

    private static final IcsEventFormat ICS = IcsEventFormat.create();
    /** Five times the promise of one second: a guard against a hang, not a second contract. */
    private static final Duration HANG = Duration.ofSeconds(5);

    /**
     * Was bug 1: a publish file with two registration VEVENTs (a feed that lists the event twice, or
     * two calendars one after the other) throws {@code IllegalStateException: Builder of Event is
     * strict, attribute is already set: registration} out of {@code IcsEventFormat.read}
     * ({@code AgendumDialect.read} sets the registration once per VEVENT; the event builder is
     * strict). Found as case 20261205:267 (a publish export written five times in a row).
     */
    @Test
    void publishFileWithTwoRegistrationEntries_readsOrIsRefused() {
        String registration = "BEGIN:VEVENT\r\nUID:seminar+registration@agendum\r\nRELATED-TO:seminar@agendum\r\n"
                + "DTSTART;VALUE=DATE:20260220\r\nSUMMARY:Last day to register\r\nEND:VEVENT\r\n";
        String document = "BEGIN:VCALENDAR\r\nPRODID:-//agendum//agendum 0.1//EN\r\nVERSION:2.0\r\n"
                + "BEGIN:VEVENT\r\nUID:seminar@agendum\r\nDTSTART:20260301T100000Z\r\nDTEND:20260301T120000Z\r\n"
                + "SUMMARY:Seminar\r\nEND:VEVENT\r\n" + registration + registration + "END:VCALENDAR\r\n";

        Object outcome = read(bytes(document));

        assertThat(outcome).isInstanceOfAny(Event.class, EventFormatException.class);
    }

    /**
     * Was bug 2: the cost of a yearly rule grows with the length of its BYMONTHDAY list, which nothing
     * bounds: {@code YearlyRule.parse} checks 400 years of 28 to 31 days against the whole list
     * ({@code matchesMonthDay} is a linear scan), and every year a time needs does it again. One
     * observance with {@code BYMONTHDAY=1,1,1,…} of a million values (2 MB, an eighth of the size
     * limit) takes about 7 s; one of eight million (16 MB) about a minute. Found as case
     * 20261205:44 (26 s: ten observances of 100,000 values and a thousand VEVENTs).
     */
    @Test
    void yearlyRuleWithAHugeByMonthDayList_isReadWithinTheSecond() {
        StringBuilder days = new StringBuilder("1");
        days.append(",1".repeat(1_000_000));
        String document = calendar("BEGIN:VTIMEZONE\r\nTZID:Made Up\r\nBEGIN:STANDARD\r\nDTSTART:20000101T000000\r\n"
                + "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=" + days + "\r\n"
                + "END:STANDARD\r\nEND:VTIMEZONE\r\n" + vevent(0, "Made Up", 2020));

        assertThat(readWithin(bytes(document))).isInstanceOfAny(Event.class, EventFormatException.class);
    }

    /**
     * Was bug 3: resolving a time in a file-defined zone costs (distinct offsets) × (onsets of three
     * years), and is done again for every DTSTART and DTEND: {@code DefinedZone.resolve} tries every
     * offset any observance names and, for each, {@code offsetAt} scans every onset of the years
     * around. With 1,000 observances (the limit) of distinct offsets, each with 31 onsets a year,
     * that is 2,000 × 93,000 comparisons per time, about a third of a second; these twelve VEVENTs
     * in one year (220 kB, a few thousand observance-years of the budget) took about 8 s,
     * two hundred of them 100 s. The budget of observance-years
     * did not bound it: the years are few, the offsets and onsets many. RDATE lists (case
     * 20261205:297, 9 s) and yearly rules with distinct offsets used in many years (case
     * 20261205:124, 2 s) are the same cost.
     */
    @Test
    void zoneOfAThousandObservancesWithDistinctOffsets_isReadWithinTheSecond() {
        StringBuilder zone = new StringBuilder("BEGIN:VTIMEZONE\r\nTZID:Made Up\r\n");
        for (int o = 0; o < 1_000; o++) {
            String offset = String.format(Locale.ROOT, "%s%02d%02d", o % 2 == 0 ? "+" : "-", o / 60 % 18, o % 60);
            zone.append("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:").append(offset)
                    .append("\r\nTZOFFSETTO:").append(offset).append("\r\nRRULE:FREQ=YEARLY;BYMONTH=").append(o % 12 + 1)
                    .append(";BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31")
                    .append("\r\nEND:STANDARD\r\n");
        }
        zone.append("END:VTIMEZONE\r\n");
        for (int i = 0; i < 12; i++) {
            zone.append(vevent(i, "Made Up", 2020));
        }

        assertThat(readWithin(bytes(calendar(zone.toString())))).isInstanceOfAny(Event.class, EventFormatException.class);
    }

    /**
     * Was bug 4: memory grows with COUNT times the observances: {@code YearlyRule} enumerates a rule's
     * first COUNT onsets (at most 1,000) and keeps them, about 60 kB per observance, and observances
     * are limited per zone (1,000), not per document. Ten zones of 999 such observances (1.3 MB)
     * give {@code OutOfMemoryError} after 5 s at {@code -Xmx256m}; these forty (5 MB) keep about
     * 2.4 GB and take 9 to 13 s with a large heap; ninety (within {@code MAX_COMPONENTS}) would keep 5 GB.
     */
    @Test
    void fortyZonesOfCountedRules_areReadInBoundedMemoryWithinTheSecond() {
        StringBuilder body = new StringBuilder();
        for (int z = 0; z < 40; z++) {
            body.append("BEGIN:VTIMEZONE\r\nTZID:Zone ").append(z).append("\r\n");
            body.append(("BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\n"
                    + "RRULE:FREQ=YEARLY;BYDAY=SU;COUNT=1000\r\nEND:STANDARD\r\n").repeat(999));
            body.append("END:VTIMEZONE\r\n");
        }
        for (int z = 0; z < 40; z++) {
            body.append(vevent(z, "Zone " + z, 2020));
        }

        assertThat(readWithin(bytes(calendar(body.toString())))).isInstanceOfAny(Event.class, EventFormatException.class);
    }

    /**
     * Was bug 5: a UID is not held to {@code MAX_TEXT_LENGTH}: another calendar's VEVENT with a UID of
     * 1,048,577 characters becomes an event with an id that long, which the JSON format refuses to
     * read back ("String value length (1048577) exceeds the maximum allowed"), though the reader's
     * text limit is the JSON format's "so that converting a calendar to JSON never writes what
     * agendum refuses" (the old reader's {@code ics-post} reproducers, with SUMMARY, are fixed;
     * ids from UIDs, of the event and of blocks, are not). Since 2026-12-06 ids have at most
     * {@link Event#MAX_ID_LENGTH} characters, and such a UID is cut.
     */
    @Test
    void uidLongerThanTheTextLimit_isRefusedOrConvertsToJsonThatReadsBack() throws EventFormatException {
        String document = calendar("BEGIN:VEVENT\r\nUID:" + "u".repeat(IcsEventFormat.MAX_TEXT_LENGTH + 1) + "\r\n"
                + "DTSTART:20260301T100000Z\r\nSUMMARY:Seminar\r\nEND:VEVENT\r\n");

        Event event = ICS.fromBytes(bytes(document));

        // Another calendar's UID becomes an id of at most the model's length, the rest as a digest.
        assertThat(event.id().length()).isLessThanOrEqualTo(Event.MAX_ID_LENGTH).isGreaterThan(200);
        assertThat(event.id()).startsWith("uuuu").matches(".*-[0-9a-f]{16}");
        JsonEventFormat json = JsonEventFormat.create();
        assertThat(json.fromBytes(json.toBytes(event))).isEqualTo(event);
    }

    /**
     * Found by the long run of 2026-12-06 (case 20261206:5340 and others): another calendar's long
     * UIDs or name became ids that iCalendar writes into every entry's UID. Ids are now at most
     * {@link Event#MAX_ID_LENGTH} characters; long UIDs that begin alike stay distinct ids.
     */
    @Test
    void longUidsThatBeginAlike_becomeDistinctIdsOfBoundedLength() throws EventFormatException {
        String common = "040000008200E00074C5B7101A82E008".repeat(10);
        String document = calendar(("BEGIN:VEVENT\r\nUID:" + common + "-first\r\nDTSTART:20260301T100000Z\r\nDTEND:20260301T103000Z\r\n"
                + "SUMMARY:One\r\nEND:VEVENT\r\n") + ("BEGIN:VEVENT\r\nUID:" + common + "-second\r\n"
                + "DTSTART:20260301T110000Z\r\nDTEND:20260301T113000Z\r\nSUMMARY:Two\r\nEND:VEVENT\r\n"));

        Event event = ICS.fromBytes(bytes(document));

        assertThat(event.agenda().blocks()).hasSize(2).allSatisfy(b -> assertThat(b.id().length())
                .isLessThanOrEqualTo(Event.MAX_ID_LENGTH));
        assertThat(event.agenda().blocks().get(0).id()).isNotEqualTo(event.agenda().blocks().get(1).id());
    }

    /**
     * Found by the long run of 2026-12-06 (cases 20261206:13863 and 28710): a document of one
     * 16 MiB line, {@code BEGIN:} and the rest, kept the whole line as a component's name and
     * repeated it twice in the refusal's message, which ran out of memory at {@code -Xmx256m}.
     */
    @Test
    void beginLineOfSixteenMebibytes_isRefusedAtItsLine_withAShortMessage() {
        String line = "BEGIN:VCALENDAR" + "X".repeat((int) IcsEventFormat.MAX_DOCUMENT_BYTES - 100) + " more";

        Object outcome = readWithin(bytes(line));

        assertThat(outcome).isInstanceOfSatisfying(EventFormatException.class, e -> {
            assertThat(e.line()).hasValue(1);
            assertThat(e.getMessage()).hasSizeLessThan(300).contains("names no component");
        });
    }

    private static String calendar(String body) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//example//fuzz//EN\r\n" + body + "END:VCALENDAR\r\n";
    }

    private static String vevent(int index, String tzid, int year) {
        return "BEGIN:VEVENT\r\nUID:entry-" + index + "@example.org\r\nDTSTART;TZID=" + tzid + ":" + year + "0101T100000\r\n"
                + "DTEND;TZID=" + tzid + ":" + year + "0101T110000\r\nSUMMARY:Entry " + index + "\r\nEND:VEVENT\r\n";
    }

    private static byte[] bytes(String document) {
        return document.getBytes(StandardCharsets.UTF_8);
    }

    /** The event read, or the format exception; anything else is thrown. */
    private static Object read(byte[] document) {
        try {
            return ICS.fromBytes(document);
        } catch (EventFormatException e) {
            return e;
        }
    }

    /**
     * {@link #read} on a thread of its own, failing if it takes longer than {@link #HANG}, with
     * the time it took (waited for up to a minute); what the read throws is thrown here.
     */
    private static Object readWithin(byte[] document) {
        AtomicReference<Object> outcome = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                outcome.set(read(document));
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "ics-read");
        reader.setDaemon(true);
        long start = System.nanoTime();
        reader.start();
        try {
            reader.join(HANG.toMillis());
            if (reader.isAlive()) {
                reader.join(Duration.ofMinutes(1).toMillis());
                long took = (System.nanoTime() - start) / 1_000_000;
                Throwable t = thrown.get();
                fail("no outcome within " + HANG.toMillis() + " ms (IcsEventFormat promises one second): "
                        + (reader.isAlive() ? "still reading after " + took + " ms" : "took " + took + " ms")
                        + (t != null ? ", then threw " + t : ""), t);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (thrown.get() != null) {
            throw new AssertionError("the read threw " + thrown.get(), thrown.get());
        }
        return outcome.get();
    }
}
