package org.agendum.core.text;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.Link;
import org.agendum.core.model.Moderator;
import org.agendum.core.model.OnlineLocation;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Registration;
import org.agendum.core.model.Timing;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.TransitMode;
import org.agendum.core.model.Venue;

/**
 * A six-day forum in Madrid, printed in Madrid's and New York's times, built to hold what broke
 * the old renderers: it spans six days; its New York times cross the night US clocks go back
 * (Sunday 2 November 2025, 02:00 EDT to 01:00 EST, while Madrid is on winter time since 26
 * October); a 24-hour hackathon ends on the next day; two tracks run in parallel rooms on Monday,
 * listed track by track; and it has every kind of deadline, a partner, links and an online stream.
 */
final class Forum {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static final LocalDate SATURDAY = LocalDate.of(2025, 11, 1);
    static final LocalDate SUNDAY = LocalDate.of(2025, 11, 2);
    static final LocalDate MONDAY = LocalDate.of(2025, 11, 3);
    static final LocalDate THURSDAY = LocalDate.of(2025, 11, 6);

    private Forum() {}

    static Event event() {
        Organization ciudades = Organization.builder().id("ciudades").name("Red de Ciudades").acronym("RC")
                .address(PostalAddress.builder().street("Calle Mayor 71").postalCode("28013").locality("Madrid")
                        .country("ES").build())
                .city("Madrid").country("ES").build();
        Person lucia = Person.builder().id("lucia").honorific("Dra.").name("Lucía Gómez")
                .addPosition(Position.of("Coordinadora", ciudades)).email("lucia@ciudades.example").build();
        Person tom = Person.builder().id("tom").name("Tom Baker").city("New York").country("US").build();
        Agenda agenda = Agenda.builder().addBlocks(
                block("apertura", BlockKind.OPENING, "Apertura", Timing.slot(SATURDAY, at(16, 0), at(17, 30)))
                        .room("Auditorio").addModerators(Moderator.moderator(lucia)).build(),
                block("carrera", BlockKind.OTHER, "Carrera popular", Timing.slot(SUNDAY, at(6, 30), at(7, 30))).build(),
                block("registro", BlockKind.REGISTRATION, "Registro del hackathon",
                        Timing.slot(SUNDAY, at(9, 0), at(10, 30))).build(),
                block("hackathon", BlockKind.WORKSHOP, "Hackathon", Timing.duration(Duration.ofHours(24)))
                        .room("Sala 3").addNotes("Traed portátil").build(),
                block("a1", BlockKind.WORKSHOP, "Datos abiertos", Timing.slot(MONDAY, at(11, 0), at(12, 30)))
                        .label("Taller A1").room("Sala 1").track("Datos")
                        .addParticipants(Participant.speaker(tom)).build(),
                block("a2", BlockKind.WORKSHOP, "Datos de movilidad", Timing.slot(MONDAY, at(12, 30), at(13, 30)))
                        .label("Taller A2").room("Sala 1").track("Datos").build(),
                block("b1", BlockKind.WORKSHOP, "Calles para todos", Timing.slot(MONDAY, at(11, 0), at(12, 30)))
                        .label("Taller B1").room("Sala 2").track("Movilidad").build(),
                block("b2", BlockKind.WORKSHOP, "Transporte público", Timing.slot(MONDAY, at(12, 30), at(13, 30)))
                        .label("Taller B2").room("Sala 2").track("Movilidad")
                        .addChildren(block("b2-qa", BlockKind.QUESTIONS_AND_ANSWERS, "Preguntas", null).build())
                        .build(),
                block("clausura", BlockKind.CLOSING, "Clausura", Timing.slot(THURSDAY, at(16, 0), at(17, 30))).build())
                .build();
        return Event.builder()
                .id("foro-ciudades-2025")
                .title("Foro de Ciudades 2025")
                .zone(MADRID)
                .start(LocalDateTime.of(SATURDAY, at(16, 0)))
                .end(LocalDateTime.of(THURSDAY, at(17, 30)))
                .addDisplayZones(DisplayZone.of(MADRID, "Madrid"), DisplayZone.of(NEW_YORK, "Nueva York"))
                .venue(Venue.builder().name("Casa de la Villa").address(PostalAddress.builder()
                        .street("Plaza de la Villa 5").postalCode("28005").locality("Madrid").country("ES").build())
                        .addTransit(TransitAccess.of(TransitMode.METRO, "Ópera", "2", "5"),
                                TransitAccess.of(TransitMode.BUS, "Plaza Mayor", "3"))
                        .build())
                .onlineLocation(OnlineLocation.builder().platform("YouTube")
                        .url(URI.create("https://stream.example/foro")).build())
                .registration(Registration.builder().required(true).capacity(Capacity.ofSeats(300))
                        .url(URI.create("https://ciudades.example/inscripcion"))
                        .deadline(Deadline.until(LocalDate.of(2025, 10, 20), MADRID)).build())
                .addDeadlines(Deadline.at(LocalDateTime.of(2025, 9, 30, 18, 0), MADRID).withSubject("Resúmenes"),
                        Deadline.before(LocalDate.of(2025, 10, 15), NEW_YORK).withSubject("Becas")
                                .withWording("before October 15"))
                .addLinks(Link.of(URI.create("https://ciudades.example/foro"), "Web"))
                .addOrganizers(ciudades)
                .addPartners(Organization.of("ayuntamiento", "Ayuntamiento de Madrid"))
                .addContacts(Contact.of(lucia))
                .agenda(agenda)
                .build();
    }

    private static AgendaBlock.Builder block(String id, BlockKind kind, String title, Timing timing) {
        AgendaBlock.Builder block = AgendaBlock.builder().id(id).kind(kind).title(title);
        Optional.ofNullable(timing).ifPresent(block::timing);
        return block;
    }

    private static LocalTime at(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }
}
