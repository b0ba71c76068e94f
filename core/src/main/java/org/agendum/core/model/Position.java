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
public abstract class Position extends PositionWithers {

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
     * @refusedIf the title is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @refusedIfEmpty there is no organization ({@link Invariant#EMPTY_VALUE})
     */
    public abstract Optional<String> title();

    /**
     * Returns the organization.
     *
     * @return the organization, if printed
     * @refusedIfEmpty there is no title ({@link Invariant#EMPTY_VALUE})
     */
    public abstract Optional<Organization> organization();

    @Value.Check
    final void check() {
        Checks.text(title(), "/title");
        if (title().isEmpty() && organization().isEmpty()) {
            throw Checks.violation(Invariant.EMPTY_VALUE, "", "a position needs a title, an organization, or both");
        }
    }

}
