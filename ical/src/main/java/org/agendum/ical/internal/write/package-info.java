/**
 * The iCalendar writer: content lines written straight to the stream (folding, escaping, UTF-8),
 * the walk over the event that writes the publish profile and what the rich profile adds, the
 * plain-text programme, and time-zone definitions from the JDK's rules.
 */
package org.agendum.ical.internal.write;
