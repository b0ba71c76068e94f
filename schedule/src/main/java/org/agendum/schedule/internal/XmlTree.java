package org.agendum.schedule.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormatException.Kind;
import org.agendum.schedule.internal.StrictDecodingReader.UndecodableBytes;

/**
 * Reads {@code schedule.xml} with the JDK's StAX parser into a tree of {@link XmlElement}s, bounded
 * and safe: DTDs are not supported (a document that declares one is refused, so no entity is ever
 * defined or expanded), external entities and DTDs are never fetched, and the document's size, its
 * depth, its number of elements and attributes and the length of each text are limited. The bytes
 * are decoded by {@link XmlEncoding}, strictly, never by the parser. Every problem is an {@link
 * EventFormatException} with the line and column where the parser stopped, or for bytes that are not
 * characters of the document's encoding, where they are.
 */
public final class XmlTree {

    /** The largest document read, in bytes: 64 MiB (FOSDEM 2020's schedule, 872 talks, is 2.6 MiB). */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
    /** The deepest nesting of elements read: a schedule needs six (schedule/day/room/event/persons/person). */
    public static final int MAX_DEPTH = 32;
    /** The most elements read: 1,000,000, some 40,000 talks. */
    public static final int MAX_ELEMENTS = 1_000_000;
    /** The most attributes of one element. */
    public static final int MAX_ATTRIBUTES = 64;
    /** The longest text of one element, in characters: 1 MiB. */
    public static final int MAX_TEXT_LENGTH = 1024 * 1024;

    private static final XMLInputFactory FACTORY = factory();

    private XmlTree() {}

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /**
     * Reads a document's root element and everything in it.
     *
     * @param in the document, which this method does not close
     * @return the root element
     * @throws EventFormatException if the document is not well-formed XML, is not in the encoding
     *     it declares or declares one not read, declares a DTD, or crosses a limit
     * @throws IOException if the stream cannot be read
     */
    static XmlElement read(InputStream in) throws EventFormatException, IOException {
        Counted counted = new Counted(in);
        XMLStreamReader reader = null;
        try {
            // Characters, not bytes: the JDK's StAX prints the bytes it cannot decode to System.err.
            reader = FACTORY.createXMLStreamReader(XmlEncoding.open(counted));
            return root(reader);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            if (counted.exceeded) {
                throw tooLarge(line(at), column(at), e);
            }
            if (e.getNestedException() instanceof UndecodableBytes bad) {
                throw bad.problem();
            }
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
            throw EventFormatException.atLine(Kind.SYNTAX, "not well-formed XML: " + e.getMessage(), line(at), column(at), e);
        } finally {
            close(reader);
        }
    }

    private static EventFormatException tooLarge(int line, int column, Exception cause) {
        return EventFormatException.atLine(Kind.LIMIT, "the document is larger than " + MAX_DOCUMENT_BYTES + " bytes",
                line, column, cause);
    }

    private static XmlElement root(XMLStreamReader reader) throws XMLStreamException, EventFormatException {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        int elements = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw here(reader, "/", Kind.UNSUPPORTED,
                        "a schedule declares no DOCTYPE: DTDs and their entities are not read");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw here(reader, path(open), Kind.UNSUPPORTED,
                        "the entity &" + reader.getLocalName() + "; is not defined");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++elements > MAX_ELEMENTS || open.size() >= MAX_DEPTH) {
                        throw here(reader, path(open), Kind.LIMIT, elements > MAX_ELEMENTS
                                ? "more than " + MAX_ELEMENTS + " elements" : "elements nested deeper than " + MAX_DEPTH);
                    }
                    XmlElement element = start(reader, open.peek());
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().add(element);
                    }
                    open.push(element);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        StringBuilder text = open.peek().textBuffer();
                        if (text.length() + reader.getTextLength() > MAX_TEXT_LENGTH) {
                            throw here(reader, path(open), Kind.LIMIT, "a text longer than " + MAX_TEXT_LENGTH + " characters");
                        }
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
                default -> {
                    // Comments, processing instructions and the end of the document carry nothing.
                }
            }
        }
        if (root == null) {
            throw EventFormatException.atLine(Kind.SYNTAX, "the document has no element", 1, 0, null);
        }
        return root;
    }

    private static XmlElement start(XMLStreamReader reader, XmlElement parent) throws EventFormatException {
        String name = reader.getLocalName();
        String xpath = parent == null ? "/" + name : parent.place().path() + "/" + name + "[" + (parent.count(name) + 1) + "]";
        Location at = reader.getLocation();
        XmlElement element = new XmlElement(name, Place.xml(line(at), column(at), xpath));
        if (reader.getAttributeCount() > MAX_ATTRIBUTES) {
            throw here(reader, xpath, Kind.LIMIT, "more than " + MAX_ATTRIBUTES + " attributes");
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String value = reader.getAttributeValue(i);
            if (value.length() > MAX_TEXT_LENGTH) {
                throw here(reader, xpath, Kind.LIMIT, "an attribute longer than " + MAX_TEXT_LENGTH + " characters");
            }
            element.attribute(reader.getAttributeLocalName(i), value);
        }
        return element;
    }

    private static String path(Deque<XmlElement> open) {
        return open.isEmpty() ? "/" : open.peek().place().path();
    }

    private static EventFormatException here(XMLStreamReader reader, String xpath, Kind kind, String message) {
        Location at = reader.getLocation();
        return Place.xml(line(at), column(at), xpath).problem(kind, message, null);
    }

    private static int line(Location at) {
        return at == null ? 1 : Math.max(1, at.getLineNumber());
    }

    private static int column(Location at) {
        return at == null ? 0 : Math.max(0, at.getColumnNumber());
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // Closing a reader frees its buffers; the document was read or its problem reported.
            }
        }
    }

    /** Counts the bytes read and stops at {@link #MAX_DOCUMENT_BYTES}. */
    private static final class Counted extends FilterInputStream {
        private long count;
        private boolean exceeded;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > MAX_DOCUMENT_BYTES) {
                exceeded = true;
                throw new IOException("the document is larger than " + MAX_DOCUMENT_BYTES + " bytes");
            }
        }

        @Override
        public void close() {
            // The caller's stream stays open (EventFormat's contract).
        }
    }
}
