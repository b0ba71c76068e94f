package org.agendum.core.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The methods that add blocks and build the agenda, shared by {@link AgendaComposer} and its {@link
 * AgendaComposer.Step}, so that a programme reads as one chain: after a block's details, the next
 * {@code block(...)} adds the next block. The Javadoc tool shows them as each public type's own.
 */
abstract class BlockAdding {

    BlockAdding() {}

    /** The composer the blocks go to. */
    abstract AgendaComposer composer();

    /**
     * Adds a block that lasts a duration and follows the block before it.
     *
     * @param duration how long the block lasts, positive
     * @param kind the kind of block
     * @param title the title as printed
     * @return the new block, to describe further
     */
    public AgendaComposer.Step block(Duration duration, BlockKind kind, String title) {
        return composer().add(Timing.duration(duration), kind, title);
    }

    /**
     * Adds a block in a wall-clock slot on the day of the block before it.
     *
     * @param start the start, inclusive
     * @param end the end, exclusive; after {@code start}
     * @param kind the kind of block
     * @param title the title as printed
     * @return the new block, to describe further
     */
    public AgendaComposer.Step block(LocalTime start, LocalTime end, BlockKind kind, String title) {
        return composer().add(Timing.slot(start, end), kind, title);
    }

    /**
     * Adds a block in a wall-clock slot on a given date, for multi-day events.
     *
     * @param date the date
     * @param start the start, inclusive
     * @param end the end, exclusive; after {@code start}
     * @param kind the kind of block
     * @param title the title as printed
     * @return the new block, to describe further
     */
    public AgendaComposer.Step block(LocalDate date, LocalTime start, LocalTime end, BlockKind kind, String title) {
        return composer().add(Timing.slot(date, start, end), kind, title);
    }

    /**
     * Adds a block in a wall-clock slot that starts on the day of the block before it and ends on
     * the following day: a dinner from 19:30 to 00:30, a talk until midnight ({@code end}
     * {@code 00:00}).
     *
     * @param start the start, inclusive
     * @param end the end on the following day, exclusive; at or before {@code start}
     * @param kind the kind of block
     * @param title the title as printed
     * @return the new block, to describe further
     * @see Timing#slotToNextDay(LocalTime, LocalTime)
     */
    public AgendaComposer.Step blockToNextDay(LocalTime start, LocalTime end, BlockKind kind, String title) {
        return composer().add(Timing.slotToNextDay(start, end), kind, title);
    }

    /**
     * Adds a block in a wall-clock slot that starts on a given date and ends on the day after it.
     *
     * @param date the date the block starts
     * @param start the start, inclusive
     * @param end the end on the following day, exclusive; at or before {@code start}
     * @param kind the kind of block
     * @param title the title as printed
     * @return the new block, to describe further
     * @see Timing#slotToNextDay(LocalDate, LocalTime, LocalTime)
     */
    public AgendaComposer.Step blockToNextDay(LocalDate date, LocalTime start, LocalTime end, BlockKind kind, String title) {
        return composer().add(Timing.slotToNextDay(date, start, end), kind, title);
    }

    /**
     * Adds a block built elsewhere.
     *
     * @param block the block
     * @return the composer, to add the next block
     */
    public AgendaComposer block(AgendaBlock block) {
        composer().addBuilt(block);
        return composer();
    }

    /**
     * Builds the agenda from every block added so far.
     *
     * @return the agenda
     * @throws InvariantViolationException if a block breaks an invariant (a blank title, two
     *     blocks with one id...)
     */
    public Agenda toAgenda() {
        return composer().build();
    }
}
