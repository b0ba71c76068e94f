package org.agendum.core.model;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who organizes, moderates, speaks, or can be contacted.
 *
 * <p>The honorific is free text, kept as printed ("Lic.", "Lic. Mag.", "Dr."). A person holds
 * {@link #positions() positions}, usually one ("Secretaria Ejecutiva" of Mercociudades), sometimes
 * several.
 *
 * <pre>{@code
 * Person petrantonio = Person.builder()
 *         .id("marcela-petrantonio")
 *         .honorific("Lic. Mag.")
 *         .name("Marcela Petrantonio")
 *         .addPosition(Position.of("Secretaria Ejecutiva", mercociudades))
 *         .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Person implements Party {

    Person() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutablePerson.builder();
    }

    /**
     * Obtains a person with just an id and a name.
     *
     * @param id the identifier, unique among the parties of an event
     * @param name the name, without honorific
     * @return the person
     * @throws InvariantViolationException if the id or the name is not valid
     */
    public static Person of(String id, String name) {
        return builder().id(id).name(name).build();
    }

    /**
     * Returns the honorific as printed: "Lic.", "Lic. Mag.", "Dr.".
     *
     * @return the honorific, if one is printed
     */
    public abstract Optional<String> honorific();

    /**
     * Returns the positions this person holds, in the order they are printed.
     *
     * @return the positions, possibly empty
     */
    public abstract List<Position> positions();

    /**
     * Returns the title of this person's first position ("Secretaria Ejecutiva"), as schema.org's
     * {@code jobTitle}; {@link #positions()} has them all.
     *
     * @return the first position's title; empty if there is no position or it has no title
     */
    public final Optional<String> jobTitle() {
        return positions().isEmpty() ? Optional.empty() : positions().get(0).title();
    }

    /**
     * Returns the organization of this person's first position (Mercociudades).
     *
     * @return the first position's organization; empty if there is no position or it names none
     */
    public final Optional<Organization> affiliation() {
        return positions().isEmpty() ? Optional.empty() : positions().get(0).organization();
    }

    @Override
    public final String displayName() {
        return honorific().map(h -> h + " " + name()).orElse(name());
    }

    @Value.Check
    final void check() {
        Checks.party(this);
        Checks.text(honorific(), "/honorific");
    }

    /**
     * Returns a copy of this person with another id.
     *
     * <p>Within an event, an id names one party: a different party with the same id anywhere in the event
     * breaks {@link Invariant#CONFLICTING_PARTY_ID} when the event is built.
     *
     * @param id the identifier, unique among the parties of an event
     * @return a person based on this one with the requested id
     * @throws NullPointerException if {@code id} is null
     * @throws InvariantViolationException if the id is empty, contains whitespace or a control character, or
     *     is longer than {@value Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID}), or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Person withId(String id);

    /**
     * Returns a copy of this person with another name.
     *
     * @param name the name without honorific, as printed
     * @return a person based on this one with the requested name
     * @throws NullPointerException if {@code name} is null
     * @throws InvariantViolationException if the name is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Person withName(String name);

    /**
     * Returns a copy of this person with an e-mail address, in place of any it has.
     *
     * <p>The address is kept as given; validation reports one that is malformed.
     *
     * @param email the e-mail address, as given
     * @return a person based on this one with the requested e-mail address
     * @throws NullPointerException if {@code email} is null
     * @throws InvariantViolationException if the address is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Person withEmail(String email);

    /**
     * Returns a copy of this person with an e-mail address, or without one if {@code email} is empty.
     *
     * <p>The address is kept as given; validation reports one that is malformed.
     *
     * @param email the e-mail address, as given, or empty to remove it
     * @return a person based on this one with the requested e-mail address, or without one
     * @throws NullPointerException if {@code email} is null
     * @throws InvariantViolationException if the address is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Person withEmail(Optional<String> email);

    /**
     * Returns a copy of this person with a telephone number, in place of any it has.
     *
     * @param phone the telephone number, as printed ("+33 (0)1 53 41 81 92")
     * @return a person based on this one with the requested telephone number
     * @throws NullPointerException if {@code phone} is null
     * @throws InvariantViolationException if the number is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Person withPhone(String phone);

    /**
     * Returns a copy of this person with a telephone number, or without one if {@code phone} is empty.
     *
     * @param phone the telephone number, as printed ("+33 (0)1 53 41 81 92"), or empty to remove it
     * @return a person based on this one with the requested telephone number, or without one
     * @throws NullPointerException if {@code phone} is null
     * @throws InvariantViolationException if the number is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Person withPhone(Optional<String> phone);

    /**
     * Returns a copy of this person with a web page, in place of any it has.
     *
     * @param url the absolute URI of the web page
     * @return a person based on this one with the requested web page
     * @throws NullPointerException if {@code url} is null
     * @throws InvariantViolationException if the URI is not absolute ({@link Invariant#RELATIVE_URI}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Person withUrl(URI url);

    /**
     * Returns a copy of this person with a web page, or without one if {@code url} is empty.
     *
     * @param url the absolute URI of the web page, or empty to remove it
     * @return a person based on this one with the requested web page, or without one
     * @throws NullPointerException if {@code url} is null
     * @throws InvariantViolationException if the URI is not absolute ({@link Invariant#RELATIVE_URI}) or has
     *     an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Person withUrl(Optional<? extends URI> url);

    /**
     * Returns a copy of this person with a city, in place of any it has.
     *
     * @param city the city this person is from or represents, as printed
     * @return a person based on this one with the requested city
     * @throws NullPointerException if {@code city} is null
     * @throws InvariantViolationException if the city is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Person withCity(String city);

    /**
     * Returns a copy of this person with a city, or without one if {@code city} is empty.
     *
     * @param city the city this person is from or represents, as printed, or empty to remove it
     * @return a person based on this one with the requested city, or without one
     * @throws NullPointerException if {@code city} is null
     * @throws InvariantViolationException if the city is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Person withCity(Optional<String> city);

    /**
     * Returns a copy of this person with a country, in place of any it has.
     *
     * @param country an ISO 3166-1 alpha-2 code such as {@code "MX"}
     * @return a person based on this one with the requested country
     * @throws NullPointerException if {@code country} is null
     * @throws InvariantViolationException if the code is not an officially assigned ISO 3166-1 alpha-2 code,
     *     in upper case ({@link Invariant#INVALID_COUNTRY_CODE})
     */
    public abstract Person withCountry(String country);

    /**
     * Returns a copy of this person with a country, or without one if {@code country} is empty.
     *
     * @param country an ISO 3166-1 alpha-2 code such as {@code "MX"}, or empty to remove it
     * @return a person based on this one with the requested country, or without one
     * @throws NullPointerException if {@code country} is null
     * @throws InvariantViolationException if the code is not an officially assigned ISO 3166-1 alpha-2 code,
     *     in upper case ({@link Invariant#INVALID_COUNTRY_CODE})
     */
    public abstract Person withCountry(Optional<String> country);

    /**
     * Returns a copy of this person with an honorific, in place of any it has.
     *
     * @param honorific the honorific as printed ("Lic.", "Lic. Mag.", "Dr.")
     * @return a person based on this one with the requested honorific
     * @throws NullPointerException if {@code honorific} is null
     * @throws InvariantViolationException if the honorific is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Person withHonorific(String honorific);

    /**
     * Returns a copy of this person with an honorific, or without one if {@code honorific} is empty.
     *
     * @param honorific the honorific as printed ("Lic.", "Lic. Mag.", "Dr."), or empty to remove it
     * @return a person based on this one with the requested honorific, or without one
     * @throws NullPointerException if {@code honorific} is null
     * @throws InvariantViolationException if the honorific is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Person withHonorific(Optional<String> honorific);

    /**
     * Returns a copy of this person with these positions in place of its own.
     *
     * <p>The first position gives the {@linkplain Person#jobTitle() job title} and the
     * {@linkplain Person#affiliation() affiliation}.
     *
     * @param positions the positions this person holds, in the order printed; none to remove them all
     * @return a person based on this one with the requested positions
     * @throws NullPointerException if {@code positions} or one of its elements is null
     */
    public abstract Person withPositions(Position... positions);

    /**
     * Returns a copy of this person with these positions, in iteration order, in place of its own.
     *
     * <p>The first position gives the {@linkplain Person#jobTitle() job title} and the
     * {@linkplain Person#affiliation() affiliation}.
     *
     * @param positions the positions this person holds, in the order printed; empty to remove them all
     * @return a person based on this one with the requested positions
     * @throws NullPointerException if {@code positions} or one of its elements is null
     */
    public abstract Person withPositions(Iterable<? extends Position> positions);

    /**
     * Builds {@link Person} values one attribute at a time; obtained from {@link Person#builder()}.
     *
     * <p>The id and the name must be set; every other attribute is optional or is a list that starts empty. A
     * single-valued attribute can be set only once: setting it again, with either overload, throws
     * {@link IllegalStateException}. Each {@code add...} call appends to a list, after the elements already
     * added. Values are checked when {@link #build()} is called, not before.
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
         * @param name the name without honorific, as printed
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
         * Sets the e-mail address, or leaves the person without one if {@code email} is empty.
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
         * Sets the telephone number, or leaves the person without one if {@code phone} is empty.
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
         * Sets the web page, or leaves the person without one if {@code url} is empty.
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
         * @param city the city this person is from or represents, as printed
         * @return this builder
         * @throws NullPointerException if {@code city} is null
         * @throws IllegalStateException if the city is already set
         */
        public abstract Builder city(String city);

        /**
         * Sets the city, or leaves the person without one if {@code city} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the city is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param city the city this person is from or represents, as printed, or empty for none
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
         * Sets the country, or leaves the person without one if {@code country} is empty.
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
         * Sets the honorific.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the honorific is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param honorific the honorific as printed ("Lic.", "Lic. Mag.", "Dr.")
         * @return this builder
         * @throws NullPointerException if {@code honorific} is null
         * @throws IllegalStateException if the honorific is already set
         */
        public abstract Builder honorific(String honorific);

        /**
         * Sets the honorific, or leaves the person without one if {@code honorific} is empty.
         *
         * <p>{@link #build()} throws {@link InvariantViolationException} if the honorific is blank
         * ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}).
         *
         * @param honorific the honorific as printed ("Lic.", "Lic. Mag.", "Dr."), or empty for none
         * @return this builder
         * @throws NullPointerException if {@code honorific} is null
         * @throws IllegalStateException if the honorific is already set
         */
        public abstract Builder honorific(Optional<String> honorific);

        /**
         * Adds a position after those already added.
         *
         * <p>The first position gives the {@linkplain Person#jobTitle() job title} and the
         * {@linkplain Person#affiliation() affiliation}.
         *
         * @param position a position this person holds
         * @return this builder
         * @throws NullPointerException if {@code position} is null
         */
        public abstract Builder addPosition(Position position);

        /**
         * Adds positions, in order, after those already added.
         *
         * <p>The first position gives the {@linkplain Person#jobTitle() job title} and the
         * {@linkplain Person#affiliation() affiliation}.
         *
         * @param positions the positions this person holds, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code positions} or one of its elements is null
         */
        public abstract Builder addPositions(Position... positions);

        /**
         * Adds positions, in iteration order, after those already added.
         *
         * <p>The first position gives the {@linkplain Person#jobTitle() job title} and the
         * {@linkplain Person#affiliation() affiliation}.
         *
         * @param positions the positions this person holds, in the order printed
         * @return this builder
         * @throws NullPointerException if {@code positions} or one of its elements is null
         */
        public abstract Builder addAllPositions(Iterable<? extends Position> positions);

        /**
         * Builds the person from the attributes set so far.
         *
         * <p>The id and the name must be set. Then it checks the person's invariants, and throws
         * {@link InvariantViolationException} if:
         * <ul>
         * <li>the id is empty, contains whitespace or a control character, or is longer than
         *     {@value Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID});
         * <li>the name or another text &mdash; the honorific, the e-mail address, the telephone number, the
         *     city &mdash; is blank ({@link Invariant#BLANK_TEXT});
         * <li>the id, a text or the web page has an unpaired surrogate
         *     ({@link Invariant#UNPAIRED_SURROGATE});
         * <li>the web page is not an absolute URI ({@link Invariant#RELATIVE_URI});
         * <li>the country is not an ISO 3166-1 alpha-2 code ({@link Invariant#INVALID_COUNTRY_CODE}).
         * </ul>
         *
         * @return the person
         * @throws IllegalStateException if the id or the name is not set
         * @throws InvariantViolationException if an invariant above does not hold
         */
        public abstract Person build();
    }
}
