package org.agendum.schedule;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.core.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ScheduleXmlFormat} on documents whose bytes are not those of their encoding, and on
 * documents in the other encodings it reads: a bad byte is an {@link Kind#ENCODING} problem at its
 * line, column and byte offset (counted here from the text before it), and nothing is ever printed
 * to {@code System.err}.
 */
class ScheduleXmlEncodingTest {

    /** A schedule whose conference title is {@code title}, written after its XML declaration. */
    private static String schedule(String declaration, String title) {
        return declaration + """
                <schedule>
                  <conference><title>%s</title><time_zone_name>Europe/Berlin</time_zone_name></conference>
                  <day index="1" date="2024-08-10">
                    <room name="Tent">
                      <event id="7"><start>10:00</start><duration>00:30</duration><title>Hack night</title></event>
                    </room>
                  </day>
                </schedule>
                """.formatted(title);
    }

    private static String declared(String encoding) {
        return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n";
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    /** Reads a document that must be refused, asserting that nothing is printed; returns why it was. */
    private static EventFormatException refused(byte[] document) throws Exception {
        AtomicReference<EventFormatException> thrown = new AtomicReference<>();
        String printed = StandardError.printedBy(() -> thrown.set(assertThrows(EventFormatException.class,
                () -> ScheduleXmlFormat.create().fromBytes(document))));
        assertThat(printed).isEmpty();
        return thrown.get();
    }

    /** Reads a document that must be read, asserting that nothing is printed. */
    private static Event read(byte[] document) throws Exception {
        AtomicReference<Event> event = new AtomicReference<>();
        String printed = StandardError.printedBy(() -> event.set(ScheduleXmlFormat.create().fromBytes(document)));
        assertThat(printed).isEmpty();
        return event.get();
    }

    /**
     * Asserts an encoding problem at the end of {@code before}, the text decoded before the bad
     * bytes: its line and column counted in that text, its byte offset in the message.
     */
    static void assertEncodingProblemAfter(EventFormatException e, String before, int byteOffset, String which) {
        String place = which + ": " + e.getMessage();
        assertThat(e.kind()).as(place).isEqualTo(Kind.ENCODING);
        assertThat(e.line()).as(place).hasValue(1 + (int) before.chars().filter(c -> c == '\n').count());
        assertThat(e.column()).as(place).hasValue(before.length() - before.lastIndexOf('\n'));
        assertThat(e.getMessage()).as(place).contains("byte offset " + byteOffset + ")");
    }

    static Stream<Arguments> malformedUtf8() {
        return Stream.of(
                Arguments.of("an invalid start byte", "ff"),
                Arguments.of("a lone continuation byte", "80"),
                Arguments.of("a sequence cut short by the next character", "e282"),
                Arguments.of("an overlong encoding of '/'", "c0af"),
                Arguments.of("an overlong three-byte encoding", "e080af"),
                Arguments.of("a lone surrogate encoded in UTF-8", "eda080"),
                Arguments.of("a code point beyond U+10FFFF", "f4908080"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedUtf8")
    void malformedUtf8_isAnEncodingProblemAtItsPlace_andNothingIsPrinted(String what, String hex) throws Exception {
        String document = schedule(declared("UTF-8"), "Café Ł@@");
        String before = document.substring(0, document.indexOf("@@"));
        byte[] bytes = concat(before.getBytes(UTF_8), HexFormat.of().parseHex(hex),
                document.substring(document.indexOf("@@") + 2).getBytes(UTF_8));

        EventFormatException e = refused(bytes);

        assertEncodingProblemAfter(e, before, before.getBytes(UTF_8).length, what);
    }

    @Test
    void badBytesAfterALongValidPrefix_areFoundAtTheirLineAndColumn_countedInCharacters() throws Exception {
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            comments.append("<!-- Café número ").append(i).append(" — 𝄞 -->\r\n");
        }
        String document = schedule(declared("UTF-8") + comments, "Ærø@@");
        String before = document.substring(0, document.indexOf("@@"));
        byte[] bytes = concat(before.getBytes(UTF_8), new byte[] {(byte) 0xC3, '('},
                document.substring(document.indexOf("@@") + 2).getBytes(UTF_8));

        EventFormatException e = refused(bytes);

        // CR LF ends one line, as the parser counts; a column counts UTF-16 units, an offset bytes.
        assertEncodingProblemAfter(e, before.replace("\r\n", "\n"), before.getBytes(UTF_8).length, "after 2,000 lines");
    }

    @Test
    void aDocumentEndingInsideASequence_isAnEncodingProblemAtItsEnd() throws Exception {
        String document = schedule(declared("UTF-8"), "Camp") + "<!-- bye -->";
        byte[] bytes = concat(document.getBytes(UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});

        EventFormatException e = refused(bytes);

        assertEncodingProblemAfter(e, document, document.getBytes(UTF_8).length, "at the end");
    }

    @Test
    void iso88591_whenDeclared_isDecodedAsSuch() throws Exception {
        assertThat(read(schedule(declared("ISO-8859-1"), "Café Zürich").getBytes(ISO_8859_1)).title())
                .isEqualTo("Café Zürich");
        assertThat(read(schedule(declared("latin1"), "Crème brûlée").getBytes(ISO_8859_1)).title())
                .isEqualTo("Crème brûlée");
        assertThat(read(schedule(declared("windows-1252"), "Café €5").getBytes(Charset.forName("windows-1252"))).title())
                .isEqualTo("Café €5");
    }

    @Test
    void usAscii_whenDeclared_refusesAByteBeyondIt() throws Exception {
        String document = schedule(declared("US-ASCII"), "Caf@@");
        String before = document.substring(0, document.indexOf("@@"));
        byte[] bytes = schedule(declared("US-ASCII"), "Café").getBytes(ISO_8859_1);

        EventFormatException e = refused(bytes);

        assertEncodingProblemAfter(e, before, before.length(), "é in US-ASCII");
        assertThat(read(schedule(declared("US-ASCII"), "Cafe").getBytes(UTF_8)).title()).isEqualTo("Cafe");
    }

    @Test
    void utf16_withAByteOrderMarkOrItsDeclaration_isReadInEitherOrder() throws Exception {
        String title = "Café ☕ 𝄞";
        byte[] bigEndian = schedule(declared("UTF-16"), title).getBytes(UTF_16BE);
        byte[] littleEndian = schedule(declared("UTF-16"), title).getBytes(UTF_16LE);
        byte[] undeclared = schedule("", title).getBytes(UTF_16LE);

        assertThat(read(concat(HexFormat.of().parseHex("feff"), bigEndian)).title()).isEqualTo(title);
        assertThat(read(concat(HexFormat.of().parseHex("fffe"), littleEndian)).title()).isEqualTo(title);
        assertThat(read(concat(HexFormat.of().parseHex("fffe"), undeclared)).title()).isEqualTo(title);
        assertThat(read(littleEndian).title()).isEqualTo(title);
        assertThat(read(bigEndian).title()).isEqualTo(title);
        assertThat(read(concat(HexFormat.of().parseHex("efbbbf"), schedule(declared("UTF-8"), title).getBytes(UTF_8))).title())
                .isEqualTo(title);
    }

    @Test
    void utf16_withALoneSurrogate_isAnEncodingProblem() throws Exception {
        String document = schedule(declared("UTF-16"), "Caf@@");
        String before = document.substring(0, document.indexOf("@@"));
        byte[] bytes = concat(HexFormat.of().parseHex("fffe"), before.getBytes(UTF_16LE), HexFormat.of().parseHex("00d8"),
                document.substring(document.indexOf("@@") + 2).getBytes(UTF_16LE));

        EventFormatException e = refused(bytes);

        assertEncodingProblemAfter(e, before, 2 + before.getBytes(UTF_16LE).length, "a lone surrogate");
    }

    static Stream<Arguments> refusedDeclarations() {
        return Stream.of(
                Arguments.of("an encoding the JDK does not have", new byte[0], declared("x-agendum-none"), UTF_8),
                Arguments.of("UTF-16 declared in ASCII bytes", new byte[0], declared("UTF-16"), UTF_8),
                Arguments.of("UTF-32 declared in ASCII bytes", new byte[0], declared("UTF-32"), UTF_8),
                Arguments.of("ISO-8859-1 after a UTF-8 byte order mark", HexFormat.of().parseHex("efbbbf"), declared("ISO-8859-1"),
                        UTF_8),
                Arguments.of("UTF-8 after a UTF-16 byte order mark", HexFormat.of().parseHex("feff"), declared("UTF-8"),
                        UTF_16BE),
                Arguments.of("UTF-16BE in little-endian bytes", new byte[0], declared("UTF-16BE"), UTF_16LE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedDeclarations")
    void anUnsupportedOrInconsistentDeclaredEncoding_isAnEncodingProblemAtItsName(String what, byte[] mark,
            String declaration, Charset written) throws Exception {
        EventFormatException e = refused(concat(mark, schedule(declaration, "Camp").getBytes(written)));

        assertThat(e.kind()).isEqualTo(Kind.ENCODING);
        assertThat(e.line()).hasValue(1);
        assertThat(e.column()).hasValue(declaration.indexOf("encoding=\"") + "encoding=\"".length() + 1);
    }

    @Test
    void utf32_isAnEncodingProblem_notASyntaxError() throws Exception {
        EventFormatException e = refused(schedule(declared("UTF-32"), "Camp").getBytes(Charset.forName("UTF-32BE")));

        assertThat(e.kind()).isEqualTo(Kind.ENCODING);
        assertThat(e.line()).hasValue(1);
    }
}
