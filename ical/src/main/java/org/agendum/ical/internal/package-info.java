/**
 * The implementation of the iCalendar format: what the writer and the reader share (UIDs, the
 * rich profile's STRUCTURED-DATA). The writer is in {@code write}, the reader in {@code read}.
 */
package org.agendum.ical.internal;
