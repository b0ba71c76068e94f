package org.agendum.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the packages whose values agendum computes rather than users build (the
 * timetable, validation reports): implementations hidden in the package, no copy methods. Public
 * because a package annotation in another package names it; the package is not exported.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        strictBuilder = true,
        jdkOnly = true,
        // No classpath annotations in generated code (not even Immutables' own @Generated): users
        // compile against our classes without Immutables. Override is a placeholder entry, as an
        // empty list would allow all.
        allowedClasspathAnnotations = Override.class,
        defaults = @Value.Immutable(copy = false))
public @interface ResultStyle {}
