package org.agendum.ical.internal.read;

/**
 * What the reader accepts at most.
 *
 * @param documentBytes the size of a document, in bytes
 * @param components the components of a calendar, the VCALENDAR included
 * @param depth the levels of nesting of components, the VCALENDAR's included
 * @param componentProperties the properties of one component among those the reader reads
 * @param properties the properties of a document among those the reader reads
 * @param textLength the characters of any text that goes into the model
 * @param zoneObservances the observances of one VTIMEZONE that a time is resolved through
 * @param zoneEvaluations what evaluating a document's VTIMEZONEs may cost ({@link ZoneBudget})
 */
public record ReadLimits(long documentBytes, int components, int depth, int componentProperties, int properties,
        int textLength,
        int zoneObservances, long zoneEvaluations) {}
