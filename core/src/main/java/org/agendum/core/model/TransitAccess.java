package org.agendum.core.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * How to reach a venue by public transport: a mode, the lines, and the station or stop ("Metro 1,
 * 11 &mdash; Hôtel de Ville").
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TransitAccess extends TransitAccessWithers {

    TransitAccess() {}

    /**
     * Obtains a transit access.
     *
     * @param mode the mode of transport
     * @param station the station or stop, as printed
     * @param lines the lines that stop there, as printed ("1", "11")
     * @return the transit access
     */
    public static TransitAccess of(TransitMode mode, String station, String... lines) {
        return ImmutableTransitAccess.builder().mode(mode).station(station).addLines(lines).build();
    }

    /**
     * Returns the mode of transport.
     *
     * @return the mode
     */
    public abstract TransitMode mode();

    /**
     * Returns the lines that stop at the station, in the order printed.
     *
     * @return the lines, possibly empty
     * @refusedIf a line is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract List<String> lines();

    /**
     * Returns the station or stop, as printed.
     *
     * @return the station, not blank
     * @refusedIf the station is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract String station();

    @Value.Check
    final void check() {
        Checks.text(station(), "/station");
        Checks.texts(lines(), "/lines");
    }

}
