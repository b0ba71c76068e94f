/**
 * Validation: checks an event against rules and returns a report, never an exception.
 *
 * <p>A {@link org.agendum.core.validation.Validator} runs {@link org.agendum.core.validation.Rule}s
 * over an event and returns a {@link org.agendum.core.validation.ValidationReport} of {@link
 * org.agendum.core.validation.Violation}s, each with a stable code, a {@link
 * org.agendum.core.validation.Severity}, the JSON Pointer of the place in the event and a message a
 * person can act on. The rules agendum ships are catalogued in {@link
 * org.agendum.core.validation.StandardRule}; their codes are a public contract, never renamed or
 * reused. Users add their own rules with {@link org.agendum.core.validation.Rule#of}.
 *
 * <p>Validation is the second tier of rules: what every value must hold is checked when it is
 * built ({@link org.agendum.core.model.Invariant}); what makes a representable event questionable
 * (a block that ends after the event, a gap, a missing venue) is reported here.
 *
 * <p>Null policy: no method accepts or returns {@code null}. All public types but the per-call
 * {@link org.agendum.core.validation.Reporter} are immutable and thread-safe.
 */
@ResultStyle
package org.agendum.core.validation;

import org.agendum.core.internal.ResultStyle;
