package org.agendum.json.internal.write;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.agendum.core.model.Party;
import org.agendum.json.internal.EnumNames;
import tools.jackson.core.JsonGenerator;

/**
 * The generator of one document, and how the format writes a field: an absent optional value, an
 * empty list and an unset flag are left out; an enum constant is written in its JSON spelling;
 * dates, times, durations, offsets and URIs as their ISO-8601 or RFC 3986 text. An object's fields
 * are written by a function of this writer and the object's value, so that each aggregate's writer
 * reads as its fields in the format's order.
 */
final class FieldWriter {

    private final JsonGenerator out;

    FieldWriter(JsonGenerator out) {
        this.out = out;
    }

    /** Writes a value as a string: its text ({@code toString()}), whatever its type. */
    void string(String name, Object value) {
        out.writeStringProperty(name, value.toString());
    }

    /** Writes a value, if present, as {@link #string(String, Object)} writes it. */
    void text(String name, Optional<?> value) {
        if (value.isPresent()) {
            out.writeStringProperty(name, value.get().toString());
        }
    }

    /** Writes an enum constant in its JSON spelling. */
    void spelling(String name, Enum<?> constant) {
        out.writeStringProperty(name, EnumNames.of(constant));
    }

    /** Writes an enum constant, if present, in its JSON spelling. */
    void spelling(String name, Optional<? extends Enum<?>> constant) {
        if (constant.isPresent()) {
            spelling(name, constant.get());
        }
    }

    void number(String name, int value) {
        out.writeNumberProperty(name, value);
    }

    void number(String name, double value) {
        out.writeNumberProperty(name, value);
    }

    void bool(String name, boolean value) {
        out.writeBooleanProperty(name, value);
    }

    /** Writes {@code true} if a flag is set; a flag that is not set is left out. */
    void flag(String name, boolean set) {
        if (set) {
            out.writeBooleanProperty(name, true);
        }
    }

    /** Writes a list of values as an array of strings, each as {@link #string(String, Object)} writes it. */
    void strings(String name, List<?> values) {
        array(name, values, (writer, value) -> writer.out.writeString(value.toString()));
    }

    /** Writes parties as an array of references: their ids. */
    void references(String name, List<? extends Party> parties) {
        array(name, parties, (writer, party) -> writer.out.writeString(party.id()));
    }

    /** Writes a list as an array of objects, the fields of each as {@code fields} writes them. */
    <T> void objects(String name, List<T> values, BiConsumer<FieldWriter, T> fields) {
        array(name, values, (writer, value) -> writer.document(value, fields));
    }

    /** Writes a list as an array, each element as {@code element} writes it; an empty list is left out. */
    private <T> void array(String name, List<T> values, BiConsumer<FieldWriter, ? super T> element) {
        if (!values.isEmpty()) {
            out.writeArrayPropertyStart(name);
            for (T value : values) {
                element.accept(this, value);
            }
            out.writeEndArray();
        }
    }

    /** Writes a value as an object, its fields as {@code fields} writes them. */
    <T> void object(String name, T value, BiConsumer<FieldWriter, T> fields) {
        out.writeObjectPropertyStart(name);
        fields.accept(this, value);
        out.writeEndObject();
    }

    /** Writes a value, if present, as an object, its fields as {@code fields} writes them. */
    <T> void object(String name, Optional<T> value, BiConsumer<FieldWriter, T> fields) {
        if (value.isPresent()) {
            object(name, value.get(), fields);
        }
    }

    /** Writes a value as an object in an array or as the document, its fields as {@code fields} writes them. */
    <T> void document(T value, BiConsumer<FieldWriter, T> fields) {
        out.writeStartObject();
        fields.accept(this, value);
        out.writeEndObject();
    }
}
