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
public abstract class Venue {

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

    /**
     * Returns a copy of this venue with another name.
     *
     * @param name the name of the place, as printed ("Alcaldía de Paris")
     * @return a venue based on this one with the requested name
     * @throws NullPointerException if {@code name} is null
     * @throws InvariantViolationException if the name is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Venue withName(String name);

    /**
     * Returns a copy of this venue with a room, in place of any it has.
     *
     * @param room the room, hall or auditorium ("Auditórium")
     * @return a venue based on this one with the requested room
     * @throws NullPointerException if {@code room} is null
     * @throws InvariantViolationException if the room is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Venue withRoom(String room);

    /**
     * Returns a copy of this venue with a room, or without one if {@code room} is empty.
     *
     * @param room the room, hall or auditorium ("Auditórium"), or empty to remove it
     * @return a venue based on this one with the requested room, or without one
     * @throws NullPointerException if {@code room} is null
     * @throws InvariantViolationException if the room is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Venue withRoom(Optional<String> room);

    /**
     * Returns a copy of this venue with a postal address, in place of any it has.
     *
     * @param address the postal address of the place
     * @return a venue based on this one with the requested postal address
     * @throws NullPointerException if {@code address} is null
     */
    public abstract Venue withAddress(PostalAddress address);

    /**
     * Returns a copy of this venue with a postal address, or without one if {@code address} is empty.
     *
     * @param address the postal address of the place, or empty to remove it
     * @return a venue based on this one with the requested postal address, or without one
     * @throws NullPointerException if {@code address} is null
     */
    public abstract Venue withAddress(Optional<? extends PostalAddress> address);

    /**
     * Returns a copy of this venue with an entrance, in place of any it has.
     *
     * @param entrance the address of the entrance to use
     * @return a venue based on this one with the requested entrance
     * @throws NullPointerException if {@code entrance} is null
     */
    public abstract Venue withEntrance(PostalAddress entrance);

    /**
     * Returns a copy of this venue with an entrance, or without one if {@code entrance} is empty.
     *
     * @param entrance the address of the entrance to use, or empty to remove it
     * @return a venue based on this one with the requested entrance, or without one
     * @throws NullPointerException if {@code entrance} is null
     */
    public abstract Venue withEntrance(Optional<? extends PostalAddress> entrance);

    /**
     * Returns a copy of this venue with a geographic position, in place of any it has.
     *
     * @param geo the geographic position
     * @return a venue based on this one with the requested geographic position
     * @throws NullPointerException if {@code geo} is null
     */
    public abstract Venue withGeo(GeoPoint geo);

    /**
     * Returns a copy of this venue with a geographic position, or without one if {@code geo} is empty.
     *
     * @param geo the geographic position, or empty to remove it
     * @return a venue based on this one with the requested geographic position, or without one
     * @throws NullPointerException if {@code geo} is null
     */
    public abstract Venue withGeo(Optional<? extends GeoPoint> geo);

    /**
     * Returns a copy of this venue with these transit accesses in place of its own.
     *
     * @param transit the ways to reach the place by public transport, in the order printed; none to remove
     *     them all
     * @return a venue based on this one with the requested transit accesses
     * @throws NullPointerException if {@code transit} or one of its elements is null
     */
    public abstract Venue withTransit(TransitAccess... transit);

    /**
     * Returns a copy of this venue with these transit accesses, in iteration order, in place of its own.
     *
     * @param transit the ways to reach the place by public transport, in the order printed; empty to remove
     *     them all
     * @return a venue based on this one with the requested transit accesses
     * @throws NullPointerException if {@code transit} or one of its elements is null
     */
    public abstract Venue withTransit(Iterable<? extends TransitAccess> transit);

    /**
     * Returns a copy of this venue with a web page, in place of any it has.
     *
     * @param url the absolute URI of the web page of the place
     * @return a venue based on this one with the requested web page
     * @throws NullPointerException if {@code url} is null
     * @throws InvariantViolationException if the URI is not absolute ({@link Invariant#RELATIVE_URI}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Venue withUrl(URI url);

    /**
     * Returns a copy of this venue with a web page, or without one if {@code url} is empty.
     *
     * @param url the absolute URI of the web page of the place, or empty to remove it
     * @return a venue based on this one with the requested web page, or without one
     * @throws NullPointerException if {@code url} is null
     * @throws InvariantViolationException if the URI is not absolute ({@link Invariant#RELATIVE_URI}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Venue withUrl(Optional<? extends URI> url);

    /**
     * Builds {@link Venue} values one attribute at a time; obtained from {@link Venue#builder()}.
     *
     * <p>The name must be set; every other attribute is optional or is a list that starts empty. A
     * single-valued attribute can be set only once: setting it again, with either overload, throws
     * {@link IllegalStateException}. Each {@code add...} call appends to a list, after the elements already
     * added. Values are checked when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder {

        Builder() {}

        /**
         * Sets the name; required.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the name is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param name the name of the place, as printed ("Alcaldía de Paris")
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalStateException if the name is already set
         */
        public abstract Builder name(String name);

        /**
         * Sets the room.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the room is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param room the room, hall or auditorium ("Auditórium")
         * @return this builder
         * @throws NullPointerException if {@code room} is null
         * @throws IllegalStateException if the room is already set
         */
        public abstract Builder room(String room);

        /**
         * Sets the room, or leaves the venue without one if {@code room} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the room is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param room the room, hall or auditorium ("Auditórium"), or empty for none
         * @return this builder
         * @throws NullPointerException if {@code room} is null
         * @throws IllegalStateException if the room is already set
         */
        public abstract Builder room(Optional<String> room);

        /**
         * Sets the postal address.
         *
         * @param address the postal address of the place
         * @return this builder
         * @throws NullPointerException if {@code address} is null
         * @throws IllegalStateException if the postal address is already set
         */
        public abstract Builder address(PostalAddress address);

        /**
         * Sets the postal address, or leaves the venue without one if {@code address} is empty.
         *
         * @param address the postal address of the place, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code address} is null
         * @throws IllegalStateException if the postal address is already set
         */
        public abstract Builder address(Optional<? extends PostalAddress> address);

        /**
         * Sets the address of the entrance to use, when it differs from the postal address.
         *
         * @param entrance the address of the entrance to use
         * @return this builder
         * @throws NullPointerException if {@code entrance} is null
         * @throws IllegalStateException if the entrance is already set
         */
        public abstract Builder entrance(PostalAddress entrance);

        /**
         * Sets the address of the entrance to use, when it differs from the postal address, or leaves the
         * venue without one if {@code entrance} is empty.
         *
         * @param entrance the address of the entrance to use, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code entrance} is null
         * @throws IllegalStateException if the entrance is already set
         */
        public abstract Builder entrance(Optional<? extends PostalAddress> entrance);

        /**
         * Sets the geographic position.
         *
         * @param geo the geographic position
         * @return this builder
         * @throws NullPointerException if {@code geo} is null
         * @throws IllegalStateException if the geographic position is already set
         */
        public abstract Builder geo(GeoPoint geo);

        /**
         * Sets the geographic position, or leaves the venue without one if {@code geo} is empty.
         *
         * @param geo the geographic position, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code geo} is null
         * @throws IllegalStateException if the geographic position is already set
         */
        public abstract Builder geo(Optional<? extends GeoPoint> geo);

        /**
         * Adds a transit access after those already added.
         *
         * @param transit a way to reach the place by public transport
         * @return this builder
         * @throws NullPointerException if {@code transit} is null
         */
        public abstract Builder addTransit(TransitAccess transit);

        /**
         * Adds transit accesses, in order, after those already added.
         *
         * @param transit the ways to reach the place by public transport, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code transit} or one of its elements is null
         */
        public abstract Builder addTransit(TransitAccess... transit);

        /**
         * Adds transit accesses, in iteration order, after those already added.
         *
         * @param transit the ways to reach the place by public transport, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code transit} or one of its elements is null
         */
        public abstract Builder addAllTransit(Iterable<? extends TransitAccess> transit);

        /**
         * Sets the web page.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the URI is not absolute
         * ({@link Invariant#RELATIVE_URI}) or has an unpaired surrogate
         * ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param url the absolute URI of the web page of the place
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         * @throws IllegalStateException if the web page is already set
         */
        public abstract Builder url(URI url);

        /**
         * Sets the web page, or leaves the venue without one if {@code url} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the URI is not absolute
         * ({@link Invariant#RELATIVE_URI}) or has an unpaired surrogate
         * ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param url the absolute URI of the web page of the place, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         * @throws IllegalStateException if the web page is already set
         */
        public abstract Builder url(Optional<? extends URI> url);

        /**
         * Builds the venue from the attributes set so far.
         *
         * <p>The name must be set. Then it checks the venue's invariants, and throws
         * {@link InvariantViolationException} if:
         * <ul>
         * <li>the name or another text &mdash; the room &mdash; is blank ({@link Invariant#BLANK_TEXT});
         * <li>the web page is not an absolute URI ({@link Invariant#RELATIVE_URI});
         * <li>a text or the web page has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         * </ul>
         *
         * @return the venue
         * @throws IllegalStateException if the name is not set
         * @throws InvariantViolationException if an invariant above does not hold
         */
        public abstract Venue build();
    }
}
