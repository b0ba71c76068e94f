package org.agendum.ical.internal.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * Splits a document into RFC 5545 content lines (§3.1): physical lines end with CRLF, LF or CR; a
 * line that starts with a space or a tab continues the one before (folding); blank lines, which
 * Exchange writes, are skipped, and so is a UTF-8 byte-order mark.
 *
 * <p>A line that is not {@code NAME[;PARAMETERS]:VALUE} has no {@linkplain #name() name}; the
 * parser decides what it is (most often the rest of a text whose line break its producer did not
 * fold).
 *
 * <p>The lexer holds one unfolded line at a time and gives its name at once; the parameters and the
 * value are decoded only when asked for ({@link #parameters()}, {@link #value()}), so that lines
 * the reader skips cost a scan and nothing more, and a broken parameter of a property agendum never
 * reads (Apple's {@code X-ADDRESS=…\; …}) refuses nothing. Decoding is strict UTF-8: a byte that is
 * not is an error at its own physical line, never a replacement character.
 *
 * <p>It works on the bytes of the whole document in one pass, iteratively (no recursion), in time
 * linear in the document's size.
 */
final class ContentLineLexer {

    private final byte[] document;
    private int position;
    private int nextPhysicalLine = 1;

    /** The current unfolded line. */
    private byte[] line = new byte[512];
    private int lineLength;
    /** Where each physical line of the current content line starts in {@link #line}, and its number. */
    private int[] segmentStarts = new int[8];
    private int[] segmentLines = new int[8];
    private int segments;

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private String name;
    private int nameEnd;
    private int valueStart;

    ContentLineLexer(byte[] document) {
        this.document = document;
        if (document.length >= 3 && (document[0] & 0xFF) == 0xEF && (document[1] & 0xFF) == 0xBB
                && (document[2] & 0xFF) == 0xBF) {
            position = 3;
        }
    }

    /**
     * Moves to the next content line.
     *
     * @return false at the end of the document
     */
    boolean next() {
        lineLength = 0;
        segments = 0;
        while (position < document.length) {
            int start = position;
            boolean continuation = document[start] == ' ' || document[start] == '\t';
            if (lineLength > 0 && !continuation) {
                break; // the next content line starts here; it is read on the next call
            }
            int end = endOfPhysicalLine(start);
            int number = nextPhysicalLine++;
            if (continuation && lineLength > 0) {
                append(start + 1, end, number);
            } else if (end > start) {
                // A line, or one indented with nothing to continue (some templates indent the first).
                int from = start;
                while (from < end && (document[from] == ' ' || document[from] == '\t')) {
                    from++;
                }
                if (from < end) {
                    append(from, end, number);
                }
            } // else a blank line: skipped
            position = skipLineEnd(end);
        }
        if (lineLength == 0) {
            return false;
        }
        split();
        return true;
    }

    /** The current line's name, upper case; null if the line is not a content line. */
    String name() {
        return name;
    }

    /** The whole current line, decoded from UTF-8: the text of a line that is not a content line. */
    String line() {
        return decode(0, lineLength);
    }

    /** The physical line the current content line starts on. */
    int lineNumber() {
        return segmentLines[0];
    }

    /** The last physical line read: at the end of the document, its last line. */
    int lastLine() {
        return Math.max(1, nextPhysicalLine - 1);
    }

    /** Whether the current line has parameters. */
    boolean hasParameters() {
        return valueStart > nameEnd + 1;
    }

    /**
     * The current line's parameters as written, between the name's {@code ;} and the value's
     * {@code :}, decoded from UTF-8.
     *
     * @return the parameters, empty if there are none
     */
    String parameters() {
        return hasParameters() ? decode(nameEnd + 1, valueStart - 1) : "";
    }

    /** The current line's value, decoded from UTF-8. */
    String value() {
        return decode(valueStart, lineLength);
    }

    private int endOfPhysicalLine(int from) {
        int i = from;
        while (i < document.length && document[i] != '\n' && document[i] != '\r') {
            i++;
        }
        return i;
    }

    private int skipLineEnd(int end) {
        if (end < document.length && document[end] == '\r') {
            end++;
        }
        if (end < document.length && document[end] == '\n') {
            end++;
        }
        return end;
    }

    private void append(int from, int to, int number) {
        int count = to - from;
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(document, from, line, lineLength, count);
        if (segments == segmentStarts.length) {
            segmentStarts = Arrays.copyOf(segmentStarts, segments * 2);
            segmentLines = Arrays.copyOf(segmentLines, segments * 2);
        }
        segmentStarts[segments] = lineLength;
        segmentLines[segments] = number;
        segments++;
        lineLength += count;
    }

    /**
     * Finds the name and where the value starts: after the first {@code :} outside quotes. A line
     * without a name of ASCII letters, digits and hyphens or without a {@code :} is not a content
     * line: {@link #name()} is then null.
     */
    private void split() {
        name = null;
        int i = 0;
        while (i < lineLength && line[i] != ':' && line[i] != ';') {
            if (!isNameByte(line[i])) {
                return;
            }
            i++;
        }
        nameEnd = i;
        if (i == 0 || i == lineLength) {
            return;
        }
        valueStart = line[i] == ':' ? i + 1 : afterParameters(i);
        if (valueStart > 0) {
            boolean upper = true;
            for (int j = 0; j < nameEnd && upper; j++) {
                upper = line[j] < 'a' || line[j] > 'z';
            }
            name = new String(line, 0, nameEnd, StandardCharsets.ISO_8859_1);
            name = upper ? name : name.toUpperCase(Locale.ROOT);
        }
    }

    /**
     * The index after the {@code :} that ends the parameters starting at {@code semicolon}, or 0
     * if there is none. A parameter value in double quotes may hold {@code :}; if the quotes do not
     * close, as in some damaged vendor parameters, the first {@code :} counts.
     */
    private int afterParameters(int semicolon) {
        boolean quoted = false;
        for (int i = semicolon; i < lineLength; i++) {
            if (line[i] == '"') {
                quoted = !quoted;
            } else if (line[i] == ':' && !quoted) {
                return i + 1;
            }
        }
        for (int i = semicolon; i < lineLength; i++) {
            if (line[i] == ':') {
                return i + 1;
            }
        }
        return 0;
    }

    /** Names are ASCII letters, digits and hyphens (RFC 5545 §3.1); {@code _} and {@code .} are tolerated. */
    private static boolean isNameByte(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_'
                || b == '.';
    }

    private String decode(int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = line[i] >= 0;
        }
        if (ascii) {
            return new String(line, from, to - from, StandardCharsets.ISO_8859_1);
        }
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(line, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int physical = physicalLineOf(at);
            throw new IcsProblem(Kind.ENCODING, String.format(Locale.ROOT, "the document is not UTF-8: byte 0x%02X in %s", line[at] & 0xFF,
                    name == null ? "a line" : name), physical, 0);
        }
        out.flip();
        return out.toString();
    }

    private int physicalLineOf(int offset) {
        int segment = 0;
        while (segment + 1 < segments && segmentStarts[segment + 1] <= offset) {
            segment++;
        }
        return segmentLines[segment];
    }
}
