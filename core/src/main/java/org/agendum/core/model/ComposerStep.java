package org.agendum.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a composer step, such as {@link AgendaComposer.Step}, whose methods that set one attribute of a
 * value each are declared by agendum-processor from the value's accessors, with their Javadoc: the step
 * extends the class the processor writes, named after it ({@code AgendaComposerStepBase}), which has a
 * method for each optional attribute (setting it, in place of any value set before) and each list
 * attribute (adding to it), and leaves to the step the package-private {@code put} and {@code append}
 * that keep those values until the step builds the value. A new attribute of the value so reaches the
 * step without a line of the step's.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@interface ComposerStep {

    /**
     * The value type whose attributes the step sets.
     *
     * @return the value type
     */
    Class<?> of();

    /**
     * The class the generated base extends, whose methods the step has besides the setters.
     *
     * @return the superclass of the generated base
     */
    Class<?> extending();

    /**
     * The method of the step that builds, and so checks, the values, as its Javadoc names it.
     *
     * @return the method and its parentheses: {@code "toAgenda()"}
     */
    String builtBy();

    /**
     * The attributes the step sets in words of its own, with others, or not at all.
     *
     * @return the names of their accessors
     */
    String[] except() default {};
}
