package org.agendum.core.validation;

import static org.agendum.core.model.BlockKind.PANEL;
import static org.agendum.core.model.BlockKind.TALK;
import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Seminar.CARLA;
import static org.agendum.core.validation.Seminar.DAY;
import static org.agendum.core.validation.Seminar.PARIS;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Severity.ERROR;
import static org.agendum.core.validation.Severity.INFO;
import static org.agendum.core.validation.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Registration;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Choosing rules, adding one's own, the clock, and what does not change a report. */
class ValidatorTest {

    private static final Clock MAY_10 = Clock.fixed(Instant.parse("2024-05-10T08:00:00Z"), ZoneOffset.UTC);

    private static final Rule MY_RULE = Rule.of("MY_RULE", INFO, (context, reporter) ->
            reporter.report("/title", "title '" + context.event().title() + "' is " + context.event().title().length()
                    + " characters long"));

    /** A user's rule as a class: titles written all in capitals. */
    private static class TitleInCapitals implements Rule {
        @Override
        public String code() {
            return "TITLE_IN_CAPITALS";
        }

        @Override
        public Severity severity() {
            return WARNING;
        }

        @Override
        public String description() {
            return "the title is written all in capitals";
        }

        @Override
        public void check(ValidationContext context, Reporter reporter) {
            String title = context.event().title();
            if (title.equals(title.toUpperCase(Locale.ROOT))) {
                reporter.report("/title", "title '" + title + "' is all in capitals");
            }
        }
    }

    /** The same rule, but a user got its code wrong. */
    private static final class Misnamed extends TitleInCapitals {
        @Override
        public String code() {
            return "misnamed";
        }
    }

    /** An event that many standard rules find fault with, in several places. */
    private static Event messy() {
        return event(Agenda.compose()
                .block(t(8, 30), t(9, 30), TALK, "Accueil").speakers(CARLA.withEmail("carla@"))
                .block(t(9, 0), t(10, 0), PANEL, "Table ronde").speakers(CARLA.withEmail("carla@"))
                .block(t(10, 30), t(12, 30), TALK, "Atelier").room("Salle 2")
                .toAgenda())
                .withAttendanceMode(AttendanceMode.MIXED)
                .withVenue(Optional.empty())
                .withContacts(Contact.of(CARLA.withEmail("carla@")))
                .withRegistration(Registration.builder().deadline(Deadline.until(DAY, PARIS)).build());
    }

    @Test
    void standard_hasEveryStandardRule_inDeclarationOrder_andNoClock() {
        Validator standard = Validator.standard();

        assertThat(standard.rules()).containsExactlyElementsOf(List.of(StandardRule.values()));
        assertThat(standard.clock()).isEmpty();
    }

    @Test
    void of_runsOnlyTheRulesGiven() {
        Event noVenueAndAGap = event(Agenda.compose()
                .block(t(9, 0), t(10, 0), TALK, "A").block(t(11, 0), t(12, 0), TALK, "B").toAgenda())
                .withVenue(Optional.empty());

        assertFindings(Validator.of(StandardRule.VENUE_MISSING), noVenueAndAGap)
                .containsExactly(tuple("VENUE_MISSING", WARNING, "/venue"));
        assertFindings(Validator.of(List.of(StandardRule.SCHEDULE_GAP)), noVenueAndAGap)
                .containsExactly(tuple("SCHEDULE_GAP", INFO, "/agenda/blocks/1"));
        assertThat(Validator.of().rules()).isEmpty();
        assertThat(Validator.of().validate(noVenueAndAGap)).isEqualTo(ValidationReport.empty());
    }

    @Test
    void withRules_aLambdaRule_reportsWithItsCodeAndSeverity() {
        ValidationReport report = Validator.standard().withRules(MY_RULE).validate(event());

        assertThat(report.violations()).containsExactly(Violation.of("MY_RULE", INFO, "/title",
                "title 'Séminaire de l'action internationale' is 36 characters long"));
        assertThat(MY_RULE.code()).isEqualTo("MY_RULE");
        assertThat(MY_RULE.severity()).isEqualTo(INFO);
        assertThat(MY_RULE.description()).isEqualTo("MY_RULE");
    }

    @Test
    void withRules_aRuleClass_isRunAfterTheStandardOnes_andItsFindingsSortedIn() {
        Validator validator = Validator.standard().withRules(new TitleInCapitals());
        Event shouting = event().withTitle("SÉMINAIRE").withVenue(Optional.empty());

        assertThat(validator.rules()).hasSize(StandardRule.values().length + 1);
        assertThat(validator.rules().get(StandardRule.values().length).code()).isEqualTo("TITLE_IN_CAPITALS");
        assertFindings(validator, shouting).containsExactly(
                tuple("TITLE_IN_CAPITALS", WARNING, "/title"),
                tuple("VENUE_MISSING", WARNING, "/venue"));
        assertFindings(validator, event()).isEmpty();
    }

    @Test
    void aRule_seesTheEvent_itsTimetable_andTheClock() {
        AtomicReference<ValidationContext> seen = new AtomicReference<>();
        Rule spy = Rule.of("SPY", INFO, (context, reporter) -> seen.set(context));
        Event event = event(Agenda.compose().block(t(9, 0), t(10, 0), TALK, "A").toAgenda());

        Validator.of(spy).validate(event);
        assertThat(seen.get().event()).isSameAs(event);
        assertThat(seen.get().timetable()).isEqualTo(Timetable.of(event));
        assertThat(seen.get().clock()).isEmpty();

        Validator.of(spy).withClock(MAY_10).validate(event);
        assertThat(seen.get().clock()).hasValue(MAY_10);
    }

    @Test
    void duplicateCodes_areRejected() {
        Rule impostor = Rule.of("VENUE_MISSING", INFO, (context, reporter) -> {});

        assertThatThrownBy(() -> Validator.of(StandardRule.VENUE_MISSING, StandardRule.VENUE_MISSING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VENUE_MISSING");
        assertThatThrownBy(() -> Validator.standard().withRules(impostor))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VENUE_MISSING");
        assertThatThrownBy(() -> Validator.of(MY_RULE).withRules(Rule.of("MY_RULE", ERROR, (context, reporter) -> {})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MY_RULE");
        assertThatThrownBy(() -> Validator.of(List.of(MY_RULE, MY_RULE))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lower", "1ABC", "WITH SPACE", "", "_ABC", "ÉTÉ", "MY-RULE", "My_Rule"})
    void malformedCodes_areRejectedByRuleOf(String code) {
        assertThatThrownBy(() -> Rule.of(code, INFO, (context, reporter) -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + code + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "MY_RULE", "RULE_2", "A__B_"})
    void wellFormedCodes_areAccepted(String code) {
        assertThat(Rule.of(code, INFO, (context, reporter) -> {}).code()).isEqualTo(code);
    }

    @Test
    void aRuleClassWithAMalformedCode_isRejectedByTheValidator() {
        assertThatThrownBy(() -> Validator.of(new Misnamed())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'misnamed'");
        assertThatThrownBy(() -> Validator.standard().withRules(new Misnamed()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nulls_failFast() {
        assertThatThrownBy(() -> Rule.of(null, INFO, (context, reporter) -> {})).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Rule.of("X", null, (context, reporter) -> {})).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Rule.of("X", INFO, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Validator.standard().withClock(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Validator.of((Rule) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Validator.of(Rule.of("X", INFO, (context, reporter) -> reporter.report(null, "m")))
                .validate(event())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void withoutRules_removesThoseRules_keepsTheOrder_andRefusesRulesItDoesNotHave() {
        Validator validator = Validator.standard().withoutRules(StandardRule.SCHEDULE_GAP, StandardRule.REGISTRATION_CLOSED);

        List<Rule> expected = new ArrayList<>(List.of(StandardRule.values()));
        expected.remove(StandardRule.SCHEDULE_GAP);
        expected.remove(StandardRule.REGISTRATION_CLOSED);
        assertThat(validator.rules()).containsExactlyElementsOf(expected);
        assertThat(Validator.standard().withoutRules("SCHEDULE_GAP", "REGISTRATION_CLOSED").rules())
                .containsExactlyElementsOf(expected);
        assertThat(Validator.standard().withRules(MY_RULE).withoutRules("MY_RULE").rules())
                .containsExactlyElementsOf(List.of(StandardRule.values()));
        assertThat(Validator.standard().withRules(MY_RULE).withoutRules(MY_RULE).rules())
                .containsExactlyElementsOf(List.of(StandardRule.values()));
        // A misspelt code used to be ignored, leaving its rule in without a word.
        assertThatThrownBy(() -> Validator.standard().withoutRules("SCHEDULE_GAPS"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SCHEDULE_GAPS")
                .hasMessageContaining("SCHEDULE_GAP,");
        assertThatThrownBy(() -> Validator.standard().withoutRules(MY_RULE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MY_RULE");
        assertThatThrownBy(() -> validator.withoutRules(StandardRule.SCHEDULE_GAP))
                .as("already removed").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withClock_letsTimeDependentRulesReport() {
        Event event = event().withRegistration(Registration.builder()
                .deadline(Deadline.before(LocalDate.of(2024, 5, 1), PARIS)).build());

        assertFindings(Validator.standard(), event).isEmpty();
        assertFindings(Validator.standard().withClock(MAY_10), event)
                .containsExactly(tuple("REGISTRATION_CLOSED", INFO, "/registration/deadline"));
        assertThat(Validator.standard().withClock(MAY_10).clock()).hasValue(MAY_10);
    }

    @Test
    void validators_areImmutable_everyWithReturnsANewOne() {
        Validator standard = Validator.standard();

        Validator added = standard.withRules(MY_RULE);
        Validator removed = standard.withoutRules("VENUE_MISSING");
        Validator clocked = standard.withClock(MAY_10);

        assertThat(List.of(added, removed, clocked)).doesNotContain(standard);
        assertThat(standard.rules()).containsExactlyElementsOf(List.of(StandardRule.values()));
        assertThat(standard.clock()).isEmpty();
        assertThat(added.clock()).isEmpty();
        assertThat(clocked.withRules(MY_RULE).clock()).hasValue(MAY_10);
        assertThat(clocked.withoutRules("VENUE_MISSING").clock()).hasValue(MAY_10);
        assertThat(clocked.rules()).isEqualTo(standard.rules());
        assertThatThrownBy(() -> standard.rules().add(MY_RULE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> removed.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aValidatorDoesNotSeeLaterChangesToTheListItWasGiven() {
        List<Rule> rules = new ArrayList<>(List.of(StandardRule.VENUE_MISSING));
        Validator validator = Validator.of(rules);

        rules.add(StandardRule.SCHEDULE_GAP);

        assertThat(validator.rules()).containsExactly(StandardRule.VENUE_MISSING);
    }

    @Test
    void theReport_doesNotDependOnTheOrderTheRulesWereGivenIn() {
        List<Rule> reversed = new ArrayList<>(List.of(StandardRule.values()));
        Collections.reverse(reversed);
        List<Rule> shuffled = new ArrayList<>(List.of(StandardRule.values()));
        Collections.shuffle(shuffled, new Random(20240506));

        ValidationReport standard = Validator.standard().withClock(MAY_10).validate(messy());

        assertThat(standard.codes()).hasSizeGreaterThan(5);
        assertThat(Validator.of(reversed).withClock(MAY_10).validate(messy())).isEqualTo(standard);
        assertThat(Validator.of(shuffled).withClock(MAY_10).validate(messy()).toString()).isEqualTo(standard.toString());
    }

    @Test
    void validatingTheSameEventTwice_givesEqualReports() {
        Validator validator = Validator.standard().withRules(MY_RULE, new TitleInCapitals());

        ValidationReport first = validator.validate(messy());
        ValidationReport second = validator.validate(messy());

        assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(second.toString()).isEqualTo(first.toString());
    }

    /** A malformed e-mail address still counts as a channel: CONTACT_UNREACHABLE stays quiet, INVALID_EMAIL speaks. */
    @Test
    void theMessyEvent_isReportedInFull() {
        assertFindings(Validator.standard().withClock(MAY_10), messy()).containsExactly(
                tuple("BLOCK_OVERLAP", ERROR, "/agenda/blocks/1"),
                tuple("DEADLINE_AFTER_START", ERROR, "/registration/deadline"),
                tuple("BLOCK_OUTSIDE_EVENT", WARNING, "/agenda/blocks/0"),
                tuple("MODERATOR_MISSING", WARNING, "/agenda/blocks/1"),
                tuple("PARTY_DOUBLE_BOOKED", WARNING, "/agenda/blocks/1/participants/0"),
                tuple("BLOCK_OUTSIDE_EVENT", WARNING, "/agenda/blocks/2"),
                tuple("SPEAKER_MISSING", WARNING, "/agenda/blocks/2"),
                tuple("ONLINE_ACCESS_MISSING", WARNING, "/onlineLocation"),
                tuple("INVALID_EMAIL", WARNING, "/parties/0/email"),
                tuple("VENUE_MISSING", WARNING, "/venue"),
                tuple("SCHEDULE_GAP", INFO, "/agenda/blocks/2"),
                tuple("REGISTRATION_CLOSED", INFO, "/registration/deadline"));
    }
}
