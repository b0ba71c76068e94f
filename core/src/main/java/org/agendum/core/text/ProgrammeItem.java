package org.agendum.core.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One labelled piece of a programme, in its language: "Venue: Alcaldía de Paris, Auditórium", the
 * contacts, a block's moderator. A layout shows the label and the values; the kind says what the
 * item is whatever its printed label, for a layout that places or styles kinds apart (an HTML
 * page's classes): {@link Label#VENUE}, {@link Label#ACCESS}, {@link Label#CONTACTS}, {@link
 * Label#MODERATOR} for a moderator labelled "Facilitadora", {@link Label#PARTICIPANT} for any
 * participant, {@link Label#DESCRIPTION}...
 *
 * @param kind what the item is
 * @param label the label in the programme's language, or as the event prints it ("Facilitadora");
 *     empty for a text that stands alone, such as a description
 * @param values the values, at least one, in order; a value may hold several lines
 */
public record ProgrammeItem(Label kind, Optional<String> label, List<String> values) {

    /**
     * Creates an item.
     *
     * @param kind what the item is
     * @param label the label; empty for a text that stands alone
     * @param values the values, at least one
     * @throws IllegalArgumentException if there is no value
     */
    public ProgrammeItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a programme item has at least one value");
        }
    }

    static ProgrammeItem of(Label kind, String label, List<String> values) {
        return new ProgrammeItem(kind, Optional.of(label), values);
    }

    static ProgrammeItem of(Label kind, String label, String value) {
        return new ProgrammeItem(kind, Optional.of(label), List.of(value));
    }
}
