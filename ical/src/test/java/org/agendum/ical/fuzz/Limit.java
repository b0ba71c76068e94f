package org.agendum.ical.fuzz;

import static org.agendum.ical.IcsEventFormat.MAX_COMPONENTS;
import static org.agendum.ical.IcsEventFormat.MAX_DOCUMENT_BYTES;
import static org.agendum.ical.IcsEventFormat.MAX_NESTING_DEPTH;
import static org.agendum.ical.IcsEventFormat.MAX_PROPERTIES;
import static org.agendum.ical.IcsEventFormat.MAX_PROPERTIES_PER_COMPONENT;
import static org.agendum.ical.IcsEventFormat.MAX_TEXT_LENGTH;
import static org.agendum.ical.IcsEventFormat.MAX_ZONE_OBSERVANCES;
import static org.agendum.ical.IcsEventFormat.MAX_ZONE_EVALUATIONS;

import java.util.Locale;
import java.util.Optional;

/**
 * The documented limits of {@link org.agendum.ical.IcsEventFormat}, and how to recognize a
 * refusal for each. Refusals carry no code (only invariant violations do), so a refusal is
 * recognized by the limit's value in its message, with or without thousands separators, next to
 * the word for its unit.
 */
public enum Limit {
    /** {@code MAX_DOCUMENT_BYTES}. */
    DOCUMENT_BYTES(MAX_DOCUMENT_BYTES, "bytes"),
    /** {@code MAX_COMPONENTS}. */
    COMPONENTS(MAX_COMPONENTS, "components"),
    /** {@code MAX_NESTING_DEPTH}. */
    NESTING_DEPTH(MAX_NESTING_DEPTH, "levels"),
    /** {@code MAX_PROPERTIES_PER_COMPONENT}. */
    PROPERTIES_PER_COMPONENT(MAX_PROPERTIES_PER_COMPONENT, "of the properties"),
    /** {@code MAX_PROPERTIES}. */
    PROPERTIES(MAX_PROPERTIES, "of the properties"),
    /** {@code MAX_TEXT_LENGTH}. */
    TEXT_LENGTH(MAX_TEXT_LENGTH, "agendum reads"),
    /** {@code MAX_ZONE_OBSERVANCES}. */
    ZONE_OBSERVANCES(MAX_ZONE_OBSERVANCES, "evaluated"),
    /** {@code MAX_ZONE_EVALUATIONS}. */
    ZONE_EVALUATIONS(MAX_ZONE_EVALUATIONS, "evaluations");

    private final long value;
    private final String unit;

    Limit(long value, String unit) {
        this.value = value;
        this.unit = unit;
    }

    /**
     * The limit a refusal is about, if it is about one.
     *
     * @param message the refusal's message
     * @return the limit
     */
    public static Optional<Limit> of(String message) {
        for (Limit limit : values()) {
            String plain = "more than " + limit.value + " ";
            String grouped = "more than " + String.format(Locale.ROOT, "%,d", limit.value) + " ";
            String the = "more than the ";
            boolean named = message.contains(plain) || message.contains(grouped)
                    || message.contains(the + limit.value + " ") || message.contains(the + String.format(Locale.ROOT, "%,d",
                            limit.value) + " ")
                    || message.contains("longer than " + String.format(Locale.ROOT, "%,d", limit.value) + " ");
            if (named && message.contains(limit.unit)) {
                return Optional.of(limit);
            }
        }
        return Optional.empty();
    }
}
