package org.agendum.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position a person holds: a title, an organization, or both ("Directora General de
 * Coordinación Política" at the Secretaría de Relaciones Exteriores).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Position {

    Position() {}

    /**
     * Obtains a position with a title at an organization.
     *
     * @param title the title as printed
     * @param organization the organization
     * @return the position
     */
    public static Position of(String title, Organization organization) {
        return ImmutablePosition.builder().title(title).organization(organization).build();
    }

    /**
     * Obtains a position with a title and no organization.
     *
     * @param title the title as printed
     * @return the position
     */
    public static Position of(String title) {
        return ImmutablePosition.builder().title(title).build();
    }

    /**
     * Obtains a position at an organization, with no title printed.
     *
     * @param organization the organization
     * @return the position
     */
    public static Position at(Organization organization) {
        return ImmutablePosition.builder().organization(organization).build();
    }

    /**
     * Returns the title as printed ("Secretaria Ejecutiva").
     *
     * @return the title, if printed
     */
    public abstract Optional<String> title();

    /**
     * Returns the organization.
     *
     * @return the organization, if printed
     */
    public abstract Optional<Organization> organization();

    @Value.Check
    final void check() {
        Checks.text(title(), "/title");
        if (title().isEmpty() && organization().isEmpty()) {
            throw Checks.violation(Invariant.EMPTY_VALUE, "", "a position needs a title, an organization, or both");
        }
    }

    /**
     * Returns a copy of this position with a title, in place of any it has.
     *
     * @param title the title as printed ("Secretaria Ejecutiva")
     * @return a position based on this one with the requested title
     * @throws NullPointerException if {@code title} is null
     * @throws InvariantViolationException if the title is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Position withTitle(String title);

    /**
     * Returns a copy of this position with a title, or without one if {@code title} is empty.
     *
     * @param title the title as printed ("Secretaria Ejecutiva"), or empty to remove it
     * @return a position based on this one with the requested title, or without one
     * @throws NullPointerException if {@code title} is null
     * @throws InvariantViolationException if the title is blank ({@link Invariant#BLANK_TEXT}) or has an
     *     unpaired surrogate ({@link Invariant#UNPAIRED_SURROGATE}), or if it is empty and there is no
     *     organization ({@link Invariant#EMPTY_VALUE})
     */
    public abstract Position withTitle(Optional<String> title);

    /**
     * Returns a copy of this position with an organization, in place of any it has.
     *
     * @param organization the organization
     * @return a position based on this one with the requested organization
     * @throws NullPointerException if {@code organization} is null
     */
    public abstract Position withOrganization(Organization organization);

    /**
     * Returns a copy of this position with an organization, or without one if {@code organization} is empty.
     *
     * @param organization the organization, or empty to remove it
     * @return a position based on this one with the requested organization, or without one
     * @throws NullPointerException if {@code organization} is null
     * @throws InvariantViolationException if it is empty and there is no title
     *     ({@link Invariant#EMPTY_VALUE})
     */
    public abstract Position withOrganization(Optional<? extends Organization> organization);
}
