/**
 * The iCalendar (RFC 5545) format of agendum events.
 *
 * <p>{@link org.agendum.ical.IcsEventFormat} writes an event as a calendar of the <em>publish</em>
 * profile: one VEVENT for the event, one per block of its programme, a VTIMEZONE built from the
 * JDK's time-zone data for every zone used, and people written as text, never as invitations. The
 * <em>rich</em> profile adds RFC 9073 PARTICIPANT, VLOCATION and STRUCTURED-DATA (the event's
 * canonical JSON), so that a rich file reads back into an equal event.
 *
 * <p>Unless stated otherwise, a null argument makes a method throw {@link NullPointerException}.
 */
package org.agendum.ical;
