package org.agendum.testing;

import java.util.function.Function;
import java.util.function.Predicate;
import org.agendum.core.model.Event;

/** Runs an {@link EventProperty} on an event and, when it fails, shrinks the event and reports both. */
final class PropertyCheck {

    /** The longest a failure's message is quoted; the cause of the error keeps it whole. */
    private static final int MAX_QUOTED = 4_000;

    private final EventProperty property;
    private final Throwable first;
    private Throwable last;
    private int tries;
    private int steps;

    private PropertyCheck(EventProperty property, Throwable first) {
        this.property = property;
        this.first = first;
        this.last = first;
    }

    static void assertHolds(EventProperty property, String name, Event event, Function<? super Event, String> printer) {
        Throwable failure = failure(property, event);
        if (failure == null) {
            return;
        }
        PropertyCheck check = new PropertyCheck(property, failure);
        StringBuilder message = new StringBuilder(name).append(": ").append(quoted(failure));
        if (!check.failsAlike(event)) {
            message.append("\nThe property passed when checked again: it does not depend on the event alone, so the "
                    + "event is not shrunk.\n");
            throw new AssertionError(message.append(printed(event, printer, message, failure)).toString(), failure);
        }
        Predicate<Event> alike = candidate -> {
            check.tries++;
            boolean fails = check.failsAlike(candidate);
            check.steps += fails ? 1 : 0;
            return fails;
        };
        Event smallest = EventShrinker.shrink(event, alike);
        // The first call checked the event itself.
        int tried = check.tries - 1;
        int steps = check.steps - 1;
        message.append("\nSmallest failing event (").append(steps).append(steps == 1 ? " step, " : " steps, ")
                .append(tried).append(tried == 1 ? " candidate tried" : " candidates tried")
                .append(tried >= EventShrinker.DEFAULT_MAX_TRIES ? ", the most it tries: maybe not the smallest" : "")
                .append("; ").append(smallest.agenda().blocks().size()).append(" of ")
                .append(event.agenda().blocks().size()).append(" top-level blocks, ").append(smallest.parties().size())
                .append(" of ").append(event.parties().size()).append(" parties), which fails with: ")
                .append(quoted(check.last)).append('\n');
        throw new AssertionError(message.append(printed(smallest, printer, message, failure)).toString(), failure);
    }

    /** Whether an event fails the property as the first failure did, remembering the failure. */
    private boolean failsAlike(Event event) {
        Throwable failure = failure(property, event);
        boolean alike = failure != null && (failure.getClass() == first.getClass()
                || failure instanceof AssertionError && first instanceof AssertionError);
        if (alike) {
            last = failure;
        }
        return alike;
    }

    /**
     * What checking the property threw, or null if it holds; errors of the JVM but stack overflow
     * propagate. Catching {@code Exception | Error} is this harness's job: a property fails by
     * throwing anything at all (an {@link AssertionError} of any library, a checked or unchecked
     * exception, a stack overflow), and each such failure is what is reported and shrunk.
     */
    private static Throwable failure(EventProperty property, Event event) {
        try {
            property.check(event);
            return null;
        } catch (VirtualMachineError e) {
            if (e instanceof StackOverflowError) {
                return e;
            }
            throw e;
        } catch (Exception | Error e) {
            return e;
        }
    }

    /**
     * The event as the printer prints it. A printer that throws has a bug of its own, which is not
     * caught: its exception, or error, propagates as it is, and the property's report so far (and so
     * the property's failure) is attached to it as a suppressed {@link AssertionError}.
     */
    private static String printed(Event event, Function<? super Event, String> printer, CharSequence report,
            Throwable failure) {
        try (ReportIfUnprinted unprinted = new ReportIfUnprinted(report, failure)) {
            return unprinted.printed(printer.apply(event));
        }
    }

    /**
     * The property's report, thrown on closing unless the event was printed. Closed by a {@code
     * try}-with-resources statement whose body throws, it is added as suppressed to the body's
     * exception, which propagates (JLS 14.20.3.1): so whatever the printer throws keeps the report
     * without being caught, wrapped or replaced.
     */
    private static final class ReportIfUnprinted implements AutoCloseable {
        private final CharSequence report;
        private final Throwable failure;
        private boolean printed;

        ReportIfUnprinted(CharSequence report, Throwable failure) {
            this.report = report;
            this.failure = failure;
        }

        String printed(String text) {
            printed = true;
            return text;
        }

        @Override
        public void close() {
            if (!printed) {
                throw new AssertionError(report.toString(), failure);
            }
        }
    }

    private static String quoted(Throwable failure) {
        String text = failure.toString();
        if (text.length() <= MAX_QUOTED) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_QUOTED - 1)) ? MAX_QUOTED - 1 : MAX_QUOTED;
        return text.substring(0, end) + "… (" + text.length() + " characters)";
    }
}
