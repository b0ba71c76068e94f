package org.agendum.core.validation;

import static org.agendum.core.validation.Severity.ERROR;
import static org.agendum.core.validation.Severity.INFO;
import static org.agendum.core.validation.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sorting, queries, equality and the readable form of a report, on violations built by hand. */
class ValidationReportTest {

    private static final Violation OVERLAP = Violation.of("BLOCK_OVERLAP", ERROR, "/agenda/blocks/2",
            "block 'Atelier B' (09:30–10:30) overlaps block 'Atelier A' (09:00–10:00)");
    private static final Violation OUTSIDE = Violation.of("BLOCK_OUTSIDE_EVENT", WARNING, "/agenda/blocks/8",
            "block 'Conclusiones y cierre' ends at 17:15, after the event ends at 17:00");
    private static final Violation GAP = Violation.of("SCHEDULE_GAP", INFO, "/agenda/blocks/6",
            "10 min unscheduled from 13:20 to 13:30, before block 'Almuerzo libre'");

    private static ValidationReport threeSeverities() {
        return ValidationReport.of(List.of(GAP, OUTSIDE, OVERLAP));
    }

    private static Violation at(String path) {
        return Violation.of("SCHEDULE_GAP", INFO, path, "gap");
    }

    @Test
    void violations_areSortedBySeverityFirst() {
        Violation infoAtTheTop = Violation.of("SCHEDULE_GAP", INFO, "", "m");
        Violation errorAtTheBottom = Violation.of("INVALID_URL", ERROR, "/venue/url", "m");

        assertThat(ValidationReport.of(List.of(infoAtTheTop, OUTSIDE, errorAtTheBottom)).violations())
                .containsExactly(errorAtTheBottom, OUTSIDE, infoAtTheTop);
    }

    @Test
    void thenByPath_withNumericSegmentsComparedAsNumbers() {
        List<Violation> sorted = List.of(at(""), at("/agenda"), at("/agenda/blocks/2"), at("/agenda/blocks/2/children/0"),
                at("/agenda/blocks/2/children/10"), at("/agenda/blocks/9"), at("/agenda/blocks/10"),
                at("/agenda/blocks/100"), at("/contacts/0"), at("/end"), at("/venue"));
        List<Violation> shuffled = new ArrayList<>(sorted);
        Collections.shuffle(shuffled, new Random(7));

        assertThat(ValidationReport.of(shuffled).violations()).containsExactlyElementsOf(sorted);
    }

    @Test
    void numbersLongerThanALong_stillCompareAsNumbers() {
        Violation huge = at("/agenda/blocks/123456789012345678901234567890");
        Violation small = at("/agenda/blocks/99999999999999999999");

        assertThat(ValidationReport.of(List.of(huge, small)).violations()).containsExactly(small, huge);
    }

    @Test
    void thenByCode_thenByMessage() {
        Violation b = Violation.of("BLOCK_OUTSIDE_EVENT", WARNING, "/agenda/blocks/0", "b: starts at 08:00");
        Violation a = Violation.of("BLOCK_OUTSIDE_EVENT", WARNING, "/agenda/blocks/0", "a: ends at 13:00");
        Violation c = Violation.of("ABC_FIRST", WARNING, "/agenda/blocks/0", "z");

        assertThat(ValidationReport.of(List.of(b, a, c)).violations()).containsExactly(c, a, b);
    }

    @Test
    void theOrder_doesNotDependOnTheInputOrder_evenWithMixedSegments() {
        List<Violation> violations = List.of(at("/a/9"), at("/a/10"), at("/a/1a"));
        List<Violation> expected = ValidationReport.of(violations).violations();

        for (int i = 0; i < violations.size(); i++) {
            List<Violation> rotated = new ArrayList<>(violations);
            Collections.rotate(rotated, i);
            assertThat(ValidationReport.of(rotated).violations()).as("from %s", rotated).isEqualTo(expected);
            Collections.swap(rotated, 0, 1);
            assertThat(ValidationReport.of(rotated).violations()).as("from %s", rotated).isEqualTo(expected);
        }
    }

    @Test
    void severityQueries_followTheMostSeriousViolation() {
        ValidationReport infos = ValidationReport.of(List.of(GAP));
        ValidationReport warnings = ValidationReport.of(List.of(GAP, OUTSIDE));

        assertThat(ValidationReport.empty().hasErrors()).isFalse();
        assertThat(ValidationReport.empty().hasErrorsOrWarnings()).isFalse();
        assertThat(ValidationReport.empty().highestSeverity()).isEmpty();
        assertThat(infos.hasErrors()).isFalse();
        assertThat(infos.hasErrorsOrWarnings()).isFalse();
        assertThat(infos.highestSeverity()).hasValue(INFO);
        assertThat(warnings.hasErrors()).isFalse();
        assertThat(warnings.hasErrorsOrWarnings()).isTrue();
        assertThat(warnings.highestSeverity()).hasValue(WARNING);
        assertThat(threeSeverities().hasErrors()).isTrue();
        assertThat(threeSeverities().hasErrorsOrWarnings()).isTrue();
        assertThat(threeSeverities().highestSeverity()).hasValue(ERROR);
    }

    @Test
    void selections_bySeverityAndCode_areSorted() {
        Violation overlap2 = Violation.of("BLOCK_OVERLAP", ERROR, "/agenda/blocks/10", "m");
        ValidationReport report = ValidationReport.of(List.of(GAP, overlap2, OUTSIDE, OVERLAP));

        assertThat(report.errors()).containsExactly(OVERLAP, overlap2);
        assertThat(report.warnings()).containsExactly(OUTSIDE);
        assertThat(report.violations(INFO)).containsExactly(GAP);
        assertThat(report.violations(ERROR)).isEqualTo(report.errors());
        assertThat(report.violations(StandardRule.BLOCK_OVERLAP)).containsExactly(OVERLAP, overlap2);
        assertThat(report.violations(StandardRule.VENUE_MISSING)).isEmpty();
        assertThat(report.violations(Rule.of("BLOCK_OVERLAP", INFO, (context, reporter) -> { })))
                .as("a rule of one's own with the same code").containsExactly(OVERLAP, overlap2);
        assertThat(ValidationReport.empty().errors()).isEmpty();
    }

    @Test
    void filter_returnsAReportOfTheMatchingViolations() {
        ValidationReport report = threeSeverities();

        ValidationReport withoutGaps = report.filter(v -> !v.code().equals("SCHEDULE_GAP"));

        assertThat(withoutGaps.violations()).containsExactly(OVERLAP, OUTSIDE);
        assertThat(withoutGaps).isEqualTo(ValidationReport.of(List.of(OUTSIDE, OVERLAP)));
        assertThat(report.filter(v -> true)).isEqualTo(report);
        assertThat(report.filter(v -> false)).isEqualTo(ValidationReport.empty());
        assertThat(report.filter(v -> false).isEmpty()).isTrue();
        assertThat(report.violations()).hasSize(3);
    }

    @Test
    void codes_areSortedAndDistinct() {
        Violation overlap2 = Violation.of("BLOCK_OVERLAP", ERROR, "/agenda/blocks/10", "m");

        assertThat(ValidationReport.of(List.of(GAP, overlap2, OUTSIDE, OVERLAP)).codes())
                .containsExactly("BLOCK_OUTSIDE_EVENT", "BLOCK_OVERLAP", "SCHEDULE_GAP");
        assertThat(ValidationReport.empty().codes()).isEmpty();
    }

    @Test
    void emptyReports_areEqual_andEmpty() {
        assertThat(ValidationReport.empty().isEmpty()).isTrue();
        assertThat(ValidationReport.empty().violations()).isEmpty();
        assertThat(ValidationReport.of(List.of())).isEqualTo(ValidationReport.empty())
                .hasSameHashCodeAs(ValidationReport.empty());
        assertThat(threeSeverities().isEmpty()).isFalse();
    }

    @Test
    void reports_areEqualWhenTheirViolationsAre_inWhateverOrderGiven() {
        ValidationReport report = threeSeverities();
        ValidationReport same = ValidationReport.of(Arrays.asList(OVERLAP, GAP, OUTSIDE));
        ValidationReport other = ValidationReport.of(List.of(OVERLAP, OUTSIDE));
        ValidationReport otherMessage = ValidationReport.of(List.of(OVERLAP, OUTSIDE,
                Violation.of(GAP.code(), GAP.severity(), GAP.path(), GAP.message() + "!")));

        assertThat(same).isEqualTo(report).hasSameHashCodeAs(report);
        assertThat(other).isNotEqualTo(report);
        assertThat(otherMessage).isNotEqualTo(report);
        assertThat(report).isNotEqualTo(report.violations());
    }

    @Test
    void everyListAndSetItReturns_isUnmodifiable() {
        ValidationReport report = threeSeverities();

        assertThatThrownBy(() -> report.violations().add(GAP)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.warnings().add(GAP)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.violations(INFO).remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.violations(StandardRule.SCHEDULE_GAP).add(GAP))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.codes().add("X")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ValidationReport.empty().violations().add(GAP))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aReport_doesNotSeeLaterChangesToTheCollectionItWasGiven() {
        List<Violation> found = new ArrayList<>(List.of(OUTSIDE));
        ValidationReport report = ValidationReport.of(found);

        found.add(OVERLAP);

        assertThat(report.violations()).containsExactly(OUTSIDE);
    }

    @Test
    void aNullViolation_isRejected() {
        assertThatThrownBy(() -> ValidationReport.of(Arrays.asList(GAP, null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void toString_isASummaryLine_thenOneIndentedLinePerViolation() {
        assertThat(threeSeverities().toString()).isEqualTo(
                "3 violations (1 error, 1 warning, 1 info)\n"
                        + "  ERROR BLOCK_OVERLAP /agenda/blocks/2: block 'Atelier B' (09:30–10:30) overlaps block "
                        + "'Atelier A' (09:00–10:00)\n"
                        + "  WARNING BLOCK_OUTSIDE_EVENT /agenda/blocks/8: block 'Conclusiones y cierre' ends at 17:15, "
                        + "after the event ends at 17:00\n"
                        + "  INFO SCHEDULE_GAP /agenda/blocks/6: 10 min unscheduled from 13:20 to 13:30, before block "
                        + "'Almuerzo libre'");
    }

    @Test
    void toString_saysOneViolationInTheSingular_andPrintsTheEventsOwnPathAsSlash() {
        Violation onTheEvent = Violation.of("MY_RULE", WARNING, "", "the event is long");

        assertThat(ValidationReport.of(List.of(onTheEvent)).toString())
                .isEqualTo("1 violation (0 errors, 1 warning, 0 infos)\n  WARNING MY_RULE /: the event is long");
        assertThat(onTheEvent.toString()).isEqualTo("WARNING MY_RULE /: the event is long");
        assertThat(onTheEvent.path()).isEmpty();
    }

    @Test
    void toString_countsInThePlural_andAnEmptyReportIsOneLine() {
        ValidationReport report = ValidationReport.of(List.of(OVERLAP,
                Violation.of("INVALID_URL", ERROR, "/venue/url", "m"), GAP, at("/agenda/blocks/7")));

        assertThat(report.toString()).startsWith("4 violations (2 errors, 0 warnings, 2 infos)\n  ERROR ");
        assertThat(ValidationReport.empty().toString()).isEqualTo("0 violations (0 errors, 0 warnings, 0 infos)");
    }
}
