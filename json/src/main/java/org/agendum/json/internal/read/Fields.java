package org.agendum.json.internal.read;

import static org.agendum.core.format.EventFormatException.Kind.MISSING_FIELD;
import static org.agendum.core.format.EventFormatException.Kind.UNKNOWN_FIELD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.agendum.core.model.InvariantViolationException;

/**
 * The fields of one object type of the format, as a table: each JSON name, whether it is required,
 * and how its value is read into the object's accumulator (a model builder, or a draft of the
 * values a factory takes). The table is the one place a field is declared in the reader: it gives
 * the lookup by name, the "expected one of …" list of an unknown field, duplicate detection and the
 * required-field check; {@code FormatAgreementTest} holds it to the JSON Schema and docs/JSON.md.
 *
 * <pre>{@code
 * static final Fields<Venue.Builder, Venue> VENUE = Fields.of("venue", Venue::builder, Venue.Builder::build)
 *         .required("name", (in, v) -> v.name(in.text()))
 *         .optional("room", (in, v) -> v.room(in.text()))
 *         .optional("transit", list(TRANSIT, Venue.Builder::addTransit))
 *         …
 *         .build();
 * }</pre>
 *
 * <p>Fields are read in the document's order, whatever it is; a value is read when its field is
 * met. A check that involves several fields belongs in the finisher, which runs once all fields
 * are read and sees the object as a whole, so that what it reports does not depend on the order.
 *
 * @param <A> the accumulator the fields are read into
 * @param <T> the value the object is read as
 * @implSpec Instances are immutable and thread-safe; accumulators are made per object read.
 */
public final class Fields<A, T> implements ValueReader<T> {

    /** Reads the value of one field, the current token, into an accumulator. */
    @FunctionalInterface
    public interface FieldReader<A> {
        /**
         * Reads the value.
         *
         * @param in the input, at the field's value
         * @param into the accumulator of the object
         */
        void read(JsonInput in, A into);
    }

    /** Turns an accumulator whose fields are all read into the object's value. */
    @FunctionalInterface
    public interface Finisher<A, T> {
        /**
         * Finishes the object.
         *
         * @param in the input, at the object (its pointer is the object's)
         * @param from the accumulator
         * @return the value
         */
        T finish(JsonInput in, A from);
    }

    /** The most fields an object type may have: the bits of a {@code long}. */
    private static final int MAX_FIELDS = Long.SIZE;

    private final String type;
    private final Supplier<A> start;
    private final Finisher<A, T> finisher;
    private final String[] names;
    private final FieldReader<A>[] readers;
    private final long required;
    private final String expected;
    /** Open addressing by the names' hash codes: field index + 1, or 0 for an empty slot. */
    private final String[] slotNames;
    private final int[] slotFields;
    private final int slotMask;

    private Fields(Builder<A, T> builder) {
        type = builder.type;
        start = builder.start;
        finisher = builder.finisher;
        names = builder.names.toArray(new String[0]);
        @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic interface, filled from a typed list
        FieldReader<A>[] array = builder.readers.toArray(new FieldReader[0]);
        readers = array;
        required = builder.required;
        expected = String.join(", ", names);
        int slots = Integer.highestOneBit(Math.max(1, names.length) * 4 - 1) << 1;
        slotNames = new String[slots];
        slotFields = new int[slots];
        slotMask = slots - 1;
        for (int field = 0; field < names.length; field++) {
            int slot = slotOf(names[field]);
            while (slotNames[slot] != null) {
                slot = (slot + 1) & slotMask;
            }
            slotNames[slot] = names[field];
            slotFields[slot] = field + 1;
        }
    }

    /**
     * Starts the table of an object type read into a builder of the model.
     *
     * @param type the type's name: its definition in the JSON Schema ({@code "event"} for the root)
     * @param start makes the accumulator of one object
     * @param build builds the value from it; an invariant it breaks is reported at the object
     * @return the table's builder
     */
    static <A, T> Builder<A, T> of(String type, Supplier<A> start, Function<A, T> build) {
        return new Builder<>(type, start, (in, from) -> build.apply(from));
    }

    /**
     * Starts the table of an object type whose fields are checked together when all are read.
     *
     * @param type the type's name: its definition in the JSON Schema
     * @param start makes the accumulator of one object
     * @param finisher checks the fields and makes the value
     * @return the table's builder
     */
    static <A, T> Builder<A, T> of(String type, Supplier<A> start, Finisher<A, T> finisher) {
        return new Builder<>(type, start, finisher);
    }

    /** A field whose value is a list, read element by element and added one at a time. */
    static <A, E> FieldReader<A> list(ValueReader<E> element, BiConsumer<A, E> add) {
        return (in, into) -> in.each(element, into, add);
    }

    // ---------------------------------------------------------------------------------------------
    // Reading.

    /** Reads the current value, an object of this type. */
    @Override
    public T read(JsonInput in) {
        return read(in, start.get());
    }

    /** Reads the current value, an object of this type, into an accumulator made by the caller. */
    T read(JsonInput in, A into) {
        in.expectObject();
        long seen = readFields(in, into, 0L);
        requireFields(in, seen);
        return finish(in, into);
    }

    /**
     * Reads the fields of the current object up to its end, each into the accumulator; returns
     * the bits ({@link #bit}) of the fields seen, {@code seen} included. An unknown or a repeated
     * field is reported at that field.
     */
    long readFields(JsonInput in, A into, long seen) {
        ReadPath path = in.path;
        path.push();
        // The object's depth: the path is deeper when a problem comes up from a value inside it.
        int depth = path.depth();
        String name = null;
        try {
            for (name = in.nextName(); name != null; name = in.nextName()) {
                path.name(name);
                int field = fieldOf(name);
                if (field < 0) {
                    in.next();
                    throw in.problem(UNKNOWN_FIELD, "unknown field " + Quoting.quote(name) + "; expected one of "
                            + expected);
                }
                long bit = 1L << field;
                if ((seen & bit) != 0) {
                    throw in.repeated(name, path.pointer(), in.in == in.main);
                }
                seen |= bit;
                in.next();
                try {
                    readers[field].read(in, into);
                } catch (InvariantViolationException e) {
                    throw in.broken(e);
                }
            }
        } catch (ReadProblem problem) {
            if (in.in == in.main) {
                // The rest of the document is checked for repeated names, this object's included.
                Set<String> seenNames = new HashSet<>();
                for (int field = 0; field < names.length; field++) {
                    if ((seen & (1L << field)) != 0) {
                        seenNames.add(names[field]);
                    }
                }
                if (name != null) {
                    seenNames.add(name);
                }
                problem.seen(depth, seenNames);
            }
            throw problem;
        }
        path.pop();
        return seen;
    }

    /** Reports the first required field, in the table's order, that {@code seen} lacks, at the object. */
    void requireFields(JsonInput in, long seen) {
        long missing = required & ~seen;
        if (missing != 0) {
            throw in.problem(MISSING_FIELD, "missing required field '" + names[Long.numberOfTrailingZeros(missing)]
                    + "'");
        }
    }

    /** Makes the object's value; an invariant the model finds broken is reported at the object plus its path. */
    T finish(JsonInput in, A from) {
        try {
            return finisher.finish(in, from);
        } catch (InvariantViolationException e) {
            throw in.broken(e);
        }
    }

    /** The bit of a field in the masks of {@link #readFields}. */
    long bit(String name) {
        int field = fieldOf(name);
        if (field < 0) {
            throw new IllegalArgumentException(type + " has no field " + name);
        }
        return 1L << field;
    }

    private int fieldOf(String name) {
        for (int slot = slotOf(name); ; slot = (slot + 1) & slotMask) {
            String candidate = slotNames[slot];
            if (candidate == null) {
                return -1;
            }
            if (candidate.equals(name)) {
                return slotFields[slot] - 1;
            }
        }
    }

    private int slotOf(String name) {
        int hash = name.hashCode();
        return (hash ^ (hash >>> 16)) & slotMask;
    }

    // ---------------------------------------------------------------------------------------------
    // What the table declares, for the checks that keep it, the schema and the guide in agreement.

    /**
     * Returns the name of the object type: its definition in the JSON Schema, or {@code "event"}
     * for the document itself.
     *
     * @return the type's name
     */
    public String type() {
        return type;
    }

    /**
     * Returns the JSON names of the fields, in the order the writer writes them.
     *
     * @return the names
     */
    public List<String> names() {
        return List.of(names);
    }

    /**
     * Returns the names of the fields every object of the type must have.
     *
     * @return the required names, in the table's order
     */
    public List<String> requiredNames() {
        List<String> requiredNames = new ArrayList<>();
        for (int field = 0; field < names.length; field++) {
            if ((required & (1L << field)) != 0) {
                requiredNames.add(names[field]);
            }
        }
        return Collections.unmodifiableList(requiredNames);
    }

    @Override
    public String toString() {
        return "Fields[" + type + ": " + expected + "]";
    }

    /** Declares the fields of a table, in the writer's order. */
    static final class Builder<A, T> {
        private final String type;
        private final Supplier<A> start;
        private final Finisher<A, T> finisher;
        private final List<String> names = new ArrayList<>();
        private final List<FieldReader<A>> readers = new ArrayList<>();
        private long required;

        private Builder(String type, Supplier<A> start, Finisher<A, T> finisher) {
            this.type = type;
            this.start = start;
            this.finisher = finisher;
        }

        /** A field every object of the type has. */
        Builder<A, T> required(String name, FieldReader<A> reader) {
            required |= 1L << names.size();
            return optional(name, reader);
        }

        /** A field an object may leave out. */
        Builder<A, T> optional(String name, FieldReader<A> reader) {
            if (names.contains(name)) {
                throw new IllegalStateException(type + " declares " + name + " twice");
            }
            if (names.size() == MAX_FIELDS) {
                throw new IllegalStateException(type + " has more than " + MAX_FIELDS + " fields");
            }
            names.add(name);
            readers.add(reader);
            return this;
        }

        Fields<A, T> build() {
            return new Fields<>(this);
        }
    }
}
