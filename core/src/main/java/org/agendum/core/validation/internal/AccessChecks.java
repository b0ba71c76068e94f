package org.agendum.core.validation.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.time.Timetable;
import org.agendum.core.validation.Reporter;
import org.agendum.core.validation.ValidationContext;

/** Checks of what attendees need: where to go, whom to ask, until when to register. */
public final class AccessChecks {

    private AccessChecks() {}

    /** A deadline of the event and where it is. */
    record PathedDeadline(Deadline deadline, String path) {}

    /** The registration deadline, then the other deadlines, then the blocks' registration deadlines, with their paths. */
    static List<PathedDeadline> deadlines(ValidationContext context) {
        Event event = context.event();
        List<PathedDeadline> deadlines = new ArrayList<>();
        event.registration().flatMap(r -> r.deadline())
                .ifPresent(d -> deadlines.add(new PathedDeadline(d, "/registration/deadline")));
        for (int i = 0; i < event.deadlines().size(); i++) {
            deadlines.add(new PathedDeadline(event.deadlines().get(i), "/deadlines/" + i));
        }
        for (ScheduledBlock block : context.timetable().blocks()) {
            block.block().registration().flatMap(r -> r.deadline())
                    .ifPresent(d -> deadlines.add(new PathedDeadline(d, block.path() + "/registration/deadline")));
        }
        return deadlines;
    }

    /**
     * DEADLINE_AFTER_START: the registration deadline only. The event's other deadlines (abstracts,
     * papers, submissions, feedback, registration on site) may fall during or after the event, and
     * their subject is free text in any language, so they are not compared with the start.
     */
    public static void deadlineAfterStart(ValidationContext context, Reporter reporter) {
        Timetable timetable = context.timetable();
        context.event().registration().flatMap(r -> r.deadline()).ifPresent(deadline -> reportClosingAfter(deadline,
                timetable.eventStart(), "/registration/deadline", deadline.subject().orElse("registration"), "the event",
                timetable, reporter));
    }

    /**
     * Reports a deadline that closes after something starts: "{@code subject} closes at 2021-06-12
     * 00:00 (last day 2021-06-11), after {@code starting} starts at 2021-06-11 13:00", the start with
     * its date when it is on another day than the cutoff.
     */
    static void reportClosingAfter(Deadline deadline, ZonedDateTime start, String path, String subject, String starting,
            Timetable timetable, Reporter reporter) {
        if (deadline.cutoff().isAfter(start.toInstant())) {
            ZonedDateTime cutoff = ZonedDateTime.ofInstant(deadline.cutoff(), timetable.zone());
            reporter.report(path, subject + " closes at " + Describe.time(cutoff, timetable) + " (last day "
                    + deadline.lastDay() + "), after " + starting + " starts at "
                    + Describe.timeBeside(start, cutoff, timetable));
        }
    }

    /**
     * MODERATOR_MISSING: panels and discussions at any depth, unless a block they are part of has
     * a moderator, or they do not take place (cancelled or postponed, or in such a block).
     */
    public static void moderatorMissing(ValidationContext context, Reporter reporter) {
        Set<String> withdrawn = BlockChecks.withdrawn(context.timetable());
        // Blocks come depth first, so moderated[d] tells whether the ancestor at depth d, or one above, is moderated.
        List<Boolean> moderated = new ArrayList<>();
        for (ScheduledBlock scheduled : context.timetable().blocks()) {
            AgendaBlock block = scheduled.block();
            int depth = scheduled.depth();
            boolean inherited = depth > 0 && moderated.get(depth - 1);
            moderated.subList(depth, moderated.size()).clear();
            moderated.add(inherited || !block.moderators().isEmpty());
            if ((block.kind() == BlockKind.PANEL || block.kind() == BlockKind.DISCUSSION) && !moderated.get(depth)
                    && !withdrawn.contains(scheduled.id())) {
                reporter.report(scheduled.path(), Describe.block(block) + " is a "
                        + (block.kind() == BlockKind.PANEL ? "panel" : "discussion") + " without a moderator");
            }
        }
    }

    /** VENUE_MISSING. */
    public static void venueMissing(ValidationContext context, Reporter reporter) {
        Event event = context.event();
        if (event.attendanceMode() != AttendanceMode.ONLINE && event.venue().isEmpty()) {
            reporter.report("/venue", "the event is " + (event.attendanceMode() == AttendanceMode.MIXED
                    ? "mixed" : "in person") + " but has no venue");
        }
    }

    /**
     * ONLINE_ACCESS_MISSING: silent too when the event has no online location of its own but every
     * block that can be attended online has one (its own or an enclosing block's): a stream per room.
     */
    public static void onlineAccessMissing(ValidationContext context, Reporter reporter) {
        Event event = context.event();
        if (event.attendanceMode() != AttendanceMode.IN_PERSON && event.onlineLocation().isEmpty()
                && !HybridChecks.registrationLink(event)
                && !HybridChecks.everyOnlineBlockHasAccess(event, context.timetable().blocks())) {
            reporter.report("/onlineLocation", "the event is " + (event.attendanceMode() == AttendanceMode.MIXED
                    ? "mixed" : "online") + " but has neither an online location nor a registration link");
        }
    }

    /**
     * ONLINE_ACCESS_PLATFORM_ONLY: an online or mixed event whose online location names only a
     * platform ("Zoom"), with no URL, no link sent after registration, no meeting id to enter in the
     * platform's app and no number to call, and that has no registration link either; and so for
     * each block that can be attended online and has an online location of its own.
     */
    public static void onlineAccessPlatformOnly(ValidationContext context, Reporter reporter) {
        Event event = context.event();
        if (HybridChecks.registrationLink(event)) {
            return;
        }
        HybridChecks.blockPlatformOnly(event, reporter, context.timetable().blocks());
        if (event.attendanceMode() == AttendanceMode.IN_PERSON) {
            return;
        }
        event.onlineLocation()
                .filter(HybridChecks::platformOnly)
                .flatMap(location -> location.platform())
                .ifPresent(platform -> reporter.report("/onlineLocation", "the event is "
                        + (event.attendanceMode() == AttendanceMode.MIXED ? "mixed" : "online")
                        + " but its only access is the platform name '" + platform
                        + "': no URL, no link sent after registration, no registration link"));
    }

    /** CONTACT_UNREACHABLE. */
    public static void contactUnreachable(ValidationContext context, Reporter reporter) {
        List<Contact> contacts = context.event().contacts();
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            if (contact.party().email().isEmpty() && contact.party().phone().isEmpty()) {
                reporter.report("/contacts/" + i, "contact '" + contact.party().displayName()
                        + "' has neither an e-mail address nor a telephone number");
            }
        }
    }

    /** REGISTRATION_CLOSED: only with a clock. */
    public static void registrationClosed(ValidationContext context, Reporter reporter) {
        if (context.clock().isEmpty()) {
            return;
        }
        Instant now = context.clock().get().instant();
        context.event().registration().flatMap(r -> r.deadline()).ifPresent(deadline -> {
            if (!deadline.isOpenAt(now)) {
                reporter.report("/registration/deadline", "registration closed at "
                        + Describe.time(ZonedDateTime.ofInstant(deadline.cutoff(), context.timetable().zone()),
                                context.timetable())
                        + " (last day " + deadline.lastDay() + ")");
            }
        });
    }
}
