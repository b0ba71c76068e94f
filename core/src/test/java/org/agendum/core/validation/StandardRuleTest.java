package org.agendum.core.validation;

import static org.agendum.core.model.BlockKind.PANEL;
import static org.agendum.core.model.BlockKind.CLOSING;
import static org.agendum.core.model.BlockKind.TALK;
import static org.agendum.core.model.BlockKind.WORKSHOP;
import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Seminar.ANA;
import static org.agendum.core.validation.Seminar.BRUNO;
import static org.agendum.core.validation.Seminar.CARLA;
import static org.agendum.core.validation.Seminar.DAY;
import static org.agendum.core.validation.Seminar.PARIS;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Seminar.talk;
import static org.agendum.core.validation.Severity.ERROR;
import static org.agendum.core.validation.Severity.INFO;
import static org.agendum.core.validation.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Room;
import org.agendum.core.model.Slot;
import org.agendum.core.model.Timing;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link StandardRule} is triggered by a small change to the clean seminar, with its code,
 * severity and path, and a near miss of that change is not reported. The rules are tested in depth
 * per group in {@link ScheduleRulesTest}, {@link ScheduleGapRuleTest}, {@link LocalTimeRulesTest},
 * {@link AccessRulesTest} and {@link ContactDataRulesTest}.
 */
class StandardRuleTest {

    /** All examples are validated on 1 March 2024, two months before the seminar. */
    private static final Clock MARCH_1 = Clock.fixed(Instant.parse("2024-03-01T08:00:00Z"), ZoneOffset.UTC);

    /**
     * An event that breaks a rule, the severity and path expected, a near miss that does not, and
     * what the standard validator must find along with it (usually nothing).
     */
    private record Example(Severity severity, String path, Event trigger, Event nearMiss, List<Tuple> companions) {
        Example(Severity severity, String path, Event trigger, Event nearMiss) {
            this(severity, path, trigger, nearMiss, List.of());
        }
    }

    /** One example per rule; {@link #everyRule_hasAnExample()} keeps it complete. */
    private static final Map<StandardRule, Example> EXAMPLES = examples();

    private static Map<StandardRule, Example> examples() {
        Map<StandardRule, Example> e = new EnumMap<>(StandardRule.class);
        e.put(StandardRule.BLOCK_OVERLAP, new Example(ERROR, "/agenda/blocks/1",
                event(Agenda.compose()
                        .block(t(9, 0), t(10, 0), WORKSHOP, "A").block(t(9, 59), t(11, 0), WORKSHOP, "B").toAgenda()),
                event(Agenda.compose()
                        .block(t(9, 0), t(10, 0), WORKSHOP, "A").block(t(10, 0), t(11, 0), WORKSHOP, "B").toAgenda())));
        e.put(StandardRule.ROOM_DOUBLE_BOOKED, new Example(ERROR, "/agenda/blocks/1",
                event(Agenda.compose()
                        .block(t(9, 0), t(10, 0), WORKSHOP, "A").room("Salle 1").track("1")
                        .block(t(9, 59), t(11, 0), WORKSHOP, "B").room("Salle 1").track("2").toAgenda()),
                event(Agenda.compose()
                        .block(t(9, 0), t(10, 0), WORKSHOP, "A").room("Salle 1").track("1")
                        .block(t(9, 59), t(11, 0), WORKSHOP, "B").room("Salle 2").track("2").toAgenda())));
        e.put(StandardRule.ROOM_NAME_VARIANTS, new Example(WARNING, "/agenda/blocks/1",
                event(Agenda.compose()
                        .block(t(9, 0), t(10, 0), WORKSHOP, "A").room("Salle 1")
                        .block(t(10, 0), t(11, 0), WORKSHOP, "B").room("salle  1").toAgenda()),
                event(Agenda.compose()
                        .block(t(9, 0), t(10, 0), WORKSHOP, "A").room("Salle 1")
                        .block(t(10, 0), t(11, 0), WORKSHOP, "B").room("Salle 11").toAgenda())));
        // The workshop offers 25 seats.
        e.put(StandardRule.BLOCK_OVER_ROOM_CAPACITY, new Example(WARNING, "/agenda/blocks/0/registration/capacity",
                event(Agenda.of(workshop(Deadline.at(DAY.atTime(9, 0), PARIS)).withRoom("s1")))
                        .withRooms(Room.of("s1", "Salle 1").withCapacity(24)),
                event(Agenda.of(workshop(Deadline.at(DAY.atTime(9, 0), PARIS)).withRoom("s1")))
                        .withRooms(Room.of("s1", "Salle 1").withCapacity(25))));
        e.put(StandardRule.TRACK_NAME_VARIANTS, new Example(WARNING, "/agenda/blocks/1",
                event(Agenda.compose()
                        .block(t(9, 0), t(10, 0), WORKSHOP, "A").track("A")
                        .block(t(10, 0), t(11, 0), WORKSHOP, "B").track("a").toAgenda()),
                event(Agenda.compose()
                        .block(t(9, 0), t(10, 0), WORKSHOP, "A").track("A")
                        .block(t(10, 0), t(11, 0), WORKSHOP, "B").track("B").toAgenda())));
        e.put(StandardRule.BLOCK_OUTSIDE_EVENT, new Example(WARNING, "/agenda/blocks/0",
                event(Agenda.compose().block(t(11, 0), t(12, 1), CLOSING, "Clôture").toAgenda()),
                event(Agenda.compose().block(t(11, 0), t(12, 0), CLOSING, "Clôture").toAgenda())));
        e.put(StandardRule.SCHEDULE_GAP, new Example(INFO, "/agenda/blocks/1",
                event(Agenda.compose()
                        .block(t(9, 0), t(10, 0), WORKSHOP, "A").block(t(10, 1), t(11, 0), WORKSHOP, "B").toAgenda()),
                event(Agenda.compose()
                        .block(DAY, t(9, 0), t(10, 0), WORKSHOP, "A").block(DAY.plusDays(1), t(9, 0), t(10, 0), WORKSHOP, "B")
                        .toAgenda()).withEnd(DAY.plusDays(1).atTime(12, 0))));
        // Blocks cannot take longer than the maximum without one of them leaving the event (or the
        // announced end exceeding the maximum): this rule never fires alone.
        e.put(StandardRule.DURATION_OVER_BUDGET, new Example(ERROR, "/agenda",
                event(Agenda.compose().block(t(9, 0), t(12, 1), WORKSHOP, "Journée").toAgenda())
                        .withEnd(Optional.empty()).withMaximumDuration(Duration.ofHours(3)),
                event(Agenda.compose().block(t(9, 0), t(12, 0), WORKSHOP, "Journée").toAgenda())
                        .withEnd(Optional.empty()).withMaximumDuration(Duration.ofHours(3)),
                List.of(tuple("BLOCK_OUTSIDE_EVENT", WARNING, "/agenda/blocks/0"))));
        e.put(StandardRule.EVENT_LONGER_THAN_MAXIMUM, new Example(WARNING, "/end",
                event().withMaximumDuration(Duration.ofMinutes(179)),
                event().withMaximumDuration(Duration.ofMinutes(180))));
        e.put(StandardRule.CHILD_OUTSIDE_PARENT, new Example(ERROR, "/agenda/blocks/0/children/0",
                event(Agenda.compose().block(Duration.ofMinutes(30), TALK, "Exposé").speakers(BRUNO).child(talk("debat", 31)).toAgenda()),
                event(Agenda.compose().block(Duration.ofMinutes(30), TALK, "Exposé").speakers(BRUNO).child(talk("debat", 30)).toAgenda())));
        e.put(StandardRule.DEADLINE_AFTER_START, new Example(ERROR, "/registration/deadline",
                event().withRegistration(Registration.builder().deadline(Deadline.at(DAY.atTime(9, 1), PARIS)).build()),
                event().withRegistration(Registration.builder().deadline(Deadline.at(DAY.atTime(9, 0), PARIS)).build())
                        .withDeadlines(Deadline.at(DAY.atTime(9, 1), PARIS).withSubject("Soumission"))));
        e.put(StandardRule.BLOCK_DEADLINE_AFTER_START, new Example(ERROR, "/agenda/blocks/0/registration/deadline",
                event(Agenda.of(workshop(Deadline.at(DAY.atTime(10, 1), PARIS)))),
                event(Agenda.of(workshop(Deadline.at(DAY.atTime(10, 0), PARIS))))
                        .withDeadlines(Deadline.at(DAY.atTime(10, 30), PARIS).withSubject("Rendu").withBlockId("atelier"))));
        e.put(StandardRule.PARTY_DOUBLE_BOOKED, new Example(WARNING, "/agenda/blocks/1/participants/0",
                event(Agenda.compose()
                        .block(t(9, 0), t(10, 0), TALK, "A").room("1").speakers(ANA)
                        .block(t(9, 30), t(10, 30), TALK, "B").room("2").speakers(ANA).toAgenda()),
                event(Agenda.compose()
                        .block(t(9, 0), t(10, 0), TALK, "A").room("1").speakers(ANA)
                        .block(t(9, 30), t(10, 30), TALK, "B").room("2").speakers(BRUNO).toAgenda())));
        e.put(StandardRule.PARTY_LISTED_TWICE, new Example(WARNING, "/agenda/blocks/0/participants/1",
                event(Agenda.compose().block(t(9, 0), t(10, 0), TALK, "A").speakers(ANA, ANA).toAgenda()),
                event(Agenda.compose().block(t(9, 0), t(10, 0), TALK, "A").speakers(ANA)
                        .moderators(Moderator.moderator(ANA)).toAgenda())));
        e.put(StandardRule.SPEAKER_MISSING, new Example(WARNING, "/agenda/blocks/0",
                event(Agenda.compose().block(t(9, 0), t(10, 0), TALK, "Exposé")
                        .participants(Participant.of(ANA, ParticipantRole.HOST)).toAgenda()),
                event(Agenda.compose().block(t(9, 0), t(10, 0), TALK, "Exposé")
                        .participants(Participant.of(ANA, ParticipantRole.PRESENTER)).toAgenda())));
        e.put(StandardRule.MODERATOR_MISSING, new Example(WARNING, "/agenda/blocks/0",
                event(Agenda.compose().block(t(9, 0), t(10, 0), PANEL, "Table ronde").panelists(BRUNO).toAgenda()),
                event(Agenda.compose().block(t(9, 0), t(10, 0), PANEL, "Table ronde").panelists(BRUNO)
                        .moderators(Moderator.moderator(ANA)).toAgenda())));
        e.put(StandardRule.VENUE_MISSING, new Example(WARNING, "/venue",
                event().withVenue(Optional.empty()),
                event().withVenue(Optional.empty()).withAttendanceMode(AttendanceMode.ONLINE)
                        .withOnlineLocation(OnlineLocation.of(URI.create("https://zoom.us/j/812")))));
        e.put(StandardRule.ONLINE_ACCESS_MISSING, new Example(WARNING, "/onlineLocation",
                event().withAttendanceMode(AttendanceMode.MIXED),
                event().withAttendanceMode(AttendanceMode.MIXED)
                        .withRegistration(Registration.builder().url(URI.create("https://example.org/inscription")).build())));
        e.put(StandardRule.BLOCK_ONLINE_ACCESS_MISSING, new Example(WARNING, "/agenda/blocks/0",
                event(Agenda.compose().block(t(9, 0), t(10, 0), WORKSHOP, "Atelier en ligne")
                        .attendanceMode(AttendanceMode.ONLINE).toAgenda()),
                event(Agenda.compose().block(t(9, 0), t(10, 0), WORKSHOP, "Atelier en ligne")
                        .attendanceMode(AttendanceMode.ONLINE)
                        .onlineLocation(OnlineLocation.of(URI.create("https://zoom.us/j/812"))).toAgenda())));
        e.put(StandardRule.ONLINE_ACCESS_PLATFORM_ONLY, new Example(WARNING, "/onlineLocation",
                event().withAttendanceMode(AttendanceMode.MIXED)
                        .withOnlineLocation(OnlineLocation.builder().platform("Zoom").build()),
                event().withAttendanceMode(AttendanceMode.MIXED)
                        .withOnlineLocation(OnlineLocation.builder().platform("Zoom").linkSentAfterRegistration(true).build())));
        e.put(StandardRule.CONTACT_UNREACHABLE, new Example(WARNING, "/contacts/0",
                event().withContacts(Contact.of(CARLA)),
                event().withContacts(Contact.of(CARLA.withPhone("+33 1 53 41 81 92")))));
        e.put(StandardRule.INVALID_EMAIL, new Example(WARNING, "/parties/0/email",
                event().withContacts(Contact.of(CARLA.withEmail("carla@localhost"))),
                event().withContacts(Contact.of(CARLA.withEmail("carla@localhost.fr")))));
        e.put(StandardRule.INVALID_URL, new Example(WARNING, "/registration/url",
                event().withRegistration(Registration.builder().url(URI.create("ftp://example.org/")).build()),
                event().withRegistration(Registration.builder().url(URI.create("http://example.org/")).build())));
        e.put(StandardRule.INVALID_PHONE, new Example(WARNING, "/parties/0/phone",
                event().withOrganizers(CARLA.withPhone("12345")),
                event().withOrganizers(CARLA.withPhone("+49 30 1234567 ext. 12"))));
        e.put(StandardRule.NONEXISTENT_LOCAL_TIME, new Example(ERROR, "/registration/deadline/dateTime",
                event().withRegistration(Registration.builder()
                        .deadline(Deadline.at(LocalDate.of(2024, 3, 31).atTime(2, 0), PARIS)).build()),
                event().withRegistration(Registration.builder()
                        .deadline(Deadline.at(LocalDate.of(2024, 3, 31).atTime(1, 59), PARIS)).build())));
        e.put(StandardRule.AMBIGUOUS_LOCAL_TIME, new Example(WARNING, "/deadlines/0/dateTime",
                event().withDeadlines(Deadline.at(LocalDate.of(2023, 10, 29).atTime(2, 59), PARIS)),
                event().withDeadlines(Deadline.at(LocalDate.of(2023, 10, 29).atTime(3, 0), PARIS))));
        // Paris is at +02:00 on 6 May: +01:00 is its winter offset.
        e.put(StandardRule.LOCAL_TIME_OFFSET_INVALID, new Example(ERROR, "/agenda/blocks/0/timing/start",
                event(Agenda.of(AgendaBlock.builder().id("accueil").kind(BlockKind.OTHER).title("Accueil")
                        .timing(Slot.builder().start(t(9, 0)).end(t(9, 30)).startOffset(ZoneOffset.ofHours(1)).build())
                        .build())),
                event(Agenda.of(AgendaBlock.builder().id("accueil").kind(BlockKind.OTHER).title("Accueil")
                        .timing(Slot.builder().start(t(9, 0)).end(t(9, 30)).startOffset(ZoneOffset.ofHours(2)).build())
                        .build()))));
        e.put(StandardRule.REGISTRATION_CLOSED, new Example(INFO, "/registration/deadline",
                event().withRegistration(Registration.builder()
                        .deadline(Deadline.before(LocalDate.of(2024, 3, 1), PARIS)).build()),
                event().withRegistration(Registration.builder()
                        .deadline(Deadline.until(LocalDate.of(2024, 3, 1), PARIS)).build())));
        return e;
    }

    /** A workshop from 10:00 to 11:00 with its own registration, which closes at {@code deadline}. */
    private static AgendaBlock workshop(Deadline deadline) {
        return AgendaBlock.builder().id("atelier").kind(WORKSHOP).title("Atelier").timing(Timing.slot(t(10, 0), t(11, 0)))
                .registration(Registration.builder().capacity(Capacity.ofSeats(25)).deadline(deadline).build()).build();
    }

    @Test
    void everyRule_hasAnExample() {
        assertThat(EXAMPLES.keySet()).isEqualTo(EnumSet.allOf(StandardRule.class));
    }

    @ParameterizedTest
    @EnumSource(StandardRule.class)
    void eachRule_reportsItsCodeSeverityAndPath(StandardRule rule) {
        Example example = EXAMPLES.get(rule);

        assertFindings(Validator.of(rule).withClock(MARCH_1), example.trigger())
                .containsExactly(tuple(rule.name(), example.severity(), example.path()));
    }

    @ParameterizedTest
    @EnumSource(StandardRule.class)
    void eachRule_staysQuietOnANearMiss(StandardRule rule) {
        assertFindings(Validator.of(rule).withClock(MARCH_1), EXAMPLES.get(rule).nearMiss()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(StandardRule.class)
    void eachExample_breaksOnlyItsRule_underTheStandardValidator(StandardRule rule) {
        Example example = EXAMPLES.get(rule);
        Validator standard = Validator.standard().withClock(MARCH_1);
        List<Tuple> expected = new ArrayList<>(example.companions());
        expected.add(tuple(rule.name(), example.severity(), example.path()));

        assertFindings(standard, example.trigger()).containsExactlyInAnyOrderElementsOf(expected);
        assertFindings(standard, example.nearMiss()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(StandardRule.class)
    void theSeverityOfEachRule_isTheCatalogued(StandardRule rule) {
        assertThat(rule.severity()).isEqualTo(EXAMPLES.get(rule).severity());
    }

    @ParameterizedTest
    @EnumSource(StandardRule.class)
    void eachRule_hasAWellFormedCode_theConstantName_andADescription(StandardRule rule) {
        assertThat(rule.code()).isEqualTo(rule.name());
        assertThat(Rule.requireCode(rule.code())).isEqualTo(rule.code());
        assertThat(rule.description()).isNotBlank().isNotEqualTo(rule.code());
    }

    @Test
    void theCleanSeminar_hasNoViolations_evenWithAClock() {
        assertThat(Validator.standard().withClock(MARCH_1).validate(event()).isEmpty()).isTrue();
    }

    @Test
    void theSeveritiesOfTheCatalogue_areAsDocumented() {
        assertThat(EnumSet.allOf(StandardRule.class)).filteredOn(r -> r.severity() == ERROR).containsExactly(
                StandardRule.BLOCK_OVERLAP, StandardRule.ROOM_DOUBLE_BOOKED, StandardRule.DURATION_OVER_BUDGET, StandardRule.CHILD_OUTSIDE_PARENT,
                StandardRule.DEADLINE_AFTER_START, StandardRule.BLOCK_DEADLINE_AFTER_START,
                StandardRule.NONEXISTENT_LOCAL_TIME, StandardRule.LOCAL_TIME_OFFSET_INVALID);
        assertThat(EnumSet.allOf(StandardRule.class)).filteredOn(r -> r.severity() == INFO).containsExactly(
                StandardRule.SCHEDULE_GAP, StandardRule.REGISTRATION_CLOSED);
    }
}
