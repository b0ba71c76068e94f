package org.agendum.core.model;

/**
 * Whether an {@link AgendaBlock} is going ahead as first published: the same words as {@link
 * EventStatus}, for one block of a programme that has changed since.
 *
 * <p>A block keeps its {@linkplain AgendaBlock#timing() timing} whatever its status: a cancelled or
 * postponed block stays where it was announced, so that a programme can print it there, struck
 * out, and the blocks laid out after it by duration keep their times. Validation does not count a
 * block that is {@linkplain #takesPlace() not taking place} as booking its room, its people or
 * its time (see {@code docs/RULES.md}).
 */
public enum BlockStatus {
    /** The block takes place as announced. */
    SCHEDULED,
    /** The block is announced but not yet confirmed: a speaker to confirm, a workshop that needs enough sign-ups. */
    PROVISIONAL,
    /**
     * The block is moved to a later time that is not known yet: "to be announced". Its timing is
     * still the one first announced, and {@link AgendaBlock#statusNote()} may say where news will be.
     */
    POSTPONED,
    /**
     * The block takes place at another time or in another room than first announced; its timing
     * and room are the new ones, and {@link AgendaBlock#previousStart()} may keep the start first
     * announced.
     */
    RESCHEDULED,
    /** The block does not take place. */
    CANCELLED;

    /**
     * Returns whether a block of this status happens in the time and room its timing gives.
     *
     * @return false for {@link #CANCELLED} and {@link #POSTPONED}, true otherwise
     */
    public boolean takesPlace() {
        return this != CANCELLED && this != POSTPONED;
    }
}
