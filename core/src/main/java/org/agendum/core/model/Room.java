package org.agendum.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A room of an event, defined once on the {@linkplain Event#rooms() event} and referred to by its id from
 * the blocks held there ({@link AgendaBlock#room()}, {@link AgendaBlock#overflowRooms()}): a hall, an
 * auditorium, a workshop room, with its seats, its floor, and its building when that is not the event's
 * venue.
 *
 * <pre>{@code
 * Room auditorium = Room.builder()
 *         .id("aud")
 *         .name("Auditórium")
 *         .capacity(220)
 *         .floor("Planta baja")
 *         .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Room extends RoomWithers {

    Room() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no attribute set
     */
    public static Builder builder() {
        return ImmutableRoom.builder();
    }

    /**
     * Obtains a room with its id and name only.
     *
     * @param id the id the blocks refer to it by
     * @param name the name, as printed
     * @return the room
     * @throws InvariantViolationException if the id is not a valid id ({@link Invariant#INVALID_ID}), the
     *     name is blank ({@link Invariant#BLANK_TEXT}), or either has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public static Room of(String id, String name) {
        return builder().id(id).name(name).build();
    }

    /**
     * Returns the identifier the blocks refer to the room by, unique among the event's rooms.
     *
     * @return the id, non-empty and without whitespace
     * @refusedIf the id is empty, contains whitespace or a control character, or is longer than {@value
     *     Event#MAX_ID_LENGTH} characters ({@link Invariant#INVALID_ID}), or has an unpaired surrogate
     *     ({@link Invariant#UNPAIRED_SURROGATE})
     */
    public abstract String id();

    /**
     * Returns the name of the room, as printed ("Auditórium", "Sala B").
     *
     * @return the name, not blank
     * @refusedIf the name is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract String name();

    /**
     * Returns how many people the room seats.
     *
     * @return the number of seats, positive, if known
     * @refusedIf the capacity is zero or negative ({@link Invariant#CAPACITY_NOT_POSITIVE})
     */
    public abstract Optional<Integer> capacity();

    /**
     * Returns the floor the room is on, as printed ("2nd floor", "Planta baja").
     *
     * @return the floor, if printed
     * @refusedIf the floor is blank ({@link Invariant#BLANK_TEXT}) or has an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     */
    public abstract Optional<String> floor();

    /**
     * Returns the building the room is in, when it is not the {@linkplain Event#venue() event's venue}.
     *
     * @return the venue, if the room is elsewhere
     */
    public abstract Optional<Venue> venue();

    /**
     * Returns how accessible the room is, as printed ("Step-free access by the lift in hall C").
     *
     * @return the accessibility notes, if printed
     * @refusedIf the accessibility notes are blank ({@link Invariant#BLANK_TEXT}) or have an unpaired surrogate ({@link
     *     Invariant#UNPAIRED_SURROGATE})
     * @noun accessibility note
     */
    public abstract Optional<String> accessibility();

    /**
     * Returns the name with the floor, as a programme or a calendar prints the room: "Sala B, 2nd floor".
     *
     * @return the name and the floor, or the name alone
     */
    public final String displayName() {
        return floor().map(floor -> name() + ", " + floor).orElse(name());
    }

    @Value.Check
    final void check() {
        Checks.id(id(), "/id");
        Checks.text(name(), "/name");
        capacity().filter(seats -> seats <= 0).ifPresent(seats -> {
            throw Checks.violation(Invariant.CAPACITY_NOT_POSITIVE, "/capacity",
                    "capacity " + seats + " must be a positive number of seats");
        });
        Checks.text(floor(), "/floor");
        Checks.text(accessibility(), "/accessibility");
    }

    /**
     * Builds {@link Room} values one attribute at a time; obtained from {@link Room#builder()}.
     *
     * <p>An attribute can be set only once: setting it again, with either overload, throws {@link
     * IllegalStateException}. Values are checked when {@link #build()} is called, not before.
     *
     * <p>A builder is mutable and not thread-safe: use it in one thread, and build right away.
     */
    public abstract static class Builder extends RoomBuilderBase {

        Builder() {}
    }
}
