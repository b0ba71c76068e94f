/**
 * The hand-written mapping between the model and JSCalendar (RFC 8984): the writer that builds a
 * document's tree in one walk of the event, and the reader that checks a tree and fills the model.
 * Not exported: docs/JSCALENDAR.md documents the mapping.
 */
package org.agendum.jscalendar.internal;
