/**
 * The event model: {@link org.agendum.core.model.Event}, its {@link org.agendum.core.model.Agenda}
 * of {@link org.agendum.core.model.AgendaBlock}s, the {@link org.agendum.core.model.Party parties}
 * who moderate and take part, venues, online locations, registration and deadlines.
 *
 * <p>Every type is an immutable value with value semantics ({@code equals}, {@code hashCode} and
 * {@code toString} over all attributes) and is safe to share between threads. Build one with its
 * {@code builder()}, its {@code of(...)} factories, or copy one with its {@code with...} methods;
 * every path checks the same invariants and throws {@link
 * org.agendum.core.model.InvariantViolationException} with a stable {@link
 * org.agendum.core.model.Invariant code} when one does not hold.
 *
 * <p>Null policy: no method accepts or returns {@code null}. Optional attributes are {@link
 * java.util.Optional}; collections are empty rather than absent, unmodifiable, and keep the order
 * they were given in. A {@code null} argument throws {@link NullPointerException} naming the
 * attribute.
 *
 * <p>Wall-clock intent is stored as local date-times plus an IANA {@link java.time.ZoneId}, never as
 * a fixed offset, so that a programme printed for "13:00 in Montevideo" means 13:00 in Montevideo
 * under the time-zone rules of the JDK that reads it.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        strictBuilder = true,
        jdkOnly = true,
        // No classpath annotations in generated code (not even Immutables' own @Generated): users
        // compile against our classes without Immutables. Override is a placeholder entry, as an
        // empty list would allow all.
        allowedClasspathAnnotations = Override.class,
        depluralize = true,
        depluralizeDictionary = {"child:children", "person:people"},
        defaults = @Value.Immutable(copy = true))
package org.agendum.core.model;

import org.immutables.value.Value;
