package org.agendum.ical.internal.write;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes RFC 5545 content lines (§3.1) straight to a stream: UTF-8, CRLF line ends, physical lines
 * of at most {@value #MAX_OCTETS} octets continued on lines that start with a space.
 *
 * <p>A fold never splits a UTF-8 sequence nor a backslash escape ({@code \,} {@code \;} {@code \\}
 * {@code \n}): unfolding restores either way, but some parsers unescape before they unfold. Text
 * is escaped as RFC 5545 §3.3.11 TEXT: line breaks (CR, LF, CRLF) become {@code \n}, and the
 * control characters TEXT cannot carry become spaces. Parameter values are quoted when they contain
 * {@code : ; ,} and caret-encoded (RFC 6868). Nothing is allocated per character; the stream gets
 * the bytes in large chunks.
 *
 * <p>Use: {@code property("DTSTART").parameter("TZID", id).value("20260113T160000")}, or {@code
 * .text(...)} for a TEXT value; each value ends its line.
 */
final class ContentLineWriter {

    /** The longest physical line, in octets, without its CRLF (RFC 5545 §3.1). */
    static final int MAX_OCTETS = 75;

    private final OutputStream out;
    private final byte[] buffer = new byte[32 * 1024];
    private int position;
    /** The octets on the current physical line. */
    private int lineOctets;

    ContentLineWriter(OutputStream out) {
        this.out = out;
    }

    /**
     * Writes {@code BEGIN:<component>}.
     *
     * @param component the component name
     * @return this writer
     * @throws IOException if the stream fails
     */
    ContentLineWriter begin(String component) throws IOException {
        return property("BEGIN").value(component);
    }

    /**
     * Writes {@code END:<component>}.
     *
     * @param component the component name
     * @return this writer
     * @throws IOException if the stream fails
     */
    ContentLineWriter end(String component) throws IOException {
        return property("END").value(component);
    }

    /**
     * Starts a content line with a property name; parameters and one value follow.
     *
     * @param name the name, ASCII
     * @return this writer
     * @throws IOException if the stream fails
     */
    ContentLineWriter property(String name) throws IOException {
        ascii(name);
        return this;
    }

    /**
     * Writes a parameter, quoting and caret-encoding its value as needed.
     *
     * @param name the parameter name, ASCII
     * @param value the value
     * @return this writer
     * @throws IOException if the stream fails
     */
    ContentLineWriter parameter(String name, String value) throws IOException {
        unit(';');
        ascii(name);
        unit('=');
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ':' || c == ';' || c == ',';
        }
        if (quote) {
            unit('"');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '^') {
                pair('^', '^');
            } else if (c == '"') {
                pair('^', '\'');
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
                pair('^', 'n');
            } else {
                i = character(value, i);
            }
        }
        if (quote) {
            unit('"');
        }
        return this;
    }

    /**
     * Ends the line with a value written as given: a date-time, a URI, a number, an enumeration.
     *
     * @param value the value, without line breaks
     * @return this writer
     * @throws IOException if the stream fails
     */
    ContentLineWriter value(String value) throws IOException {
        unit(':');
        for (int i = 0; i < value.length(); i++) {
            i = character(value, i);
        }
        return endLine();
    }

    /**
     * Ends the line with a TEXT value, escaped.
     *
     * @param text the text
     * @return this writer
     * @throws IOException if the stream fails
     */
    ContentLineWriter text(String text) throws IOException {
        unit(':');
        escaped(text);
        return endLine();
    }

    /**
     * Ends the line with a TEXT value made of several texts joined by escaped commas (CATEGORIES).
     *
     * @param texts the texts
     * @return this writer
     * @throws IOException if the stream fails
     */
    ContentLineWriter textList(Iterable<String> texts) throws IOException {
        unit(':');
        boolean first = true;
        for (String text : texts) {
            if (!first) {
                unit(',');
            }
            escaped(text);
            first = false;
        }
        return endLine();
    }

    /**
     * Starts a TEXT value whose UTF-8 bytes come from a stream (for a value too large to hold as a
     * string); close the returned stream to end the line. The bytes are escaped as TEXT and folded
     * between UTF-8 sequences.
     *
     * @return the stream of the value's bytes; closing it ends the line but not this writer
     * @throws IOException if the stream fails
     */
    OutputStream textStream() throws IOException {
        unit(':');
        return new OutputStream() {
            /** Bytes still expected of the current UTF-8 sequence. */
            private int continuation;

            @Override
            public void write(int b) throws IOException {
                b &= 0xFF;
                if (continuation > 0) {
                    continuation--;
                    raw(b);
                } else if (b >= 0xC0) {
                    continuation = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
                    room(continuation + 1);
                    raw(b);
                } else if (b >= 0x80) {
                    throw new IllegalStateException("a UTF-8 continuation byte without its lead byte");
                } else {
                    asciiText(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                for (int i = offset; i < offset + length; i++) {
                    write(bytes[i]);
                }
            }

            @Override
            public void close() throws IOException {
                if (continuation > 0) {
                    throw new IllegalStateException("the value ends inside a UTF-8 sequence");
                }
                endLine();
            }
        };
    }

    /**
     * Writes what is buffered to the stream and flushes it.
     *
     * @throws IOException if the stream fails
     */
    void flush() throws IOException {
        drain();
        out.flush();
    }

    private ContentLineWriter endLine() throws IOException {
        raw('\r');
        raw('\n');
        lineOctets = 0;
        return this;
    }

    /** TEXT escaping of a string; see the class comment. */
    private void escaped(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // the LF that follows writes the line break
            }
            if (c < 0x80) {
                asciiText(c);
            } else if (c <= 0x9F) {
                unit(' '); // C1 controls, which calendar clients show as boxes or drop
            } else {
                i = character(text, i);
            }
        }
    }

    /** One ASCII character of TEXT: escaped, or a space for a control character TEXT forbids. */
    private void asciiText(int c) throws IOException {
        switch (c) {
            case '\\' -> pair('\\', '\\');
            case ';' -> pair('\\', ';');
            case ',' -> pair('\\', ',');
            case '\n', '\r' -> pair('\\', 'n');
            case '\t' -> unit('\t');
            default -> unit(c < 0x20 || c == 0x7F ? ' ' : c);
        }
    }

    /**
     * Writes the character at {@code i} as UTF-8 (with its low surrogate, if it is a high one) and
     * returns the index of the last char used.
     */
    private int character(String s, int i) throws IOException {
        char c = s.charAt(i);
        if (c < 0x80) {
            unit(c);
            return i;
        }
        if (c < 0x800) {
            room(2);
            raw(0xC0 | (c >> 6));
            raw(0x80 | (c & 0x3F));
            return i;
        }
        if (!Character.isSurrogate(c)) {
            room(3);
            raw(0xE0 | (c >> 12));
            raw(0x80 | ((c >> 6) & 0x3F));
            raw(0x80 | (c & 0x3F));
            return i;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int codePoint = Character.toCodePoint(c, s.charAt(i + 1));
            room(4);
            raw(0xF0 | (codePoint >> 18));
            raw(0x80 | ((codePoint >> 12) & 0x3F));
            raw(0x80 | ((codePoint >> 6) & 0x3F));
            raw(0x80 | (codePoint & 0x3F));
            return i + 1;
        }
        // The model refuses unpaired surrogates; writing '?' instead would corrupt the text silently.
        throw new IllegalArgumentException(String.format("text with an unpaired surrogate U+%04X at index %d", (int) c, i));
    }

    private void ascii(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            unit(s.charAt(i));
        }
    }

    /** One octet that may start a new physical line. */
    private void unit(int octet) throws IOException {
        room(1);
        raw(octet);
    }

    /** Two octets kept on one physical line. */
    private void pair(int first, int second) throws IOException {
        room(2);
        raw(first);
        raw(second);
    }

    /** Folds if the next {@code octets} octets would not fit on the current physical line. */
    private void room(int octets) throws IOException {
        if (lineOctets + octets > MAX_OCTETS) {
            raw('\r');
            raw('\n');
            raw(' ');
            lineOctets = 1;
        }
        lineOctets += octets;
    }

    private void raw(int octet) throws IOException {
        if (position == buffer.length) {
            drain();
        }
        buffer[position++] = (byte) octet;
    }

    private void drain() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }
}
