package org.agendum.core.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
     * and overflow rooms) that differ only in case or spacing.
     */
    public static void roomNameVariants(ValidationContext context, Reporter reporter) {
        if (context.event().rooms().isEmpty()) {
            variants(context, reporter, "room", ScheduleChecks::roomsOf);
        }
    }

    /**
     * TRACK_NAME_VARIANTS: in an event that declares no tracks, two track names of its blocks that differ
     * only in case or spacing.
     */
    public static void trackNameVariants(ValidationContext context, Reporter reporter) {
        if (context.event().tracks().isEmpty()) {
            variants(context, reporter, "track", block -> block.track().map(List::of).orElse(List.of()));
        }
    }

    /**
     * Of the spellings of one name, the first in character order stands for the name; each other one is
     * reported at the block with the smallest id among those that use it, so that the findings do not
     * depend on the order of the blocks.
     */
    private static void variants(ValidationContext context, Reporter reporter, String noun,
            Function<AgendaBlock, List<String>> names) {
        Map<String, TreeMap<String, ScheduledBlock>> byKey = new HashMap<>();
        for (ScheduledBlock scheduled : context.timetable().blocks()) {
            for (String name : names.apply(scheduled.block())) {
                byKey.computeIfAbsent(key(name), k -> new TreeMap<>())
                        .merge(name, scheduled, (a, b) -> a.id().compareTo(b.id()) <= 0 ? a : b);
            }
        }
        for (TreeMap<String, ScheduledBlock> spellings : byKey.values()) {
            String first = spellings.firstKey();
            spellings.tailMap(first, false).forEach((name, scheduled) -> reporter.report(scheduled.path(),
                    Describe.block(scheduled.block()) + " names " + noun + " '" + name + "', which differs from '" + first
                            + "', as another block names it, only in case or spacing; declare the event's " + noun
                            + "s and refer to each by its id"));
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
