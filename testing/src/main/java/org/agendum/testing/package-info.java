/**
 * Ready-made events for tests and examples. {@link org.agendum.testing.SeedEvents} holds the two
 * real programmes agendum is built against, composed in code with every fact they print.
 */
package org.agendum.testing;
