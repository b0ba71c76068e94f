package org.agendum.core.model;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organization: an institution, a network of cities, a government office, a company.
 *
 * <p>An organization can belong to a {@link #parent() parent} (FES Acatlán is part of UNAM; the
 * Dirección General de Coordinación Política is part of the Secretaría de Relaciones Exteriores)
 * and can moderate or speak in a block just as a person does ("Modera: AL-LAs"). At most {@value
 * #MAX_PARENT_DEPTH} organizations can be above one ({@link Invariant#PARENT_CHAIN_TOO_DEEP}).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Organization implements Party {

    /**
     * The most organizations that can be above an organization &mdash; its parent, the parent's
     * parent, and so on &mdash; {@value}. Real hierarchies use a handful (a department of a faculty
     * of a university of a university system of a ministry); the bound keeps every walk up a
     * chain short, including the recursive equality, hash code and text of an organization.
     */
    public static final int MAX_PARENT_DEPTH = 32;

    Organization() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableOrganization.builder();
    }

    /**
     * Obtains an organization with just an id and a name.
     *
     * @param id the identifier, unique among the parties of an event
     * @param name the name as printed
     * @return the organization
     * @throws InvariantViolationException if the id or the name is not valid
     */
    public static Organization of(String id, String name) {
        return builder().id(id).name(name).build();
    }

    /**
     * Returns the acronym, as printed ("SRE", "UNAM", "CUF").
     *
     * @return the acronym, if there is one
     */
    public abstract Optional<String> acronym();

    /**
     * Returns the organization this one is part of. Above an organization there are at most
     * {@value #MAX_PARENT_DEPTH} organizations, counting the parent, its parent, and so on.
     *
     * @return the parent organization, if any
     */
    public abstract Optional<Organization> parent();

    /**
     * Returns the postal address.
     *
     * @return the address, if known
     */
    public abstract Optional<PostalAddress> address();

    @Override
    public final String displayName() {
        return acronym().map(a -> name() + " (" + a + ")").orElse(name());
    }

    @Value.Check
    final void check() {
        Checks.party(this);
        Checks.text(acronym(), "/acronym");
        // The parent passed this check, so the walk ends within MAX_PARENT_DEPTH + 1 steps.
        int levels = 0;
        for (Organization above = parent().orElse(null); above != null; above = above.parent().orElse(null)) {
            if (++levels > MAX_PARENT_DEPTH) {
                throw Checks.violation(Invariant.PARENT_CHAIN_TOO_DEEP, "/parent", "organization '" + id()
                        + "' would have more than " + MAX_PARENT_DEPTH + " organizations above it");
            }
        }
    }

    /**
     * Returns a copy of this organization with another id.
     *
     * <p>Within an event, an id names one party: a different party with the same id anywhere in the event
     * breaks {@link Invariant#CONFLICTING_PARTY_ID} when the event is built.
     *
     * @param id the identifier, unique among the parties of an event
     * @return an organization based on this one with the requested id
     * @throws NullPointerException if {@code id} is null
     * @throws InvariantViolationException if the id is empty, contains whitespace or a control character, or
     *     is longer than {@value Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID}), or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Organization withId(String id);

    /**
     * Returns a copy of this organization with another name.
     *
     * @param name the name as printed
     * @return an organization based on this one with the requested name
     * @throws NullPointerException if {@code name} is null
     * @throws InvariantViolationException if the name is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Organization withName(String name);

    /**
     * Returns a copy of this organization with an e-mail address, in place of any it has.
     *
     * <p>The address is kept as given; validation reports one that is malformed.
     *
     * @param email the e-mail address, as given
     * @return an organization based on this one with the requested e-mail address
     * @throws NullPointerException if {@code email} is null
     * @throws InvariantViolationException if the address is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Organization withEmail(String email);

    /**
     * Returns a copy of this organization with an e-mail address, or without one if {@code email} is empty.
     *
     * <p>The address is kept as given; validation reports one that is malformed.
     *
     * @param email the e-mail address, as given, or empty to remove it
     * @return an organization based on this one with the requested e-mail address, or without one
     * @throws NullPointerException if {@code email} is null
     * @throws InvariantViolationException if the address is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Organization withEmail(Optional<String> email);

    /**
     * Returns a copy of this organization with a telephone number, in place of any it has.
     *
     * @param phone the telephone number, as printed ("+33 (0)1 53 41 81 92")
     * @return an organization based on this one with the requested telephone number
     * @throws NullPointerException if {@code phone} is null
     * @throws InvariantViolationException if the number is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Organization withPhone(String phone);

    /**
     * Returns a copy of this organization with a telephone number, or without one if {@code phone} is empty.
     *
     * @param phone the telephone number, as printed ("+33 (0)1 53 41 81 92"), or empty to remove it
     * @return an organization based on this one with the requested telephone number, or without one
     * @throws NullPointerException if {@code phone} is null
     * @throws InvariantViolationException if the number is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Organization withPhone(Optional<String> phone);

    /**
     * Returns a copy of this organization with a web page, in place of any it has.
     *
     * @param url the absolute URI of the web page
     * @return an organization based on this one with the requested web page
     * @throws NullPointerException if {@code url} is null
     * @throws InvariantViolationException if the URI is not absolute ({@link Invariant#RELATIVE_URI}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Organization withUrl(URI url);

    /**
     * Returns a copy of this organization with a web page, or without one if {@code url} is empty.
     *
     * @param url the absolute URI of the web page, or empty to remove it
     * @return an organization based on this one with the requested web page, or without one
     * @throws NullPointerException if {@code url} is null
     * @throws InvariantViolationException if the URI is not absolute ({@link Invariant#RELATIVE_URI}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Organization withUrl(Optional<? extends URI> url);

    /**
     * Returns a copy of this organization with a city, in place of any it has.
     *
     * @param city the city this organization is from or represents, as printed
     * @return an organization based on this one with the requested city
     * @throws NullPointerException if {@code city} is null
     * @throws InvariantViolationException if the city is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Organization withCity(String city);

    /**
     * Returns a copy of this organization with a city, or without one if {@code city} is empty.
     *
     * @param city the city this organization is from or represents, as printed, or empty to remove it
     * @return an organization based on this one with the requested city, or without one
     * @throws NullPointerException if {@code city} is null
     * @throws InvariantViolationException if the city is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Organization withCity(Optional<String> city);

    /**
     * Returns a copy of this organization with a country, in place of any it has.
     *
     * @param country an ISO 3166-1 alpha-2 code such as {@code "MX"}
     * @return an organization based on this one with the requested country
     * @throws NullPointerException if {@code country} is null
     * @throws InvariantViolationException if the code is not an officially assigned ISO 3166-1 alpha-2 code,
     *     in upper case ({@link Invariant#INVALID_COUNTRY_CODE})
     */
    public abstract Organization withCountry(String country);

    /**
     * Returns a copy of this organization with a country, or without one if {@code country} is empty.
     *
     * @param country an ISO 3166-1 alpha-2 code such as {@code "MX"}, or empty to remove it
     * @return an organization based on this one with the requested country, or without one
     * @throws NullPointerException if {@code country} is null
     * @throws InvariantViolationException if the code is not an officially assigned ISO 3166-1 alpha-2 code,
     *     in upper case ({@link Invariant#INVALID_COUNTRY_CODE})
     */
    public abstract Organization withCountry(Optional<String> country);

    /**
     * Returns a copy of this organization with an acronym, in place of any it has.
     *
     * @param acronym the acronym, as printed ("SRE", "UNAM")
     * @return an organization based on this one with the requested acronym
     * @throws NullPointerException if {@code acronym} is null
     * @throws InvariantViolationException if the acronym is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Organization withAcronym(String acronym);

    /**
     * Returns a copy of this organization with an acronym, or without one if {@code acronym} is empty.
     *
     * @param acronym the acronym, as printed ("SRE", "UNAM"), or empty to remove it
     * @return an organization based on this one with the requested acronym, or without one
     * @throws NullPointerException if {@code acronym} is null
     * @throws InvariantViolationException if the acronym is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Organization withAcronym(Optional<String> acronym);

    /**
     * Returns a copy of this organization with a parent, in place of any it has.
     *
     * @param parent the organization this one is part of
     * @return an organization based on this one with the requested parent
     * @throws NullPointerException if {@code parent} is null
     * @throws InvariantViolationException if more than {@value Organization#MAX_PARENT_DEPTH} organizations
     *     would be above this one ({@link Invariant#PARENT_CHAIN_TOO_DEEP})
     */
    public abstract Organization withParent(Organization parent);

    /**
     * Returns a copy of this organization with a parent, or without one if {@code parent} is empty.
     *
     * @param parent the organization this one is part of, or empty to remove it
     * @return an organization based on this one with the requested parent, or without one
     * @throws NullPointerException if {@code parent} is null
     * @throws InvariantViolationException if more than {@value Organization#MAX_PARENT_DEPTH} organizations
     *     would be above this one ({@link Invariant#PARENT_CHAIN_TOO_DEEP})
     */
    public abstract Organization withParent(Optional<? extends Organization> parent);

    /**
     * Returns a copy of this organization with a postal address, in place of any it has.
     *
     * @param address the postal address
     * @return an organization based on this one with the requested postal address
     * @throws NullPointerException if {@code address} is null
     */
    public abstract Organization withAddress(PostalAddress address);

    /**
     * Returns a copy of this organization with a postal address, or without one if {@code address} is empty.
     *
     * @param address the postal address, or empty to remove it
     * @return an organization based on this one with the requested postal address, or without one
     * @throws NullPointerException if {@code address} is null
     */
    public abstract Organization withAddress(Optional<? extends PostalAddress> address);

    /**
     * Builds {@link Organization} values one attribute at a time; obtained from
     * {@link Organization#builder()}.
     *
     * <p>The id and the name must be set; every other attribute is optional. An attribute can be set only
     * once: setting it again, with either overload, throws {@link IllegalStateException}. Values are checked
     * when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder {

        Builder() {}

        /**
         * Sets the id; required.
         *
         * <p>Within an event, an id names one party: a different party with the same id anywhere in the event
         * breaks {@link Invariant#CONFLICTING_PARTY_ID} when the event is built.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the id is empty, contains
         * whitespace or a control character, or is longer than {@value Event#MAX_ID_LENGTH} characters
         * ({@link Invariant#INVALID_ID}), or has an unpaired surrogate
         * ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param id the identifier, unique among the parties of an event
         * @return this builder
         * @throws NullPointerException if {@code id} is null
         * @throws IllegalStateException if the id is already set
         */
        public abstract Builder id(String id);

        /**
         * Sets the name; required.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the name is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param name the name as printed
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalStateException if the name is already set
         */
        public abstract Builder name(String name);

        /**
         * Sets the e-mail address.
         *
         * <p>The address is kept as given; validation reports one that is malformed.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the address is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param email the e-mail address, as given
         * @return this builder
         * @throws NullPointerException if {@code email} is null
         * @throws IllegalStateException if the e-mail address is already set
         */
        public abstract Builder email(String email);

        /**
         * Sets the e-mail address, or leaves the organization without one if {@code email} is empty.
         *
         * <p>The address is kept as given; validation reports one that is malformed.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the address is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param email the e-mail address, as given, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code email} is null
         * @throws IllegalStateException if the e-mail address is already set
         */
        public abstract Builder email(Optional<String> email);

        /**
         * Sets the telephone number.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the number is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param phone the telephone number, as printed ("+33 (0)1 53 41 81 92")
         * @return this builder
         * @throws NullPointerException if {@code phone} is null
         * @throws IllegalStateException if the telephone number is already set
         */
        public abstract Builder phone(String phone);

        /**
         * Sets the telephone number, or leaves the organization without one if {@code phone} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the number is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param phone the telephone number, as printed ("+33 (0)1 53 41 81 92"), or empty for none
         * @return this builder
         * @throws NullPointerException if {@code phone} is null
         * @throws IllegalStateException if the telephone number is already set
         */
        public abstract Builder phone(Optional<String> phone);

        /**
         * Sets the web page.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the URI is not absolute
         * ({@link Invariant#RELATIVE_URI}) or has an unpaired surrogate
         * ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param url the absolute URI of the web page
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         * @throws IllegalStateException if the web page is already set
         */
        public abstract Builder url(URI url);

        /**
         * Sets the web page, or leaves the organization without one if {@code url} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the URI is not absolute
         * ({@link Invariant#RELATIVE_URI}) or has an unpaired surrogate
         * ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param url the absolute URI of the web page, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code url} is null
         * @throws IllegalStateException if the web page is already set
         */
        public abstract Builder url(Optional<? extends URI> url);

        /**
         * Sets the city.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the city is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param city the city this organization is from or represents, as printed
         * @return this builder
         * @throws NullPointerException if {@code city} is null
         * @throws IllegalStateException if the city is already set
         */
        public abstract Builder city(String city);

        /**
         * Sets the city, or leaves the organization without one if {@code city} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the city is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param city the city this organization is from or represents, as printed, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code city} is null
         * @throws IllegalStateException if the city is already set
         */
        public abstract Builder city(Optional<String> city);

        /**
         * Sets the country.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the code is not an officially
         * assigned ISO 3166-1 alpha-2 code, in upper case ({@link Invariant#INVALID_COUNTRY_CODE}).
         *
         * @param country an ISO 3166-1 alpha-2 code such as {@code "MX"}
         * @return this builder
         * @throws NullPointerException if {@code country} is null
         * @throws IllegalStateException if the country is already set
         */
        public abstract Builder country(String country);

        /**
         * Sets the country, or leaves the organization without one if {@code country} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the code is not an officially
         * assigned ISO 3166-1 alpha-2 code, in upper case ({@link Invariant#INVALID_COUNTRY_CODE}).
         *
         * @param country an ISO 3166-1 alpha-2 code such as {@code "MX"}, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code country} is null
         * @throws IllegalStateException if the country is already set
         */
        public abstract Builder country(Optional<String> country);

        /**
         * Sets the acronym.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the acronym is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param acronym the acronym, as printed ("SRE", "UNAM")
         * @return this builder
         * @throws NullPointerException if {@code acronym} is null
         * @throws IllegalStateException if the acronym is already set
         */
        public abstract Builder acronym(String acronym);

        /**
         * Sets the acronym, or leaves the organization without one if {@code acronym} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the acronym is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param acronym the acronym, as printed ("SRE", "UNAM"), or empty for none
         * @return this builder
         * @throws NullPointerException if {@code acronym} is null
         * @throws IllegalStateException if the acronym is already set
         */
        public abstract Builder acronym(Optional<String> acronym);

        /**
         * Sets the organization this one is part of.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if more than
         * {@value Organization#MAX_PARENT_DEPTH} organizations would be above this one
         * ({@link Invariant#PARENT_CHAIN_TOO_DEEP}).
         *
         * @param parent the organization this one is part of
         * @return this builder
         * @throws NullPointerException if {@code parent} is null
         * @throws IllegalStateException if the parent is already set
         */
        public abstract Builder parent(Organization parent);

        /**
         * Sets the organization this one is part of, or leaves the organization without one if {@code parent}
         * is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if more than
         * {@value Organization#MAX_PARENT_DEPTH} organizations would be above this one
         * ({@link Invariant#PARENT_CHAIN_TOO_DEEP}).
         *
         * @param parent the organization this one is part of, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code parent} is null
         * @throws IllegalStateException if the parent is already set
         */
        public abstract Builder parent(Optional<? extends Organization> parent);

        /**
         * Sets the postal address.
         *
         * @param address the postal address
         * @return this builder
         * @throws NullPointerException if {@code address} is null
         * @throws IllegalStateException if the postal address is already set
         */
        public abstract Builder address(PostalAddress address);

        /**
         * Sets the postal address, or leaves the organization without one if {@code address} is empty.
         *
         * @param address the postal address, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code address} is null
         * @throws IllegalStateException if the postal address is already set
         */
        public abstract Builder address(Optional<? extends PostalAddress> address);

        /**
         * Builds the organization from the attributes set so far.
         *
         * <p>The id and the name must be set. Then it checks the organization's invariants, and throws
         * {@link InvariantViolationException} if:
         * <ul>
         * <li>the id is empty, contains whitespace or a control character, or is longer than
         *     {@value Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID});
         * <li>the name or another text &mdash; the e-mail address, the telephone number, the city, the
         *     acronym &mdash; is blank ({@link Invariant#BLANK_TEXT});
         * <li>the id, a text or the web page has an unpaired surrogate
         *     ({@link Invariant#UNPAIRED_SURROGATE});
         * <li>the web page is not an absolute URI ({@link Invariant#RELATIVE_URI});
         * <li>the country is not an ISO 3166-1 alpha-2 code ({@link Invariant#INVALID_COUNTRY_CODE});
         * <li>more than {@value Organization#MAX_PARENT_DEPTH} organizations would be above this one
         *     ({@link Invariant#PARENT_CHAIN_TOO_DEEP}).
         * </ul>
         *
         * @return the organization
         * @throws IllegalStateException if the id or the name is not set
         * @throws InvariantViolationException if an invariant above does not hold
         */
        public abstract Organization build();
    }
}
