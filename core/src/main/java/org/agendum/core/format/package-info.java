/**
 * The format SPI: how events are written to and read from documents (canonical JSON, iCalendar,
 * and any format a plug-in adds).
 *
 * <p>A format implements {@link org.agendum.core.format.EventFormat} and is found by {@link
 * java.util.ServiceLoader} &mdash; listed in {@code META-INF/services} and declared with {@code
 * provides} in its module &mdash; through {@link org.agendum.core.format.EventFormats}. Readers
 * report bad input as an {@link org.agendum.core.format.EventFormatException} that names the
 * place in the document; they never return a half-valid event.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package org.agendum.core.format;
