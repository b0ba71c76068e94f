package org.agendum.ical.fuzz;

/**
 * What reading one case gave.
 *
 * @param kind imported, refused, or failed (anything the contract does not allow)
 * @param message the refusal's or the failure's message; empty for an import
 * @param line the refusal's line, or 0
 * @param readNanos the time {@code IcsEventFormat.read} took
 * @param failure the failure, or null
 */
public record Outcome(Kind kind, String message, int line, long readNanos, Throwable failure) {

    /** What became of a case. */
    public enum Kind {
        /** Read as an event, which writes back as iCalendar and JSON and validates. */
        IMPORTED,
        /** Refused with an {@code EventFormatException} at a line of the document. */
        REFUSED,
        /** Anything else: another exception, an error, a wrong line, a limit not enforced, a hang. */
        FAILED
    }

    static Outcome imported(long readNanos) {
        return new Outcome(Kind.IMPORTED, "", 0, readNanos, null);
    }

    static Outcome refused(String message, int line, long readNanos) {
        return new Outcome(Kind.REFUSED, message, line, readNanos, null);
    }

    static Outcome failed(String message, long readNanos, Throwable failure) {
        return new Outcome(Kind.FAILED, message, 0, readNanos, failure);
    }
}
