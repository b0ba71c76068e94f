package org.agendum.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The reader's documented limits, each an {@link EventFormatException} at the line where it is
 * crossed, and the grammar it accepts the way calendar clients do (line ends, folds, blank lines, a
 * byte-order mark, several calendars in one file, properties it never reads).
 */
class IcsReadLimitsTest {

    private static final IcsEventFormat ICS = IcsEventFormat.create();

    @Test
    void documentLongerThanTheLimit_isRefusedWithoutReadingTheRest() throws Exception {
        long[] read = new long[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return read[0] % 40 == 0 ? '\n' : 'X';
            }
        };

        assertThatThrownBy(() -> ICS.read(endless)).isInstanceOf(EventFormatException.class)
                .hasMessageContaining("longer than 16,777,216 bytes")
                .satisfies(e -> assertThat(((EventFormatException) e).kind()).isEqualTo(Kind.LIMIT))
                .satisfies(e -> assertThat(((EventFormatException) e).line()).hasValue(
                        (int) (IcsEventFormat.MAX_DOCUMENT_BYTES / 40) + 1));
        assertThat(read[0]).isLessThanOrEqualTo(IcsEventFormat.MAX_DOCUMENT_BYTES + 1);
    }

    @Test
    void moreComponentsThanTheLimit_isRefusedAtTheOneTooMany() {
        String many = "BEGIN:VALARM\r\nEND:VALARM\r\n".repeat(IcsEventFormat.MAX_COMPONENTS);

        assertRefused(calendar(many), String.format(java.util.Locale.ROOT, "more than %,d components",
                IcsEventFormat.MAX_COMPONENTS),
                6 + 2 * (IcsEventFormat.MAX_COMPONENTS - 2));
    }

    @Test
    void morePropertiesReadInTheDocumentThanTheLimit_isRefused() {
        int perEvent = IcsEventFormat.MAX_PROPERTIES_PER_COMPONENT - 10;
        String event = "BEGIN:VEVENT\r\nUID:y\r\nDTSTART:20260520T160000Z\r\n" + "CATEGORIES:c\r\n".repeat(perEvent)
                + "END:VEVENT\r\n";
        String many = event.repeat(IcsEventFormat.MAX_PROPERTIES / perEvent + 1);

        assertRefused("BEGIN:VCALENDAR\r\n" + many + "END:VCALENDAR\r\n",
                String.format(java.util.Locale.ROOT, "more than %,d of the properties agendum reads",
                        IcsEventFormat.MAX_PROPERTIES), 0);
    }

    @Test
    void nestingDeeperThanTheLimit_isRefused_withoutDeepRecursion() {
        String deep = "BEGIN:X\r\n".repeat(100_000);

        assertRefused(calendar(deep), "nested more than " + IcsEventFormat.MAX_NESTING_DEPTH + " levels",
                5 + IcsEventFormat.MAX_NESTING_DEPTH - 1);
    }

    @Test
    void morePropertiesReadThanTheLimit_isRefused_butSkippedOnesAreNotCounted() throws Exception {
        String categories = "CATEGORIES:c\r\n".repeat(IcsEventFormat.MAX_PROPERTIES_PER_COMPONENT);
        String skipped = "X-SKIPPED:x\r\n".repeat(10 * IcsEventFormat.MAX_PROPERTIES_PER_COMPONENT);

        assertRefused(calendar(categories), String.format(java.util.Locale.ROOT, "more than %,d",
                IcsEventFormat.MAX_PROPERTIES_PER_COMPONENT), 0);
        assertThat(read(calendar(skipped)).title()).isEqualTo("Reunión");
    }

    @Test
    void textLongerThanTheJsonFormatReads_isRefusedAtItsLine_soThatConvertNeverWritesWhatAgendumRefuses() {
        String text = "DESCRIPTION:" + "é".repeat(IcsEventFormat.MAX_TEXT_LENGTH + 1) + "\r\n";

        assertRefused(calendar(text), "DESCRIPTION has 1,048,577 characters, more than the 1,048,576 agendum reads", 6);
        assertThat(IcsEventFormat.MAX_TEXT_LENGTH).isEqualTo(org.agendum.json.JsonEventFormat.MAX_STRING_LENGTH);
    }

    @Test
    void zoneDefinitionsCostingMoreThanTheBudget_areRefused() {
        StringBuilder zone = new StringBuilder("BEGIN:VTIMEZONE\r\nTZID:Custom\r\n");
        for (int i = 0; i < IcsEventFormat.MAX_ZONE_OBSERVANCES; i++) {
            zone.append("BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                    + "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n");
        }
        zone.append("END:VTIMEZONE\r\n");
        StringBuilder document = new StringBuilder("BEGIN:VCALENDAR\r\n").append(zone);
        for (int year = 1700; year < 2000; year++) {
            document.append("BEGIN:VEVENT\r\nUID:y").append(year).append("\r\nDTSTART;TZID=Custom:").append(year)
                    .append("0601T100000\r\nDTEND;TZID=Custom:").append(year).append("0601T110000\r\nEND:VEVENT\r\n");
        }
        document.append("END:VCALENDAR\r\n");

        assertThatThrownBy(() -> read(document.toString())).isInstanceOf(EventFormatException.class)
                .hasMessageContaining("evaluations, the most agendum spends on them")
                .satisfies(e -> assertThat(((EventFormatException) e).kind()).isEqualTo(Kind.LIMIT));
    }

    @Test
    void lineEndsFoldsBlankLinesAndAByteOrderMark_readAsClientsReadThem() throws Exception {
        String crlf = "\uFEFFBEGIN:VCALENDAR\r\n\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260520T160000Z\r\n"
                + "SUMMARY:Reu\r\n nión de\r\n\t coordinación\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        for (String document : new String[] {crlf, crlf.replace("\r\n", "\n"), crlf.replace("\r\n", "\r")}) {
            Event event = read(document);
            assertThat(event.title()).isEqualTo("Reunión de coordinación");
            assertThat(event.start()).isEqualTo(LocalDateTime.of(2026, 5, 20, 16, 0));
        }
    }

    @Test
    void severalCalendars_andComponentsWithoutACalendar_readAsOne() throws Exception {
        String one = "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260520T160000Z\r\nDTEND:20260520T170000Z\r\nSUMMARY:A\r\n"
                + "END:VEVENT\r\n";
        String two = one.replace("UID:a", "UID:b").replace("SUMMARY:A", "SUMMARY:B").replace("T16", "T18")
                .replace("T17", "T19");

        assertThat(read("BEGIN:VCALENDAR\r\n" + one + "END:VCALENDAR\r\nBEGIN:VCALENDAR\r\n" + two + "END:VCALENDAR\r\n")
                .agenda().blocks()).extracting(b -> b.title()).containsExactly("A", "B");
        assertThat(read(one).title()).isEqualTo("A");
    }

    @Test
    void bytesThatAreNotUtf8_inAContinuationLine_areReportedAtThatLine() {
        byte[] head = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260520T160000Z\r\nSUMMARY:Reu\r\n ni"
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "n\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.writeBytes(head);
        document.write(0xF3); // Latin-1 ó
        document.writeBytes(tail);

        assertThatThrownBy(() -> ICS.fromBytes(document.toByteArray())).isInstanceOf(EventFormatException.class)
                .hasMessageContaining("not UTF-8: byte 0xF3")
                .satisfies(e -> assertThat(((EventFormatException) e).kind()).isEqualTo(Kind.ENCODING))
                .satisfies(e -> assertThat(((EventFormatException) e).line()).hasValue(6));
    }

    @Test
    void propertiesAgendumNeverReads_refuseNothing() throws Exception {
        String messy = "DTSTAMP:20210101T000000\r\nCREATED:20210101\r\n"
                + "DESCRIPTION;ALTREP=\"CID:<FFFE__=0ABBE548DFE1E66E8f9e8a93d@coffeebean.com>\":b ody\r\n"
                + "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Hauptstraße 1-5\\; 4041 Linz;X-TITLE=Linz:geo:48.3,14.2\r\n"
                + "BEGIN:VALARM\r\nTRIGGER:-P1W6DT15H\r\nACTION:DISPLAY\r\nEND:VALARM\r\n";

        Event event = read(calendar(messy));
        assertThat(event.description()).hasValue("b ody");
    }

    /** A limit crossed: a refusal of kind LIMIT, with the message and (unless 0) at the line. */
    private static void assertRefused(String document, String message, int line) {
        assertThatThrownBy(() -> read(document)).isInstanceOf(EventFormatException.class)
                .hasMessageContaining(message)
                .satisfies(e -> {
                    assertThat(((EventFormatException) e).kind()).isEqualTo(Kind.LIMIT);
                    if (line > 0) {
                        assertThat(((EventFormatException) e).line()).hasValue(line);
                    }
                });
    }

    /** A calendar with one VEVENT whose sixth line on is {@code inside}. */
    private static String calendar(String inside) {
        return "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260520T160000Z\r\nSUMMARY:Reunión\r\n" + inside
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    private static Event read(String document) throws EventFormatException {
        try {
            return ICS.read(new java.io.ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
