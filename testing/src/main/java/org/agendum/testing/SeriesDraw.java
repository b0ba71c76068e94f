package org.agendum.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Slot;

/**
 * Draws a series from an event's last block ({@link RandomSeries}): a dated slot of the last day
 * repeats daily or weekly, two to five times, sometimes with one session excluded, on days without
 * a clock change in the hours the generator uses. The sessions come after every other block, so
 * they overlap none.
 */
final class SeriesDraw {

    private SeriesDraw() {}

    /**
     * Draws whether and how the last block repeats.
     *
     * @param dice the series' dice
     * @param zone the event's zone
     * @param last the event's last top-level block
     * @return the block with a recurrence, and how many days its last session is after its first;
     *     empty if it does not repeat
     */
    static Optional<Repeated> repeat(Dice dice, ZoneId zone, AgendaBlock last) {
        if (!(last.timing().orElse(null) instanceof Slot) ||
                ((Slot) last.timing().get()).date().isEmpty()) {
            return Optional.empty();
        }
        Slot slot = (Slot) last.timing().get();
        LocalDate first = slot.date().get();
        int count = dice.between(2, 5);
        Recurrence.Builder recurrence = Recurrence.builder()
                .frequency(dice.chance(0.5) ? Recurrence.Frequency.WEEKLY : Recurrence.Frequency.DAILY).count(count);
        Recurrence drawn = recurrence.build();
        List<LocalDate> dates = drawn.datesFrom(first);
        if (count >= 3 && dice.chance(0.4)) {
            drawn = drawn.withExcludedDates(dates.get(dice.between(1, count - 2)));
        }
        for (LocalDate date : dates) {
            if (date.isAfter(ZoneTransitions.LAST_DATE) || !ZoneTransitions.isQuiet(zone, date)
                    || slot.endsNextDay() && !ZoneTransitions.isQuiet(zone, date.plusDays(1))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Repeated(last.withRecurrence(drawn), ChronoUnit.DAYS.between(first, dates.get(count - 1))));
    }

    /**
     * A block that repeats.
     *
     * @param block the block, with its recurrence
     * @param days how many days its last session is after its first
     */
    record Repeated(AgendaBlock block, long days) {}
}
