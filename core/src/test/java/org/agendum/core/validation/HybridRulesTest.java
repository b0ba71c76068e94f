package org.agendum.core.validation;

import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Findings.assertFindingsAt;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Seminar.t;
import static org.agendum.core.validation.Seminar.talk;
import static org.agendum.core.validation.Severity.WARNING;
import static org.agendum.core.validation.StandardRule.BLOCK_ONLINE_ACCESS_MISSING;
import static org.agendum.core.validation.StandardRule.ONLINE_ACCESS_MISSING;
import static org.agendum.core.validation.StandardRule.ONLINE_ACCESS_PLATFORM_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The access rules on blocks held otherwise than their event: online sessions, a workshop's own meeting. */
class HybridRulesTest {

    private static final OnlineLocation STREAM = OnlineLocation.of(URI.create("https://stream.example.org/salle-b"));
    private static final OnlineLocation ZOOM_ONLY = OnlineLocation.builder().platform("Zoom").build();

    /** The in-person seminar with a talk in person, then the given block, then a talk in person. */
    private static Event seminarWith(AgendaBlock second) {
        return event(Agenda.of(talk("ouverture", t(9, 0), t(9, 30)), second, talk("cloture", t(11, 0), t(11, 30))));
    }

    private static AgendaBlock session(AttendanceMode mode) {
        return talk("session", t(9, 30), t(11, 0)).withAttendanceMode(mode);
    }

    @Nested
    class BlockOnlineAccessMissing {

        @Test
        void anOnlineBlock_inAnInPersonEvent_withNoOnlineLocationAnywhere_isAWarning() {
            assertFindingsAt(BLOCK_ONLINE_ACCESS_MISSING, WARNING, seminarWith(session(AttendanceMode.ONLINE)),
                    "/agenda/blocks/1");
            assertFindingsAt(BLOCK_ONLINE_ACCESS_MISSING, WARNING, seminarWith(session(AttendanceMode.MIXED)),
                    "/agenda/blocks/1");
        }

        @Test
        void anOnlineLocation_ofTheBlock_ofABlockAroundIt_orOfTheEvent_orARegistrationLink_isAccess() {
            assertFindings(BLOCK_ONLINE_ACCESS_MISSING, seminarWith(session(AttendanceMode.ONLINE)
                    .withOnlineLocation(STREAM))).isEmpty();
            assertFindings(BLOCK_ONLINE_ACCESS_MISSING, seminarWith(session(AttendanceMode.ONLINE))
                    .withOnlineLocation(STREAM)).isEmpty();
            assertFindings(BLOCK_ONLINE_ACCESS_MISSING, seminarWith(session(AttendanceMode.ONLINE))
                    .withRegistration(Registration.builder().url(URI.create("https://example.org/inscription")).build()))
                    .isEmpty();
            AgendaBlock around = talk("parcours", t(9, 30), t(11, 0)).withOnlineLocation(STREAM)
                    .withChildren(talk("atelier", 30).withAttendanceMode(AttendanceMode.ONLINE));
            assertFindings(BLOCK_ONLINE_ACCESS_MISSING, seminarWith(around)).isEmpty();
        }

        @Test
        void aSeriesHeldOnline_isReportedOnce_atTheBlockAsWritten() {
            AgendaBlock weekly = AgendaBlock.builder().id("seminaire").kind(BlockKind.WORKSHOP).title("Séminaire")
                    .timing(Timing.slot(Seminar.DAY, t(10, 0), t(11, 0))).recurrence(Recurrence.weekly(3))
                    .attendanceMode(AttendanceMode.ONLINE).build();
            Event series = event(Agenda.of(weekly)).withEnd(Optional.empty());

            assertFindingsAt(BLOCK_ONLINE_ACCESS_MISSING, WARNING, series, "/agenda/blocks/0");
        }

        @Test
        void aBlockInPerson_orStatingNoMode_isNotChecked() {
            assertFindings(BLOCK_ONLINE_ACCESS_MISSING, seminarWith(session(AttendanceMode.IN_PERSON))).isEmpty();
            assertFindings(BLOCK_ONLINE_ACCESS_MISSING, seminarWith(talk("session", t(9, 30), t(11, 0)))).isEmpty();
        }

        @Test
        void withinAnOnlineBlock_orAnOnlineEvent_theEnclosingOneIsReported_once() {
            AgendaBlock around = session(AttendanceMode.ONLINE)
                    .withChildren(talk("partie", 30).withAttendanceMode(AttendanceMode.MIXED));
            assertFindingsAt(BLOCK_ONLINE_ACCESS_MISSING, WARNING, seminarWith(around), "/agenda/blocks/1");

            Event mixed = seminarWith(session(AttendanceMode.ONLINE)).withAttendanceMode(AttendanceMode.MIXED);
            assertFindings(BLOCK_ONLINE_ACCESS_MISSING, mixed).isEmpty();
            assertFindingsAt(ONLINE_ACCESS_MISSING, WARNING, mixed, "/onlineLocation");
        }
    }

    @Nested
    class OnlineAccessMissing {

        @Test
        void aMixedEvent_whoseOnlineBlocksAllHaveAStream_needsNoOnlineLocationOfItsOwn() {
            Event streams = event(Agenda.of(talk("a", t(9, 0), t(10, 0)).withOnlineLocation(STREAM),
                    talk("b", t(10, 0), t(11, 0)).withOnlineLocation(STREAM.withUrl(URI.create("https://s.example.org/b"))),
                    talk("c", t(11, 0), t(12, 0)).withAttendanceMode(AttendanceMode.IN_PERSON)))
                    .withAttendanceMode(AttendanceMode.MIXED);

            assertFindings(ONLINE_ACCESS_MISSING, streams).isEmpty();
        }

        @Test
        void oneOnlineBlockWithoutAStream_leavesTheWarning() {
            Event missing = event(Agenda.of(talk("a", t(9, 0), t(10, 0)).withOnlineLocation(STREAM),
                    talk("b", t(10, 0), t(11, 0))))
                    .withAttendanceMode(AttendanceMode.MIXED);

            assertFindingsAt(ONLINE_ACCESS_MISSING, WARNING, missing, "/onlineLocation");
        }

        @Test
        void noBlockOnline_leavesTheWarning() {
            Event inPersonBlocks = event(Agenda.of(talk("a", t(9, 0), t(10, 0))
                    .withAttendanceMode(AttendanceMode.IN_PERSON))).withAttendanceMode(AttendanceMode.MIXED);

            assertFindingsAt(ONLINE_ACCESS_MISSING, WARNING, inPersonBlocks, "/onlineLocation");
        }
    }

    @Nested
    class InvalidUrl {

        @Test
        void aBlocksOnlineLocation_isCheckedAtItsPlace_likeTheEvents() {
            Event ftp = seminarWith(session(AttendanceMode.ONLINE)
                    .withOnlineLocation(OnlineLocation.of(URI.create("ftp://stream.example.org/b"))));

            assertFindingsAt(StandardRule.INVALID_URL, WARNING, ftp, "/agenda/blocks/1/onlineLocation/url");
            assertFindings(StandardRule.INVALID_URL, seminarWith(session(AttendanceMode.ONLINE)
                    .withOnlineLocation(STREAM))).isEmpty();
        }
    }

    @Nested
    class PlatformOnly {

        @Test
        void aBlockHeldOnline_whoseOwnOnlineLocationIsAPlatformName_isAWarningAtIt() {
            Event event = seminarWith(session(AttendanceMode.ONLINE).withOnlineLocation(ZOOM_ONLY));

            assertFindingsAt(ONLINE_ACCESS_PLATFORM_ONLY, WARNING, event, "/agenda/blocks/1/onlineLocation");
            assertThat(Validator.of(ONLINE_ACCESS_PLATFORM_ONLY).validate(event).violations().get(0).message())
                    .contains("'Zoom'");
            assertFindings(BLOCK_ONLINE_ACCESS_MISSING, event).isEmpty();
        }

        @Test
        void aMeetingId_aUrl_aRegistrationLink_orABlockInPerson_isSilent() {
            assertFindings(ONLINE_ACCESS_PLATFORM_ONLY, seminarWith(session(AttendanceMode.ONLINE)
                    .withOnlineLocation(ZOOM_ONLY.withMeetingId("812 3456 7890")))).isEmpty();
            assertFindings(ONLINE_ACCESS_PLATFORM_ONLY, seminarWith(session(AttendanceMode.ONLINE)
                    .withOnlineLocation(ZOOM_ONLY.withUrl(URI.create("https://zoom.us/j/812"))))).isEmpty();
            assertFindings(ONLINE_ACCESS_PLATFORM_ONLY, seminarWith(session(AttendanceMode.ONLINE)
                    .withOnlineLocation(ZOOM_ONLY))
                    .withRegistration(Registration.builder().url(URI.create("https://example.org/inscription")).build()))
                    .isEmpty();
            assertFindings(ONLINE_ACCESS_PLATFORM_ONLY, seminarWith(talk("session", t(9, 30), t(11, 0))
                    .withOnlineLocation(ZOOM_ONLY))).isEmpty();
        }
    }
}
