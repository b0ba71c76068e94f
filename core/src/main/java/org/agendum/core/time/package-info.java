/**
 * The timetable: an event's agenda resolved to concrete instants.
 *
 * <p>{@link org.agendum.core.time.Timetable#of(org.agendum.core.model.Event)} places every block
 * on the time-line of the event's zone &mdash; slots at their wall-clock times, duration-only
 * blocks one after another &mdash; as half-open {@link org.agendum.core.time.TimeSpan}s that can
 * be shown in any zone. Wall-clock times that do not exist (a daylight-saving gap) or exist twice
 * (an overlap) are resolved by the documented rule and reported as {@link
 * org.agendum.core.time.LocalTimeIssue}s, never shifted silently.
 *
 * <p>Null policy: no method accepts or returns {@code null}. All types are immutable and
 * thread-safe.
 */
@ResultStyle
package org.agendum.core.time;

import org.agendum.core.internal.ResultStyle;
