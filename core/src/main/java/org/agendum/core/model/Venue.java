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
public abstract class Venue extends VenueWithers {

    Venue() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableVenue.builder();
    }

    /**
     * Returns the name of the place, as printed ("Alcaldía de Paris").
     *
     * @return the name, not blank
     * @refusedIf the name is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract String name();

    /**
     * Returns the room, hall or auditorium ("Auditórium").
     *
     * @return the room, if printed
     * @refusedIf the room is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
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
     * @noun geographic position
     */
    public abstract Optional<GeoPoint> geo();

    /**
     * Returns how to reach the place by public transport, in the order printed.
     *
     * @return the transit accesses, possibly empty
     * @noun transit access | transit accesses
     */
    public abstract List<TransitAccess> transit();

    /**
     * Returns the web page of the place.
     *
     * @return an absolute URI, if known
     * @refusedIf the web page is not an absolute URI ({@link Invariant#RELATIVE_URI}) or has an unpaired
     *     surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<URI> url();

    @Value.Check
    final void check() {
        Checks.text(name(), "/name");
        Checks.text(room(), "/room");
        Checks.absolute(url(), "/url");
    }

    /**
     * Builds {@link Venue} values one attribute at a time; obtained from {@link Venue#builder()}.
     *
     * <p>Every attribute that {@link #build()} does not require is optional or is a list that starts empty. A
     * single-valued attribute can be set only once: setting it again, with either overload, throws {@link
     * IllegalStateException}. Each {@code add...} call appends to a list, after the elements already added.
     * Values are checked when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends VenueBuilderBase {

        Builder() {}
    }
}
