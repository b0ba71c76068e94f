package org.agendum.core.validation.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import org.agendum.core.model.Deadline;
import org.agendum.core.time.LocalTimeIssue;
import org.agendum.core.validation.Reporter;
import org.agendum.core.validation.ValidationContext;

/** The rules on wall-clock times that a daylight-saving transition makes missing or ambiguous. */
public final class LocalTimeChecks {

    private LocalTimeChecks() {}

    /** LOCAL_TIME_OFFSET_INVALID: a slot's stated offset that its zone does not have at that time. */
    public static void invalidOffsets(ValidationContext context, Reporter reporter) {
        for (LocalTimeIssue issue : context.timetable().localTimeIssues()) {
            if (issue.kind() == LocalTimeIssue.Kind.OFFSET_NOT_VALID) {
                ZoneId zone = issue.zone();
                LocalDateTime local = issue.localDateTime();
                List<ZoneOffset> valid = zone.getRules().getValidOffsets(local);
                reporter.report(issue.path(), local.toLocalTime() + " on " + local.toLocalDate() + " states offset "
                        + issue.statedOffset().orElseThrow() + ", which " + zone.getId() + " does not have then ("
                        + (valid.isEmpty() ? "the time does not exist: clocks jump from "
                                + issue.transition().orElseThrow().getDateTimeBefore().toLocalTime() + " to "
                                + issue.transition().orElseThrow().getDateTimeAfter().toLocalTime()
                                : valid.size() == 1 ? "its offset is " + valid.get(0)
                                : "its offsets are " + valid.get(0) + " and " + valid.get(1))
                        + "); the timetable uses " + issue.resolved().toLocalTime() + " " + issue.resolved().getOffset());
            }
        }
    }

    /** NONEXISTENT_LOCAL_TIME: wall-clock times in a gap, in the agenda and in deadlines. */
    public static void nonexistentLocalTimes(ValidationContext context, Reporter reporter) {
        localTimes(context, reporter, LocalTimeIssue.Kind.GAP);
    }

    /**
     * AMBIGUOUS_LOCAL_TIME: wall-clock times in an overlap, in the agenda and in deadlines; not a
     * slot's time whose stated offset says which of the two is meant.
     */
    public static void ambiguousLocalTimes(ValidationContext context, Reporter reporter) {
        localTimes(context, reporter, LocalTimeIssue.Kind.OVERLAP);
    }

    private static void localTimes(ValidationContext context, Reporter reporter, LocalTimeIssue.Kind kind) {
        for (LocalTimeIssue issue : context.timetable().localTimeIssues()) {
            if (issue.kind() == kind) {
                reporter.report(issue.path(), describe(kind, issue.localDateTime(), issue.zone(), issue.transition().orElseThrow())
                        + "; the timetable uses " + issue.resolved().toLocalTime() + " " + issue.resolved().getOffset());
            }
        }
        for (AccessChecks.PathedDeadline pathed : AccessChecks.deadlines(context)) {
            if (pathed.deadline() instanceof Deadline.At deadline) {
                LocalDateTime local = deadline.dateTime();
                ZoneId zone = deadline.zone();
                List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
                boolean matches = kind == LocalTimeIssue.Kind.GAP ? offsets.isEmpty() : offsets.size() > 1;
                if (matches) {
                    reporter.report(pathed.path() + "/dateTime",
                            describe(kind, local, zone, zone.getRules().getTransition(local)));
                }
            }
        }
    }

    private static String describe(LocalTimeIssue.Kind kind, LocalDateTime local, ZoneId zone,
            ZoneOffsetTransition transition) {
        String clocks = "clocks " + (transition.isGap() ? "jump" : "go back") + " from "
                + transition.getDateTimeBefore().toLocalTime() + " to " + transition.getDateTimeAfter().toLocalTime();
        return local.toLocalTime() + " on " + local.toLocalDate() + (kind == LocalTimeIssue.Kind.GAP
                ? " does not exist in " : " happens twice in ") + zone.getId() + " (" + clocks + ")";
    }
}
