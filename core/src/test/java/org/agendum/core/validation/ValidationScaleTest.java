package org.agendum.core.validation;

import static org.agendum.core.validation.Findings.assertFindings;
import static org.agendum.core.validation.Seminar.HOTEL_DE_VILLE;
import static org.agendum.core.validation.Seminar.PARIS;
import static org.agendum.core.validation.Severity.ERROR;
import static org.agendum.core.validation.Severity.INFO;
import static org.agendum.core.validation.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Event;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Party;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A programme of 100,000 blocks validates with exactly the findings planted in it. The timeout is a
 * guard against quadratic behaviour (a sweep that compares every pair of blocks would take hours),
 * not a performance target.
 */
class ValidationScaleTest {

    private static final int BLOCKS = 100_000;

    /** Every main-room block lasts two minutes and follows the one before it. */
    private static final Duration STEP = Duration.ofMinutes(2);

    /** 2024-04-08 09:00 in Paris; 100,000 two-minute blocks end in August, before clocks go back. */
    private static final LocalDateTime START = LocalDateTime.of(2024, 4, 8, 9, 0);

    /** A slot in the main room 15 minutes after the block before it ends: a gap. */
    private static final int GAP_1 = 20_000;
    private static final int GAP_2 = 80_000;

    /** A room-B slot parallel to the block before it, with that block's speaker: double booked. */
    private static final int DOUBLE_BOOKING = 30_500;

    /** The first of many blocks of a party whose e-mail address is malformed. */
    private static final int FIRST_BAD_EMAIL = 40_003;

    /** A slot in the main room starting one minute before the block before it ends. */
    private static final int OVERLAP = 50_000;

    /** A panel without a moderator, among a thousand that have one. */
    private static final int UNMODERATED_PANEL = 60_042;

    /** A room-B slot overlapping the room-B slot just before it. */
    private static final int ROOM_B_OVERLAP = 70_501;

    /** The next block on the next day at 09:00: the night is not a gap. */
    private static final int NEXT_MORNING = 90_000;

    private static final Organization UNAM = Organization.builder().id("unam").name("UNAM")
            .email("contacto@unam.mx").build();
    private static final Organization ACATLAN = Organization.builder().id("fes-acatlan").name("FES Acatlán")
            .parent(UNAM).url(URI.create("https://www.acatlan.unam.mx")).build();
    /** Reused across the whole programme: each main-room block has one of them as speaker. */
    private static final List<Party> SPEAKERS = List.of(
            Person.builder().id("s0").name("Ana Pérez").email("ana@montevideo.gub.uy")
                    .addPosition(Position.of("Profesora", ACATLAN)).build(),
            Person.builder().id("s1").name("Bruno Díaz").phone("+598 2915 0000").build(),
            Person.builder().id("s2").name("Carla Ruiz").email("carla.ruiz@cites-unies-france.org").build(),
            Person.builder().id("s3").name("Dario Fo").build(),
            Organization.builder().id("s4").name("Mercociudades").url(URI.create("https://mercociudades.org")).build());
    private static final Person MODERATOR = Person.builder().id("moderadora").name("Rosa Montoya")
            .email("rosa@unam.mx").build();
    private static final Organization CHAIR_B = Organization.builder().id("al-las").name("AL-LAs")
            .email("contacto@al-las.org").build();
    private static final Person BAD_EMAIL = Person.builder().id("secretariat").name("Secrétariat")
            .email("secretariat.example.org").build();

    /** Builds the programme, placing blocks as the timetable will, so the planted blocks know their times. */
    private static Event bigEvent() {
        List<AgendaBlock> blocks = new ArrayList<>(BLOCKS);
        ZonedDateTime cursor = START.atZone(PARIS);
        Timing step = Timing.duration(STEP);
        for (int i = 0; i < BLOCKS; i++) {
            AgendaBlock.Builder block = AgendaBlock.builder().id("b" + i).title("Bloc " + i);
            Party speaker = SPEAKERS.get(i % SPEAKERS.size());
            if (i == GAP_1 || i == GAP_2) {
                ZonedDateTime from = cursor.plusMinutes(15);
                block.kind(BlockKind.TALK).timing(slot(from, from.plusMinutes(2))).addParticipant(Participant.speaker(speaker));
                cursor = from.plusMinutes(2);
            } else if (i == OVERLAP) {
                block.kind(BlockKind.BREAK).timing(slot(cursor.minusMinutes(1), cursor.plusMinutes(1)));
                cursor = cursor.plusMinutes(1);
            } else if (i == NEXT_MORNING) {
                ZonedDateTime morning = cursor.toLocalDate().plusDays(1).atTime(9, 0).atZone(PARIS);
                block.kind(BlockKind.OPENING).timing(slot(morning, morning.plus(STEP)));
                cursor = morning.plus(STEP);
            } else if (i == ROOM_B_OVERLAP) {
                block.kind(BlockKind.BREAK).room("Salle B").timing(slot(cursor.minusMinutes(1), cursor));
            } else if (i % 1000 == 500 && sameDay(cursor.minus(STEP), cursor)) {
                // In room B, in parallel with the block before it, ending where it ends: the cursor stays.
                block.kind(BlockKind.WORKSHOP).room("Salle B").timing(slot(cursor.minus(STEP), cursor))
                        .addParticipant(Participant.of(CHAIR_B, ParticipantRole.HOST));
                if (i == DOUBLE_BOOKING) {
                    block.addParticipant(Participant.speaker(SPEAKERS.get((i - 1) % SPEAKERS.size())));
                }
            } else if (i % 100 == 42) {
                block.kind(BlockKind.PANEL).timing(step).addParticipant(Participant.panelist(speaker))
                        .addChild(AgendaBlock.builder().id("b" + i + "-qa").kind(BlockKind.QUESTIONS_AND_ANSWERS)
                                .title("Preguntas").addModerator(Moderator.moderator(MODERATOR)).build());
                if (i != UNMODERATED_PANEL) {
                    block.addModerator(Moderator.moderator(MODERATOR));
                }
                cursor = cursor.plus(STEP);
            } else {
                block.kind(BlockKind.TALK).timing(step).addParticipant(Participant.speaker(speaker));
                if (i >= FIRST_BAD_EMAIL && i % 10_000 == FIRST_BAD_EMAIL % 10_000) {
                    block.addParticipant(Participant.speaker(BAD_EMAIL));
                }
                cursor = cursor.plus(STEP);
            }
            blocks.add(block.build());
        }
        return Event.builder()
                .id("congreso")
                .title("Congreso de cien mil bloques")
                .zone(PARIS)
                .start(START)
                .venue(HOTEL_DE_VILLE)
                .addOrganizer(UNAM)
                .agenda(Agenda.builder().addAllBlocks(blocks).build())
                .build();
    }

    /** A slot from one zoned time to another, on one day; a planted block must not cross midnight. */
    private static Timing slot(ZonedDateTime from, ZonedDateTime to) {
        if (!sameDay(from, to)) {
            throw new IllegalStateException("a planted slot crosses midnight: " + from + " to " + to);
        }
        return Timing.slot(from.toLocalDate(), from.toLocalTime(), to.toLocalTime());
    }

    private static boolean sameDay(ZonedDateTime from, ZonedDateTime to) {
        return from.toLocalDate().equals(to.toLocalDate()) && to.toLocalTime().isAfter(from.toLocalTime());
    }

    @Test
    @Timeout(value = 60)
    void aHundredThousandBlocks_validateWithExactlyThePlantedFindings() {
        Event event = bigEvent();
        assertThat(event.agenda().blocks()).hasSize(BLOCKS);
        assertThat(event.agenda().blocks()).filteredOn(b -> b.room().isPresent()).hasSize(101);

        ValidationReport report = Validator.standard().validate(event);

        int badEmailParty = event.parties().indexOf(event.agenda().blocks().get(FIRST_BAD_EMAIL).participants().get(1).party());
        assertFindings(report).containsExactly(
                tuple("BLOCK_OVERLAP", ERROR, "/agenda/blocks/" + OVERLAP),
                tuple("BLOCK_OVERLAP", ERROR, "/agenda/blocks/" + ROOM_B_OVERLAP),
                tuple("PARTY_DOUBLE_BOOKED", WARNING, "/agenda/blocks/" + DOUBLE_BOOKING + "/participants/1"),
                tuple("MODERATOR_MISSING", WARNING, "/agenda/blocks/" + UNMODERATED_PANEL),
                tuple("INVALID_EMAIL", WARNING, "/parties/" + badEmailParty + "/email"),
                tuple("SCHEDULE_GAP", INFO, "/agenda/blocks/" + GAP_1),
                tuple("SCHEDULE_GAP", INFO, "/agenda/blocks/" + GAP_2));
    }
}
