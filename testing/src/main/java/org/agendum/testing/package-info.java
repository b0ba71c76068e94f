/**
 * Ready-made events and assertions for tests and examples.
 *
 * <p>{@link org.agendum.testing.SeedEvents} holds the two real programmes agendum is built against,
 * composed in code with every fact they print. {@link org.agendum.testing.RandomEvents} draws
 * seeded random events, and variants that break one validation rule, for property tests with any
 * library. {@link org.agendum.testing.ReportAssert} asserts on validation reports in any test
 * framework.
 */
package org.agendum.testing;
