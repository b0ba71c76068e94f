/**
 * Write-only web formats of agendum events: schema.org {@code Event} markup as JSON-LD.
 *
 * <p>{@link org.agendum.web.JsonLdEventFormat} (name {@code "jsonld"}) is a format plug-in of the
 * core SPI.
 */
module org.agendum.web {
    requires transitive org.agendum.core;
    requires tools.jackson.core;

    exports org.agendum.web;

    provides org.agendum.core.format.EventFormat with org.agendum.web.JsonLdEventFormat;
}
