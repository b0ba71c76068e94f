package org.agendum.schedule.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;

/**
 * Finds the charset of an XML document as XML 1.0 Appendix F says (its byte order mark, else its
 * first bytes, then the {@code encoding} of its XML declaration) and opens a {@link
 * StrictDecodingReader} on it, so that the parser is given characters and never decodes a byte.
 *
 * <p>A document is UTF-8 unless it begins with a UTF-16 byte order mark or with {@code <?} in
 * UTF-16 (it is then UTF-16 of that byte order) or declares another encoding. A declared encoding
 * must be one the JDK has and must agree with the first bytes: UTF-16 (or UTF-16BE, UTF-16LE of the
 * same order) for a UTF-16 document, UTF-8 after a UTF-8 byte order mark, and otherwise a charset
 * that reads ASCII as ASCII (UTF-8, ISO-8859-1, US-ASCII, windows-1252, ...), since the declaration
 * itself was read that way. Anything else, UTF-32 included, is an {@link Kind#ENCODING} problem.
 */
final class XmlEncoding {

    /** The bytes looked at for a byte order mark and the XML declaration. */
    private static final int PREFIX = 1024;
    private static final String SPACE = "[ \\t\\r\\n]";
    private static final Pattern DECLARATION = Pattern.compile("\\A<\\?xml" + SPACE + "+version" + SPACE + "*=" + SPACE
            + "*(?:\"[^\"]*\"|'[^']*')" + SPACE + "+encoding" + SPACE + "*=" + SPACE + "*(?:\"([^\"]*)\"|'([^']*)')");
    /** The characters an XML declaration is written in, as bytes in ASCII order. */
    private static final String ASCII;

    static {
        StringBuilder ascii = new StringBuilder("\t\n\r");
        for (char c = ' '; c < 0x7F; c++) {
            ascii.append(c);
        }
        ASCII = ascii.toString();
    }

    /** What the first bytes say: the charset they begin in, how long their byte order mark is, and in words. */
    private record Start(Charset charset, int mark, String described) {
        boolean utf16() {
            return charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE);
        }
    }

    private XmlEncoding() {}

    /**
     * Opens a document for the XML parser.
     *
     * @param in the document, not closed
     * @return its characters, decoded strictly
     * @throws EventFormatException if its byte order mark or first bytes are those of an encoding not
     *     read (UTF-32), or it declares an encoding the JDK does not have or that disagrees with them
     * @throws IOException if the stream cannot be read
     */
    static Reader open(InputStream in) throws EventFormatException, IOException {
        byte[] prefix = new byte[PREFIX];
        int length = in.readNBytes(prefix, 0, PREFIX);
        Start start = start(prefix, length);
        String head = new String(prefix, start.mark(), length - start.mark(), start.charset());
        Matcher declaration = DECLARATION.matcher(head);
        Charset charset = start.charset();
        if (declaration.lookingAt()) {
            int group = declaration.group(1) != null ? 1 : 2;
            charset = declared(declaration.group(group), start, head, declaration.start(group));
        }
        return new StrictDecodingReader(prefix, start.mark(), length, in, charset);
    }

    private static Start start(byte[] bytes, int length) throws EventFormatException {
        int b0 = length > 0 ? bytes[0] & 0xFF : -1;
        int b1 = length > 1 ? bytes[1] & 0xFF : -1;
        int b2 = length > 2 ? bytes[2] & 0xFF : -1;
        int b3 = length > 3 ? bytes[3] & 0xFF : -1;
        if ((b0 == 0 && b1 == 0) || (b2 == 0 && b3 == 0 && (b0 == '<' || (b0 == 0xFF && b1 == 0xFE)))) {
            throw EventFormatException.atLine(Kind.ENCODING, "the document is UTF-32 (by its first bytes), which is not read:"
                    + " a schedule is UTF-8, UTF-16 or an encoding its XML declaration names", 1, 0, null);
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new Start(StandardCharsets.UTF_8, 3, "a UTF-8 byte order mark");
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new Start(StandardCharsets.UTF_16BE, 2, "a UTF-16BE byte order mark");
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new Start(StandardCharsets.UTF_16LE, 2, "a UTF-16LE byte order mark");
        }
        if (b0 == 0 && b1 == '<' && b2 == 0 && b3 == '?') {
            return new Start(StandardCharsets.UTF_16BE, 0, "UTF-16BE without a byte order mark");
        }
        if (b0 == '<' && b1 == 0 && b2 == '?' && b3 == 0) {
            return new Start(StandardCharsets.UTF_16LE, 0, "UTF-16LE without a byte order mark");
        }
        return new Start(StandardCharsets.UTF_8, 0, "neither a byte order mark nor UTF-16");
    }

    /** The charset the declaration names, if the JDK has it and it agrees with the document's first bytes. */
    private static Charset declared(String name, Start start, String head, int at) throws EventFormatException {
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw problem(head, at, "the declared encoding \"" + name + "\" is not one the JDK supports");
        }
        boolean agrees;
        if (start.utf16()) {
            // Decoded with the byte order found: "UTF-16" would look for a byte order mark again.
            agrees = Set.of(StandardCharsets.UTF_16, start.charset()).contains(charset);
        } else if (start.mark() > 0) {
            agrees = charset.equals(StandardCharsets.UTF_8);
        } else {
            agrees = decodesAscii(charset);
        }
        if (!agrees) {
            throw problem(head, at, "the declared encoding \"" + name + "\" does not agree with the document's first bytes: "
                    + start.described());
        }
        return start.utf16() ? start.charset() : charset;
    }

    private static boolean decodesAscii(Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(ASCII.getBytes(StandardCharsets.US_ASCII))).toString().equals(ASCII);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** An encoding problem at the declared name, whose line and column are counted in the document's first characters. */
    private static EventFormatException problem(String head, int at, String message) {
        int line = 1 + (int) head.substring(0, at).chars().filter(c -> c == '\n').count();
        int column = at - head.lastIndexOf('\n', at - 1);
        return EventFormatException.atLine(Kind.ENCODING, message, line, column, null);
    }
}
