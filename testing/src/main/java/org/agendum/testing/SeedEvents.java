package org.agendum.testing;

import java.util.List;
import org.agendum.core.model.Event;

/**
 * The two real programmes agendum is built against, composed in code with every fact they print.
 *
 * <ul>
 *   <li>{@link #gobiernosLocales2021()}: the virtual seminar "Gobiernos locales en acción" of
 *       Mercociudades and the Mexican Secretaría de Relaciones Exteriores, 11 June 2021, printed in
 *       the times of Uruguay and Mexico, with a maximum duration its blocks fill exactly;
 *   <li>{@link #parisSeminar2018()}: the seminar "Hacia una acción internacional sostenible" at the
 *       Paris city hall, 5 July 2018, with a provisional programme whose closing block runs past
 *       the announced end.
 * </ul>
 *
 * <p>Text is kept as printed, including its slips (a male facilitator labelled "Facilitadora", two
 * parts with the same title), so that validation and formats are tested against real documents.
 * Each call returns an equal event.
 *
 * <p>Every block is given its id, as a publisher who re-publishes a programme should: the ids are
 * the readable ones the seeds have always had ("panel-1", "pausa-cafe"), and they stay put when a
 * title is corrected or a block is inserted.
 */
public final class SeedEvents {

    private SeedEvents() {}

    /**
     * Returns both seed events, the 2021 seminar first.
     *
     * @return the seed events
     */
    public static List<Event> all() {
        return List.of(gobiernosLocales2021(), parisSeminar2018());
    }

    /**
     * Returns the virtual seminar "Gobiernos locales en acción" of 11 June 2021: 13:00&ndash;14:30 in
     * Uruguay (America/Montevideo), 11:00&ndash;12:30 in Mexico (America/Mexico_City), at most 1:30,
     * with an opening of 15 minutes, two panels of 35 and 30 minutes each ending in questions and
     * answers, and a closing of 10 minutes; registration through a form before 9 June 2021.
     *
     * @return the event
     */
    public static Event gobiernosLocales2021() {
        return GobiernosLocales2021.event();
    }

    /**
     * Returns the seminar "Hacia una acción internacional sostenible. Miradas entre América Latina y
     * Europa" of 5 July 2018 at the Paris city hall (Europe/Paris), announced from 9:00 to 17:00,
     * with a provisional programme of nine slots whose closing runs until 17:15; limited seats,
     * registration required before 18 June 2018.
     *
     * @return the event
     */
    public static Event parisSeminar2018() {
        return ParisSeminar2018.event();
    }

}
