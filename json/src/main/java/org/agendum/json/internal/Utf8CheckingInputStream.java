package org.agendum.json.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629 §4): no overlong
 * forms, no surrogates, nothing beyond U+10FFFF, no cut-short sequence at the end. Jackson's own
 * decoder lets some of those through; this stream fails on the first bad byte, as it is read, with
 * its line and column, so a bad document is refused without being read to the end.
 *
 * <p>Bulk reads are checked in one loop over the buffer: eight bytes at a time while they are ASCII
 * without a line feed, a multi-byte sequence at once; only a sequence cut by the end of a read is
 * carried over to the next one.
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

    /** Eight bytes of an array as one long, in either byte order: only their high bits and line feeds matter. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

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
        // First the rest of a sequence that the previous read cut.
        while (continuations > 0 && i < to) {
            int b = bytes[i] & 0xFF;
            if (b < low || b > high) {
                throw invalid(b, base + i);
            }
            low = 0x80;
            high = 0xBF;
            continuations--;
            i++;
        }
        while (i < to) {
            // Eight bytes at a time while they are ASCII and none is a line feed.
            while (i <= to - 8) {
                long word = (long) LONGS.get(bytes, i);
                long feeds = word ^ 0x0A0A_0A0A_0A0A_0A0AL;
                if (((word | ((feeds - 0x0101_0101_0101_0101L) & ~feeds)) & 0x8080_8080_8080_8080L) != 0) {
                    break;
                }
                i += 8;
            }
            if (i == to) {
                break;
            }
            int b = bytes[i];
            if (b >= 0) {
                if (b == '\n') {
                    line++;
                    lineStart = base + i + 1;
                }
                i++;
                continue;
            }
            b &= 0xFF;
            int expected;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                expected = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                expected = 2;
                lo = b == 0xE0 ? 0xA0 : 0x80;
                hi = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                expected = 3;
                lo = b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                throw invalid(b, base + i);
            }
            i++;
            for (; expected > 0 && i < to; expected--, i++) {
                int c = bytes[i] & 0xFF;
                if (c < lo || c > hi) {
                    throw invalid(c, base + i);
                }
                lo = 0x80;
                hi = 0xBF;
            }
            if (expected > 0) {
                // Cut by the end of this read: the next read goes on with it.
                continuations = expected;
                low = lo;
                high = hi;
            }
        }
        offset = base + to;
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
