package org.agendum.core.model;

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
public abstract non-sealed class Person implements Party, WithPerson {

    Person() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return new Builder();
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

    /** Builds a {@link Person}; every required attribute must be set once. */
    public static final class Builder extends ImmutablePerson.Builder {
        Builder() {}
    }
}
