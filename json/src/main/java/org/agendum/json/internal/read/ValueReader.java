package org.agendum.json.internal.read;

/**
 * Reads one value of the format, the current token, such as a text, a party reference or an object
 * of a {@link Fields} table: what a list's elements are read with.
 *
 * @param <T> the value read
 */
@FunctionalInterface
public interface ValueReader<T> {

    /**
     * Reads the current value.
     *
     * @param in the input, at the value
     * @return the value
     */
    T read(JsonInput in);
}
