/**
 * Ready-made events and assertions for tests and examples.
 *
 * <p>{@link org.agendum.testing.SeedEvents} holds the two real programmes agendum is built against,
 * composed in code with every fact they print. {@link org.agendum.testing.RandomEvents} draws
 * seeded random events, and variants that break one validation rule, for property tests with any
 * library. {@link org.agendum.testing.ReportAssert} asserts on validation reports in any test
 * framework.
 *
 * <p>For property tests: a {@link org.agendum.testing.PropertyCase} is one random event, named by
 * the Java expression that makes it; {@link org.agendum.testing.PropertyCases} lists cases smallest
 * first and reads the two system properties every agendum property test takes, {@code
 * agendum.seed} (another seed) and {@code agendum.case} (one case again); an {@link
 * org.agendum.testing.EventProperty} that fails is {@linkplain org.agendum.testing.EventShrinker
 * shrunk} to the smallest event that still fails, and reported with it.
 *
 * <h2>Variants that break a rule</h2>
 *
 * <p>{@link org.agendum.testing.RandomEvents#breaking(String, long)} changes a random event so that
 * validation reports one rule code. The variant of each code:
 *
 * <ul>
 *   <li>{@code BLOCK_OVERLAP}: inserts after a top-level block a slot from the middle of that
 *       block to its end, in the same room and track: a workshop without parties;
 *   <li>{@code ROOM_DOUBLE_BOOKED}: inserts after a top-level block a slot from the middle of
 *       that block to its end, in the same room (giving the block a room if it has none) and in
 *       another track: a workshop without parties;
 *   <li>{@code ROOM_NAME_VARIANTS}: makes the event's declared rooms names again, and puts the
 *       second-to-last top-level block in a room (its own, else "Sala 1") and the last in the same
 *       name with a space more;
 *   <li>{@code BLOCK_OVER_ROOM_CAPACITY}: declares the rooms the blocks name (where the event
 *       declares none), puts a top-level block in a new room "Sala del taller" if it has none,
 *       gives the rooms it books that state no capacity one of 10 to 60 seats, and makes its own
 *       registration (added if it has none) offer 1 to 10 seats more than those rooms hold
 *       together;
 *   <li>{@code TRACK_NAME_VARIANTS}: the same with tracks ("Pista B"), both blocks made slots at the
 *       times they had so that none moves with its track;
 *   <li>{@code BLOCK_OUTSIDE_EVENT}: moves the event's end into the middle of its last block;
 *   <li>{@code SCHEDULE_GAP}: appends a block on the last block's date, 15 minutes after it ends
 *       (extending the event's end, and maximum duration, to cover it);
 *   <li>{@code DURATION_OVER_BUDGET}: sets the maximum duration to half the agenda's span (and
 *       an end, where the maximum duration was the end, so that blocks stay inside the event).
 *       A maximum shorter than the agenda is also shorter than the announced event, so {@code
 *       EVENT_LONGER_THAN_MAXIMUM} is reported too: the only way around it, dropping the end,
 *       would put blocks outside the event instead;
 *   <li>{@code EVENT_LONGER_THAN_MAXIMUM}: announces the event until 30 minutes after it (or its
 *       agenda) ends, with a maximum duration 15 minutes shorter than that, still longer than
 *       the agenda;
 *   <li>{@code CHILD_OUTSIDE_PARENT}: adds to a top-level block a duration-only child that ends
 *       10 minutes after the block;
 *   <li>{@code DEADLINE_AFTER_START}: makes the registration deadline (adding a registration
 *       where there is none) "until" the event's first day, so it cuts off at the end of that
 *       day;
 *   <li>{@code BLOCK_DEADLINE_AFTER_START}: gives a top-level block (scheduled again if it was
 *       cancelled or postponed) a registration of its own "until" the day it starts, so it cuts
 *       off at the end of that day;
 *   <li>{@code PARTY_DOUBLE_BOOKED}: inserts after a top-level block a slot from its middle to
 *       its end in another room, with one of its parties as speaker (adding a party to it if it
 *       has none);
 *   <li>{@code PARTY_LISTED_TWICE}: lists the first participant of a top-level block (the first
 *       with participants from a drawn one) again at the end of its participants; where no block
 *       has any, a new speaker is listed twice in the drawn block;
 *   <li>{@code MODERATOR_MISSING}: removes the moderators of a top-level panel or discussion,
 *       or makes a top-level block an unmoderated discussion (scheduling it again if it was
 *       cancelled or postponed);
 *   <li>{@code SPEAKER_MISSING}: makes a top-level block (the first without children from a
 *       drawn one, if any) a talk and takes the participants off it and off its children (and
 *       confirms a provisional agenda, and schedules the block again if it was cancelled or
 *       postponed, which the rule does not check);
 *   <li>{@code VENUE_MISSING}: removes the venue (an online event becomes mixed);
 *   <li>{@code ONLINE_ACCESS_MISSING}: removes the online location, the blocks' online locations
 *       and the registration URL (an in-person event becomes mixed);
 *   <li>{@code BLOCK_ONLINE_ACCESS_MISSING}: makes the event in person, without online location or
 *       registration URL (adding a venue if it has none), and a top-level block (adding one if
 *       there is none; scheduling it again if it was cancelled or postponed) online or mixed
 *       without an online location;
 *   <li>{@code ONLINE_ACCESS_PLATFORM_ONLY}: makes the online location a platform name alone
 *       ("Zoom") and removes the registration's URL (and makes an in-person event mixed);
 *   <li>{@code CONTACT_UNREACHABLE}: adds as a contact a party of the event without e-mail or
 *       telephone, or a new one;
 *   <li>{@code INVALID_EMAIL}, {@code INVALID_PHONE}: adds a contact whose e-mail address (such
 *       as {@code ana.example.org}) or telephone number (such as {@code +33 1 ABC 81 92}) is
 *       malformed, the other channel being well formed;
 *   <li>{@code INVALID_URL}: adds a link to {@code https:///programa} or {@code
 *       ftp://example.org/programa.pdf};
 *   <li>{@code LOCAL_TIME_OFFSET_INVALID}: makes a random top-level block a dated slot at the
 *       times it already had, whose start states an offset an hour off its zone's;
 *   <li>{@code NONEXISTENT_LOCAL_TIME}, {@code AMBIGUOUS_LOCAL_TIME}: moves every date of the
 *       event by the same number of days to the nearest night (a gap or overlap between
 *       midnight and 06:00, in 1970&ndash;2037, leaving the event's days without another
 *       clock change) on which its zone springs forward (falls back) &mdash; or, if its zone
 *       has no such night, Europe/Paris, which the event then moves to &mdash; starts the event
 *       in the middle of the gap (overlap), and opens the agenda with a registration block from
 *       there to where the agenda started; the event's start and that block's start are
 *       reported. A deadline at a time that no longer exists exactly once in its zone moves a
 *       day earlier;
 *   <li>{@code REGISTRATION_CLOSED}: sets the registration deadline (adding a registration if
 *       needed) to the event's start, one day earlier. The rule only reports with a clock: use
 *       one at or after {@link org.agendum.testing.RandomEvents#registrationCutoff(org.agendum.core.model.Event)
 *       RandomEvents.registrationCutoff} (and before the event starts).
 * </ul>
 */
package org.agendum.testing;
