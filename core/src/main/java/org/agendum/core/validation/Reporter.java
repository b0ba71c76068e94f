package org.agendum.core.validation;

/**
 * Where a {@link Rule} reports what it finds. The validator gives each rule its own reporter, which
 * stamps every finding with the rule's code and severity.
 */
@FunctionalInterface
public interface Reporter {

    /**
     * Reports a violation of the rule being checked.
     *
     * @param path the JSON Pointer of the place in the event ({@code /agenda/blocks/3})
     * @param message what is wrong, with names and times a person can act on
     */
    void report(String path, String message);
}
