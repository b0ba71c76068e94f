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
public abstract non-sealed class Organization extends OrganizationWithers implements Party {

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
     * @refusedIf the acronym is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> acronym();

    /**
     * Returns the organization this one is part of. Above an organization there are at most
     * {@value #MAX_PARENT_DEPTH} organizations, counting the parent, its parent, and so on.
     *
     * @return the parent organization, if any
     * @refusedIf more than {@value Organization#MAX_PARENT_DEPTH} organizations would be above this one
     *     ({@link Invariant#PARENT_CHAIN_TOO_DEEP})
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
     * Builds {@link Organization} values one attribute at a time; obtained from
     * {@link Organization#builder()}.
     *
     * <p>Every attribute that {@link #build()} does not require is optional. An attribute can be set only
     * once: setting it again, with either overload, throws {@link IllegalStateException}. Values are checked
     * when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends OrganizationBuilderBase {

        Builder() {}
    }
}
