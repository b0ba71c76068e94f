package org.agendum.core.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How attendees take part in each block of an event, and where they join it online: what the
 * block states ({@link AgendaBlock#attendanceMode()}, {@link AgendaBlock#onlineLocation()}), else
 * what the nearest enclosing block states, else the event's.
 *
 * <pre>{@code
 * Attendance attendance = Attendance.of(event);
 * if (attendance.mode("workshop") == AttendanceMode.IN_PERSON) { ... }
 * }</pre>
 *
 * <p>Obtaining it walks the agenda once; each query is then a lookup.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Attendance {

    /** What applies to one block. */
    private record Applied(AttendanceMode mode, Optional<OnlineLocation> online) {}

    private final Event event;
    private final Map<String, Applied> byId;

    private Attendance(Event event, Map<String, Applied> byId) {
        this.event = event;
        this.byId = byId;
    }

    /**
     * Obtains the attendance of every block of an event.
     *
     * @param event the event
     * @return the attendance
     */
    public static Attendance of(Event event) {
        Map<String, Applied> byId = new HashMap<>();
        walk(event.agenda().blocks(), new Applied(event.attendanceMode(), event.onlineLocation()), byId);
        return new Attendance(event, byId);
    }

    private static void walk(List<AgendaBlock> blocks, Applied enclosing, Map<String, Applied> byId) {
        for (AgendaBlock block : blocks) {
            Applied applied = new Applied(block.attendanceMode().orElse(enclosing.mode()),
                    block.onlineLocation().or(enclosing::online));
            byId.put(block.id(), applied);
            if (!block.children().isEmpty()) {
                walk(block.children(), applied, byId);
            }
        }
    }

    /**
     * Returns how attendees take part in a block: its own mode, else its nearest enclosing block's,
     * else the event's.
     *
     * @param blockId the id of a block of the event, at any depth
     * @return the attendance mode that applies
     * @throws IllegalArgumentException if the event has no block with that id
     */
    public AttendanceMode mode(String blockId) {
        return applied(blockId).mode();
    }

    /**
     * Returns where to join a block online: its own online location, else its nearest enclosing
     * block's, else the event's. It is returned whatever the block's {@linkplain #mode(String)
     * mode}: a block held in person only has nowhere to join online, whatever is stated around it.
     *
     * @param blockId the id of a block of the event, at any depth
     * @return the online location that applies, if any is stated
     * @throws IllegalArgumentException if the event has no block with that id
     */
    public Optional<OnlineLocation> onlineLocation(String blockId) {
        return applied(blockId).online();
    }

    /**
     * Returns whether a block can be attended online: its mode is {@linkplain AttendanceMode#ONLINE
     * online} or {@linkplain AttendanceMode#MIXED mixed}.
     *
     * @param blockId the id of a block of the event, at any depth
     * @return true if it can be attended online
     * @throws IllegalArgumentException if the event has no block with that id
     */
    public boolean isOnline(String blockId) {
        return mode(blockId) != AttendanceMode.IN_PERSON;
    }

    private Applied applied(String blockId) {
        Applied applied = byId.get(Objects.requireNonNull(blockId, "blockId"));
        if (applied == null) {
            throw new IllegalArgumentException("event '" + event.id() + "' has no block '" + blockId + "'");
        }
        return applied;
    }

    @Override
    public String toString() {
        return "Attendance[" + event.id() + ", " + byId.size() + " blocks]";
    }
}
