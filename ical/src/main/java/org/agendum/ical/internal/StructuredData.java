package org.agendum.ical.internal;

/**
 * The STRUCTURED-DATA property (RFC 9073 §6.6) of the rich profile, which carries the event's
 * canonical JSON.
 */
public final class StructuredData {

    /** The property name. */
    public static final String NAME = "STRUCTURED-DATA";

    /** The {@code $id} of the JSON Schema of the canonical JSON, the value of the SCHEMA parameter. */
    public static final String SCHEMA_ID = "https://agendum.org/schema/event/1.json";

    /** The FMTTYPE parameter. */
    public static final String FMTTYPE = "application/json";

    private StructuredData() {}
}
