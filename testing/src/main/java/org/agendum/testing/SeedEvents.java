package org.agendum.testing;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.agendum.core.model.Agenda;
import org.agendum.core.model.AgendaBlock;
import org.agendum.core.model.AttendanceMode;
import org.agendum.core.model.BlockKind;
import org.agendum.core.model.Capacity;
import org.agendum.core.model.Contact;
import org.agendum.core.model.Deadline;
import org.agendum.core.model.DisplayZone;
import org.agendum.core.model.Event;
import org.agendum.core.model.EventKind;
import org.agendum.core.model.Moderator;
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
 * The two real programmes agendum is built against, composed in code with every fact they print.
 *
 * <ul>
 *   <li>{@link #gobiernosLocales2021()}: the virtual seminar "Gobiernos locales en acción" of
 *       Mercociudades and the Mexican Secretaría de Relaciones Exteriores, 11 June 2021, printed in
 *       the times of Uruguay and Mexico, with a maximum duration its blocks fill exactly;
 *   <li>{@link #parisSeminar2018()}: the seminar "Hacia una acción internacional sostenible" at the
 *       Paris city hall, 5 July 2018, with a provisional programme whose closing block runs past
 *       the announced end.
 * </ul>
 *
 * <p>Text is kept as printed, including its slips (a male facilitator labelled "Facilitadora", two
 * parts with the same title), so that validation and formats are tested against real documents.
 * Each call returns an equal event.
 *
 * <p>Every block is given its id, as a publisher who re-publishes a programme should: the ids are
 * the readable ones the seeds have always had ("panel-1", "pausa-cafe"), and they stay put when a
 * title is corrected or a block is inserted.
 */
public final class SeedEvents {

    private static final ZoneId MONTEVIDEO = ZoneId.of("America/Montevideo");
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private SeedEvents() {}

    /**
     * Returns both seed events, the 2021 seminar first.
     *
     * @return the seed events
     */
    public static List<Event> all() {
        return List.of(gobiernosLocales2021(), parisSeminar2018());
    }

    /**
     * Returns the virtual seminar "Gobiernos locales en acción" of 11 June 2021: 13:00&ndash;14:30 in
     * Uruguay (America/Montevideo), 11:00&ndash;12:30 in Mexico (America/Mexico_City), at most 1:30,
     * with an opening of 15 minutes, two panels of 35 and 30 minutes each ending in questions and
     * answers, and a closing of 10 minutes; registration through a form before 9 June 2021.
     *
     * @return the event
     */
    public static Event gobiernosLocales2021() {
        Organization sre = Organization.builder()
                .id("sre")
                .name("Secretaría de Relaciones Exteriores")
                .acronym("SRE")
                .country("MX")
                .build();
        Organization coordinacionPolitica = Organization.builder()
                .id("sre-dgcp")
                .name("Dirección General de Coordinación Política")
                .parent(sre)
                .country("MX")
                .build();
        Organization mercociudades = Organization.of("mercociudades", "Mercociudades");
        Organization secretariaTecnica = Organization.builder()
                .id("mercociudades-stp")
                .name("Secretaría Técnica Permanente de Mercociudades")
                .parent(mercociudades)
                .build();
        Organization surSur = Organization.builder()
                .id("mercociudades-sur-sur")
                .name("Programa de Cooperación Sur Sur de Mercociudades")
                .parent(mercociudades)
                .build();
        Organization unam = Organization.builder()
                .id("unam")
                .name("Universidad Nacional Autónoma de México")
                .acronym("UNAM")
                .country("MX")
                .build();
        Organization fesAcatlan = Organization.builder()
                .id("unam-fes-acatlan")
                .name("FES Acatlán")
                .parent(unam)
                .country("MX")
                .build();
        Organization guadalajara = city("guadalajara", "Guadalajara", "Guadalajara", "MX");
        Organization puebla = city("puebla", "Puebla", "Puebla", "MX");
        Organization toluca = city("toluca", "Toluca", "Toluca", "MX");
        Organization generalAlvear = city("general-alvear", "Municipalidad de General Alvear", "General Alvear", "AR");
        Organization cuenca = city("cuenca", "Alcaldía de Cuenca", "Cuenca", "EC");
        Organization portoAlegre = city("porto-alegre", "Prefeitura de Porto Alegre", "Porto Alegre", "BR");
        Organization rosario = city("rosario", "Municipalidad de Rosario", "Rosario", "AR");
        Organization rosarioRelaciones = Organization.builder()
                .id("rosario-dgri")
                .name("Dirección General de Relaciones Internacionales")
                .parent(rosario)
                .city("Rosario")
                .country("AR")
                .build();
        Organization montevideo = city("montevideo", "Intendencia de Montevideo", "Montevideo", "UY");

        Person perez = Person.builder()
                .id("ana-laura-perez")
                .name("Ana Laura Pérez")
                .addPosition(Position.of("Directora de Coordinación de Gestión y Análisis para América Latina y el Caribe", sre))
                .country("MX")
                .build();
        Person petrantonio = Person.builder()
                .id("marcela-petrantonio")
                .honorific("Lic. Mag.")
                .name("Marcela Petrantonio")
                .addPosition(Position.of("Secretaria Ejecutiva", mercociudades))
                .build();
        Person escobedo = Person.builder()
                .id("ximena-escobedo")
                .honorific("Lic.")
                .name("Ximena Escobedo")
                .addPosition(Position.of("Directora General de Coordinación Política", coordinacionPolitica))
                .country("MX")
                .build();
        Person martinezJusto = Person.builder()
                .id("manuel-martinez-justo")
                .honorific("Dr.")
                .name("Manuel Martínez Justo")
                .addPosition(Position.of("Director", fesAcatlan))
                .country("MX")
                .build();
        Person hernandezMontoya = official("maria-dolores-hernandez-montoya", "María Dolores Hernández Montoya",
                "Directora de Relaciones Internacionales, Ciudades Hermanas y Atención al Migrante", guadalajara);
        Person herrera = official("ricardo-herrera", "Ricardo Herrera",
                "Director de Vinculación Internacional e Institucional", puebla);
        Person hernandez = official("ericka-hernandez", "Ericka Hernández",
                "Jefa de Asuntos Internacionales y Ciudades Hermanas", toluca);
        Person lucero = official("carina-lucero", "Carina Lucero",
                "Coordinadora General de Planificación, Relaciones Internacionales e Inversiones", generalAlvear);
        Person arce = official("sofia-arce", "Sofía Arce",
                "Directora General de Relaciones Internacionales", cuenca);
        Person sondermann = official("ricardo-sondermann", "Ricardo Sondermann",
                "Secretario de Relaciones Internacionales", portoAlegre);
        Person rodriguez = Person.builder()
                .id("jorge-rodriguez")
                .name("Jorge Rodríguez")
                .addPosition(Position.of("Coordinador", secretariaTecnica))
                .build();
        Person castillo = Person.builder()
                .id("carlos-castillo-perez")
                .honorific("Lic.")
                .name("Carlos Castillo Pérez")
                .addPosition(Position.of("Director General de Cooperación y Relaciones Económicas Bilaterales", sre))
                .country("MX")
                .build();
        Person iglesias = Person.builder()
                .id("monserrat-iglesias-servin")
                .honorific("Lic.")
                .name("Monserrat Iglesias Servin")
                .addPosition(Position.of("Directora de Coordinación Política", sre))
                .country("MX")
                .build();
        Person couto = Person.builder()
                .id("mariela-couto")
                .honorific("Lic.")
                .name("Mariela Couto")
                .addPosition(Position.at(surSur))
                .build();
        Person romero = Person.builder()
                .id("maria-del-huerto-romero")
                .honorific("Lic.")
                .name("María del Huerto Romero")
                .addPosition(Position.at(rosarioRelaciones))
                .city("Rosario")
                .country("AR")
                .build();
        Person goyeneche = Person.builder()
                .id("fabiana-goyeneche")
                .name("Fabiana Goyeneche")
                .addPosition(Position.of("Directora de Relaciones Internacionales y Cooperación", montevideo))
                .addPosition(Position.of("Vicepresidencia de Relaciones Institucionales"))
                .city("Montevideo")
                .country("UY")
                .build();

        Agenda agenda = Agenda.compose()
                .block(Duration.ofMinutes(15), BlockKind.OPENING, "Inauguración")
                    .id("inauguracion")
                    .speakers(perez, petrantonio, escobedo)
                .block(Duration.ofMinutes(35), BlockKind.PANEL,
                        "Alianzas estratégicas para el desarrollo local sostenible de la región")
                    .label("Panel 1")
                    .id("panel-1")
                    .objective("Compartir experiencias y lecciones aprendidas en la articulación de una estrategia de "
                            + "internacionalización en los temáticas arriba indicadas.")
                    .description("Las experiencias de las ciudades sobre temáticas como el Turismo; la Reactivación "
                            + "económica post Covid-19; la Violencia basada en género, la Movilidad y el Desarrollo "
                            + "Urbano Sustentable y Cambio climático, como forma de incentivar el intercambio de las "
                            + "mismas entre ciudades de ambas regiones.")
                    .moderators(Moderator.facilitator(martinezJusto).withLabel("Facilitadora"))
                    .panelists(hernandezMontoya, herrera, hernandez, lucero, arce, sondermann)
                    .child(questionsAndAnswers("panel-1-sesion-de-preguntas-y-respuestas"))
                .block(Duration.ofMinutes(30), BlockKind.PANEL,
                        "Oportunidades para desarrollar la cooperación internacional en clave local")
                    .label("Panel 2")
                    .id("panel-2")
                    .objective("Dar a conocer herramientas y apoyos institucionales con los que cuenta México y "
                            + "Mercociudades para promover la acción internacional local y la cooperación "
                            + "descentralizada.")
                    .description("Se abordarán y presentarán las herramientas y oportunidades existentes en los "
                            + "programas de Mercociudades y la Dirección General de Coordinación Política de la "
                            + "Cancillería Mexicana, en los que Gobiernos Locales de ambas regiones podrían participar "
                            + "para profundizar la cooperación y el trabajo conjunto.")
                    .moderators(Moderator.facilitator(rodriguez).withLabel("Facilitador"))
                    .panelists(castillo, iglesias, couto, romero)
                    .child(questionsAndAnswers("panel-2-sesion-de-preguntas-y-respuestas"))
                .block(Duration.ofMinutes(10), BlockKind.CLOSING, "Cierre").id("cierre")
                    .speakers(goyeneche)
                .toAgenda();

        return Event.builder()
                .id("gobiernos-locales-en-accion-2021")
                .kind(EventKind.SEMINAR)
                .title("Gobiernos locales en acción")
                .subtitle("experiencias y buenas prácticas de cooperación entre ciudades de México y de la región "
                        + "del Cono sur")
                .description(String.join("\n\n",
                        "El pasado 11 de noviembre Mercociudades y la Dirección General de Coordinación Política de la "
                                + "Secretaría de Relaciones Exteriores de México firmaron un convenio con el objetivo "
                                + "de explorar nuevas fórmulas de colaboración que beneficien a las ciudades y, "
                                + "promuevan nuevos acercamientos y proyectos de cooperación entre ellas. Con esta "
                                + "meta ambas instituciones organizamos el seminario virtual “Gobiernos locales en "
                                + "acción: Alianzas estratégicas para el desarrollo local sostenible de la región”, a "
                                + "partir del cual esperamos iniciar un diálogo e intercambio de experiencias y buenas "
                                + "prácticas de la cooperación entre ciudades de México y la región del Cono sur.",
                        "La Secretaría de Relaciones Exteriores, a través de la Dirección General de Coordinación "
                                + "Política lleva adelante el Programa de Internacionalización de Ciudades para un "
                                + "Desarrollo Local Sostenible enmarcado en el Objetivo 11 de la Agenda 2030 “Lograr "
                                + "que las ciudades y los asentamientos humanos sean inclusivos, seguros, resilientes "
                                + "y sostenibles”. Mercociudades trabaja en desarrollar acciones que contribuyan a una "
                                + "gestión asociada para el desarrollo sostenible de las ciudades en la región.",
                        "En ese marco se realiza este primer Seminario Virtual, en el que se desarrollarán dos paneles "
                                + "desde dónde se abordarán las experiencias de las ciudades sobre temáticas como el "
                                + "Turismo; la Reactivación económica post Covid-19; la Violencia basada en género, la "
                                + "Movilidad y el Desarrollo Urbano Sustentable y Cambio climático, como forma de "
                                + "incentivar el intercambio de las mismas entre ciudades de ambas regiones.",
                        "Se invita a representantes de ciudades mexicanas y miembros de la Red Mercociudades que "
                                + "tienen vínculos ya establecidos para que compartan su experiencia y el trabajo que "
                                + "se ha hecho en el marco de dichas vinculaciones. Asimismo, también se invita a todas "
                                + "las ciudades de la región, ya que será un espacio propicio para compartir "
                                + "experiencias sobre cómo la actividad internacional ha generado beneficios en sus "
                                + "territorios; ello, en torno a los temas antes mencionados, así también, se podrán "
                                + "compartir desde las distintas visiones, cómo podrían potenciarse estas alianzas e "
                                + "incentivar nuevas alianzas estratégicas.",
                        "En un segundo panel se abordarán y presentarán las herramientas y oportunidades existentes en "
                                + "los programas de Mercociudades y la Dirección General de Coordinación Política de "
                                + "la Cancillería Mexicana, en los que Gobiernos Locales de ambas regiones podrían "
                                + "participar para profundizar la cooperación y el trabajo conjunto.",
                        "También se invitará a otros actores del territorio, así como a otras redes que participan y "
                                + "apoyan a los gobiernos locales en procesos de internacionalización y cooperación.",
                        "Para participar se debe completar el formulario de inscripción en el siguiente link "
                                + "https://forms.gle/t8GEM2KjH9gYQxtU6 antes del próximo 9 de junio de 2021."))
                .addTopics("Turismo", "Reactivación económica post Covid-19", "Violencia basada en género", "Movilidad",
                        "Desarrollo Urbano Sustentable y Cambio climático")
                .addAudiences(
                        "Representantes de ciudades mexicanas y miembros de la Red Mercociudades que tienen vínculos "
                                + "ya establecidos",
                        "Todas las ciudades de la región",
                        "Otros actores del territorio",
                        "Otras redes que participan y apoyan a los gobiernos locales en procesos de "
                                + "internacionalización y cooperación")
                .addObjectives(
                        "Iniciar un diálogo e intercambio de experiencias y buenas prácticas de la cooperación entre "
                                + "ciudades de México y la región del Cono sur",
                        "Compartir cómo podrían potenciarse estas alianzas e incentivar nuevas alianzas estratégicas",
                        "Presentar las herramientas y oportunidades de los programas de Mercociudades y de la "
                                + "Dirección General de Coordinación Política en los que los gobiernos locales "
                                + "podrían participar")
                .addFrameworks(
                        "Agenda 2030, Objetivo 11: “Lograr que las ciudades y los asentamientos humanos sean "
                                + "inclusivos, seguros, resilientes y sostenibles”",
                        "Programa de Internacionalización de Ciudades para un Desarrollo Local Sostenible (Secretaría "
                                + "de Relaciones Exteriores, Dirección General de Coordinación Política)",
                        "Convenio entre Mercociudades y la Dirección General de Coordinación Política de la Secretaría "
                                + "de Relaciones Exteriores de México, firmado el 11 de noviembre")
                .addMethodology("Diálogo entre los participantes moderado por un facilitador.")
                .addLanguages("es")
                .attendanceMode(AttendanceMode.ONLINE)
                .addOrganizers(mercociudades, coordinacionPolitica)
                .registration(Registration.builder()
                        .required(true)
                        .url(URI.create("https://forms.gle/t8GEM2KjH9gYQxtU6"))
                        .deadline(Deadline.before(LocalDate.of(2021, 6, 9), MONTEVIDEO)
                                .withSubject("Formulario de inscripción")
                                .withWording("antes del próximo 9 de junio de 2021"))
                        .build())
                .zone(MONTEVIDEO)
                .start(LocalDateTime.of(2021, 6, 11, 13, 0))
                .end(LocalDateTime.of(2021, 6, 11, 14, 30))
                .maximumDuration(Duration.ofMinutes(90))
                .addDisplayZones(DisplayZone.of(MONTEVIDEO, "Uruguay"), DisplayZone.of(MEXICO_CITY, "México"))
                .agenda(agenda)
                .build();
    }

    /**
     * Returns the seminar "Hacia una acción internacional sostenible. Miradas entre América Latina y
     * Europa" of 5 July 2018 at the Paris city hall (Europe/Paris), announced from 9:00 to 17:00,
     * with a provisional programme of nine slots whose closing runs until 17:15; limited seats,
     * registration required before 18 June 2018.
     *
     * @return the event
     */
    public static Event parisSeminar2018() {
        Organization cuf = Organization.builder()
                .id("cites-unies-france")
                .name("Cités Unies France")
                .acronym("CUF")
                .address(PostalAddress.builder()
                        .street("9 rue Christiani")
                        .postalCode("75018")
                        .locality("Paris")
                        .country("FR")
                        .build())
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

        Person medina = Person.builder()
                .id("felicia-medina")
                .name("Felicia MEDINA")
                .addPosition(Position.at(cuf))
                .email("f.medina@cites-unies-france.org")
                .phone("+33 (0)1 53 41 81 92")
                .build();
        Person courtinot = Person.builder()
                .id("jeremie-courtinot")
                .name("Jérémie COURTINOT")
                .addPosition(Position.at(cuf))
                .email("a.latine@cites-unies-france.org")
                .phone("+33 (0)1 53 41 86 81")
                .build();

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
                        .entrance(PostalAddress.builder()
                                .street("5 rue Lobau")
                                .postalCode("75004")
                                .locality("Paris")
                                .country("FR")
                                .build())
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

    /** The questions and answers that end a panel, with the id the seed has always had. */
    private static AgendaBlock questionsAndAnswers(String id) {
        return AgendaBlock.builder()
                .id(id)
                .kind(BlockKind.QUESTIONS_AND_ANSWERS)
                .title("Sesión de preguntas y respuestas")
                .build();
    }

    private static Organization city(String id, String name, String city, String country) {
        return Organization.builder().id(id).name(name).city(city).country(country).build();
    }

    private static Person official(String id, String name, String title, Organization government) {
        Person.Builder person = Person.builder().id(id).name(name).addPosition(Position.of(title, government));
        government.city().ifPresent(person::city);
        government.country().ifPresent(person::country);
        return person.build();
    }
}
