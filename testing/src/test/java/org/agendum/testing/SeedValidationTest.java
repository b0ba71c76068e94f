package org.agendum.testing;

import static org.agendum.testing.ReportAssert.assertThatEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Timing;
import org.agendum.core.validation.Rule;
import org.agendum.core.validation.Severity;
import org.agendum.core.validation.StandardRule;
import org.agendum.core.validation.ValidationReport;
import org.agendum.core.validation.Validator;
import org.agendum.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The seeds validate as the issue pins down, and changing one fact raises the right code. */
class SeedValidationTest {

    @Test
    void gobiernosLocales2021_hasNoErrorsAndNoWarnings() {
        assertThatEvent(SeedEvents.gobiernosLocales2021()).isEmpty();
    }

    @Test
    void parisSeminar2018_hasExactlyTheClosingOutsideTheEventAndTwoGaps() {
        ValidationReport report = assertThatEvent(SeedEvents.parisSeminar2018())
                .hasExactlyCodes("BLOCK_OUTSIDE_EVENT", "SCHEDULE_GAP", "SCHEDULE_GAP")
                .hasViolation("BLOCK_OUTSIDE_EVENT", "/agenda/blocks/8")
                .hasViolation("SCHEDULE_GAP", "/agenda/blocks/6")
                .hasViolation("SCHEDULE_GAP", "/agenda/blocks/7")
                .report();
        assertThat(report.violations()).extracting(Violation::toString).containsExactly(
                "WARNING BLOCK_OUTSIDE_EVENT /agenda/blocks/8: block 'Conclusiones y cierre' ends at 17:15, "
                        + "after the event ends at 17:00",
                "INFO SCHEDULE_GAP /agenda/blocks/6: 10 min unscheduled from 13:20 to 13:30, before block "
                        + "'Almuerzo libre'",
                "INFO SCHEDULE_GAP /agenda/blocks/7: 30 min unscheduled from 14:30 to 15:00, before block "
                        + "'PARTE III: Herramientas para el seguimiento y evaluación de los procesos de "
                        + "internacionalización'");
    }

    @Test
    void panel1LastingFortyMinutes_goesOverBudget() {
        Event seminar = SeedEvents.gobiernosLocales2021();
        AgendaBlock panel1 = seminar.agenda().blocks().get(1).withTiming(Timing.minutes(40));
        Event longer = seminar.withAgenda(seminar.agenda().withBlocks(seminar.agenda().blocks().get(0), panel1,
                seminar.agenda().blocks().get(2), seminar.agenda().blocks().get(3)));

        assertThatEvent(longer)
                .hasViolation("DURATION_OVER_BUDGET", "/agenda")
                .hasViolation("BLOCK_OUTSIDE_EVENT", "/agenda/blocks/3")
                .hasExactlyCodes("DURATION_OVER_BUDGET", "BLOCK_OUTSIDE_EVENT");
    }

    @Test
    void registrationDeadlineAfterTheStart_isAnError() {
        Event seminar = SeedEvents.gobiernosLocales2021();
        Deadline.Before deadline = (Deadline.Before) seminar.registration().orElseThrow().deadline().orElseThrow();
        Event late = seminar.withRegistration(seminar.registration().orElseThrow().withDeadline(
                deadline.withDate(LocalDate.of(2021, 6, 12))));

        assertThatEvent(late).hasExactlyCodes("DEADLINE_AFTER_START")
                .hasViolation("DEADLINE_AFTER_START", "/registration/deadline");
    }

    @Test
    void withAClockAfterTheDeadline_registrationIsReportedClosed() {
        Validator onJune10 = Validator.standard()
                .withClock(Clock.fixed(Instant.parse("2021-06-10T12:00:00Z"), ZoneOffset.UTC));
        Validator onJune8 = Validator.standard()
                .withClock(Clock.fixed(Instant.parse("2021-06-08T12:00:00Z"), ZoneOffset.UTC));

        assertThatEvent(SeedEvents.gobiernosLocales2021(), onJune10).hasExactlyCodes("REGISTRATION_CLOSED")
                .hasViolation("REGISTRATION_CLOSED", "/registration/deadline");
        assertThatEvent(SeedEvents.gobiernosLocales2021(), onJune8).isEmpty();
    }

    @Test
    void assertions_failWithEveryViolationListed() {
        assertThatThrownBy(() -> assertThatEvent(SeedEvents.parisSeminar2018()).hasNoErrorsOrWarnings())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("3 violations (0 errors, 1 warning, 2 infos)")
                .hasMessageContaining("WARNING BLOCK_OUTSIDE_EVENT /agenda/blocks/8")
                .hasMessageContaining("INFO SCHEDULE_GAP /agenda/blocks/6")
                .hasMessageContaining("INFO SCHEDULE_GAP /agenda/blocks/7");
        assertThatThrownBy(() -> assertThatEvent(SeedEvents.parisSeminar2018()).hasExactlyCodes("SCHEDULE_GAP"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThatEvent(SeedEvents.parisSeminar2018()).hasViolation("SCHEDULE_GAP", "/agenda/blocks/8"))
                .isInstanceOf(AssertionError.class);
        assertThatEvent(SeedEvents.parisSeminar2018()).hasNoErrors().hasCodes("SCHEDULE_GAP")
                .doesNotHaveCodes("BLOCK_OVERLAP");
    }

    @Test
    void codes_asRules_orAsStringsThatNameARule_andAMisspeltOneIsRefused() {
        ReportAssert paris = assertThatEvent(SeedEvents.parisSeminar2018());
        paris.hasExactlyCodes(StandardRule.BLOCK_OUTSIDE_EVENT, StandardRule.SCHEDULE_GAP, StandardRule.SCHEDULE_GAP)
                .hasCodes(StandardRule.SCHEDULE_GAP).doesNotHaveCodes(StandardRule.BLOCK_OVERLAP)
                .hasViolation(StandardRule.BLOCK_OUTSIDE_EVENT, "/agenda/blocks/8");

        // Misspelt, it passed forever; now it is refused, and says why.
        assertThatThrownBy(() -> paris.doesNotHaveCodes("BLOCK_OVERLAPS")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'BLOCK_OVERLAPS'").hasMessageContaining("pass the Rule");
        assertThatThrownBy(() -> paris.hasViolation("SCHEDULE_GAPS", "/agenda/blocks/6"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> paris.hasCodes(StandardRule.BLOCK_OVERLAP)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> paris.as("seed %d, event %d", 7L, 3).hasNoErrorsOrWarnings())
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("[seed 7, event 3] expected a validation report");

        // A rule of one's own: by its Rule whether or not it reported; by its code once it has.
        Rule capitals = Rule.of("TITLE_IN_CAPITALS", Severity.INFO, (context, reporter) -> reporter.report("/title", "x"));
        ReportAssert own = assertThatEvent(SeedEvents.parisSeminar2018(), Validator.standard().withRules(capitals));
        own.hasCodes(capitals).hasCodes("TITLE_IN_CAPITALS").hasViolation(capitals, "/title");
        paris.doesNotHaveCodes(capitals);
        assertThatThrownBy(() -> paris.doesNotHaveCodes("TITLE_IN_CAPITALS")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void paris_withoutGapRule_hasOnlyTheWarning() {
        Validator noGaps = Validator.standard().withoutRules(StandardRule.SCHEDULE_GAP);
        assertThatEvent(SeedEvents.parisSeminar2018(), noGaps).hasExactlyCodes("BLOCK_OUTSIDE_EVENT");
        assertThat(noGaps.rules()).hasSize(Validator.standard().rules().size() - 1);
    }
}
