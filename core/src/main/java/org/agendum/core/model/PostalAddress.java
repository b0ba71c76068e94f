package org.agendum.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address, in parts, as printed: "5 rue Lobau, 75004 Paris".
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PostalAddress implements WithPostalAddress {

    PostalAddress() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return new Builder();
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

    /** Builds a {@link PostalAddress}. */
    public static final class Builder extends ImmutablePostalAddress.Builder {
        Builder() {}
    }
}
