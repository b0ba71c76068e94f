package org.agendum.core.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.agendum.core.model.Event;

/**
 * A document format for events: canonical JSON, iCalendar, or one a plug-in adds.
 *
 * <p>Implementations are found by {@link EventFormats} through {@link java.util.ServiceLoader}, so
 * they need a public no-argument constructor (or a public static {@code provider()} method on the
 * module path) that gives the format with its default options. Each implementation can also be
 * built directly with options.
 *
 * @implSpec Implementations must be immutable and thread-safe, must not close the streams they are
 *     given, and must never return a half-valid event: a reader either returns an event that holds
 *     every invariant or throws {@link EventFormatException}.
 */
public interface EventFormat {

    /**
     * Returns the name users select this format by: lower case, stable ("json", "ics").
     *
     * @return the name
     */
    String name();

    /**
     * Returns the media type of the documents this format writes ("application/json", "text/calendar").
     *
     * @return the media type
     */
    String mediaType();

    /**
     * Returns the file extension of the documents this format writes, without the leading dot
     * ("json", "ics"). It may be compound ("schedule.json"): {@link EventFormats#forFileName(String)}
     * picks the format with the longest extension that ends a file name.
     *
     * @return the file extension
     */
    String fileExtension();

    /**
     * Returns whether this format can read documents into events.
     *
     * @return true if {@link #read(InputStream)} is supported
     */
    default boolean canRead() {
        return true;
    }

    /**
     * Returns whether this format can write events to documents.
     *
     * @return true if {@link #write(Event, OutputStream)} is supported
     */
    default boolean canWrite() {
        return true;
    }

    /**
     * Returns the options this format takes, which {@link #withOption(String, String)} sets by name.
     *
     * @return the options, in the order to show them; empty if the format takes none
     */
    default List<FormatOption> options() {
        return List.of();
    }

    /**
     * Returns the value an option has in this format, as text.
     *
     * @param name the name of one of the {@linkplain #options() options}
     * @return the value: the option's default unless set
     * @throws IllegalArgumentException if this format has no option of that name
     */
    default String option(String name) {
        throw new IllegalStateException("a format with options overrides option(String): "
                + FormatOption.find(this, name));
    }

    /**
     * Returns a copy of this format with an option set from text, as the command line sets it.
     * The typed methods of a format (such as {@code withProfile}) set the same options.
     *
     * @param name the name of one of the {@linkplain #options() options}
     * @param value the value: one of the option's {@linkplain FormatOption#values() values}, or
     *     text the format checks
     * @return a format of the same class with the option set
     * @throws IllegalArgumentException if this format has no option of that name, or the value is
     *     not one it takes; the message says which ones are
     * @implSpec The default implementation is for formats without options: it throws {@code
     *     IllegalArgumentException} for every name. A format with options overrides this method,
     *     {@link #options()} and {@link #option(String)}.
     */
    default EventFormat withOption(String name, String value) {
        throw new IllegalStateException("a format with options overrides withOption(String, String): "
                + FormatOption.find(this, name));
    }

    /**
     * Writes an event to a stream. The stream is flushed, not closed.
     *
     * @param event the event to write
     * @param out the stream to write to
     * @throws IOException if the stream cannot be written
     * @throws UnsupportedOperationException if this format cannot write
     */
    void write(Event event, OutputStream out) throws IOException;

    /**
     * Reads an event from a stream. The stream is read to the end of the document, not closed.
     *
     * @param in the stream to read from
     * @return the event, which holds every invariant
     * @throws EventFormatException if the document is not a valid event in this format
     * @throws IOException if the stream cannot be read
     * @throws UnsupportedOperationException if this format cannot read
     */
    Event read(InputStream in) throws EventFormatException, IOException;

    /**
     * Writes an event to a new byte array.
     *
     * @param event the event to write
     * @return the document
     * @throws UnsupportedOperationException if this format cannot write
     */
    default byte[] toBytes(Event event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(event, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array stream does not fail", e);
        }
        return out.toByteArray();
    }

    /**
     * Reads an event from a byte array.
     *
     * @param document the document
     * @return the event, which holds every invariant
     * @throws EventFormatException if the document is not a valid event in this format
     * @throws UnsupportedOperationException if this format cannot read
     */
    default Event fromBytes(byte[] document) throws EventFormatException {
        try {
            return read(new ByteArrayInputStream(document));
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array stream does not fail", e);
        }
    }
}
