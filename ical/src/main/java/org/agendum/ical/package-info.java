/**
 * The iCalendar (RFC 5545) format of agendum events.
 *
 * <p>{@link org.agendum.ical.IcsEventFormat} writes an event as a calendar of the <em>publish</em>
 * profile: one VEVENT for the event, one per block of its programme, a VTIMEZONE built from the
 * JDK's time-zone data for every zone used, and people written as text, never as invitations.
 *
 * <p>Unless stated otherwise, a null argument makes a method throw {@link NullPointerException}.
 */
package org.agendum.ical;
