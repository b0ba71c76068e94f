package org.agendum.core.validation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.time.ScheduledBlock;
import org.agendum.core.validation.Reporter;
import org.agendum.core.validation.ValidationContext;

/** Checks of the rooms and tracks the blocks name, where the event does not declare them. */
public final class RoomChecks {

    private RoomChecks() {}

    /**
     * ROOM_NAME_VARIANTS: in an event that declares no rooms, two room names of its blocks (their rooms
     * and overflow rooms) that differ only in case or spacing. Each later spelling is reported once, at
     * the first block that uses it.
     */
    public static void roomNameVariants(ValidationContext context, Reporter reporter) {
        if (context.event().rooms().isEmpty()) {
            variants(context, reporter, "room", ScheduleChecks::roomsOf);
        }
    }

    /**
     * TRACK_NAME_VARIANTS: in an event that declares no tracks, two track names of its blocks that differ
     * only in case or spacing. Each later spelling is reported once, at the first block that uses it.
     */
    public static void trackNameVariants(ValidationContext context, Reporter reporter) {
        if (context.event().tracks().isEmpty()) {
            variants(context, reporter, "track", block -> block.track().map(List::of).orElse(List.of()));
        }
    }

    private static void variants(ValidationContext context, Reporter reporter, String noun,
            Function<AgendaBlock, List<String>> names) {
        Map<String, String> firstByKey = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ScheduledBlock scheduled : context.timetable().blocks()) {
            for (String name : names.apply(scheduled.block())) {
                if (!seen.add(name)) {
                    continue;
                }
                String first = firstByKey.putIfAbsent(key(name), name);
                Optional.ofNullable(first).ifPresent(earlier -> reporter.report(scheduled.path(),
                        Describe.block(scheduled.block()) + " names " + noun + " '" + name + "', which differs from '"
                                + earlier + "' of an earlier block only in case or spacing; declare the event's " + noun
                                + "s and refer to each by its id"));
            }
        }
    }

    /** A name without case or spacing: what two spellings of one room or track have in common. */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .map(c -> Character.toLowerCase(Character.toUpperCase(c))).forEach(key::appendCodePoint);
        return key.toString();
    }
}
