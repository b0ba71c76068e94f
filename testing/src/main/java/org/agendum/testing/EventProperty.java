package org.agendum.testing;

import java.util.Objects;
import java.util.function.Function;
import org.agendum.core.model.Event;

/**
 * A property every event should have, written as a check that throws when the event lacks it (an
 * {@link AssertionError} of any assertion library, or any exception), for property tests with any
 * test framework.
 *
 * <pre>{@code
 * EventProperty roundTrip = event -> assertThat(json.fromJson(json.toJson(event))).isEqualTo(event);
 * roundTrip.assertHolds("seed 42, event 7", RandomEvents.seeded(42).event(7), json::toJson);
 * }</pre>
 *
 * <p>{@link #assertHolds(String, Event, Function)} runs the check; when it fails, it {@linkplain
 * EventShrinker shrinks} the event to the smallest one that still fails the same way and throws an
 * {@link AssertionError} that names the case, shows the first failure and the smallest event, and
 * has the first failure as its cause. {@link PropertyCase#check(EventProperty)} does the same for
 * a case of {@link RandomEvents}, and names its seed and index.
 */
@FunctionalInterface
public interface EventProperty {

    /**
     * Checks the property on an event.
     *
     * @param event the event
     * @throws Exception (or an {@link AssertionError}) if the event does not have the property
     */
    void check(Event event) throws Exception;

    /**
     * Asserts that an event has this property; on failure, shrinks it and prints the smallest
     * failing event with {@link Event#toString()}.
     *
     * @param name the name of the case, which starts the failure's message: what reproduces it
     * @param event the event
     * @throws AssertionError if the event does not have the property
     */
    default void assertHolds(String name, Event event) {
        assertHolds(name, event, Event::toString);
    }

    /**
     * Asserts that an event has this property; on failure, shrinks it and prints the smallest
     * failing event with a printer, such as a JSON format's {@code toJson}.
     *
     * <p>A candidate of the shrinking fails the same way if its check throws an exception of the
     * same class as the first failure, or both throw an {@link AssertionError}: a property that
     * failed an assertion is not shrunk to an event that merely makes it throw. {@link
     * OutOfMemoryError} and other errors of the virtual machine but {@link StackOverflowError}
     * propagate at once, unshrunk. Should the printer throw, its exception propagates unchanged (a
     * printer's failure is a bug to see, not to hide), with the property's failure and report
     * attached as a suppressed {@link AssertionError}.
     *
     * @param name the name of the case, which starts the failure's message: what reproduces it
     * @param event the event
     * @param printer how to print the smallest failing event
     * @throws AssertionError if the event does not have the property
     */
    default void assertHolds(String name, Event event, Function<? super Event, String> printer) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(printer, "printer");
        PropertyCheck.assertHolds(this, name, event, printer);
    }
}
