package org.agendum.core.validation;

import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Seminar.PARIS;
import static org.agendum.core.validation.Seminar.event;
import static org.agendum.core.validation.Severity.ERROR;
import static org.agendum.core.validation.Severity.WARNING;
import static org.agendum.core.validation.StandardRule.AMBIGUOUS_LOCAL_TIME;
import static org.agendum.core.validation.StandardRule.LOCAL_TIME_OFFSET_INVALID;
import static org.agendum.core.validation.StandardRule.NONEXISTENT_LOCAL_TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Slot;
import org.agendum.core.time.LocalTimeIssue;
import org.agendum.core.time.TimeSpan;
import org.agendum.core.time.Timetable;
import org.junit.jupiter.api.Test;

/**
 * A slot that states which of the two 02:30s of 27 October 2024 in Europe/Paris it means (clocks go
 * back from 03:00 +02:00 to 02:00 +01:00): placed there, silent; an offset Paris does not have then
 * is reported. Expected instants come from java.time's {@code withEarlierOffsetAtOverlap} and
 * {@code withLaterOffsetAtOverlap}.
 */
class StatedOffsetRulesTest {

    private static final LocalDate FALL_BACK = LocalDate.of(2024, 10, 27);
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2024, 3, 31);
    private static final ZoneOffset SUMMER = ZoneOffset.ofHours(2);
    private static final ZoneOffset WINTER = ZoneOffset.ofHours(1);

    private static final Validator LOCAL_TIME_RULES =
            Validator.of(NONEXISTENT_LOCAL_TIME, AMBIGUOUS_LOCAL_TIME, LOCAL_TIME_OFFSET_INVALID);

    /** A night session on {@code day} from 01:00 with one block in {@code slot}. */
    private static Event night(LocalDate day, Slot slot) {
        AgendaBlock block = AgendaBlock.builder().id("veille").kind(BlockKind.TALK).title("Veille").timing(slot).build();
        return event().withEnd(Optional.empty()).withStart(day.atTime(1, 0)).withAgenda(Agenda.of(block));
    }

    private static Slot.Builder slot(LocalDate day, int startHour, int startMinute, int endHour, int endMinute) {
        return Slot.builder().date(day).start(LocalTime.of(startHour, startMinute)).end(LocalTime.of(endHour, endMinute));
    }

    private static ZonedDateTime paris(LocalDateTime local) {
        return ZonedDateTime.of(local, PARIS);
    }

    @Test
    void theLaterOffset_placesTheStartAtTheSecond0230_andTheWarningIsSilent() {
        Event event = night(FALL_BACK, slot(FALL_BACK, 2, 30, 2, 45).startOffset(WINTER).endOffset(WINTER).build());

        TimeSpan span = Timetable.of(event).spanOf("veille").orElseThrow();

        assertThat(span.start().toInstant())
                .isEqualTo(paris(FALL_BACK.atTime(2, 30)).withLaterOffsetAtOverlap().toInstant());
        assertThat(span.end().toInstant())
                .isEqualTo(paris(FALL_BACK.atTime(2, 45)).withLaterOffsetAtOverlap().toInstant());
        assertThat(Timetable.of(event).localTimeIssues()).isEmpty();
        assertFindings(LOCAL_TIME_RULES, event).isEmpty();
    }

    @Test
    void theEarlierOffset_isTheUnstatedInstant_statedSoSilent() {
        Event event = night(FALL_BACK, slot(FALL_BACK, 2, 30, 3, 30).startOffset(SUMMER).build());

        TimeSpan span = Timetable.of(event).spanOf("veille").orElseThrow();

        assertThat(span.start().toInstant())
                .isEqualTo(paris(FALL_BACK.atTime(2, 30)).withEarlierOffsetAtOverlap().toInstant());
        assertFindings(LOCAL_TIME_RULES, event).isEmpty();
    }

    @Test
    void anUnstatedStartInTheOverlap_stillWarns_butAnUnstatedEndOutsideIsSilent() {
        Event event = night(FALL_BACK, slot(FALL_BACK, 2, 30, 3, 30).endOffset(WINTER).build());

        assertFindings(LOCAL_TIME_RULES, event)
                .containsExactly(tuple("AMBIGUOUS_LOCAL_TIME", WARNING, "/agenda/blocks/0/timing/start"));
    }

    @Test
    void anOffsetParisDoesNotHaveAtTheOverlap_isReportedAndIgnored() {
        Event event = night(FALL_BACK, slot(FALL_BACK, 2, 30, 3, 30).startOffset(ZoneOffset.ofHours(3)).build());

        assertFindings(LOCAL_TIME_RULES, event)
                .containsExactly(tuple("LOCAL_TIME_OFFSET_INVALID", ERROR, "/agenda/blocks/0/timing/start"));
        LocalTimeIssue issue = Timetable.of(event).localTimeIssues().get(0);
        assertThat(issue.kind()).isEqualTo(LocalTimeIssue.Kind.OFFSET_NOT_VALID);
        assertThat(issue.statedOffset()).contains(ZoneOffset.ofHours(3));
        assertThat(issue.resolved()).isEqualTo(paris(FALL_BACK.atTime(2, 30)).withEarlierOffsetAtOverlap());
        assertThat(LOCAL_TIME_RULES.validate(event).violations().get(0).message()).isEqualTo("02:30 on 2024-10-27 "
                + "states offset +03:00, which Europe/Paris does not have then (its offsets are +02:00 and +01:00); "
                + "the timetable uses 02:30 +02:00");
    }

    @Test
    void theWinterOffsetOnASummerAfternoon_isReported_theSummerOneIsNot() {
        Slot wrong = slot(FALL_BACK.minusDays(1), 14, 0, 15, 0).startOffset(WINTER).build();
        Slot right = slot(FALL_BACK.minusDays(1), 14, 0, 15, 0).startOffset(SUMMER).build();

        assertFindings(LOCAL_TIME_RULES, night(FALL_BACK.minusDays(1), wrong))
                .containsExactly(tuple("LOCAL_TIME_OFFSET_INVALID", ERROR, "/agenda/blocks/0/timing/start"));
        assertFindings(LOCAL_TIME_RULES, night(FALL_BACK.minusDays(1), right)).isEmpty();
        assertThat(Timetable.of(night(FALL_BACK.minusDays(1), wrong)).localTimeIssues().get(0).transition()).isEmpty();
    }

    @Test
    void anyOffsetInTheGap_isReported_onlyOnce() {
        Event event = night(SPRING_FORWARD, slot(SPRING_FORWARD, 2, 30, 3, 30).startOffset(WINTER).build());

        assertFindings(LOCAL_TIME_RULES, event)
                .containsExactly(tuple("LOCAL_TIME_OFFSET_INVALID", ERROR, "/agenda/blocks/0/timing/start"));
        assertThat(LOCAL_TIME_RULES.validate(event).violations().get(0).message())
                .contains("the time does not exist: clocks jump from 02:00 to 03:00");
    }
}
