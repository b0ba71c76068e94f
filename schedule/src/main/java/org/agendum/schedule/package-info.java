/**
 * The frab/pretalx conference schedule formats: {@link org.agendum.schedule.ScheduleXmlFormat}
 * ({@code schedule.xml}) and {@link org.agendum.schedule.ScheduleJsonFormat} ({@code
 * schedule.json}), plug-ins of {@link org.agendum.core.format.EventFormat} that conference apps
 * (Giggity, EventFahrplan, ConfClerk) and the C3VOC tools read, and that frab, pretalx and
 * FOSDEM's Pentabarf write; {@link org.agendum.schedule.ScheduleFormat} is what they share. {@link org.agendum.schedule.ScheduleImport} is what an import gives
 * beside the event: what it skipped.
 */
package org.agendum.schedule;
