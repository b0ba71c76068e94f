package org.agendum.testing;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventKind;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Recurrence;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Timing;
import org.agendum.core.model.Venue;

/**
 * The invented weekly seminar "Historia urbana de Madrid" of autumn 2026, as {@link
 * ExampleEvents#madridSeminarSeries2026()} documents it.
 */
final class MadridSeminarSeries2026 {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    /** The first session: Monday 28 September 2026. */
    static final LocalDate FIRST = LocalDate.of(2026, 9, 28);

    /** The Monday without a session: 12 October 2026, the Fiesta Nacional de España. */
    static final LocalDate HOLIDAY = LocalDate.of(2026, 10, 12);

    private MadridSeminarSeries2026() {}

    static Event event() {
        Organization institute = Organization.builder()
                .id("ateneo-de-estudios-urbanos").name("Ateneo de Estudios Urbanos").city("Madrid").country("ES")
                .url(URI.create("https://estudios-urbanos.example.org"))
                .build();
        Person moderator = Person.builder()
                .id("elena-ruiz").honorific("Dra.").name("Elena Ruiz Castaño")
                .addPositions(Position.of("Coordinadora del seminario", institute))
                .email("seminario@estudios-urbanos.example.org")
                .build();

        // Eleven Mondays from 28 September to 7 December, the holiday taken out: ten sessions.
        // COUNT counts occurrences before EXDATE removes one (RFC 5545 §3.8.5.1), as Recurrence says.
        AgendaBlock session = AgendaBlock.builder()
                .id("sesion")
                .kind(BlockKind.DISCUSSION)
                .title("Sesión del seminario")
                .description("Each Monday a guest presents work in progress for 40 minutes; discussion follows.")
                .timing(Timing.slot(FIRST, LocalTime.of(18, 0), LocalTime.of(19, 30)))
                .recurrence(Recurrence.weekly(11).withExcludedDates(HOLIDAY))
                .addModerators(Moderator.moderator(moderator))
                .build();

        return Event.builder()
                .id("madrid-seminar-series-2026")
                .kind(EventKind.SEMINAR)
                .title("Historia urbana de Madrid")
                .subtitle("Seminario permanente, otoño de 2026")
                .addLanguages("es")
                .addOrganizers(institute)
                .addContacts(Contact.of(moderator))
                .venue(Venue.builder().name("Ateneo de Estudios Urbanos").room("Sala de Juntas")
                        .address(PostalAddress.builder().street("Calle del Prado 30").postalCode("28014")
                                .locality("Madrid").country("ES").build())
                        .build())
                .registration(Registration.builder()
                        .required(true)
                        .url(URI.create("https://estudios-urbanos.example.org/seminario/inscripcion"))
                        .capacity(Capacity.ofSeats(40))
                        .deadline(Deadline.before(FIRST, MADRID).withWording("antes del 28 de septiembre"))
                        .build())
                .zone(MADRID)
                .start(LocalDateTime.of(FIRST, LocalTime.of(18, 0)))
                .end(LocalDateTime.of(2026, 12, 7, 19, 30))
                .agenda(Agenda.of(session))
                .build();
    }
}
