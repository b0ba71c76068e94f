package org.agendum.core.format;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An option a format takes, as text: its name, what it does, its default, and the values it
 * accepts. Options let code that handles every format alike — the command line, a configuration
 * file, a web form — set them without knowing the format's own class:
 *
 * <pre>{@code
 * EventFormat format = EventFormats.get("ics").withOption("profile", "rich");
 * for (FormatOption option : format.options()) {
 *     System.out.println(option.name() + " = " + format.option(option.name()));
 * }
 * }</pre>
 *
 * Each format also has typed methods for its options (such as {@code IcsEventFormat.withProfile});
 * both set the same thing.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class FormatOption {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final String name;
    private final String description;
    private final String defaultValue;
    private final List<String> values;

    private FormatOption(String name, String description, String defaultValue, List<String> values) {
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("option name '" + name + "' is not lower-case words joined by '-'");
        }
        this.name = name;
        this.description = Objects.requireNonNull(description, "description");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.values = List.copyOf(values);
        if (!this.values.isEmpty() && !this.values.contains(defaultValue)) {
            throw new IllegalArgumentException("the default '" + defaultValue + "' of option " + name
                    + " is not one of its values " + this.values);
        }
    }

    /**
     * Obtains an option that takes one of a fixed list of values.
     *
     * @param name the name: lower-case words joined by {@code -}, such as {@code uid-domain}
     * @param description what the option does, one sentence
     * @param defaultValue the value when the option is not set; one of {@code values}
     * @param values the values accepted, in the order to show them; at least one
     * @return the option
     * @throws IllegalArgumentException if the name is not lower-case words, {@code values} is empty
     *     or does not hold {@code defaultValue}
     */
    public static FormatOption choice(String name, String description, String defaultValue, String... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("option " + name + " needs at least one value");
        }
        return new FormatOption(name, description, defaultValue, List.of(values));
    }

    /**
     * Obtains an option that takes free text, which the format checks when it is set.
     *
     * @param name the name: lower-case words joined by {@code -}, such as {@code uid-domain}
     * @param description what the option does, one sentence
     * @param defaultValue the value when the option is not set
     * @return the option
     * @throws IllegalArgumentException if the name is not lower-case words
     */
    public static FormatOption text(String name, String description, String defaultValue) {
        return new FormatOption(name, description, defaultValue, List.of());
    }

    /**
     * Returns the name the option is set by.
     *
     * @return the name, lower-case words joined by {@code -}
     */
    public String name() {
        return name;
    }

    /**
     * Returns what the option does.
     *
     * @return one sentence
     */
    public String description() {
        return description;
    }

    /**
     * Returns the value the option has when it is not set.
     *
     * @return the default value
     */
    public String defaultValue() {
        return defaultValue;
    }

    /**
     * Returns the values the option accepts.
     *
     * @return the values, in the order to show them; empty if the option takes free text
     */
    public List<String> values() {
        return values;
    }

    /**
     * Checks a value for this option.
     *
     * @param value the value
     * @return {@code value}, if this option takes free text or lists it
     * @throws IllegalArgumentException if this option has a list of values that does not hold
     *     {@code value}; the message names the option and its values
     */
    public String check(String value) {
        Objects.requireNonNull(value, "value");
        if (!values.isEmpty() && !values.contains(value)) {
            throw new IllegalArgumentException("option " + name + " takes " + String.join(", ", values)
                    + ", not '" + value + "'");
        }
        return value;
    }

    /**
     * Finds an option of a format by name.
     *
     * @param format the format, named in the message
     * @param name the name of the option
     * @return the option of {@code format} with that name
     * @throws IllegalArgumentException if {@code format} has no such option; the message lists the
     *     options it has
     */
    public static FormatOption find(EventFormat format, String name) {
        Objects.requireNonNull(name, "name");
        for (FormatOption option : format.options()) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        List<String> names = format.options().stream().map(FormatOption::name).toList();
        throw new IllegalArgumentException("the " + format.name() + " format has no option '" + name + "'"
                + (names.isEmpty() ? "; it takes none" : "; its options: " + String.join(", ", names)));
    }

    /**
     * Returns the option's name, values and default, as in {@code profile (publish|rich, default
     * publish)}.
     *
     * @return a description for people
     */
    @Override
    public String toString() {
        return name + " (" + (values.isEmpty() ? "text" : String.join("|", values)) + ", default " + defaultValue + ")";
    }

    /**
     * Compares by name, description, default and values.
     *
     * @param other the object to compare with
     * @return true if {@code other} is an equal option
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FormatOption o && name.equals(o.name) && description.equals(o.description)
                && defaultValue.equals(o.defaultValue) && values.equals(o.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, defaultValue, values);
    }
}
