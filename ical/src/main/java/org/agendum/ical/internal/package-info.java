/**
 * The implementation of the iCalendar format: the mapping of events to ical4j components, the
 * plain-text programme, time-zone definitions from the JDK and RFC 5545 line folding.
 */
package org.agendum.ical.internal;
