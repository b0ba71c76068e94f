/**
 * Ready-made events and assertions for tests and examples.
 *
 * <p>{@link org.agendum.testing.SeedEvents} holds the two real programmes agendum is built against,
 * composed in code with every fact they print. {@link org.agendum.testing.RandomEvents} draws
 * seeded random events, and variants that break one validation rule, for property tests with any
 * library. {@link org.agendum.testing.ReportAssert} asserts on validation reports in any test
 * framework.
 *
 * <p>For property tests: a {@link org.agendum.testing.PropertyCase} is one random event, named by
 * the Java expression that makes it; {@link org.agendum.testing.PropertyCases} lists cases smallest
 * first and reads the two system properties every agendum property test takes, {@code
 * agendum.seed} (another seed) and {@code agendum.case} (one case again); an {@link
 * org.agendum.testing.EventProperty} that fails is {@linkplain org.agendum.testing.EventShrinker
 * shrunk} to the smallest event that still fails, and reported with it.
 */
package org.agendum.testing;
