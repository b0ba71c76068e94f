/**
 * Write-only web formats of agendum events: schema.org {@code Event} markup as JSON-LD, and a
 * standalone programme page in HTML that embeds it.
 *
 * <p>{@link org.agendum.web.JsonLdEventFormat} (name {@code "jsonld"}) and {@link
 * org.agendum.web.HtmlEventFormat} (name {@code "html"}) are format plug-ins of the core SPI. The
 * page is laid out from core's {@code Programme}, the same structure {@code agendum show} and the
 * iCalendar texts print.
 */
module org.agendum.web {
    requires transitive org.agendum.core;
    requires tools.jackson.core;

    exports org.agendum.web;

    provides org.agendum.core.format.EventFormat with
            org.agendum.web.HtmlEventFormat,
            org.agendum.web.JsonLdEventFormat;
}
