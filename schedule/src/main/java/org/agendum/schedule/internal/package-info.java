/**
 * The mapping between events and frab/pretalx schedules: the readers of {@code schedule.xml} (StAX)
 * and {@code schedule.json} (Jackson) fill one {@link org.agendum.schedule.internal.ScheduleDocument},
 * which {@link org.agendum.schedule.internal.ScheduleImporter} turns into an event; {@link
 * org.agendum.schedule.internal.ScheduleExport} lays an event out as conference, days, rooms and
 * talks, which the two writers print. Not exported: the formats are the contract.
 */
package org.agendum.schedule.internal;
