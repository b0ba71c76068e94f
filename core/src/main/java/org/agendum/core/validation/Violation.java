package org.agendum.core.validation;

import org.immutables.value.Value;

/**
 * One finding of validation: a rule's stable code, its severity, where in the event, and what is
 * wrong in words a person can act on.
 *
 * <p>The path names a place in the model, whatever format the event came from: a sequence of
 * accessor names and list indexes, in JSON Pointer syntax (RFC 6901). {@code /agenda/blocks/8} is
 * {@code event.agenda().blocks().get(8)}; {@code /agenda/blocks/2/participants/3/party/email} is
 * the {@code email()} of {@code event.agenda().blocks().get(2).participants().get(3).party()};
 * {@code /parties/3} is {@code event.parties().get(3)}; {@code ""} is the event. Optional values
 * are named as if present. The canonical JSON format names its fields after the same accessors,
 * so a path is also a JSON Pointer into an event's JSON document; a line format such as
 * iCalendar has no such place, and its readers report lines instead.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {

    Violation() {}

    /**
     * Obtains a violation.
     *
     * @param code the rule's stable code
     * @param severity the severity
     * @param path the JSON Pointer of the place in the event, {@code ""} for the event itself
     * @param message what is wrong
     * @return the violation
     */
    public static Violation of(String code, Severity severity, String path, String message) {
        return ImmutableViolation.builder().code(code).severity(severity).path(path).message(message).build();
    }

    /**
     * Returns the stable code of the rule that found this.
     *
     * @return the code, for example {@code "BLOCK_OUTSIDE_EVENT"}
     */
    public abstract String code();

    /**
     * Returns how serious this is.
     *
     * @return the severity
     */
    public abstract Severity severity();

    /**
     * Returns where in the event, as a JSON Pointer.
     *
     * @return the path, {@code ""} for the event itself
     */
    public abstract String path();

    /**
     * Returns what is wrong, with names and times.
     *
     * @return the message
     */
    public abstract String message();

    /**
     * Returns the violation on one line: severity, code, path and message, as in {@code WARNING
     * BLOCK_OUTSIDE_EVENT /agenda/blocks/8: block 'Conclusiones y cierre' ends at 17:15, after the
     * event ends at 17:00}.
     *
     * @return the one-line form
     */
    @Override
    public final String toString() {
        return severity() + " " + code() + " " + (path().isEmpty() ? "/" : path()) + ": " + message();
    }
}
