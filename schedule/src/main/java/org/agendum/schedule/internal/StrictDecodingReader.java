package org.agendum.schedule.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * Decodes a document's bytes in one charset, strictly: the first bytes that are not a character
 * of it (malformed or unmappable, a sequence cut by the end included) stop the reading with an
 * {@link UndecodableBytes} naming their line, column and byte offset. The parser is handed these
 * characters instead of the bytes so that it never decodes, and so never reports a bad byte
 * through its own error handler, which the JDK's StAX prints to {@code System.err}.
 *
 * <p>Lines and columns are counted as the XML parser counts them: a line ends at a line feed, a
 * carriage return, or both together; columns count characters (UTF-16 units) from 1.
 */
final class StrictDecodingReader extends Reader {

    /**
     * Bytes that are not characters of the document's charset. It is an {@link IOException} that is
     * not a {@link java.io.CharConversionException}, so the parser passes it on without reporting
     * it; {@link #problem()} is what the reader throws instead.
     */
    static final class UndecodableBytes extends IOException {
        private static final long serialVersionUID = 1L;
        private final EventFormatException problem;

        UndecodableBytes(EventFormatException problem) {
            super(problem.getMessage());
            this.problem = problem;
        }

        /**
         * Returns the problem to report.
         *
         * @return an {@link Kind#ENCODING} problem at the line and column of the first bad byte
         */
        EventFormatException problem() {
            return problem;
        }
    }

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder;
    /** Bytes not decoded yet, ready to read from. */
    private final ByteBuffer bytes;
    /** Characters decoded and not handed out yet, ready to read from. */
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    /** The offset in the document of the first byte of {@link #bytes}' array. */
    private long bufferOffset;
    private boolean endOfInput;
    private boolean flushed;
    /** The line and the column of the next character decoded. */
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;

    /**
     * Decodes a document whose first bytes were already read.
     *
     * @param start the bytes read, the document's first
     * @param from where the characters begin in them, after a byte order mark
     * @param to the end of the bytes read
     * @param rest the rest of the document, not closed
     * @param charset the document's charset
     */
    StrictDecodingReader(byte[] start, int from, int to, InputStream rest, Charset charset) {
        this.in = rest;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytes = ByteBuffer.allocate(Math.max(BUFFER, to - from));
        bytes.put(start, from, to - from).flip();
        this.bufferOffset = from;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            decode();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next characters into {@link #chars}, reading more bytes when it needs them. */
    private void decode() throws IOException {
        chars.clear();
        int counted = 0;
        try {
            while (chars.position() == 0) {
                // Once the stream has ended, what is left is a sequence it cut short.
                boolean last = endOfInput;
                CoderResult result = decoder.decode(bytes, chars, last);
                counted = count(counted);
                if (result.isError()) {
                    throw undecodable(result, last);
                }
                if (result.isOverflow()) {
                    break;
                }
                if (last) {
                    decoder.flush(chars);
                    count(counted);
                    flushed = true;
                    break;
                }
                fill();
            }
        } finally {
            chars.flip();
        }
    }

    /** Reads more bytes after those not decoded yet; at the end of the stream marks the end of input. */
    private void fill() throws IOException {
        bufferOffset += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /**
     * Moves the line and column past the characters decoded from {@code from} to the position of
     * {@link #chars}, which is in write mode.
     *
     * @return the position, where the next count begins
     */
    private int count(int from) {
        char[] array = chars.array();
        int end = chars.position();
        for (int i = from; i < end; i++) {
            char c = array[i];
            if (c == '\n' || c == '\r') {
                if (c == '\r' || !afterCarriageReturn) {
                    line++;
                }
                column = 1;
            } else {
                column++;
            }
            afterCarriageReturn = c == '\r';
        }
        return end;
    }

    private UndecodableBytes undecodable(CoderResult result, boolean cutShort) {
        long offset = bufferOffset + bytes.position();
        int first = bytes.get(bytes.position()) & 0xFF;
        String charset = decoder.charset().name();
        String what;
        if (result.isUnmappable()) {
            what = String.format(Locale.ROOT, "byte 0x%02X (byte offset %d) is no character of %s", first, offset, charset);
        } else if (cutShort) {
            what = String.format(Locale.ROOT, "it ends inside a multi-byte sequence (byte offset %d)", offset);
        } else {
            what = String.format(Locale.ROOT, "byte 0x%02X (byte offset %d) does not belong in a well-formed %s sequence",
                    first, offset, charset);
        }
        return new UndecodableBytes(EventFormatException.atLine(Kind.ENCODING, "the document is not " + charset + ": " + what,
                line, column, null));
    }

    @Override
    public void close() {
        // The caller's stream stays open (EventFormat's contract).
    }
}
