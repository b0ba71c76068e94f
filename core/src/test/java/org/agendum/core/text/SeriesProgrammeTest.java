package org.agendum.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Test;

/** {@code show} prints a series as its sessions, each on its day; an excluded week has none. */
class SeriesProgrammeTest {

    @Test
    void aSeries_isPrintedAsItsSessions_withoutTheExcludedWeek() {
        AgendaBlock workshop = AgendaBlock.builder().id("taller").kind(BlockKind.WORKSHOP).title("Taller")
                .timing(Timing.slot(LocalDate.of(2026, 9, 29), LocalTime.of(18, 0), LocalTime.of(20, 0)))
                .recurrence(Recurrence.weekly(3).withExcludedDates(LocalDate.of(2026, 10, 6))).build();
        Event series = Event.builder().id("serie").title("Serie").zone(ZoneId.of("Europe/Paris"))
                .start(LocalDateTime.of(2026, 9, 29, 18, 0)).end(LocalDateTime.of(2026, 10, 13, 20, 0))
                .agenda(Agenda.of(workshop)).build();

        assertThat(PlainTextProgramme.of(Programme.of(series, Locale.ENGLISH)).render()).isEqualTo("""
                Serie
                Tuesday, September 29 – Tuesday, October 13, 2026 · 18:00 – Tuesday, October 13, 20:00 Europe/Paris

                Programme

                Tuesday, September 29, 2026
                18:00–20:00 Europe/Paris  Taller

                Tuesday, October 13, 2026
                18:00–20:00 Europe/Paris  Taller
                """);
    }
}
