package org.agendum.core.model;

import static org.agendum.core.model.Violations.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A block's status after publication, its own registration, and deadlines that name a block. */
class BlockStatusTest {

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    private static AgendaBlock.Builder workshop() {
        return AgendaBlock.builder().id("taller-mapas").kind(BlockKind.WORKSHOP).title("Taller de mapas")
                .timing(Timing.minutes(90));
    }

    private static Event.Builder forum() {
        return Event.builder().id("forum").title("Forum").zone(NAIROBI).start(DAY.atTime(9, 0));
    }

    @Test
    void aBlock_isScheduledByDefault_withoutNoteOrPreviousStartOrRegistration() {
        AgendaBlock block = workshop().build();

        assertThat(block.status()).isEqualTo(BlockStatus.SCHEDULED);
        assertThat(block.statusNote()).isEmpty();
        assertThat(block.previousStart()).isEmpty();
        assertThat(block.registration()).isEmpty();
    }

    @Test
    void onlyCancelledAndPostponedBlocks_doNotTakePlace() {
        assertThat(BlockStatus.values()).filteredOn(s -> !s.takesPlace())
                .containsExactlyInAnyOrder(BlockStatus.CANCELLED, BlockStatus.POSTPONED);
    }

    @Test
    void aRescheduledBlock_keepsTheStartFirstAnnounced_andANote() {
        LocalDateTime first = DAY.atTime(14, 0);
        AgendaBlock moved = workshop().build().withStatus(BlockStatus.RESCHEDULED).withPreviousStart(first)
                .withStatusNote("Moved to room B");

        assertThat(moved.previousStart()).contains(first);
        assertThat(moved.statusNote()).contains("Moved to room B");
        // Back to scheduled, the previous start must go first: a scheduled block was never moved.
        assertViolates(Invariant.PREVIOUS_START_NOT_RESCHEDULED, "/previousStart",
                () -> moved.withStatus(BlockStatus.SCHEDULED));
        assertThat(moved.withPreviousStart(Optional.empty()).withStatus(BlockStatus.SCHEDULED).status())
                .isEqualTo(BlockStatus.SCHEDULED);
    }

    @Test
    void aPostponedBlock_withTheNewTimeToBeAnnounced_keepsItsFirstTiming_andRefusesAPreviousStart() {
        AgendaBlock postponed = workshop().status(BlockStatus.POSTPONED).statusNote("Nueva fecha a confirmar").build();

        assertThat(postponed.timing()).contains(Timing.minutes(90));
        assertViolates(Invariant.PREVIOUS_START_NOT_RESCHEDULED, "/previousStart",
                () -> postponed.withPreviousStart(DAY.atTime(9, 0)));
    }

    @Test
    void aStatusNote_isATextLikeEveryOther() {
        assertViolates(Invariant.BLANK_TEXT, "/statusNote", () -> workshop().statusNote(" ").build());
        assertViolates(Invariant.UNPAIRED_SURROGATE, "/statusNote", () -> workshop().statusNote("Annulé \uDC00").build());
        assertViolates(Invariant.DATE_OUT_OF_RANGE, "/previousStart", () -> workshop().status(BlockStatus.RESCHEDULED)
                .previousStart(LocalDateTime.of(10_000, 1, 1, 0, 0)).build());
    }

    @Test
    void aBlocksRegistration_hasItsSeatsAndDeadline_andItsDeadlineMayNameOnlyThatBlock() {
        Deadline deadline = Deadline.before(DAY, NAIROBI).withSubject("Inscripción al taller");
        Registration registration = Registration.builder().required(true).capacity(Capacity.ofSeats(25))
                .deadline(deadline).build();
        AgendaBlock block = workshop().registration(registration).build();

        assertThat(block.registration().flatMap(Registration::capacity).map(c -> c.seats().getAsInt())).contains(25);
        assertThat(block.withRegistration(registration.withDeadline(deadline.withBlockId("taller-mapas")))
                .registration().flatMap(Registration::deadline).flatMap(Deadline::blockId)).contains("taller-mapas");
        assertViolates(Invariant.DEADLINE_BLOCK_MISMATCH, "/registration/deadline/block",
                () -> block.withRegistration(registration.withDeadline(deadline.withBlockId("otro-taller"))));
    }

    @Test
    void aDeadlineOfTheEvent_mayNameABlockAtAnyDepth_butNotOneOutsideTheAgenda() {
        AgendaBlock session = AgendaBlock.builder().id("sesion").kind(BlockKind.OTHER).title("Sesión")
                .timing(Timing.minutes(120)).addChild(AgendaBlock.builder().id("taller-mapas").kind(BlockKind.WORKSHOP).title("Taller").build()).build();
        Deadline submissions = Deadline.at(DAY.atTime(17, 0), NAIROBI).withSubject("Entrega de mapas");

        Event event = forum().agenda(Agenda.of(session)).addDeadline(submissions.withBlockId("taller-mapas")).build();
        assertThat(event.deadlines().get(0).blockId()).contains("taller-mapas");

        assertViolates(Invariant.UNKNOWN_BLOCK_REFERENCE, "/deadlines/1/block", () -> event.withDeadlines(
                submissions, submissions.withBlockId("taller-map")));
        assertViolates(Invariant.UNKNOWN_BLOCK_REFERENCE, "/registration/deadline/block", () -> event.withRegistration(
                Registration.builder().deadline(submissions.withBlockId("plenaria")).build()));
        // Removing the block the deadline names is refused too: the reference would dangle.
        assertViolates(Invariant.UNKNOWN_BLOCK_REFERENCE, "/deadlines/0/block", () -> event.withAgenda(Agenda.empty()));
        assertViolates(Invariant.INVALID_ID, "/block", () -> submissions.withBlockId("taller mapas"));
    }
}
