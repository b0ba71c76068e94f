/**
 * The JSCalendar format of agendum events (RFC 8984): {@link
 * org.agendum.jscalendar.JsCalendarEventFormat}, a plug-in of the format SPI of {@code
 * org.agendum.core.format}, found by the name {@code "jscalendar"} or the extension {@code
 * .jscal.json}.
 */
package org.agendum.jscalendar;
