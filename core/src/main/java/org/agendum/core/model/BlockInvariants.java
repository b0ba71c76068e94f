package org.agendum.core.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The invariants of {@link AgendaBlock}, checked when a block is built. */
final class BlockInvariants {

    private BlockInvariants() {}

    /**
     * Checks a block's texts and ids, its previous start, its registration deadline, its localizations
     * and its recurrence.
     *
     * @param block the block Immutables is about to return
     * @throws InvariantViolationException naming the first invariant broken
     */
    static void check(AgendaBlock block) {
        Checks.id(block.id(), "/id");
        Checks.text(block.title(), "/title");
        Checks.text(block.subtitle(), "/subtitle");
        Checks.text(block.label(), "/label");
        Checks.text(block.objective(), "/objective");
        Checks.text(block.description(), "/description");
        Checks.text(block.room(), "/room");
        Checks.text(block.track(), "/track");
        Checks.texts(block.overflowRooms(), "/overflowRooms");
        Checks.texts(block.topics(), "/topics");
        Checks.texts(block.methodology(), "/methodology");
        Checks.texts(block.notes(), "/notes");
        Checks.languages(block.languages(), "/languages");
        Checks.text(block.statusNote(), "/statusNote");
        Optional<LocalDateTime> previous = block.previousStart();
        if (previous.isPresent()) {
            Checks.year(previous.get().toLocalDate(), "/previousStart");
            if (block.status() != BlockStatus.RESCHEDULED) {
                throw Checks.violation(Invariant.PREVIOUS_START_NOT_RESCHEDULED, "/previousStart", "block '" + block.id()
                        + "' keeps the start first announced, " + previous.get() + ", but its status is " + block.status()
                        + ", not RESCHEDULED");
            }
        }
        Optional<String> named = block.registration().flatMap(Registration::deadline).flatMap(Deadline::blockId);
        if (named.isPresent() && !named.get().equals(block.id())) {
            throw Checks.violation(Invariant.DEADLINE_BLOCK_MISMATCH, "/registration/deadline/block", "the registration "
                    + "deadline of block '" + block.id() + "' names block '" + Checks.shown(named.get())
                    + "'; a block's registration deadline belongs to that block");
        }
        Languages.unique(block.localizations(), "/localizations");
        block.recurrence().ifPresent(r -> checkSeries(block, r));
        for (int i = 0; i < block.children().size(); i++) {
            if (block.children().get(i).recurrence().isPresent()) {
                throw Checks.violation(Invariant.RECURRENCE_NESTED, "/children/" + i + "/recurrence", "block '"
                        + block.children().get(i).id() + "' is nested in '" + block.id() + "': only top-level blocks repeat");
            }
        }
    }

    private static void checkSeries(AgendaBlock block, Recurrence recurrence) {
        Optional<LocalDate> first = block.timing().filter(Slot.class::isInstance).flatMap(t -> ((Slot) t).date());
        if (first.isEmpty()) {
            throw Checks.violation(Invariant.RECURRENCE_WITHOUT_DATED_SLOT, "/timing", "a repeating block needs a slot "
                    + "with a date, its first occurrence");
        }
        List<LocalDate> dates = recurrence.datesFrom(first.get());
        for (int i = 0; i < recurrence.excludedDates().size(); i++) {
            LocalDate excluded = recurrence.excludedDates().get(i);
            if (!dates.contains(excluded)) {
                throw Checks.violation(Invariant.RECURRENCE_EXCLUSION_NOT_OCCURRENCE, "/recurrence/excludedDates/" + i,
                        "excluded date " + excluded + " is not an occurrence of the series from " + first.get());
            }
        }
        if (recurrence.excludedDates().containsAll(dates)) {
            throw Checks.violation(Invariant.RECURRENCE_EXCLUSION_NOT_OCCURRENCE, "/recurrence/excludedDates",
                    "every occurrence of the series from " + first.get() + " is excluded");
        }
    }
}
