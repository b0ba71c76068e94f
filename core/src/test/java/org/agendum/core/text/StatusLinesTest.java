package org.agendum.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the programme says of a changed event: its status line, the date first announced, and the organizers' note. */
class StatusLinesTest {

    private static Event event() {
        return Event.builder().id("foro").title("Foro de ciudades").zone(ZoneId.of("America/Montevideo"))
                .start(LocalDateTime.of(2021, 6, 11, 13, 0)).agenda(Agenda.builder().build()).build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | RESCHEDULED, first announced for Friday, June 4, 2021",
        "es | REPROGRAMADO, anunciado inicialmente para viernes 4 de junio de 2021",
        "fr | REPROGRAMMÉ, annoncé d'abord pour vendredi 4 juin 2021",
    })
    void aRescheduledEvent_saysSo_withTheDateFirstAnnounced(String language, String line) {
        Event rescheduled = event().withStatus(EventStatus.RESCHEDULED).withPreviousStart(LocalDateTime.of(2021, 6, 4, 13, 0));
        PlainTextProgramme text = PlainTextProgramme.of(Programme.of(rescheduled, Locale.forLanguageTag(language)));
        assertThat(text.status()).contains(line);
        assertThat(text.render().lines()).element(1).isEqualTo(line);
    }

    @Test
    void aRescheduledEvent_withoutThePreviousStart_saysRescheduledAlone() {
        Programme programme = Programme.of(event().withStatus(EventStatus.RESCHEDULED), Locale.ENGLISH);
        assertThat(programme.status()).contains("RESCHEDULED");
    }

    @Test
    void theStatusNote_followsTheStatusLine_asWritten() {
        Event postponed = event().withStatus(EventStatus.POSTPONED)
                .withStatusNote("Aplazado por la emergencia sanitaria; nueva fecha a confirmar");
        assertThat(PlainTextProgramme.of(Programme.of(postponed, Locale.ENGLISH)).render().lines().limit(3))
                .containsExactly("Foro de ciudades", "POSTPONED", "Aplazado por la emergencia sanitaria; nueva fecha a confirmar");
    }

    @Test
    void aScheduledEvent_hasNoStatusLine_butItsNoteStillPrints() {
        Event noted = event().withStatusNote("Confirmado pese a la huelga de transporte");
        assertThat(PlainTextProgramme.of(Programme.of(noted, Locale.ENGLISH)).render().lines().limit(2))
                .containsExactly("Foro de ciudades", "Confirmado pese a la huelga de transporte");
        assertThat(PlainTextProgramme.of(Programme.of(event(), Locale.ENGLISH)).status()).isEmpty();
    }
}
