package org.agendum.core.validation.internal;

import java.util.Optional;
import java.util.Set;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Attendance;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Event;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.validation.Reporter;
import org.agendum.core.validation.ValidationContext;

/**
 * Checks of access to blocks that are held otherwise than the event: online-only sessions of an
 * event held in person, a workshop's own meeting.
 */
public final class HybridChecks {

    private HybridChecks() {}

    /**
     * BLOCK_ONLINE_ACCESS_MISSING: a block that makes itself online or mixed where what encloses it
     * (its parent block, else the event) is held in person, with no online location of its own, of
     * an enclosing block or of the event, and no registration link. Within an online or mixed event
     * the event's own rule ({@code ONLINE_ACCESS_MISSING}) speaks for it. A block that does not take
     * place (cancelled or postponed, or in such a block) needs no access.
     */
    public static void blockOnlineAccessMissing(ValidationContext context, Reporter reporter) {
        Event event = context.event();
        if (registrationLink(event)) {
            return;
        }
        Attendance attendance = Attendance.of(event);
        Set<String> withdrawn = BlockChecks.withdrawn(context.timetable());
        for (ScheduledBlock scheduled : BlockChecks.written(context.timetable().blocks())) {
            AgendaBlock block = scheduled.block();
            Optional<AttendanceMode> own = block.attendanceMode();
            if (own.isEmpty() || own.get() == AttendanceMode.IN_PERSON || withdrawn.contains(scheduled.id())
                    || enclosingMode(scheduled, attendance, event) != AttendanceMode.IN_PERSON
                    || attendance.onlineLocation(block.id()).isPresent()) {
                continue;
            }
            reporter.report(scheduled.path(), Describe.block(block) + " is "
                    + (own.get() == AttendanceMode.ONLINE ? "online" : "mixed")
                    + " but neither it, a block around it nor the event has an online location, and there is no "
                    + "registration link");
        }
    }

    /**
     * The part of ONLINE_ACCESS_PLATFORM_ONLY about blocks: a block that can be attended online and
     * has its own online location, which names only a platform.
     */
    static void blockPlatformOnly(Event event, Reporter reporter, Iterable<ScheduledBlock> blocks) {
        Attendance attendance = Attendance.of(event);
        for (ScheduledBlock scheduled : BlockChecks.written(blocks)) {
            AgendaBlock block = scheduled.block();
            Optional<String> platform = block.onlineLocation().filter(HybridChecks::platformOnly)
                    .flatMap(OnlineLocation::platform);
            if (platform.isPresent() && attendance.isOnline(block.id())) {
                reporter.report(scheduled.path() + "/onlineLocation", Describe.block(block) + " is "
                        + (attendance.mode(block.id()) == AttendanceMode.MIXED ? "mixed" : "online")
                        + " but its only access is the platform name '" + platform.get()
                        + "': no URL, no link sent after registration, no registration link");
            }
        }
    }

    /** Whether an online location says nothing but its platform: no URL, no meeting id, no number to call. */
    static boolean platformOnly(OnlineLocation location) {
        return location.url().isEmpty() && !location.linkSentAfterRegistration() && location.meetingId().isEmpty()
                && location.dialIns().isEmpty();
    }

    /**
     * Whether every block that can be attended online has an online location of its own or of a block
     * around it, and at least one can: then the event needs none of its own.
     */
    static boolean everyOnlineBlockHasAccess(Event event, Iterable<ScheduledBlock> blocks) {
        Attendance attendance = Attendance.of(event);
        boolean any = false;
        for (ScheduledBlock scheduled : blocks) {
            String id = scheduled.id();
            if (attendance.isOnline(id)) {
                if (attendance.onlineLocation(id).isEmpty()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    static boolean registrationLink(Event event) {
        return event.registration().flatMap(r -> r.url()).isPresent();
    }

    private static AttendanceMode enclosingMode(ScheduledBlock block, Attendance attendance, Event event) {
        return block.parentId().map(attendance::mode).orElse(event.attendanceMode());
    }
}
