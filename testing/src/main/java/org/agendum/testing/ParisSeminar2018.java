package org.agendum.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventKind;
import org.agendum.core.model.Organization;
import org.agendum.core.model.Participant;
import org.agendum.core.model.ParticipantRole;
import org.agendum.core.model.Person;
import org.agendum.core.model.Position;
import org.agendum.core.model.PostalAddress;
import org.agendum.core.model.Registration;
import org.agendum.core.model.TransitAccess;
import org.agendum.core.model.TransitMode;
import org.agendum.core.model.Venue;

/**
 * The seminar "Hacia una acción internacional sostenible" of 5 July 2018, as {@link
 * SeedEvents#parisSeminar2018()} documents it.
 */
final class ParisSeminar2018 {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ParisSeminar2018() {}

    static Event event() {
        Organization cuf = Organization.builder()
                .id("cites-unies-france")
                .name("Cités Unies France")
                .acronym("CUF")
                .address(inParis("9 rue Christiani", "75018"))
                .city("Paris")
                .country("FR")
                .build();
        Organization alLas = Organization.of("al-las", "AL-LAs");
        Organization alLasCoordinacion = Organization.builder()
                .id("al-las-coordinacion-general")
                .name("Coordinación General")
                .parent(alLas)
                .build();
        Organization glocal = Organization.of("glocal-solutions", "Glocal Solutions");
        Organization mercociudades = Organization.of("mercociudades", "Mercociudades");
        Organization plataforma = Organization.of("plataforma", "Plataforma");

        Person medina = staff("felicia-medina", "Felicia MEDINA", cuf, "f.medina@cites-unies-france.org",
                "+33 (0)1 53 41 81 92");
        Person courtinot = staff("jeremie-courtinot", "Jérémie COURTINOT", cuf, "a.latine@cites-unies-france.org",
                "+33 (0)1 53 41 86 81");

        String partsTitle = "Elementos que permiten afianzar un proceso de internacionalización del territorio";
        Agenda agenda = Agenda.compose()
                .provisional()
                .titled("Programme provisoire")
                .block(LocalTime.of(9, 0), LocalTime.of(9, 30), BlockKind.REGISTRATION, "Registro").id("registro")
                .block(LocalTime.of(9, 30), LocalTime.of(9, 40), BlockKind.OPENING, "Bienvenida").id("bienvenida")
                    .description("a cargo de entidades convocantes")
                .block(LocalTime.of(9, 40), LocalTime.of(10, 0), BlockKind.INTRODUCTION,
                        "Hacia una Acción Internacional Sostenible")
                    .label("INTRODUCCIÓN")
                    .id("introduccion")
                    .topics("¿Por qué es importante hacer sostenible los procesos de internacionalización de los "
                            + "gobiernos locales?")
                    .participants(Participant.of(alLasCoordinacion, ParticipantRole.PRESENTER),
                            Participant.of(glocal, ParticipantRole.PRESENTER))
                .block(LocalTime.of(10, 0), LocalTime.of(11, 20), BlockKind.PANEL, partsTitle)
                    .label("PARTE I")
                    .id("parte-i")
                    .topics("Transversalidad de la gestión y articulación con las áreas sustantivas del Gobierno Local "
                                    + "y actores claves",
                            "Vinculación de la gestión internacional con la instancia política local y con agentes "
                                    + "claves para el desarrollo del territorio.")
                    .methodology("La base de la discusión serán las reflexiones del Cuaderno No 8; Hacia una Acción "
                                    + "internacional Sostenible, de la Colección de Cuadernos para la "
                                    + "internacionalización de las Ciudades. Se realizará una síntesis ejecutiva del "
                                    + "Cuaderno que será traducida a Francés e inglés como texto de contexto para la "
                                    + "discusión y permitirá generar la mirada cruzada entre las prácticas de los "
                                    + "gobiernos locales de América Latina y las prácticas de los gobiernos locales "
                                    + "europeos.",
                            "Participan 3 gobiernos locales de América Latina y 3 de Europa mediante un diálogo a "
                                    + "partir de preguntas que realiza el moderador",
                            "Al finalizar se dará espacio para el intercambio con los asistentes")
                    .moderatedBy(alLas, "Modera")
                .block(LocalTime.of(11, 20), LocalTime.of(11, 40), BlockKind.BREAK, "Pausa Café").id("pausa-cafe")
                .block(LocalTime.of(11, 40), LocalTime.of(13, 20), BlockKind.PANEL, partsTitle)
                    .label("PARTE II")
                    .id("parte-ii")
                    .topics("Sistematización de experiencias para transiciones de gobierno y virajes administrativos.",
                            "Hacia una visión prospectiva de la internacionalización territorial")
                    .moderatedBy(mercociudades, "Modera")
                .block(LocalTime.of(13, 30), LocalTime.of(14, 30), BlockKind.MEAL, "Almuerzo libre")
                    .id("almuerzo-libre")
                .block(LocalTime.of(15, 0), LocalTime.of(17, 0), BlockKind.PANEL,
                        "Herramientas para el seguimiento y evaluación de los procesos de internacionalización")
                    .label("PARTE III")
                    .id("parte-iii")
                    .topics("¿Por qué medir y evaluar los procesos de internacionalización?",
                            "¿Qué tipos de medición buscamos?")
                    .moderatedBy(plataforma, "Modera")
                .block(LocalTime.of(17, 0), LocalTime.of(17, 15), BlockKind.CLOSING, "Conclusiones y cierre")
                    .id("conclusiones-y-cierre")
                    .participants(Participant.of(cuf, ParticipantRole.HOST).withLabel("por parte de CUF"))
                .toAgenda();

        return Event.builder()
                .id("accion-internacional-sostenible-paris-2018")
                .kind(EventKind.SEMINAR)
                .title("Hacia una acción internacional sostenible")
                .subtitle("Miradas entre América Latina y Europa")
                .description(String.join("\n\n",
                        "Varios gobiernos locales adelantan procesos de internacionalización que resultan exitosos por "
                                + "un periodo de tiempo específico, especialmente durante el periodo de tiempo del "
                                + "gobierno promotor, pero que debido a su incipiente solidez institucional, más "
                                + "adelante son disminuidos o abandonados por los cambios contextuales de orden "
                                + "político, institucional e incluso socio-económico. En ese sentido, ¿Cómo asegurar "
                                + "la sostenibilidad de dichos procesos?",
                        "El Seminario tiene como objetivo, a través de la experiencia práctica de gobiernos locales de "
                                + "Europa y América Latina, compartir elementos que contribuyan a consolidar procesos "
                                + "de internacionalización sostenibles y exitosos en el tiempo."))
                .addTopics("Los procesos de internacionalización sostenible en gobiernos locales de América Latina "
                        + "(AmLat) y Europa")
                .addAudiences(
                        "Autoridades locales y representantes de oficinas de asuntos internacionales y/o cooperación "
                                + "de gobiernos locales europeos y latinoamericanos",
                        "Academias",
                        "Sociedad civil")
                .addObjectives("Compartir, a través de la experiencia práctica de gobiernos locales de Europa y América "
                        + "Latina, elementos que contribuyan a consolidar procesos de internacionalización sostenibles "
                        + "y exitosos en el tiempo")
                .addLanguages("es")
                .attendanceMode(AttendanceMode.IN_PERSON)
                .addOrganizers(cuf)
                .addContacts(Contact.of(medina), Contact.of(courtinot))
                .venue(Venue.builder()
                        .name("Alcaldía de Paris")
                        .room("Auditórium")
                        .entrance(inParis("5 rue Lobau", "75004"))
                        .addTransit(TransitAccess.of(TransitMode.METRO, "Hôtel de ville", "1", "11"),
                                TransitAccess.of(TransitMode.METRO, "Châtelet", "1", "4", "7", "11", "14"))
                        .build())
                .registration(Registration.builder()
                        .required(true)
                        .capacity(Capacity.limited())
                        .deadline(Deadline.before(LocalDate.of(2018, 6, 18), PARIS)
                                .withSubject("Inscripción")
                                .withWording("PLAZAS LIMITADAS, INSCRIPCIÓN OBLIGATORIA ANTES DEL 18 DE JUNIO DEL 2018"))
                        .build())
                .zone(PARIS)
                .start(LocalDateTime.of(2018, 7, 5, 9, 0))
                .end(LocalDateTime.of(2018, 7, 5, 17, 0))
                .agenda(agenda)
                .build();
    }

    /** A street address in Paris. */
    private static PostalAddress inParis(String street, String postalCode) {
        return PostalAddress.builder().street(street).postalCode(postalCode).locality("Paris").country("FR").build();
    }

    /** A person of an organization's staff, reached by their own e-mail and telephone. */
    private static Person staff(String id, String name, Organization organization, String email, String phone) {
        return Person.builder().id(id).name(name).addPosition(Position.at(organization)).email(email).phone(phone)
                .build();
    }
}
