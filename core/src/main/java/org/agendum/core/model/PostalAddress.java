package org.agendum.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address, in parts, as printed: "5 rue Lobau, 75004 Paris".
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PostalAddress {

    PostalAddress() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutablePostalAddress.builder();
    }

    /**
     * Returns the street and number ("5 rue Lobau").
     *
     * @return the street, if known
     */
    public abstract Optional<String> street();

    /**
     * Returns the postal code ("75004").
     *
     * @return the postal code, if known
     */
    public abstract Optional<String> postalCode();

    /**
     * Returns the city or town ("Paris").
     *
     * @return the locality, if known
     */
    public abstract Optional<String> locality();

    /**
     * Returns the region, state or province.
     *
     * @return the region, if known
     */
    public abstract Optional<String> region();

    /**
     * Returns the country.
     *
     * @return an ISO 3166-1 alpha-2 code such as {@code "FR"}, if known
     */
    public abstract Optional<String> country();

    /**
     * Returns the address on one line: street, then postal code and locality, then region, then
     * country code, separated by commas ("5 rue Lobau, 75004 Paris, FR").
     *
     * @return the address on one line
     */
    public final String toSingleLine() {
        StringBuilder line = new StringBuilder();
        street().ifPresent(line::append);
        String place = (postalCode().orElse("") + " " + locality().orElse("")).strip();
        for (String part : new String[] {place, region().orElse(""), country().orElse("")}) {
            if (!part.isEmpty()) {
                line.append(line.length() == 0 ? "" : ", ").append(part);
            }
        }
        return line.toString();
    }

    @Value.Check
    final void check() {
        Checks.text(street(), "/street");
        Checks.text(postalCode(), "/postalCode");
        Checks.text(locality(), "/locality");
        Checks.text(region(), "/region");
        Checks.country(country(), "/country");
        if (street().isEmpty() && postalCode().isEmpty() && locality().isEmpty() && region().isEmpty()
                && country().isEmpty()) {
            throw Checks.violation(Invariant.EMPTY_VALUE, "", "an address needs at least one part");
        }
    }

    /**
     * Returns a copy of this address with a street, in place of any it has.
     *
     * @param street the street and number ("5 rue Lobau")
     * @return an address based on this one with the requested street
     * @throws NullPointerException if {@code street} is null
     * @throws InvariantViolationException if the street is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract PostalAddress withStreet(String street);

    /**
     * Returns a copy of this address with a street, or without one if {@code street} is empty.
     *
     * @param street the street and number ("5 rue Lobau"), or empty to remove it
     * @return an address based on this one with the requested street, or without one
     * @throws NullPointerException if {@code street} is null
     * @throws InvariantViolationException if the street is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}), or if it is empty and the address would
     *     have no part left ({@link Invariant#EMPTY_VALUE})
     */
    public abstract PostalAddress withStreet(Optional<String> street);

    /**
     * Returns a copy of this address with a postal code, in place of any it has.
     *
     * @param postalCode the postal code ("75004")
     * @return an address based on this one with the requested postal code
     * @throws NullPointerException if {@code postalCode} is null
     * @throws InvariantViolationException if the postal code is blank ({@link Invariant#BLANK_TEXT}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract PostalAddress withPostalCode(String postalCode);

    /**
     * Returns a copy of this address with a postal code, or without one if {@code postalCode} is empty.
     *
     * @param postalCode the postal code ("75004"), or empty to remove it
     * @return an address based on this one with the requested postal code, or without one
     * @throws NullPointerException if {@code postalCode} is null
     * @throws InvariantViolationException if the postal code is blank ({@link Invariant#BLANK_TEXT}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}), or if it is empty and the address
     *     would have no part left ({@link Invariant#EMPTY_VALUE})
     */
    public abstract PostalAddress withPostalCode(Optional<String> postalCode);

    /**
     * Returns a copy of this address with a locality, in place of any it has.
     *
     * @param locality the city or town ("Paris")
     * @return an address based on this one with the requested locality
     * @throws NullPointerException if {@code locality} is null
     * @throws InvariantViolationException if the locality is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract PostalAddress withLocality(String locality);

    /**
     * Returns a copy of this address with a locality, or without one if {@code locality} is empty.
     *
     * @param locality the city or town ("Paris"), or empty to remove it
     * @return an address based on this one with the requested locality, or without one
     * @throws NullPointerException if {@code locality} is null
     * @throws InvariantViolationException if the locality is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}), or if it is empty and the address would
     *     have no part left ({@link Invariant#EMPTY_VALUE})
     */
    public abstract PostalAddress withLocality(Optional<String> locality);

    /**
     * Returns a copy of this address with a region, in place of any it has.
     *
     * @param region the region, state or province
     * @return an address based on this one with the requested region
     * @throws NullPointerException if {@code region} is null
     * @throws InvariantViolationException if the region is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract PostalAddress withRegion(String region);

    /**
     * Returns a copy of this address with a region, or without one if {@code region} is empty.
     *
     * @param region the region, state or province, or empty to remove it
     * @return an address based on this one with the requested region, or without one
     * @throws NullPointerException if {@code region} is null
     * @throws InvariantViolationException if the region is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}), or if it is empty and the address would
     *     have no part left ({@link Invariant#EMPTY_VALUE})
     */
    public abstract PostalAddress withRegion(Optional<String> region);

    /**
     * Returns a copy of this address with a country, in place of any it has.
     *
     * @param country an ISO 3166-1 alpha-2 code such as {@code "FR"}
     * @return an address based on this one with the requested country
     * @throws NullPointerException if {@code country} is null
     * @throws InvariantViolationException if the code is not an officially assigned ISO 3166-1 alpha-2 code,
     *     in upper case ({@link Invariant#INVALID_COUNTRY_CODE})
     */
    public abstract PostalAddress withCountry(String country);

    /**
     * Returns a copy of this address with a country, or without one if {@code country} is empty.
     *
     * @param country an ISO 3166-1 alpha-2 code such as {@code "FR"}, or empty to remove it
     * @return an address based on this one with the requested country, or without one
     * @throws NullPointerException if {@code country} is null
     * @throws InvariantViolationException if the code is not an officially assigned ISO 3166-1 alpha-2 code,
     *     in upper case ({@link Invariant#INVALID_COUNTRY_CODE}), or if it is empty and the address would
     *     have no part left ({@link Invariant#EMPTY_VALUE})
     */
    public abstract PostalAddress withCountry(Optional<String> country);

    /**
     * Builds {@link PostalAddress} values one attribute at a time; obtained from
     * {@link PostalAddress#builder()}.
     *
     * <p>Every attribute is optional. An attribute can be set only once: setting it again, with either
     * overload, throws {@link IllegalStateException}. Values are checked when {@link #build()} is called, not
     * before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder {

        Builder() {}

        /**
         * Sets the street.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the street is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param street the street and number ("5 rue Lobau")
         * @return this builder
         * @throws NullPointerException if {@code street} is null
         * @throws IllegalStateException if the street is already set
         */
        public abstract Builder street(String street);

        /**
         * Sets the street, or leaves the address without one if {@code street} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the street is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param street the street and number ("5 rue Lobau"), or empty for none
         * @return this builder
         * @throws NullPointerException if {@code street} is null
         * @throws IllegalStateException if the street is already set
         */
        public abstract Builder street(Optional<String> street);

        /**
         * Sets the postal code.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the postal code is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param postalCode the postal code ("75004")
         * @return this builder
         * @throws NullPointerException if {@code postalCode} is null
         * @throws IllegalStateException if the postal code is already set
         */
        public abstract Builder postalCode(String postalCode);

        /**
         * Sets the postal code, or leaves the address without one if {@code postalCode} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the postal code is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param postalCode the postal code ("75004"), or empty for none
         * @return this builder
         * @throws NullPointerException if {@code postalCode} is null
         * @throws IllegalStateException if the postal code is already set
         */
        public abstract Builder postalCode(Optional<String> postalCode);

        /**
         * Sets the locality.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the locality is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param locality the city or town ("Paris")
         * @return this builder
         * @throws NullPointerException if {@code locality} is null
         * @throws IllegalStateException if the locality is already set
         */
        public abstract Builder locality(String locality);

        /**
         * Sets the locality, or leaves the address without one if {@code locality} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the locality is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param locality the city or town ("Paris"), or empty for none
         * @return this builder
         * @throws NullPointerException if {@code locality} is null
         * @throws IllegalStateException if the locality is already set
         */
        public abstract Builder locality(Optional<String> locality);

        /**
         * Sets the region.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the region is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param region the region, state or province
         * @return this builder
         * @throws NullPointerException if {@code region} is null
         * @throws IllegalStateException if the region is already set
         */
        public abstract Builder region(String region);

        /**
         * Sets the region, or leaves the address without one if {@code region} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the region is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param region the region, state or province, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code region} is null
         * @throws IllegalStateException if the region is already set
         */
        public abstract Builder region(Optional<String> region);

        /**
         * Sets the country.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the code is not an officially
         * assigned ISO 3166-1 alpha-2 code, in upper case ({@link Invariant#INVALID_COUNTRY_CODE}).
         *
         * @param country an ISO 3166-1 alpha-2 code such as {@code "FR"}
         * @return this builder
         * @throws NullPointerException if {@code country} is null
         * @throws IllegalStateException if the country is already set
         */
        public abstract Builder country(String country);

        /**
         * Sets the country, or leaves the address without one if {@code country} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the code is not an officially
         * assigned ISO 3166-1 alpha-2 code, in upper case ({@link Invariant#INVALID_COUNTRY_CODE}).
         *
         * @param country an ISO 3166-1 alpha-2 code such as {@code "FR"}, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code country} is null
         * @throws IllegalStateException if the country is already set
         */
        public abstract Builder country(Optional<String> country);

        /**
         * Builds the address from the attributes set so far.
         *
         * <p>It checks the address's invariants, and throws {@link InvariantViolationException} if:
         * <ul>
         * <li>no part is set ({@link Invariant#EMPTY_VALUE});
         * <li>a part is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate
         *     ({@link Invariant#UNPAIRED_SURROGATE});
         * <li>the country is not an ISO 3166-1 alpha-2 code ({@link Invariant#INVALID_COUNTRY_CODE}).
         * </ul>
         *
         * @return the address
         * @throws InvariantViolationException if an invariant above does not hold
         */
        public abstract PostalAddress build();
    }
}
