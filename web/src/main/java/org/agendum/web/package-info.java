/**
 * The web formats: {@link org.agendum.web.JsonLdEventFormat} writes an event as schema.org
 * {@code Event} markup in JSON-LD, for search engines and the other readers of an event's web page;
 * {@link org.agendum.web.HtmlEventFormat} writes that page itself, standalone, printable and
 * accessible, with the markup embedded.
 *
 * <p>Both formats write only: a web page is an end, not an exchange format, and neither carries
 * the whole event (the mapping and what is lost are in {@code docs/WEB.md}). Output is
 * deterministic: the same event gives the same bytes on every machine, in every zone and locale.
 *
 * <p>Null policy: a null argument throws {@link java.lang.NullPointerException}.
 */
package org.agendum.web;
