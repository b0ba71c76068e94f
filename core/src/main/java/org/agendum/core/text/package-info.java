/**
 * The programme of an event as a reader needs it, in a language: the one renderer that {@code
 * agendum show}, the iCalendar texts and any other layout share.
 *
 * <p>{@link org.agendum.core.text.Programme} is the structure: header, practical items, people,
 * and the agenda by {@link org.agendum.core.text.ProgrammeDay day}, each block an {@link
 * org.agendum.core.text.ProgrammeEntry entry}, with every label in the chosen language ({@link
 * org.agendum.core.text.ProgrammeLabels}: English, Spanish, French, transit modes and roles
 * included) and every time formatted from the {@link org.agendum.core.time.Timetable} in each
 * display zone. {@link org.agendum.core.text.PlainTextProgramme} lays the structure out as plain
 * text; a layout for another medium (an HTML page) walks the same structure. {@link
 * org.agendum.core.text.PartyText} gives people and organizations as text.
 *
 * <p>Nothing here depends on the machine's default zone or locale: the language is always given,
 * and dates are written with this package's own patterns.
 *
 * <p>Null policy: no method accepts or returns {@code null}. All types are immutable and
 * thread-safe.
 */
package org.agendum.core.text;
