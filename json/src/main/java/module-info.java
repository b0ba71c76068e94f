/**
 * The canonical JSON format of agendum events, written and read with Jackson 3.
 *
 * <p>{@link org.agendum.json.JsonEventFormat} is the format plug-in (name {@code "json"}); {@link
 * org.agendum.json.AgendumJsonModule} lets an application's own {@code JsonMapper} read and write
 * events in the same format. The JSON Schema of the format ships as {@code
 * org/agendum/json/agendum-event.schema.json}.
 */
module org.agendum.json {
    requires transitive org.agendum.core;
    requires transitive tools.jackson.databind;

    exports org.agendum.json;

    provides org.agendum.core.format.EventFormat with org.agendum.json.JsonEventFormat;
    provides tools.jackson.databind.JacksonModule with org.agendum.json.AgendumJsonModule;
}
