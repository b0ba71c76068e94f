/**
 * The iCalendar reader: a bounded lexer of content lines over the document's bytes, the tree of
 * what agendum reads, time zones resolved with the JDK's rules (and, for names the JDK does not
 * know, the file's VTIMEZONE evaluated a year at a time), and the dialects: agendum's rich and
 * publish profiles and other calendars.
 */
package org.agendum.ical.internal.read;
