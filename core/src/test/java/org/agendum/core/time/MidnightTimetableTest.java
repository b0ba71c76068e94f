package org.agendum.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Slots that end on the following day, placed in every zone the JDK knows, on ordinary days and on
 * the days around each zone's transitions. The expected instants are computed here from the
 * documented rule &mdash; start at the wall-clock start on the slot's day, end at the wall-clock end
 * on the next day, each placed by {@link ZonedDateTime#ofLocal}, an end before the start giving an
 * empty span &mdash; never by the timetable.
 */
class MidnightTimetableTest {

    private static final LocalTime[][] SLOTS = {
        {LocalTime.of(19, 30), LocalTime.of(0, 30)},   // a dinner
        {LocalTime.of(22, 0), LocalTime.of(4, 0)},     // a hack night
        {LocalTime.of(23, 0), LocalTime.MIDNIGHT},     // a talk until midnight ("24:00")
        {LocalTime.of(10, 0), LocalTime.of(10, 0)},    // a 24-hour hackathon
        {LocalTime.of(23, 45), LocalTime.of(0, 15)},   // half an hour around midnight
    };

    /** The days on which the slots start in a zone: a fixed one, and those around its transitions. */
    private static List<LocalDate> days(ZoneId zone) {
        TreeSet<LocalDate> days = new TreeSet<>(List.of(LocalDate.of(2024, 6, 10), LocalDate.of(2011, 12, 29)));
        ZoneRules rules = zone.getRules();
        Instant from = Instant.parse("2010-01-01T00:00:00Z");
        ZoneOffsetTransition transition = rules.nextTransition(from);
        while (transition != null && transition.getInstant().isBefore(Instant.parse("2026-01-01T00:00:00Z"))) {
            LocalDate day = transition.getDateTimeBefore().toLocalDate();
            days.add(day.minusDays(1));
            days.add(day);
            transition = rules.nextTransition(transition.getInstant());
        }
        return new ArrayList<>(days);
    }

    private static Event evening(ZoneId zone, LocalDate day, LocalTime start, LocalTime end) {
        return Event.builder().id("nuit").title("Nuit du code").zone(zone)
                .start(day.atTime(start))
                .agenda(Agenda.compose()
                        .blockToNextDay(day, start, end, BlockKind.OTHER, "Nuit").id("nuit")
                        .block(LocalTime.of(9, 0), LocalTime.of(9, 30), BlockKind.CLOSING, "Petit déjeuner").id("matin")
                        .toAgenda())
                .build();
    }

    @TestFactory
    Stream<DynamicTest> slotsEndingNextDay_endOnTheFollowingDay_inEveryZone() {
        return new TreeSet<>(ZoneId.getAvailableZoneIds()).stream().map(ZoneId::of)
                .map(zone -> DynamicTest.dynamicTest(zone.getId(), () -> {
                    for (LocalDate day : days(zone)) {
                        for (LocalTime[] slot : SLOTS) {
                            ZonedDateTime start = ZonedDateTime.ofLocal(day.atTime(slot[0]), zone, null);
                            ZonedDateTime end = ZonedDateTime.ofLocal(day.plusDays(1).atTime(slot[1]), zone, null);
                            end = end.isBefore(start) ? start : end;

                            Timetable timetable = Timetable.of(evening(zone, day, slot[0], slot[1]));

                            TimeSpan night = timetable.spanOf("nuit").orElseThrow();
                            assertThat(night.start()).as("%s %s", day, slot[0]).isEqualTo(start);
                            assertThat(night.end()).as("%s %s-%s", day, slot[0], slot[1]).isEqualTo(end);
                            assertThat(night.duration()).isEqualTo(Duration.between(start.toInstant(), end.toInstant()));
                            // The slot after it, without a date, is on the day the night starts
                            // (the next day, should the start fall in a gap that ends after midnight).
                            assertThat(timetable.spanOf("matin").orElseThrow().start()).isEqualTo(
                                    ZonedDateTime.ofLocal(start.toLocalDate().atTime(9, 0), zone, null));
                        }
                    }
                }));
    }

    @Test
    void aDinnerToHalfPastMidnight_onTheNightClocksGoBackInParis_lastsSixHours() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate saturday = LocalDate.of(2024, 10, 26);
        Timetable timetable = Timetable.of(evening(paris, saturday, LocalTime.of(21, 0), LocalTime.of(3, 0)));

        TimeSpan night = timetable.spanOf("nuit").orElseThrow();
        assertThat(night.start().toOffsetDateTime()).hasToString("2024-10-26T21:00+02:00");
        assertThat(night.end().toOffsetDateTime()).hasToString("2024-10-27T03:00+01:00");
        assertThat(night.duration()).isEqualTo(Duration.ofHours(7));
        assertThat(timetable.localTimeIssues()).isEmpty();
    }

    @Test
    void anEndInTheSpringGap_isReportedAtTheEnd() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Timetable timetable = Timetable.of(evening(paris, LocalDate.of(2024, 3, 30), LocalTime.of(22, 0),
                LocalTime.of(2, 30)));

        assertThat(timetable.localTimeIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.path()).isEqualTo("/agenda/blocks/0/timing/end");
            assertThat(issue.localDateTime()).isEqualTo(LocalDateTime.of(2024, 3, 31, 2, 30));
            assertThat(issue.kind()).isEqualTo(LocalTimeIssue.Kind.GAP);
        });
        assertThat(timetable.spanOf("nuit").orElseThrow().end().toOffsetDateTime())
                .hasToString("2024-03-31T03:30+02:00");
    }

    @Test
    void theAgendaSpan_runsToTheEndOnTheFollowingDay() {
        ZoneId zone = ZoneId.of("America/Montevideo");
        LocalDate day = LocalDate.of(2024, 6, 10);
        Timetable timetable = Timetable.of(Event.builder().id("cena").title("Cena").zone(zone)
                .start(day.atTime(19, 30))
                .agenda(Agenda.compose().blockToNextDay(day, LocalTime.of(19, 30), LocalTime.of(0, 30),
                        BlockKind.MEAL, "Cena de cierre").toAgenda())
                .build());

        assertThat(timetable.agendaSpan()).hasValue(TimeSpan.of(ZonedDateTime.of(day.atTime(19, 30), zone),
                ZonedDateTime.of(day.plusDays(1).atTime(0, 30), zone)));
    }
}
