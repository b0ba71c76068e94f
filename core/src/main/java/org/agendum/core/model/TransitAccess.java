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
public abstract class TransitAccess {

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
     */
    public abstract List<String> lines();

    /**
     * Returns the station or stop, as printed.
     *
     * @return the station, not blank
     */
    public abstract String station();

    @Value.Check
    final void check() {
        Checks.text(station(), "/station");
        Checks.texts(lines(), "/lines");
    }

    /**
     * Returns a copy of this transit access with another mode.
     *
     * @param mode the mode of transport
     * @return a transit access based on this one with the requested mode
     * @throws NullPointerException if {@code mode} is null
     */
    public abstract TransitAccess withMode(TransitMode mode);

    /**
     * Returns a copy of this transit access with these lines in place of its own.
     *
     * @param lines the lines that stop at the station, in the order printed; none to remove them all
     * @return a transit access based on this one with the requested lines
     * @throws NullPointerException if {@code lines} or one of its elements is null
     * @throws InvariantViolationException if a line is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract TransitAccess withLines(String... lines);

    /**
     * Returns a copy of this transit access with these lines, in iteration order, in place of its own.
     *
     * @param lines the lines that stop at the station, in the order printed; empty to remove them all
     * @return a transit access based on this one with the requested lines
     * @throws NullPointerException if {@code lines} or one of its elements is null
     * @throws InvariantViolationException if a line is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract TransitAccess withLines(Iterable<String> lines);

    /**
     * Returns a copy of this transit access with another station.
     *
     * @param station the station or stop, as printed
     * @return a transit access based on this one with the requested station
     * @throws NullPointerException if {@code station} is null
     * @throws InvariantViolationException if the station is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract TransitAccess withStation(String station);
}
