package org.agendum.json.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629 §4): no overlong
 * forms, no surrogates, nothing beyond U+10FFFF, no cut-short sequence at the end. Jackson's own
 * decoder lets some of those through; this stream fails on the first bad byte, as it is read, with
 * its line and column, so a bad document is refused without being read to the end.
 *
 * <p>Bulk reads are checked in one loop over the buffer that only looks twice at an ASCII byte (is
 * it below 0x80, is it a line feed); multi-byte sequences go through a small state machine that
 * carries over from one read to the next.
 */
public final class Utf8CheckingInputStream extends FilterInputStream {

    /** Bytes that are not UTF-8, and where: the line and the column (in bytes) of the first bad byte. */
    public static final class MalformedUtf8Exception extends CharConversionException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        MalformedUtf8Exception(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        /**
         * Returns the line of the first bad byte.
         *
         * @return the 1-based line
         */
        public int line() {
            return line;
        }

        /**
         * Returns the column of the first bad byte, counted in bytes.
         *
         * @return the 1-based column
         */
        public int column() {
            return column;
        }
    }

    /** The number of bytes checked so far: the offset of the next byte. */
    private long offset;
    private int line = 1;
    /** The offset of the first byte of the current line; a byte's column is its offset minus this, plus one. */
    private long lineStart;
    /** Continuation bytes still expected in the current sequence, and the range the next one must be in. */
    private int continuations;
    private int low = 0x80;
    private int high = 0xBF;

    /**
     * Wraps a stream.
     *
     * @param in the stream of bytes that should be UTF-8
     */
    public Utf8CheckingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            byte[] one = {(byte) b};
            check(one, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int count = in.read(buffer, from, length);
        if (count < 0) {
            atEnd();
        } else if (count > 0) {
            check(buffer, from, from + count);
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping would leave bytes unchecked");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Checks {@code bytes[from..to)}, the next bytes of the stream. */
    private void check(byte[] bytes, int from, int to) throws MalformedUtf8Exception {
        // The stream offset of bytes[i] is base + i.
        long base = offset - from;
        int i = from;
        while (i < to) {
            if (continuations == 0) {
                // The fast path: ASCII, where only line feeds need attention.
                int b = bytes[i];
                while (b >= 0) {
                    if (b == '\n') {
                        line++;
                        lineStart = base + i + 1;
                    }
                    if (++i == to) {
                        offset = base + to;
                        return;
                    }
                    b = bytes[i];
                }
                lead(b & 0xFF, base + i);
                i++;
            } else {
                int b = bytes[i] & 0xFF;
                if (b < low || b > high) {
                    throw invalid(b, base + i);
                }
                low = 0x80;
                high = 0xBF;
                continuations--;
                i++;
            }
        }
        offset = base + to;
    }

    /** Starts a multi-byte sequence with its lead byte, at the given stream offset. */
    private void lead(int b, long at) throws MalformedUtf8Exception {
        if (b >= 0xC2 && b <= 0xDF) {
            continuations = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            continuations = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            continuations = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw invalid(b, at);
        }
    }

    private void atEnd() throws MalformedUtf8Exception {
        if (continuations > 0) {
            throw new MalformedUtf8Exception("the document is not UTF-8: it ends inside a multi-byte sequence", line,
                    column(offset));
        }
    }

    private int column(long at) {
        return (int) (at - lineStart + 1);
    }

    private MalformedUtf8Exception invalid(int b, long at) {
        return new MalformedUtf8Exception(String.format("the document is not UTF-8: byte 0x%02X (byte offset %d) "
                + "does not belong in a well-formed UTF-8 sequence", b, at), line, column(at));
    }
}
