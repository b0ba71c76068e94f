package org.agendum.core.model;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A physical place where an event happens: a building, the room in it, its address, the entrance
 * when it differs from the address, and how to get there by public transport.
 *
 * <pre>{@code
 * Venue venue = Venue.builder()
 *         .name("Alcaldía de Paris")
 *         .room("Auditórium")
 *         .entrance(PostalAddress.builder().street("5 rue Lobau").postalCode("75004").locality("Paris").country("FR").build())
 *         .addTransit(TransitAccess.of(TransitMode.METRO, "Hôtel de Ville", "1", "11"))
 *         .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Venue implements WithVenue {

    Venue() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the name of the place, as printed ("Alcaldía de Paris").
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the room, hall or auditorium ("Auditórium").
     *
     * @return the room, if printed
     */
    public abstract Optional<String> room();

    /**
     * Returns the postal address of the place.
     *
     * @return the address, if printed
     */
    public abstract Optional<PostalAddress> address();

    /**
     * Returns the address of the entrance to use, when it differs from the postal address
     * ("Entrada en el 5 rue Lobau").
     *
     * @return the entrance, if printed
     */
    public abstract Optional<PostalAddress> entrance();

    /**
     * Returns the geographic position.
     *
     * @return the position, if known
     */
    public abstract Optional<GeoPoint> geo();

    /**
     * Returns how to reach the place by public transport, in the order printed.
     *
     * @return the transit accesses, possibly empty
     */
    public abstract List<TransitAccess> transit();

    /**
     * Returns the web page of the place.
     *
     * @return an absolute URI, if known
     */
    public abstract Optional<URI> url();

    @Value.Check
    final void check() {
        Checks.text(name(), "/name");
        Checks.text(room(), "/room");
        Checks.absolute(url(), "/url");
    }

    /** Builds a {@link Venue}; the name must be set. */
    public static final class Builder extends ImmutableVenue.Builder {
        Builder() {}
    }
}
