package org.agendum.core.validation;

import static org.agendum.core.model.BlockKind.DISCUSSION;
import static org.agendum.core.model.BlockKind.PANEL;
import static org.agendum.core.model.BlockKind.TALK;
import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Findings.assertFindingsAt;
import static org.agendum.core.validation.Seminar.ANA;
import static org.agendum.core.validation.Seminar.BRUNO;
import static org.agendum.core.validation.Seminar.CARLA;
import static org.agendum.core.validation.Seminar.DAY;
import static org.agendum.core.validation.Seminar.PARIS;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Severity.ERROR;
import static org.agendum.core.validation.Severity.INFO;
import static org.agendum.core.validation.Severity.WARNING;
import static org.agendum.core.validation.StandardRule.CONTACT_UNREACHABLE;
import static org.agendum.core.validation.StandardRule.DEADLINE_AFTER_START;
import static org.agendum.core.validation.StandardRule.MODERATOR_MISSING;
import static org.agendum.core.validation.StandardRule.ONLINE_ACCESS_MISSING;
import static org.agendum.core.validation.StandardRule.ONLINE_ACCESS_PLATFORM_ONLY;
import static org.agendum.core.validation.StandardRule.REGISTRATION_CLOSED;
import static org.agendum.core.validation.StandardRule.VENUE_MISSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.DialIn;
import org.agendum.core.model.Event;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Registration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules about what attendees need: deadlines, moderators, where to go, whom to ask. */
class AccessRulesTest {

    private static final URI ZOOM = URI.create("https://zoom.us/j/81234567890");
    private static final URI INSCRIPTION = URI.create("https://www.cites-unies-france.org/inscription");

    private static Event withRegistrationDeadline(Event event, Deadline deadline) {
        return event.withRegistration(Registration.builder().deadline(deadline).build());
    }

    @Nested
    class DeadlineAfterStart {

        @Test
        void aRegistrationDeadlineClosingAfterTheStart_isAnError() {
            Event event = withRegistrationDeadline(event(), Deadline.until(DAY, PARIS));

            assertFindingsAt(DEADLINE_AFTER_START, ERROR, event, "/registration/deadline");
        }

        @Test
        void otherDeadlines_mayFallDuringOrAfterTheEvent() {
            // A hackathon's submissions close at its end, feedback a week later, registration on site
            // during the event: none of them is a mistake.
            Event event = event().withDeadlines(
                    Deadline.before(DAY.minusDays(5), PARIS).withSubject("Résumés"),
                    Deadline.at(DAY.atTime(9, 30), PARIS).withSubject("Inscription sur place"),
                    Deadline.at(DAY.atTime(12, 0), PARIS).withSubject("Soumission des projets"),
                    Deadline.until(DAY.plusDays(7), PARIS).withSubject("Questionnaire de satisfaction"));

            assertFindings(DEADLINE_AFTER_START, event).isEmpty();
            assertFindings(Validator.standard(), event).isEmpty();
        }

        @Test
        void theMessage_givesTheStartsDate_whenTheDeadlineClosesOnAnotherDay() {
            // The event starts at 09:00 on 6 May; registration closes at the end of 7 May.
            Event nextDay = withRegistrationDeadline(event(), Deadline.until(DAY.plusDays(1), PARIS));
            Event sameDay = withRegistrationDeadline(event(),
                    Deadline.at(DAY.atTime(9, 30), PARIS).withSubject("Inscription"));

            assertThat(Validator.of(DEADLINE_AFTER_START).validate(nextDay).violations())
                    .extracting(Violation::message).containsExactly(
                            "registration closes at 2024-05-08 00:00 (last day 2024-05-07), after the event starts at "
                                    + "2024-05-06 09:00");
            assertThat(Validator.of(DEADLINE_AFTER_START).validate(sameDay).violations()).extracting(Violation::message).containsExactly(
                            "Inscription closes at 09:30 (last day 2024-05-06), after the event starts at 09:00");
        }

        @Test
        void aDeadlineCuttingOffExactlyAtTheStart_isFine() {
            Event atNine = withRegistrationDeadline(event(), Deadline.at(DAY.atTime(9, 0), PARIS));
            Event midnightStart = event().withEnd(Optional.empty()).withStart(DAY.atStartOfDay());

            assertFindings(DEADLINE_AFTER_START, atNine).isEmpty();
            assertFindings(DEADLINE_AFTER_START, withRegistrationDeadline(midnightStart, Deadline.before(DAY, PARIS)))
                    .isEmpty();
            assertFindings(DEADLINE_AFTER_START,
                    withRegistrationDeadline(midnightStart, Deadline.until(DAY.minusDays(1), PARIS))).isEmpty();
        }

        @Test
        void deadlinesInAnotherZone_areComparedAsInstants() {
            ZoneId london = ZoneId.of("Europe/London");

            assertFindings(DEADLINE_AFTER_START,
                    withRegistrationDeadline(event(), Deadline.at(DAY.atTime(8, 0), london))).isEmpty();
            assertFindingsAt(DEADLINE_AFTER_START, ERROR,
                    withRegistrationDeadline(event(), Deadline.at(DAY.atTime(8, 1), london)), "/registration/deadline");
        }

        @Test
        void onlyTheRegistrationDeadline_isReported() {
            Event event = withRegistrationDeadline(event(), Deadline.until(DAY, PARIS))
                    .withDeadlines(Deadline.until(DAY.plusDays(30), PARIS).withSubject("Actes"));

            assertFindingsAt(DEADLINE_AFTER_START, ERROR, event, "/registration/deadline");
        }
    }

    @Nested
    class ModeratorMissing {

        @Test
        void panelsAndDiscussions_atAnyDepth_needAModerator() {
            AgendaBlock discussion = AgendaBlock.builder().id("debat").kind(DISCUSSION).title("Débat").build();
            AgendaBlock workshop = AgendaBlock.builder().id("atelier").kind(BlockKind.WORKSHOP).title("Atelier")
                    .addChild(discussion.withId("debat-atelier"))
                    .build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), PANEL, "Table ronde")
                    .block(t(10, 0), t(11, 0), TALK, "Exposé").child(discussion)
                    .block(t(11, 0), t(12, 0), TALK, "Ateliers").child(workshop)
                    .toAgenda());

            assertFindingsAt(MODERATOR_MISSING, WARNING, event,
                    "/agenda/blocks/0", "/agenda/blocks/1/children/0", "/agenda/blocks/2/children/0/children/0");
        }

        @Test
        void aDiscussionWithinAModeratedBlock_isModeratedByIt() {
            AgendaBlock debate = AgendaBlock.builder().id("debat").kind(DISCUSSION).title("Débat").build();
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), PANEL, "Table ronde").moderatedBy(ANA, "Modère").child(debate)
                    .block(t(10, 0), t(11, 0), TALK, "Exposé").child(debate.withId("debat-2"))
                    .toAgenda());

            assertFindingsAt(MODERATOR_MISSING, WARNING, event, "/agenda/blocks/1/children/0");
        }

        @Test
        void aModeratedPanel_isFine() {
            Event event = event(Agenda.compose()
                    .block(t(9, 0), t(10, 0), PANEL, "Table ronde").moderatedBy(ANA, "Modère")
                    .block(t(10, 0), t(11, 0), DISCUSSION, "Débat").moderators(Moderator.facilitator(BRUNO))
                    .toAgenda());

            assertFindings(MODERATOR_MISSING, event).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = BlockKind.class, mode = EnumSource.Mode.EXCLUDE, names = {"PANEL", "DISCUSSION"})
        void otherKinds_needNoModerator(BlockKind kind) {
            Event event = event(Agenda.compose().block(t(9, 0), t(10, 0), kind, "Bloc").toAgenda());

            assertFindings(MODERATOR_MISSING, event).isEmpty();
        }
    }

    @Nested
    class VenueMissing {

        @ParameterizedTest
        @EnumSource(value = AttendanceMode.class, names = {"IN_PERSON", "MIXED"})
        void anEventPeopleAttendInPerson_needsAVenue(AttendanceMode mode) {
            Event event = event().withAttendanceMode(mode).withOnlineLocation(OnlineLocation.of(ZOOM))
                    .withVenue(Optional.empty());

            assertFindingsAt(VENUE_MISSING, WARNING, event, "/venue");
        }

        @Test
        void anOnlineEvent_needsNoVenue() {
            Event event = event().withAttendanceMode(AttendanceMode.ONLINE).withOnlineLocation(OnlineLocation.of(ZOOM))
                    .withVenue(Optional.empty());

            assertFindings(VENUE_MISSING, event).isEmpty();
        }

        @Test
        void theDefaultAttendanceMode_isInPerson() {
            assertFindingsAt(VENUE_MISSING, WARNING, event().withVenue(Optional.empty()), "/venue");
            assertFindings(VENUE_MISSING, event()).isEmpty();
        }
    }

    @Nested
    class OnlineAccessMissing {

        @ParameterizedTest
        @EnumSource(value = AttendanceMode.class, names = {"ONLINE", "MIXED"})
        void anEventPeopleAttendOnline_needsALocationOrARegistrationLink(AttendanceMode mode) {
            Event event = event().withAttendanceMode(mode);

            assertFindingsAt(ONLINE_ACCESS_MISSING, WARNING, event, "/onlineLocation");
            assertFindings(ONLINE_ACCESS_MISSING, event.withOnlineLocation(OnlineLocation.of(ZOOM))).isEmpty();
            assertFindings(ONLINE_ACCESS_MISSING, event.withRegistration(Registration.builder().url(INSCRIPTION).build()))
                    .isEmpty();
        }

        @Test
        void aRegistrationWithoutALink_doesNotTellHowToJoin() {
            Event event = event().withAttendanceMode(AttendanceMode.ONLINE)
                    .withRegistration(Registration.builder().required(true)
                            .deadline(Deadline.before(DAY, PARIS)).build());

            assertFindingsAt(ONLINE_ACCESS_MISSING, WARNING, event, "/onlineLocation");
        }

        @Test
        void anOnlineLocationWithoutURL_butSentAfterRegistration_counts() {
            Event event = event().withAttendanceMode(AttendanceMode.ONLINE)
                    .withOnlineLocation(OnlineLocation.builder().platform("Zoom").linkSentAfterRegistration(true).build());

            assertFindings(ONLINE_ACCESS_MISSING, event).isEmpty();
        }

        @Test
        void anInPersonEvent_needsNoOnlineAccess() {
            assertFindings(ONLINE_ACCESS_MISSING, event()).isEmpty();
        }
    }

    @Nested
    class OnlineAccessPlatformOnly {

        private final OnlineLocation zoomOnly = OnlineLocation.builder().platform("Zoom").build();

        @ParameterizedTest
        @EnumSource(value = AttendanceMode.class, names = {"ONLINE", "MIXED"})
        void aPlatformNameAlone_isNoAccess(AttendanceMode mode) {
            Event event = event().withAttendanceMode(mode).withOnlineLocation(zoomOnly);

            assertFindingsAt(ONLINE_ACCESS_PLATFORM_ONLY, WARNING, event, "/onlineLocation");
            assertThat(Validator.of(ONLINE_ACCESS_PLATFORM_ONLY).validate(event).violations())
                    .extracting(Violation::message).containsExactly("the event is " + mode.name().toLowerCase(Locale.ROOT)
                            + " but its only access is the platform name 'Zoom': no URL, no link sent after"
                            + " registration, no registration link");
            // ONLINE_ACCESS_MISSING is about an event with no online location at all: it stays quiet.
            assertFindings(ONLINE_ACCESS_MISSING, event).isEmpty();
        }

        @Test
        void aUrl_aLinkSentAfterRegistration_aMeetingId_aNumberToCall_orARegistrationLink_isAccess() {
            Event online = event().withAttendanceMode(AttendanceMode.ONLINE);

            assertFindings(ONLINE_ACCESS_PLATFORM_ONLY, online.withOnlineLocation(zoomOnly.withMeetingId("812 3456 7890")))
                    .isEmpty();
            assertFindings(ONLINE_ACCESS_PLATFORM_ONLY,
                    online.withOnlineLocation(zoomOnly.withDialIns(DialIn.of("+254 20 123 4567")))).isEmpty();
            // A passcode alone says how to get in, not where: still only the platform.
            assertFindingsAt(ONLINE_ACCESS_PLATFORM_ONLY, WARNING, online.withOnlineLocation(zoomOnly.withPasscode("kibera")),
                    "/onlineLocation");

            assertFindings(ONLINE_ACCESS_PLATFORM_ONLY, online.withOnlineLocation(zoomOnly.withUrl(ZOOM))).isEmpty();
            assertFindings(ONLINE_ACCESS_PLATFORM_ONLY,
                    online.withOnlineLocation(zoomOnly.withLinkSentAfterRegistration(true))).isEmpty();
            assertFindings(ONLINE_ACCESS_PLATFORM_ONLY, online.withOnlineLocation(zoomOnly)
                    .withRegistration(Registration.builder().url(INSCRIPTION).build())).isEmpty();
            assertFindings(ONLINE_ACCESS_PLATFORM_ONLY, online).isEmpty();
        }

        @Test
        void anInPersonEvent_isNotChecked() {
            assertFindings(ONLINE_ACCESS_PLATFORM_ONLY, event().withOnlineLocation(zoomOnly)).isEmpty();
        }
    }

    @Nested
    class ContactUnreachable {

        @Test
        void contactsWithNeitherEmailNorPhone_areWarnings() {
            Organization mercociudades = Organization.builder().id("mercociudades").name("Mercociudades")
                    .url(URI.create("https://mercociudades.org")).build();
            Event event = event().withContacts(Contact.of(ANA), Contact.of(CARLA), Contact.of(BRUNO),
                    Contact.of(mercociudades));

            assertFindingsAt(CONTACT_UNREACHABLE, WARNING, event, "/contacts/1", "/contacts/3");
        }

        @Test
        void anEmailOrAPhoneAlone_isEnough() {
            assertFindings(CONTACT_UNREACHABLE, event().withContacts(Contact.of(ANA), Contact.of(BRUNO))).isEmpty();
        }

        @Test
        void organizersAndSpeakers_areNotContacts() {
            Event event = event(Agenda.compose().block(t(9, 0), t(10, 0), TALK, "Exposé").speakers(CARLA).toAgenda())
                    .withOrganizers(CARLA);

            assertFindings(CONTACT_UNREACHABLE, event).isEmpty();
        }
    }

    @Nested
    class RegistrationClosed {

        /** "Inscription avant le 1er mai": the cutoff is 1 May 2024 00:00 in Paris, 30 April 22:00 UTC. */
        private final Event event = withRegistrationDeadline(event(), Deadline.before(LocalDate.of(2024, 5, 1), PARIS));

        private final Instant cutoff = Instant.parse("2024-04-30T22:00:00Z");

        private Validator at(Instant now) {
            return Validator.of(REGISTRATION_CLOSED).withClock(Clock.fixed(now, ZoneOffset.UTC));
        }

        @Test
        void withoutAClock_nothingIsReported_evenLongAfter() {
            assertFindings(REGISTRATION_CLOSED, event).isEmpty();
            assertFindings(Validator.standard(), event).isEmpty();
        }

        @Test
        void beforeTheCutoff_registrationIsOpen() {
            assertFindings(at(cutoff.minusSeconds(1)), event).isEmpty();
        }

        @Test
        void atTheCutoffInstant_registrationIsClosed() {
            ValidationReport report = at(cutoff).validate(event);

            assertFindings(report).containsExactly(tuple("REGISTRATION_CLOSED", INFO, "/registration/deadline"));
            assertThat(report.violations().get(0).message())
                    .isEqualTo("registration closed at 2024-05-01 00:00 (last day 2024-04-30)");
        }

        @Test
        void afterTheCutoff_andEvenAfterTheEvent_registrationIsClosed() {
            assertFindings(at(cutoff.plus(Duration.ofDays(400))), event)
                    .containsExactly(tuple("REGISTRATION_CLOSED", INFO, "/registration/deadline"));
        }

        @Test
        void otherDeadlines_andARegistrationWithoutDeadline_areNotRegistration() {
            Event others = event().withDeadlines(Deadline.before(LocalDate.of(2024, 5, 1), PARIS))
                    .withRegistration(Registration.builder().url(INSCRIPTION).build());

            assertFindings(at(cutoff.plus(Duration.ofDays(1))), others).isEmpty();
        }
    }
}
