package org.agendum.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address, in parts, as printed: "5 rue Lobau, 75004 Paris".
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PostalAddress extends PostalAddressWithers {

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
     * @refusedIf the street is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @refusedIfEmpty the address would have no part left ({@link Invariant#EMPTY_VALUE})
     */
    public abstract Optional<String> street();

    /**
     * Returns the postal code ("75004").
     *
     * @return the postal code, if known
     * @refusedIf the postal code is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @refusedIfEmpty the address would have no part left ({@link Invariant#EMPTY_VALUE})
     */
    public abstract Optional<String> postalCode();

    /**
     * Returns the city or town ("Paris").
     *
     * @return the locality, if known
     * @refusedIf the locality is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @refusedIfEmpty the address would have no part left ({@link Invariant#EMPTY_VALUE})
     */
    public abstract Optional<String> locality();

    /**
     * Returns the region, state or province.
     *
     * @return the region, if known
     * @refusedIf the region is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @refusedIfEmpty the address would have no part left ({@link Invariant#EMPTY_VALUE})
     */
    public abstract Optional<String> region();

    /**
     * Returns the country.
     *
     * @return an ISO 3166-1 alpha-2 code such as {@code "FR"}, if known
     * @refusedIf the country is not an officially assigned ISO 3166-1 alpha-2 code, in upper case ({@link
     *     Invariant#INVALID_COUNTRY_CODE})
     * @refusedIfEmpty the address would have no part left ({@link Invariant#EMPTY_VALUE})
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
     * Builds {@link PostalAddress} values one attribute at a time; obtained from
     * {@link PostalAddress#builder()}.
     *
     * <p>Every attribute is optional. An attribute can be set only once: setting it again, with either
     * overload, throws {@link IllegalStateException}. Values are checked when {@link #build()} is called, not
     * before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends PostalAddressBuilderBase {

        Builder() {}
    }
}
