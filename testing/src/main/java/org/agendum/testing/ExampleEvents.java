package org.agendum.testing;

import java.util.List;
import org.agendum.core.model.Event;

/**
 * Two invented events that show what agendum models beyond the {@linkplain SeedEvents seeds}: a
 * multi-day, multi-track conference and a weekly seminar series, composed in code and bundled as
 * the repository's {@code examples/}. Both validate without any finding; each call returns an equal
 * event.
 *
 * <ul>
 *   <li>{@link #lisbonConference2026()}: a three-day, two-track conference in Lisbon across the end
 *       of daylight-saving time, with declared rooms and tracks, parallel sessions, a keynote shown
 *       in an overflow room, a workshop of 25 seats with its own registration, a cancelled and a
 *       moved session, a dinner past midnight at a restaurant, a stream, and English with
 *       Portuguese titles and interpretation;
 *   <li>{@link #madridSeminarSeries2026()}: a weekly seminar in Madrid, ten Monday sessions with one
 *       week skipped for a holiday, across the end of daylight-saving time.
 * </ul>
 */
public final class ExampleEvents {

    private ExampleEvents() {}

    /**
     * Returns both example events, the conference first.
     *
     * @return the example events
     */
    public static List<Event> all() {
        return List.of(lisbonConference2026(), madridSeminarSeries2026());
    }

    /**
     * Returns the conference "Cidades em Movimento 2026" in Lisbon (Europe/Lisbon), from Friday 23
     * October 2026 at 08:30 to Sunday 25 October at 12:30, when clocks go back an hour at 02:00 in
     * the night from Saturday to Sunday. Five rooms are declared (an auditorium of 400 seats, two
     * rooms of 120 and 80, a workshop room of 30 and the foyer) and two tracks ("Policy and planning"
     * and "Data and technology"); plenaries in the auditorium alternate with parallel sessions, one
     * per track; the Friday keynote is shown live in Sala Alfama as well; the Friday afternoon workshop
     * ({@code workshop-gtfs}) has 25 seats and its own registration, closing on Wednesday 21 October
     * at 18:00; on Saturday the talk {@code talk-parking} is cancelled, with a note, and the talk
     * {@code talk-digital-twins} is moved there from Sunday at 10:30; the conference dinner is at a
     * restaurant from 20:00 on Saturday to 00:30 on Sunday. It is held in English (the default
     * language) with some titles in Portuguese; the Friday keynote is interpreted into Portuguese on
     * channel 2, and a panelist of the Saturday night-bus panel takes part remotely. It is held in
     * person and streamed, with registration until 16 October, and is the programme's second
     * revision.
     *
     * @return the event
     */
    public static Event lisbonConference2026() {
        return LisbonConference2026.event();
    }

    /**
     * Returns the seminar series "Historia urbana de Madrid" (Europe/Madrid): one session every
     * Monday from 18:00 to 19:30, from 28 September to 7 December 2026 except 12 October, a public
     * holiday &mdash; a weekly recurrence of eleven occurrences, one excluded, so ten sessions
     * &mdash; still at 18:00 on the Mondays after clocks go back on 25 October. One block with a
     * moderator, at a venue, with registration before the first session.
     *
     * @return the event
     */
    public static Event madridSeminarSeries2026() {
        return MadridSeminarSeries2026.event();
    }
}
