package org.agendum.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on invariant violations, by their stable code and path only, never their message. */
final class Violations {

    private Violations() {}

    /**
     * Runs {@code call}, asserts that it breaks {@code invariant} at {@code path}, and returns the
     * exception for further checks.
     */
    static InvariantViolationException assertViolates(Invariant invariant, String path, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected %s at '%s'", invariant, path).isInstanceOf(InvariantViolationException.class);
        InvariantViolationException violation = (InvariantViolationException) thrown;
        assertThat(violation.invariant()).isEqualTo(invariant);
        assertThat(violation.code()).isEqualTo(invariant.code());
        assertThat(violation.path()).isEqualTo(path);
        return violation;
    }

    /** Runs {@code action} with {@code locale} as the default locale, then restores the previous one. */
    static void withDefaultLocale(Locale locale, Runnable action) {
        Locale previous = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            action.run();
        } finally {
            Locale.setDefault(previous);
        }
    }
}
