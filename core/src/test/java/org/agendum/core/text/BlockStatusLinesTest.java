package org.agendum.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the programme marks a block that changed after publication &mdash; cancelled, postponed,
 * rescheduled, to be confirmed &mdash; with the organizers' note and the time first announced, and
 * a block's own registration.
 */
class BlockStatusLinesTest {

    private static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    private static final LocalDate DAY = LocalDate.of(2021, 6, 11);

    private static AgendaBlock block(String id, int hour, BlockStatus status) {
        return AgendaBlock.builder().id(id).kind(BlockKind.TALK).title("Charla " + id)
                .timing(Timing.slot(LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0))).status(status).build();
    }

    private static Event event(AgendaBlock... blocks) {
        return Event.builder().id("foro").title("Foro").zone(MONTEVIDEO).start(DAY.atTime(9, 0))
                .agenda(Agenda.of(blocks)).build();
    }

    private static List<String> agenda(Event event, String language) {
        return PlainTextProgramme.of(Programme.of(event, Locale.forLanguageTag(language))).agenda();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | CANCELLED | POSTPONED, new time to be announced | RESCHEDULED, first announced for 09:00 | to be confirmed",
        "es | CANCELADO | APLAZADO, nuevo horario a anunciar | REPROGRAMADO, anunciado inicialmente para 09:00 | a confirmar",
        "fr | ANNULÉ | REPORTÉ, nouvel horaire à annoncer | REPROGRAMMÉ, annoncé d'abord pour 09:00 | à confirmer",
    })
    void eachChangedBlock_isMarkedAfterItsTitle_inTheProgrammesLanguage(String language, String cancelled,
            String postponed, String rescheduled, String provisional) {
        Event event = event(block("a", 9, BlockStatus.CANCELLED), block("b", 10, BlockStatus.POSTPONED),
                block("c", 11, BlockStatus.RESCHEDULED).withPreviousStart(DAY.atTime(9, 0)),
                block("d", 12, BlockStatus.PROVISIONAL), block("e", 13, BlockStatus.SCHEDULED));

        assertThat(agenda(event, language)).filteredOn(line -> line.contains("Charla")).containsExactly(
                "09:00–10:00 America/Montevideo  Charla a — " + cancelled,
                "10:00–11:00 America/Montevideo  Charla b — " + postponed,
                "11:00–12:00 America/Montevideo  Charla c — " + rescheduled,
                "12:00–13:00 America/Montevideo  Charla d — " + provisional,
                "13:00–14:00 America/Montevideo  Charla e");
    }

    @Test
    void aBlockFirstAnnouncedForAnotherDay_saysWhichDay() {
        AgendaBlock moved = block("c", 11, BlockStatus.RESCHEDULED).withPreviousStart(LocalDateTime.of(2021, 6, 4, 16, 30));
        List<ProgrammeEntry> entries = Programme.of(event(moved), Locale.ENGLISH).entries();

        assertThat(entries.get(0).status()).contains("RESCHEDULED, first announced for Friday, June 4, 2021, 16:30");
        assertThat(Programme.of(event(moved.withPreviousStart(java.util.Optional.empty())), Locale.ENGLISH).entries()
                .get(0).status()).contains("RESCHEDULED");
        assertThat(Programme.of(event(block("e", 9, BlockStatus.SCHEDULED)), Locale.ENGLISH).entries().get(0).status())
                .isEmpty();
    }

    @Test
    void theStatusNote_isPrintedUnderTheTitle_asWritten() {
        Event event = event(block("a", 9, BlockStatus.CANCELLED).withStatusNote("La oradora no pudo viajar."));

        assertThat(agenda(event, "en")).containsSubsequence("09:00–10:00 America/Montevideo  Charla a — CANCELLED",
                "    La oradora no pudo viajar.");
        assertThat(Programme.of(event, Locale.ENGLISH).entries().get(0).details()).first()
                .isEqualTo(new ProgrammeItem(Label.STATUS_NOTE, java.util.Optional.empty(), List.of("La oradora no pudo viajar.")));
    }

    @Test
    void aBlocksOwnRegistration_readsAsTheEventsDoes() {
        AgendaBlock workshop = block("taller", 10, BlockStatus.SCHEDULED).withRegistration(Registration.builder()
                .required(true).capacity(Capacity.ofSeats(25)).url(URI.create("https://example.org/taller"))
                .deadline(Deadline.until(DAY.minusDays(2), MONTEVIDEO).withBlockId("taller")).build());

        assertThat(agenda(event(workshop), "en")).contains(
                "    Registration: required, 25 seats — https://example.org/taller — last day Wednesday, June 9, 2021");
        assertThat(agenda(event(workshop), "es")).contains(
                "    Inscripción: obligatoria, 25 plazas — https://example.org/taller — último día miércoles 9 de junio de 2021");
    }
}
