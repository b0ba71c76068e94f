/**
 * The iCalendar (RFC 5545) format of agendum events.
 *
 * <p>{@link org.agendum.ical.IcsEventFormat} writes an event as a calendar of the <em>publish</em>
 * profile: one VEVENT for the event, one per block of its programme, a VTIMEZONE built from the
 * JDK's time-zone data for every zone used, and people written as text, never as invitations. The
 * <em>rich</em> profile adds RFC 9073 PARTICIPANT, VLOCATION and STRUCTURED-DATA (the event's
 * canonical JSON), so that a rich file reads back into an equal event.
 *
 * <h2>What {@code IcsEventFormat} writes and reads</h2>
 *
 * <p>By default this format writes the <em>publish</em> profile, made to be imported into or
 * subscribed from the major calendar clients:
 *
 * <ul>
 *   <li>a VCALENDAR with PRODID, VERSION 2.0, CALSCALE GREGORIAN, the event's title as
 *       X-WR-CALNAME and its zone as X-WR-TIMEZONE, and no METHOD;
 *   <li>a VTIMEZONE for the event's zone, written from the JDK's time-zone rules for the years the
 *       calendar covers, before the events that use it;
 *   <li>one VEVENT for the event, UID {@code <event-id>@<domain>}: SUMMARY (title &mdash;
 *       subtitle), DESCRIPTION, LOCATION (venue, room, address), GEO, URL (registration, else the
 *       first link), STATUS, CATEGORIES for topics, CONTACT per contact, and CONFERENCE (RFC 7986)
 *       with the link of an online event. DESCRIPTION is the event's programme as {@code agendum
 *       show} prints it, without the title (SUMMARY has it). With block entries (the default) it
 *       is a bounded overview: the event's description cut at 4,000 characters and the agenda as
 *       one line per top-level block for at most 100 of them, at most 10,000 characters in all;
 *       without them, it is the whole programme with every block's details;
 *   <li>with {@linkplain IcsEventFormat#withBlocks(boolean) blocks}, one VEVENT per timed block at any
 *       depth, UID {@code <event-id>.<block-id>@<domain>}, RELATED-TO the event, LOCATION the
 *       block's own room (else the venue's) with the venue's name and address, STATUS the event's
 *       (TENTATIVE when the programme is provisional); untimed blocks appear only in the event's
 *       DESCRIPTION;
 *   <li>the registration deadline in the event's DESCRIPTION and as an all-day VEVENT on the last
 *       day to register, UID {@code <event-id>+registration@<domain>}, with the event's STATUS
 *       (a cancelled event cancels it too).
 * </ul>
 *
 * <p><b>Texts.</b> DESCRIPTION, the registration entry's SUMMARY, an online event's LOCATION and
 * the rich profile's PARTICIPANT and VLOCATION texts are written by the programme renderer that
 * {@code agendum show} uses ({@link org.agendum.core.text.Programme}), in English unless {@link
 * IcsEventFormat#withLocale(java.util.Locale)} chooses Spanish or French; never in the machine's
 * default locale. Dates are written in full ("Friday, June 11, 2021"), times in every display zone
 * with its label.
 *
 * <p><b>Times.</b> Every date-time is the {@link org.agendum.core.time.Timetable timetable}'s,
 * written as its wall-clock time in the event's zone with that zone's TZID. A wall-clock time that
 * the zone's clocks show twice (in the hour after they go back) is written in UTC instead, because
 * calendar clients disagree on which of the two instants such a time means; a slot in a gap (the
 * hour skipped when clocks go forward) is written as the timetable placed it, after the gap. Every
 * client therefore reads the instants the timetable computed. No other library's tz data decides
 * a time, on writing or on reading.
 *
 * <p><b>UIDs.</b> Ids go into UIDs with every character but ASCII letters, digits and {@code -_~}
 * percent-encoded, so UIDs are stable: exporting an edited event again updates the entries in a
 * calendar instead of duplicating them. UIDs must be globally unique (RFC 5545 &sect;3.8.4.7): a
 * publisher sets its own domain with {@link IcsEventFormat#withUidDomain(String)}; the default,
 * {@value IcsEventFormat#DEFAULT_UID_DOMAIN}, is shared by every agendum user.
 *
 * <p>People are never written as ATTENDEE or ORGANIZER, which would turn the file into
 * invitations. Text has its line breaks normalized to LF and other control characters replaced by
 * spaces; it is escaped so that no text can start a property. Output is UTF-8 with CRLF line ends,
 * folded at 75 octets between characters (never inside a UTF-8 sequence or an escape), written
 * straight to the stream as the event is walked, and byte-identical for equal events, options and
 * clock instants.
 *
 * <p>The {@linkplain IcsEventFormat#withProfile(Profile) rich profile} adds STRUCTURED-DATA,
 * PARTICIPANT and VLOCATION (RFC 9073) to the event's VEVENT; see {@link
 * IcsEventFormat.Profile#RICH}. It carries the event's canonical JSON, and so needs {@code
 * agendum-json} (and Jackson), an optional dependency of this module: the publish profile needs
 * neither. Without it, {@code withProfile(Profile.RICH)} throws {@link IllegalStateException}, and
 * a rich file is read from its VEVENTs as a publish file.
 *
 * <p><b>Reading</b> is bounded and total: a document of at most {@value
 * IcsEventFormat#MAX_DOCUMENT_BYTES} bytes, with at most {@value IcsEventFormat#MAX_COMPONENTS}
 * components nested at most {@value IcsEventFormat#MAX_NESTING_DEPTH} levels deep, at most {@value
 * IcsEventFormat#MAX_PROPERTIES_PER_COMPONENT} of the properties it reads per component and {@value
 * IcsEventFormat#MAX_PROPERTIES} per document, and texts of at most {@value
 * IcsEventFormat#MAX_TEXT_LENGTH} characters (the JSON format's limit, so that converting a
 * calendar to JSON never writes what agendum refuses); anything else, and anything that is not
 * iCalendar or does not make a valid event, is an {@link
 * org.agendum.core.format.EventFormatException} with the line of the problem. Only the properties
 * agendum reads must be valid: alarms, free/busy periods, attendees and other properties are
 * skipped unread.
 *
 * <p>A VEVENT with a STRUCTURED-DATA of {@code FMTTYPE=application/json} and the agendum event
 * schema is read from that JSON, which wins over the other properties; its id must agree with the
 * VEVENT's UID, or reading fails. A publish file this format wrote comes back as the event modulo
 * the loss table of {@code docs/ICALENDAR.md}: id, title (SUMMARY, title and subtitle together),
 * zone, start and end, status, topics, the URL as a link, the registration deadline, and each block
 * VEVENT as a top-level block of kind {@link org.agendum.core.model.BlockKind#OTHER} with its id,
 * title and slot. Another calendar's single VEVENT becomes an event, several become one event with
 * a block each, and a recurring VEVENT its first occurrence with the RRULE in the description.
 * Times with {@code Z} are read in UTC; times with a TZID in the JDK's zone of that id (the JDK's
 * rules win over the file's VTIMEZONE for a zone it knows), or else through the file's own
 * VTIMEZONE; floating times and dates in the calendar's {@code X-WR-TIMEZONE} if it names a known
 * zone, else in UTC.
 *
 * <p>Unless stated otherwise, a null argument makes a method throw {@link NullPointerException}.
 */
package org.agendum.ical;
